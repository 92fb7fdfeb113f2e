/**
 * A scored row's three strongest reasons in words, for the scored list's reason_1..reason_3:
 * "Bought 12 days ago: raises the chance by about 9 points". The same contributions, facts and
 * points as the customer page's explanation (customers/reasons-text.ts strongestReasonTexts),
 * strongest first whichever way they push (ties: the model's feature order), so the same row
 * always reads the same. Fewer than three reasons leave the rest empty.
 */
import { REASONS_SHOWN, strongestReasonTexts, type ReasonColumn, type ReasonWording } from '../customers/reasons-text.js';
import type { ShapResult } from '../customers/shap-explainer.js';

export { REASONS_SHOWN };

export interface ReasonContext extends ReasonWording {
  /** The model's features, in the order of ShapResult.phi, as columns. */
  columns: readonly ReasonColumn[];
}

/** `value(j)`: the row's value of feature j as stored (null = unknown). */
export function strongestReasons(
  result: Pick<ShapResult, 'phi' | 'output' | 'scale'>,
  value: (j: number) => string | null,
  context: ReasonContext,
): string[] {
  const reasons = strongestReasonTexts(result, value, context.columns, context);
  while (reasons.length < REASONS_SHOWN) reasons.push('');
  return reasons;
}
