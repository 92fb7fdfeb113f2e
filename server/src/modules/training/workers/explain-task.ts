import type { FeatureTable, PredictProba } from '../data/feature-table.js';
import { explainModel, type ModelExplanation } from '../../explanations/explain-model.js';

/**
 * Explanations computed right after training, in the same worker thread, on the held-out
 * test rows: permutation importance, and partial dependence with ICE, ALE and regions of
 * interest for the given features (a run splits a model's features between the workers and
 * merges the parts: see mergeExplanations).
 */
export function computeExplanations(
  predict: PredictProba,
  table: FeatureTable,
  y: Uint8Array,
  labels: Record<string, string>,
  features: string[],
  onProgress: (fraction: number) => void,
): ModelExplanation {
  return explainModel(
    predict,
    table,
    y,
    { labels, features, nRepeats: 10, randomState: 0, gridResolution: 30, sampleSize: 1000, iceCount: 50 },
    onProgress,
  );
}
