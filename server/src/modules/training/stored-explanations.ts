import type { ExplainedDependence, ExplainedImportance, ModelExplanation } from '../explanations/explain-model.js';
import type { TrainingSamples } from './sampling.js';

/**
 * The explanations stored with a model (computed once, in a worker, right after training)
 * and read back by the resolvers: answering from the store keeps these queries in the
 * milliseconds. The shape is explainModel's (ModelExplanation) plus what training adds; what
 * models stored before a part was kept lack is optional here, so readers handle its absence.
 */
export type StoredImportance = Omit<ExplainedImportance, 'repeats'> & Partial<Pick<ExplainedImportance, 'repeats'>>;

/** Kept since the first models: the curve and its regions. Added later: the rest. */
export type StoredDependence = Pick<ExplainedDependence, 'feature' | 'kind' | 'baseline' | 'points' | 'regions'> &
  Partial<Omit<ExplainedDependence, 'feature' | 'kind' | 'baseline' | 'points' | 'regions'>>;

export interface StoredExplanations extends Partial<Omit<ModelExplanation, 'importance' | 'dependence'>> {
  importance?: StoredImportance[];
  dependence?: Record<string, StoredDependence>;
  /** Per DATE feature: the day (since 1970-01-01) its values count back from. */
  dateReferences?: Record<string, number>;
  /** The sample sizes the model was fitted and explained on (models trained before they were stored have none). */
  samples?: TrainingSamples;
}

/** The sample sizes of a model, or null for models trained before they were stored. */
export function samplesOf(model: WithExplanations): TrainingSamples | null {
  return stored(model).samples ?? null;
}

/** A model row as these readers need it (ModelEntity, without importing it: the entity imports these types). */
type WithExplanations = { explanations: StoredExplanations | null };

const stored = (model: WithExplanations): StoredExplanations => model.explanations ?? {};

/** Features by permutation importance, most important first (empty before explanations exist). */
export function importanceOf(model: WithExplanations): StoredImportance[] {
  return (stored(model).importance ?? []).map((f) => ({
    feature: f.feature,
    label: f.label,
    importance: f.importance,
    stdDev: f.stdDev,
    repeats: f.repeats,
  }));
}

export function dependenceOf(model: WithExplanations, feature: string): StoredDependence | null {
  return stored(model).dependence?.[feature] ?? null;
}

export function dependenceFeatures(model: WithExplanations): string[] {
  return Object.keys(stored(model).dependence ?? {});
}

export function dateReferenceOf(model: WithExplanations, feature: string): number | null {
  return stored(model).dateReferences?.[feature] ?? null;
}
