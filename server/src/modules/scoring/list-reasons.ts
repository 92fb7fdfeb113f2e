/**
 * A scored row's three strongest reasons in words, for the scored list's reason_1..reason_3:
 * "Bought 12 days ago: raises the chance by about 9 points". The same contributions, facts and
 * points as the customer page's explanation (customers/reasons-text.ts strongestReasonTexts),
 * strongest first whichever way they push (ties: the model's feature order), so the same row
 * always reads the same. Fewer than three reasons leave the rest empty.
 */
import { REASONS_SHOWN, ReasonSentences, type ReasonColumn, type ReasonWording } from '../customers/reasons-text.js';
import type { ShapResult } from '../customers/shap-explainer.js';

export { REASONS_SHOWN };

export interface ReasonContext extends ReasonWording {
  /** The model's features, in the order of ShapResult.phi, as columns. */
  columns: readonly ReasonColumn[];
}

export type ListReasons = (result: Pick<ShapResult, 'phi' | 'output' | 'scale'>, value: (j: number) => string | null) => string[];

/**
 * One list's reason writer: `value(j)` is the row's value of feature j as stored (null =
 * unknown). Sentences are worded once per list and kept (ReasonSentences), as the same
 * values and points recur over many rows.
 */
export function listReasons(context: ReasonContext): ListReasons {
  const sentences = new ReasonSentences(context.columns, context);
  return (result, value) => {
    const reasons = sentences.strongest(result, value);
    while (reasons.length < REASONS_SHOWN) reasons.push('');
    return reasons;
  };
}

/** One row's reasons (listReasons for a single row). */
export function strongestReasons(
  result: Pick<ShapResult, 'phi' | 'output' | 'scale'>,
  value: (j: number) => string | null,
  context: ReasonContext,
): string[] {
  return listReasons(context)(result, value);
}
