import { featureIndex, type FeatureTable, type PredictProba } from '../training/data/feature-table.js';
import { DEFAULT_MAX_ROWS_PER_PREDICT, drawSample, predictWithValues } from './batch-predict.js';
import { checkInteger, mean, quantileSorted, sortedFinite } from './explanation-stats.js';
import type { PartialDependenceResult } from './partial-dependence.js';

/**
 * Accumulated local effects (Apley & Zhu 2020) of a numeric or date feature. Where partial
 * dependence gives every customer every grid value (and so, with correlated features, asks
 * the model about customers that do not exist), ALE only moves each customer across the
 * small quantile bin they are in, and adds up those local differences. The two agree for
 * independent features; when they do not, the PDP is extrapolating, which the client warns of.
 *
 * Reported on the probability scale like the PDP: `effect` is the accumulated effect centred
 * so its customer-weighted mean is 0 (the usual ALE centring), and `meanPrediction` is
 * `baseline + effect`, directly comparable to the PDP's meanPrediction.
 */

export interface AleOptions {
  /** Quantile bins (edges at the 0, 1/K, ..., 1 quantiles, duplicates dropped). */
  gridResolution?: number;
  /**
   * Bin edges to use instead of quantiles (e.g. the PDP's grid, so the two curves can be
   * compared point for point without interpolation); the sample's min and max are added.
   */
  grid?: number[];
  sampleSize?: number;
  /** The same seed as partialDependence gives the same rows. */
  randomState?: number;
  maxRowsPerPredict?: number;
}

export interface AlePoint {
  /** A bin edge. */
  value: number;
  effect: number;
  meanPrediction: number;
}

export interface AleResult {
  feature: string;
  /** Mean prediction over the sampled rows (same rows as the PDP for the same options). */
  baseline: number;
  sampleSize: number;
  points: AlePoint[];
  /** Sampled rows (with the feature present) per bin; bin k lies between points k and k+1. */
  binCounts: number[];
}

export function accumulatedLocalEffects(predict: PredictProba, X: FeatureTable, feature: string, options: AleOptions = {}): AleResult {
  const where = 'accumulatedLocalEffects';
  const bins = options.gridResolution ?? 30;
  const sampleSize = options.sampleSize ?? 1000;
  const randomState = options.randomState ?? 0;
  const maxRows = options.maxRowsPerPredict ?? DEFAULT_MAX_ROWS_PER_PREDICT;
  checkInteger(where, 'gridResolution', bins, 1);
  checkInteger(where, 'sampleSize', sampleSize, 1);
  checkInteger(where, 'randomState', randomState, 0);
  checkInteger(where, 'maxRowsPerPredict', maxRows, 1);
  if (X.rowCount === 0) throw new Error(`${where}: X has no rows.`);
  if (options.grid && !options.grid.every((v, k, g) => Number.isFinite(v) && (k === 0 || v > g[k - 1]))) {
    throw new Error(`${where}: grid must be finite and strictly increasing.`);
  }
  const index = featureIndex(X, feature);
  const source = X.features[index];
  if (source.kind !== 'NUMERIC' && source.kind !== 'DATE') {
    throw new Error(`${where}: "${feature}" is ${source.kind}; ALE needs a NUMERIC or DATE feature.`);
  }
  const sample = drawSample(X.rowCount, sampleSize, randomState);
  const baseline = mean(
    predictWithValues(
      predict,
      X,
      index,
      sample,
      Array.from(sample, (r) => source.values[r]),
      maxRows,
    ),
  );
  const present = sample.filter((r) => Number.isFinite(source.values[r]));
  const sorted = sortedFinite(Array.from(present, (r) => source.values[r]));
  if (sorted.length === 0) throw new Error(`${where}: feature "${feature}" has no observed values in the sample.`);
  const edges = options.grid
    ? Array.from(
        new Set([sorted[0], ...options.grid.filter((v) => v > sorted[0] && v < sorted[sorted.length - 1]), sorted[sorted.length - 1]]),
      )
    : Array.from(new Set(Array.from({ length: bins + 1 }, (_, k) => quantileSorted(sorted, k / bins))));
  if (edges.length < 2) {
    return {
      feature,
      baseline,
      sampleSize: sample.length,
      points: [{ value: edges[0], effect: 0, meanPrediction: baseline }],
      binCounts: [],
    };
  }
  // Bin k (1-based) is (edges[k-1], edges[k]]; the minimum joins the first bin.
  const binOf = Int32Array.from(present, (r) => Math.max(1, firstAtLeast(edges, source.values[r])));
  const n = present.length;
  const rows = new Int32Array(2 * n);
  const values = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    rows[2 * i] = present[i];
    rows[2 * i + 1] = present[i];
    values[2 * i] = edges[binOf[i] - 1];
    values[2 * i + 1] = edges[binOf[i]];
  }
  const predictions = predictWithValues(predict, X, index, rows, values, maxRows);
  const sums = new Float64Array(edges.length);
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (let i = 0; i < n; i++) {
    sums[binOf[i]] += predictions[2 * i + 1] - predictions[2 * i];
    counts[binOf[i] - 1]++;
  }
  const accumulated = new Float64Array(edges.length);
  for (let k = 1; k < edges.length; k++) {
    // An empty bin (possible when interpolated quantile edges fall between tied values) adds nothing.
    accumulated[k] = accumulated[k - 1] + (counts[k - 1] > 0 ? sums[k] / counts[k - 1] : 0);
  }
  let centre = 0;
  for (let k = 1; k < edges.length; k++) centre += (counts[k - 1] * (accumulated[k - 1] + accumulated[k])) / 2;
  centre /= n;
  const points = edges.map((value, k) => ({ value, effect: accumulated[k] - centre, meanPrediction: baseline + accumulated[k] - centre }));
  return { feature, baseline, sampleSize: sample.length, points, binCounts: counts };
}

export interface DisagreementOptions {
  /** Disagree when the normalised difference exceeds this (0..1). */
  threshold?: number;
  /** ...and the largest difference is at least this many probability points (ignores flat noise). */
  minDifference?: number;
}

export interface Disagreement {
  /** Largest shape difference over the PDP grid divided by the larger curve's range (0 = same shape). */
  score: number;
  /** That largest difference, on the probability scale, after removing the constant offset. */
  maxDifference: number;
  disagree: boolean;
}

/**
 * How differently PDP and ALE describe a feature's effect. The curves are compared at the
 * PDP's grid values (ALE interpolated linearly between its bin edges, held constant beyond
 * them); their customer-weighted mean difference is removed first, because the two centre
 * differently and only the SHAPE matters to the reader. Compute the ALE with
 * `grid: <the PDP's grid values>` (explainModel does): otherwise a sharp step falling
 * between different grid points of the two curves looks like a disagreement.
 */
export function pdpAleDisagreement(pdp: PartialDependenceResult, ale: AleResult, options: DisagreementOptions = {}): Disagreement {
  const threshold = options.threshold ?? 0.3;
  const minDifference = options.minDifference ?? 0.02;
  if (!(threshold >= 0)) throw new Error(`pdpAleDisagreement: threshold must be >= 0, got ${threshold}.`);
  if (!(minDifference >= 0)) throw new Error(`pdpAleDisagreement: minDifference must be >= 0, got ${minDifference}.`);
  if (pdp.feature !== ale.feature) throw new Error(`pdpAleDisagreement: PDP of "${pdp.feature}" but ALE of "${ale.feature}".`);
  const points = pdp.points.filter((p) => p.numericValue !== null);
  if (points.length === 0 || ale.points.length === 0) return { score: 0, maxDifference: 0, disagree: false };
  const aleAt = points.map((p) => interpolate(ale.points, p.numericValue as number));
  const weights = points.map((p) => Math.max(p.customers, 0));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const differences = points.map((p, k) => p.meanPrediction - aleAt[k]);
  const offset = totalWeight > 0 ? differences.reduce((sum, d, k) => sum + d * weights[k], 0) / totalWeight : mean(differences);
  const maxDifference = Math.max(...differences.map((d) => Math.abs(d - offset)));
  const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  const scale = Math.max(range(points.map((p) => p.meanPrediction)), range(aleAt));
  const score = scale > 0 ? maxDifference / scale : 0;
  return { score, maxDifference, disagree: score > threshold && maxDifference >= minDifference };
}

function interpolate(points: AlePoint[], x: number): number {
  if (x <= points[0].value) return points[0].meanPrediction;
  const last = points[points.length - 1];
  if (x >= last.value) return last.meanPrediction;
  const k = firstAtLeast(
    points.map((p) => p.value),
    x,
  );
  const a = points[k - 1];
  const b = points[k];
  return a.meanPrediction + ((x - a.value) / (b.value - a.value)) * (b.meanPrediction - a.meanPrediction);
}

/** First index whose value is >= x in an ascending array. */
function firstAtLeast(sorted: ArrayLike<number>, x: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid] < x) a = mid + 1;
    else b = mid;
  }
  return a;
}
