/**
 * Many rows at once (the scored lists' reasons, up to millions of rows in chunks): exact
 * contributions into flat arrays, refilling a previous result's arrays when they are large
 * enough, so a chunked caller allocates nothing per chunk.
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import type { ShapExplainer, ShapScale } from './shap-explainer.js';

export interface RowContributions {
  scale: ShapScale;
  baseValue: number;
  /** The model's features: the column order of `phi`. */
  features: readonly string[];
  /** Rows explained (the arrays may be longer when reused). */
  count: number;
  /** count x features.length, row-major: row k's contribution of feature j at phi[k * features.length + j]. */
  phi: Float64Array;
  /** The model's output on `scale` per row (baseValue + the row's sum of phi). */
  output: Float64Array;
  /** The predicted probability per row. */
  probability: Float64Array;
}

/** Rows `rows` of `table` (all rows when left out), explained by `explainer` (CustomerService.explainerFor). */
export function explainRows(
  explainer: ShapExplainer,
  table: FeatureTable,
  rows?: ArrayLike<number>,
  reuse?: RowContributions,
): RowContributions {
  const indices = rows ?? Array.from({ length: table.rowCount }, (_, i) => i);
  const count = indices.length;
  const m = explainer.features.length;
  const fits = reuse !== undefined && reuse.phi.length >= count * m && reuse.output.length >= count && reuse.features.length === m;
  const result: RowContributions = fits
    ? { ...reuse, count }
    : {
        scale: explainer.scale,
        baseValue: explainer.baseValue,
        features: explainer.features,
        count,
        phi: new Float64Array(count * m),
        output: new Float64Array(count),
        probability: new Float64Array(count),
      };
  explainer.explainInto(table, indices, result.phi, result.output);
  for (let k = 0; k < count; k++) {
    const output = result.output[k];
    result.probability[k] = explainer.scale === 'LOG_ODDS' ? 1 / (1 + Math.exp(-output)) : output;
  }
  return result;
}
