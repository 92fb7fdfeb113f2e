import { createRng, shuffleInPlace } from '../../common/random.js';
import { rocAuc } from '../training/metrics/roc-auc.js';
import {
  featureIndex,
  isCategorical,
  withFeature,
  type Feature,
  type FeatureTable,
  type PredictProba,
} from '../training/data/feature-table.js';
import { checkInteger, mean, std } from './explanation-stats.js';

/**
 * Permutation importance (scikit-learn's `permutation_importance` with scoring="roc_auc"):
 * how much the held-out ROC AUC drops when one feature's values are shuffled across rows,
 * breaking its link to the target while keeping its distribution.
 *
 * The table holds ORIGINAL features, so shuffling a categorical feature's codes moves its
 * whole one-hot block together (a row never ends up with two levels), exactly like
 * scikit-learn with the encoder inside the Pipeline.
 */

export interface PermutationImportanceOptions {
  /** Shuffles per feature (scikit-learn's n_repeats). */
  nRepeats?: number;
  /** Seed; each feature is shuffled with the same seeded sequence, as scikit-learn does. */
  randomState?: number;
  /** Only these features (default: all features of the table). */
  features?: string[];
  /** Called after each feature with the fraction done (0..1]. */
  onProgress?: (fraction: number) => void;
}

export interface FeatureImportanceResult {
  feature: string;
  /** Mean drop in ROC AUC over the repeats; around 0 (possibly negative) for irrelevant features. */
  importanceMean: number;
  /** Population standard deviation of the repeats (ddof = 0, as scikit-learn). */
  importanceStd: number;
  /** The drop in ROC AUC of each repeat, in repeat order. */
  repeats: number[];
}

export interface PermutationImportanceResult {
  /** ROC AUC of the unpermuted rows. */
  baselineScore: number;
  nRepeats: number;
  /** Most important first (ties keep the table's feature order). */
  features: FeatureImportanceResult[];
}

export function permutationImportance(
  predict: PredictProba,
  X: FeatureTable,
  y: ArrayLike<number>,
  options: PermutationImportanceOptions = {},
): PermutationImportanceResult {
  const where = 'permutationImportance';
  const nRepeats = options.nRepeats ?? 10;
  const randomState = options.randomState ?? 0;
  checkInteger(where, 'nRepeats', nRepeats, 1);
  checkInteger(where, 'randomState', randomState, 0);
  if (y.length !== X.rowCount) throw new Error(`${where}: y has ${y.length} labels but X has ${X.rowCount} rows.`);
  let positives = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error(`${where}: y must hold 0/1 labels, found ${y[i]} at row ${i}.`);
    positives += y[i];
  }
  if (positives === 0 || positives === y.length) {
    throw new Error(`${where}: y needs both classes (ROC AUC is undefined otherwise); got ${positives} positives of ${y.length} rows.`);
  }
  const names = options.features ?? X.features.map((f) => f.name);
  if (new Set(names).size !== names.length) throw new Error(`${where}: features contains duplicates.`);
  const indices = names.map((name) => featureIndex(X, name));

  const score = (table: FeatureTable): number => {
    const p = predict(table);
    if (p.length !== X.rowCount) throw new Error(`${where}: predict returned ${p.length} values for ${X.rowCount} rows.`);
    return rocAuc(y, p);
  };
  const baselineScore = score(X);
  const n = X.rowCount;
  const order = new Int32Array(n);
  const results = indices.map((index, done): FeatureImportanceResult => {
    const source = X.features[index];
    // One buffer per feature, refilled each repeat: no table copies beyond one column.
    const buffer = emptyLike(source, n);
    const rng = createRng(randomState);
    const repeats: number[] = [];
    for (let r = 0; r < nRepeats; r++) {
      for (let i = 0; i < n; i++) order[i] = i;
      shuffleInPlace(rng, order);
      fillPermuted(source, buffer, order);
      repeats.push(baselineScore - score(withFeature(X, index, buffer)));
    }
    options.onProgress?.((done + 1) / indices.length);
    return { feature: source.name, importanceMean: mean(repeats), importanceStd: std(repeats), repeats };
  });
  const ranked = results
    .map((result, position) => ({ result, position }))
    .sort((a, b) => b.result.importanceMean - a.result.importanceMean || a.position - b.position)
    .map((entry) => entry.result);
  return { baselineScore, nRepeats, features: ranked };
}

function emptyLike(feature: Feature, n: number): Feature {
  return isCategorical(feature) ? { ...feature, codes: new Int32Array(n) } : { ...feature, values: new Float64Array(n) };
}

function fillPermuted(source: Feature, target: Feature, order: Int32Array): void {
  if (isCategorical(source) && isCategorical(target)) {
    for (let i = 0; i < order.length; i++) target.codes[i] = source.codes[order[i]];
  } else if (!isCategorical(source) && !isCategorical(target)) {
    for (let i = 0; i < order.length; i++) target.values[i] = source.values[order[i]];
  }
}
