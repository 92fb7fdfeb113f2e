import type { ColumnKind } from '../../domain/column-kinds.js';
import { featureIndex, isCategorical, type FeatureTable, type PredictProba } from '../training/data/feature-table.js';
import { DEFAULT_MAX_ROWS_PER_PREDICT, drawSample, predictWithValues } from './batch-predict.js';
import { checkInteger, formatValue, mean, quantileSorted, sortedFinite } from './explanation-stats.js';

/**
 * Partial dependence (scikit-learn's `partial_dependence`, kind "both"): the mean predicted
 * probability when every sampled customer is given the same value of one feature, for a grid
 * of values, plus the individual (ICE) curves of some of those customers.
 *
 * Grid, and where it differs from scikit-learn:
 * - NUMERIC/DATE with more distinct observed values than `gridResolution`: the quantiles at
 *   `gridResolution` evenly spaced probabilities between `percentiles` (scikit-learn spaces
 *   the VALUES evenly between those percentiles instead). Quantile spacing puts the points
 *   where customers are, so a sparse tail (a few very high incomes) does not take most of
 *   the curve. Ties can make quantiles coincide; duplicates are dropped, so fewer points.
 * - Otherwise (few distinct values, BINARY): every distinct observed value (scikit-learn does
 *   this only when there are strictly fewer than `grid_resolution`).
 * - CATEGORICAL: every level present in X, in the levels' order (scikit-learn: every category
 *   present).
 * The grid and the customer counts come from all rows of X; predictions from the sample.
 *
 * Each numeric grid point stands for a stretch of values: from the midpoint with the previous
 * point (inclusive) to the midpoint with the next (exclusive), open-ended at the first and
 * last point. `customers` counts the rows of X in that stretch, or with that level.
 */

export interface PartialDependenceOptions {
  gridResolution?: number;
  /** Rows the curve is averaged over (a seeded sample of X when X is larger). */
  sampleSize?: number;
  randomState?: number;
  /** ICE curves returned (the first rows of the sample, itself in random order). */
  iceCount?: number;
  /** Quantile range of the numeric grid, [low, high] within [0, 1]. */
  percentiles?: [number, number];
  maxRowsPerPredict?: number;
}

export interface DependencePoint {
  /** The level, or the grid value as text. */
  value: string;
  /** The grid value (numeric features, and 0/1 for binary); null for categorical. */
  numericValue: number | null;
  meanPrediction: number;
  /** Rows of X in this point's stretch of values (or with this level). */
  customers: number;
  /** The stretch: lower <= value < upper; null = open-ended. Both null for categorical/binary. */
  lower: number | null;
  upper: number | null;
}

export interface HistogramBin {
  value: string;
  /** Bounds of the stretch with the data's min/max at the ends (plottable); null for levels. */
  from: number | null;
  to: number | null;
  count: number;
}

export interface PartialDependenceResult {
  feature: string;
  kind: ColumnKind;
  /** Mean prediction over the sampled rows, unchanged. */
  baseline: number;
  /** Rows the curve was averaged over. */
  sampleSize: number;
  points: DependencePoint[];
  /** One curve per ICE row, aligned with `points`. */
  ice: number[][];
  /** Row indices (into X) of the ICE curves. */
  iceRows: number[];
  histogram: HistogramBin[];
  /** Rows of X with this feature missing (in no point's stretch). */
  missing: number;
  /** All observed values are whole numbers (regions then use whole-number bounds). */
  integerValued: boolean;
  /** Treated per value/level (categorical, binary) rather than as an ordered numeric grid. */
  discrete: boolean;
}

export function partialDependence(
  predict: PredictProba,
  X: FeatureTable,
  feature: string,
  options: PartialDependenceOptions = {},
): PartialDependenceResult {
  const where = 'partialDependence';
  const gridResolution = options.gridResolution ?? 30;
  const sampleSize = options.sampleSize ?? 1000;
  const randomState = options.randomState ?? 0;
  const iceCount = options.iceCount ?? 50;
  const percentiles = options.percentiles ?? [0.05, 0.95];
  checkInteger(where, 'gridResolution', gridResolution, 2);
  checkInteger(where, 'sampleSize', sampleSize, 1);
  checkInteger(where, 'randomState', randomState, 0);
  checkInteger(where, 'iceCount', iceCount, 0);
  checkInteger(where, 'maxRowsPerPredict', options.maxRowsPerPredict ?? DEFAULT_MAX_ROWS_PER_PREDICT, 1);
  const [low, high] = percentiles;
  if (!(percentiles.length === 2 && low >= 0 && high <= 1 && low < high)) {
    throw new Error(`${where}: percentiles must be [low, high] with 0 <= low < high <= 1, got [${percentiles.join(', ')}].`);
  }
  if (X.rowCount === 0) throw new Error(`${where}: X has no rows.`);
  const index = featureIndex(X, feature);
  const source = X.features[index];
  const grid = buildGrid(X, index, gridResolution, [low, high]);
  if (grid.points.length === 0) throw new Error(`${where}: feature "${feature}" has no observed values.`);

  const sample = drawSample(X.rowCount, sampleSize, randomState);
  const m = sample.length;
  const g = grid.points.length;
  const rows = new Int32Array(m * g);
  const values = new Float64Array(m * g);
  for (let k = 0; k < g; k++) {
    rows.set(sample, k * m);
    values.fill(grid.settings[k], k * m, (k + 1) * m);
  }
  const maxRows = options.maxRowsPerPredict ?? DEFAULT_MAX_ROWS_PER_PREDICT;
  const predictions = predictWithValues(predict, X, index, rows, values, maxRows);
  const unchanged = predictWithValues(
    predict,
    X,
    index,
    sample,
    Array.from(sample, (r) => (isCategorical(source) ? source.codes[r] : source.values[r])),
    maxRows,
  );
  const iceRows = Math.min(iceCount, m);
  const ice = Array.from({ length: iceRows }, (_, i) => Array.from({ length: g }, (_, k) => predictions[k * m + i]));
  const points = grid.points.map((point, k) => ({ ...point, meanPrediction: mean(predictions.subarray(k * m, (k + 1) * m)) }));
  return {
    feature,
    kind: source.kind,
    baseline: mean(unchanged),
    sampleSize: m,
    points,
    ice,
    iceRows: Array.from(sample.subarray(0, iceRows)),
    histogram: grid.histogram,
    missing: grid.missing,
    integerValued: grid.integerValued,
    discrete: grid.discrete,
  };
}

interface Grid {
  points: Omit<DependencePoint, 'meanPrediction'>[];
  /** The value written into the feature column for each point (a code for categorical). */
  settings: number[];
  histogram: HistogramBin[];
  missing: number;
  integerValued: boolean;
  discrete: boolean;
}

/** The grid of one feature; exported for tests and for callers who want it without predicting. */
export function buildGrid(X: FeatureTable, index: number, gridResolution: number, percentiles: [number, number]): Grid {
  const feature = X.features[index];
  if (isCategorical(feature)) {
    const counts = new Array<number>(feature.levels.length).fill(0);
    let missing = 0;
    for (const code of feature.codes) {
      if (code >= 0 && code < counts.length) counts[code]++;
      else missing++;
    }
    const present = counts.map((count, code) => ({ count, code })).filter((c) => c.count > 0);
    return {
      points: present.map((c) => ({ value: feature.levels[c.code], numericValue: null, customers: c.count, lower: null, upper: null })),
      settings: present.map((c) => c.code),
      histogram: present.map((c) => ({ value: feature.levels[c.code], from: null, to: null, count: c.count })),
      missing,
      integerValued: false,
      discrete: true,
    };
  }
  const sorted = sortedFinite(feature.values);
  const missing = feature.values.length - sorted.length;
  const distinct = Array.from(new Set(sorted));
  const integerValued = distinct.every(Number.isInteger);
  if (feature.kind === 'BINARY') {
    const counts = distinct.map((v) => countBetween(sorted, v, v, true));
    return {
      points: distinct.map((v, k) => ({ value: formatValue(v), numericValue: v, customers: counts[k], lower: null, upper: null })),
      settings: distinct,
      histogram: distinct.map((v, k) => ({ value: formatValue(v), from: v, to: v, count: counts[k] })),
      missing,
      integerValued,
      discrete: true,
    };
  }
  const values =
    distinct.length <= gridResolution
      ? distinct
      : Array.from(
          new Set(
            Array.from({ length: gridResolution }, (_, k) =>
              quantileSorted(sorted, percentiles[0] + ((percentiles[1] - percentiles[0]) * k) / (gridResolution - 1)),
            ),
          ),
        );
  const bounds = values.map((v, k) => ({
    lower: k === 0 ? null : (values[k - 1] + v) / 2,
    upper: k === values.length - 1 ? null : (v + values[k + 1]) / 2,
  }));
  const counts = bounds.map((b) => countBetween(sorted, b.lower ?? -Infinity, b.upper ?? Infinity, false));
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  return {
    points: values.map((v, k) => ({ value: formatValue(v), numericValue: v, customers: counts[k], ...bounds[k] })),
    settings: values,
    histogram: values.map((v, k) => ({
      value: formatValue(v),
      from: bounds[k].lower ?? Math.min(min, v),
      to: bounds[k].upper ?? Math.max(max, v),
      count: counts[k],
    })),
    missing,
    integerValued,
    discrete: false,
  };
}

/** Count of sorted values in [lo, hi) (or [lo, hi] when `inclusive`), by binary search. */
function countBetween(sorted: Float64Array, lo: number, hi: number, inclusive: boolean): number {
  return lowerBound(sorted, hi, inclusive) - lowerBound(sorted, lo, false);
}

/** First index whose value is >= x (or > x when `strict`). */
function lowerBound(sorted: Float64Array, x: number, strict: boolean): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid] < x || (strict && sorted[mid] === x)) a = mid + 1;
    else b = mid;
  }
  return a;
}
