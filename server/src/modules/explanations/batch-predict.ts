import { createRng, sampleIndices } from '../../common/random.js';
import {
  isCategorical,
  takeRows,
  withFeature,
  type Feature,
  type FeatureTable,
  type PredictProba,
} from '../training/data/feature-table.js';

/** Rows per predict call: large enough to amortise per-call overhead, small enough for memory. */
export const DEFAULT_MAX_ROWS_PER_PREDICT = 50_000;

/**
 * A seeded sample of up to `sampleSize` row indices of X, in random order (so its first k
 * rows are themselves a random sample, which ICE curves rely on).
 */
export function drawSample(rowCount: number, sampleSize: number, randomState: number): Int32Array {
  return sampleIndices(createRng(randomState), rowCount, Math.min(sampleSize, rowCount));
}

/**
 * Predictions for the rows `rows[k]` of X with feature `index` set to `values[k]` (codes for
 * a categorical feature), made in a few large calls instead of one per grid point: model
 * overhead per call (encoding, tree traversal setup) then hardly matters.
 */
export function predictWithValues(
  predict: PredictProba,
  X: FeatureTable,
  index: number,
  rows: Int32Array,
  values: ArrayLike<number>,
  maxRowsPerPredict = DEFAULT_MAX_ROWS_PER_PREDICT,
): Float64Array {
  if (rows.length !== values.length) throw new Error(`predictWithValues: ${rows.length} rows but ${values.length} values.`);
  const out = new Float64Array(rows.length);
  const source = X.features[index];
  for (let start = 0; start < rows.length; start += maxRowsPerPredict) {
    const end = Math.min(rows.length, start + maxRowsPerPredict);
    const chunkRows = rows.subarray(start, end);
    const table = withFeature(takeRows(X, chunkRows), index, column(source, values, start, end));
    const p = predict(table);
    if (p.length !== chunkRows.length) throw new Error(`predict returned ${p.length} values for ${chunkRows.length} rows.`);
    out.set(p, start);
  }
  return out;
}

function column(source: Feature, values: ArrayLike<number>, start: number, end: number): Feature {
  if (isCategorical(source)) {
    const codes = new Int32Array(end - start);
    for (let i = start; i < end; i++) codes[i - start] = values[i];
    return { ...source, codes };
  }
  const numbers = new Float64Array(end - start);
  for (let i = start; i < end; i++) numbers[i - start] = values[i];
  return { ...source, values: numbers };
}
