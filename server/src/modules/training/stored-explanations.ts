import type { ModelEntity } from './model.entity.js';

/** The explanations stored with a model, as the explanations module computed them. */
export interface StoredImportance {
  feature: string;
  label: string;
  importance: number;
  stdDev: number;
}

/** Features by permutation importance, most important first (empty before explanations exist). */
export function importanceOf(model: ModelEntity): StoredImportance[] {
  const importance = (model.explanations as { importance?: StoredImportance[] } | null)?.importance;
  return importance ?? [];
}
