/**
 * A scored row's three strongest reasons in words, for the scored list's reason_1..reason_3:
 * "Recency: 12 days (raises the chance by about 9 points)". The same contributions, values in
 * words and points as the customer page's explanation (customers/reasons-text.ts), strongest
 * first whichever way they push (ties: the model's feature order), so the same row always
 * reads the same. Fewer than three reasons leave the rest empty.
 */
import { formatPoints, phraseValue, reasonPoints, type ReasonColumn, type ReasonsTextInput } from '../customers/reasons-text.js';
import type { ShapResult } from '../customers/shap-explainer.js';

export const REASONS_SHOWN = 3;

export interface ReasonContext extends Pick<ReasonsTextInput, 'dateReference' | 'parseDay'> {
  /** The model's features, in the order of ShapResult.phi, as columns. */
  columns: readonly ReasonColumn[];
}

/** `value(j)`: the row's value of feature j as stored (null = unknown). */
export function strongestReasons(
  result: Pick<ShapResult, 'phi' | 'output' | 'scale'>,
  value: (j: number) => string | null,
  context: ReasonContext,
): string[] {
  const phi = result.phi;
  const order: number[] = [];
  for (let j = 0; j < phi.length; j++) if (phi[j] !== 0 && Number.isFinite(phi[j])) order.push(j);
  order.sort((a, b) => Math.abs(phi[b]) - Math.abs(phi[a]) || a - b);
  const reasons = order.slice(0, REASONS_SHOWN).map((j) => {
    const points = reasonPoints(result.scale, result.output, phi[j]);
    const verb = phi[j] > 0 ? 'raises' : 'lowers';
    return `${phraseValue(context.columns[j], value(j), context)} (${verb} the chance by ${formatPoints(points)})`;
  });
  while (reasons.length < REASONS_SHOWN) reasons.push('');
  return reasons;
}
