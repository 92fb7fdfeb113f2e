import type { FeatureTable, PredictProba } from '../data/feature-table.js';

/**
 * Explanations computed right after training, in the same worker. Filled by the
 * explanations module (permutation importance, partial dependence, ICE, ALE, regions).
 */
export function computeExplanations(
  _predict: PredictProba,
  _table: FeatureTable,
  _y: Uint8Array,
  _labels: Record<string, string>,
  onProgress: (fraction: number) => void,
): null {
  onProgress(1);
  return null;
}
