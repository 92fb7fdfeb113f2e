/**
 * Pre-binning of features into small integer codes (the LightGBM / HistGradientBoosting
 * design): split search then works on at most 256 histogram slots per feature instead of
 * sorting raw values at every node.
 *
 * Numeric bins are defined by raw-value thresholds (`value <= thresholds[b]` is bin b or
 * lower), so a split "bin <= b" is exactly "value <= thresholds[b]" on raw data and a
 * compiled tree never needs the binner at prediction time. Missing values get their own
 * bin after the value bins, so the tree can learn where they go.
 */
import type { FeatureTable } from '../data/feature-table.js';
import { isCategorical } from '../data/feature-table.js';

/** Value bins per feature at most (the missing bin comes on top: 256 codes fit a Uint8Array). */
export const MAX_BINS = 255;

export interface NumericBinning {
  name: string;
  kind: 'numeric';
  /** Ascending raw-value upper bounds; bin b holds values in (thresholds[b-1], thresholds[b]]. */
  thresholds: Float64Array;
  /** = thresholds.length + 1. */
  missingBin: number;
}

export interface CategoricalBinning {
  name: string;
  kind: 'categorical';
  /** Bin i is levels[i]; rarer and unseen levels share `otherBin`. */
  levels: string[];
  otherBin: number;
  missingBin: number;
}

export type FeatureBinning = NumericBinning | CategoricalBinning;

export interface Binner {
  features: FeatureBinning[];
}

/** Binned columns: plain typed arrays, so the dataset can be handed to worker threads. */
export interface BinnedDataset {
  rowCount: number;
  columns: Uint8Array[];
  /** Codes per feature including the missing bin (= missingBin + 1). */
  nBins: Int32Array;
  missingBin: Int32Array;
  /** 1 for categorical features (split by level sets), 0 for numeric ones (split by threshold). */
  categorical: Uint8Array;
}

export interface BinningOptions {
  /** Value bins per feature, 2..255 (default 255). */
  maxBins?: number;
  /** Categorical levels seen fewer times in the fitted rows are pooled into "other" (default 10). */
  minCategoryCount?: number;
}

export function fitBinner(table: FeatureTable, rows?: ArrayLike<number>, options: BinningOptions = {}): Binner {
  const maxBins = options.maxBins ?? MAX_BINS;
  const minCategoryCount = options.minCategoryCount ?? 10;
  if (!Number.isInteger(maxBins) || maxBins < 2 || maxBins > MAX_BINS)
    throw new Error(`maxBins must be an integer between 2 and ${MAX_BINS} (got ${maxBins}).`);
  if (!Number.isInteger(minCategoryCount) || minCategoryCount < 1)
    throw new Error(`minCategoryCount must be a positive integer (got ${minCategoryCount}).`);
  const rowList = rows ?? identity(table.rowCount);
  if (rowList.length === 0) throw new Error('Cannot fit bins on zero rows.');
  const features = table.features.map((feature): FeatureBinning => {
    if (isCategorical(feature)) return fitCategorical(feature.name, feature.levels, feature.codes, rowList, maxBins, minCategoryCount);
    const thresholds = numericThresholds(feature.values, rowList, maxBins);
    return { name: feature.name, kind: 'numeric', thresholds, missingBin: thresholds.length + 1 };
  });
  return { features };
}

/** Bins every row of `table` (which must have the binner's features, by name) with a fitted binner. */
export function binTable(binner: Binner, table: FeatureTable): BinnedDataset {
  const f = binner.features.length;
  const n = table.rowCount;
  const result: BinnedDataset = {
    rowCount: n,
    columns: [],
    nBins: new Int32Array(f),
    missingBin: new Int32Array(f),
    categorical: new Uint8Array(f),
  };
  for (let j = 0; j < f; j++) {
    const binning = binner.features[j];
    const feature = findFeature(table, binning);
    const column = new Uint8Array(n);
    if (binning.kind === 'categorical') {
      if (!isCategorical(feature)) throw new Error(`Feature "${binning.name}" was categorical when the model was trained.`);
      const lookup = categoryBinLookup(binning, feature.levels);
      const codes = feature.codes;
      for (let i = 0; i < n; i++) column[i] = codes[i] < 0 ? binning.missingBin : lookup[codes[i]];
      result.categorical[j] = 1;
    } else {
      if (isCategorical(feature)) throw new Error(`Feature "${binning.name}" was numeric when the model was trained.`);
      const values = feature.values;
      const thresholds = binning.thresholds;
      for (let i = 0; i < n; i++) column[i] = numericBin(thresholds, values[i], binning.missingBin);
    }
    result.columns.push(column);
    result.nBins[j] = binning.missingBin + 1;
    result.missingBin[j] = binning.missingBin;
  }
  return result;
}

/** The table's feature matching a binning, by name, with a clear error when it is absent. */
export function findFeature(table: FeatureTable, binning: { name: string }) {
  const feature = table.features.find((candidate) => candidate.name === binning.name);
  if (!feature) throw new Error(`The data has no feature "${binning.name}" that the model was trained on.`);
  return feature;
}

/** Bin of each of a table's level codes; levels the binner did not keep go to "other". */
export function categoryBinLookup(binning: CategoricalBinning, levels: string[]): Int32Array {
  const index = new Map<string, number>();
  binning.levels.forEach((level, bin) => index.set(level, bin));
  const lookup = new Int32Array(levels.length);
  for (let code = 0; code < levels.length; code++) lookup[code] = index.get(levels[code]) ?? binning.otherBin;
  return lookup;
}

/** Smallest b with value <= thresholds[b] (the last bin when above all), by binary search. */
export function numericBin(thresholds: Float64Array, value: number, missingBin: number): number {
  if (value !== value) return missingBin;
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value <= thresholds[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function fitCategorical(
  name: string,
  levels: string[],
  codes: Int32Array,
  rows: ArrayLike<number>,
  maxBins: number,
  minCount: number,
): CategoricalBinning {
  const counts = new Int32Array(levels.length);
  for (let i = 0; i < rows.length; i++) {
    const code = codes[rows[i]];
    if (code >= 0) counts[code]++;
  }
  // Most frequent first, ties by level name, so the bin order is deterministic.
  const kept = levels
    .map((level, code) => ({ level, count: counts[code] }))
    .filter((entry) => entry.count >= minCount)
    .sort((a, b) => b.count - a.count || (a.level < b.level ? -1 : a.level > b.level ? 1 : 0))
    .slice(0, maxBins - 1)
    .map((entry) => entry.level);
  return { name, kind: 'categorical', levels: kept, otherBin: kept.length, missingBin: kept.length + 1 };
}

function numericThresholds(values: Float64Array, rows: ArrayLike<number>, maxBins: number): Float64Array {
  const present = new Float64Array(rows.length);
  let m = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = values[rows[i]];
    if (v === v) present[m++] = v;
  }
  const sorted = present.subarray(0, m).sort();
  const distinct = new Float64Array(m);
  const counts = new Int32Array(m);
  let d = 0;
  for (let i = 0; i < m; i++) {
    if (d > 0 && sorted[i] === distinct[d - 1]) counts[d - 1]++;
    else {
      distinct[d] = sorted[i];
      counts[d++] = 1;
    }
  }
  if (d <= 1) return new Float64Array(0);
  if (d <= maxBins) {
    const thresholds = new Float64Array(d - 1);
    for (let k = 0; k < d - 1; k++) thresholds[k] = midpoint(distinct[k], distinct[k + 1]);
    return thresholds;
  }
  // Equal-frequency bins over the rows; a heavy value may close several quantiles at once.
  const out: number[] = [];
  let cumulative = 0;
  let closed = 0;
  for (let k = 0; k < d - 1 && out.length < maxBins - 1; k++) {
    cumulative += counts[k];
    if (cumulative * maxBins >= (closed + 1) * m) {
      out.push(midpoint(distinct[k], distinct[k + 1]));
      closed = Math.floor((cumulative * maxBins) / m);
    }
  }
  return Float64Array.from(out);
}

/** A threshold strictly between a < b that keeps a on the left and b on the right. */
function midpoint(a: number, b: number): number {
  const mid = a + (b - a) / 2;
  return mid < b && Number.isFinite(mid) ? mid : a;
}

function identity(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}
