import type { TrainingSamples } from './sampling.js';

/**
 * The explanations stored with a model (computed once, in a worker, right after training)
 * and read back by the resolvers: answering from the store keeps these queries in the
 * milliseconds.
 */
export interface StoredImportance {
  feature: string;
  label: string;
  importance: number;
  stdDev: number;
  repeats?: number[];
}

export interface StoredDependence {
  feature: string;
  kind: string;
  baseline: number;
  points: { value: string; numericValue: number | null; meanPrediction: number }[];
  regions: { min: number | null; max: number | null; levels: string[] | null; meanPrediction: number; customers?: number }[];
  ice?: number[][];
  ale?: { value: number; effect: number }[] | null;
  disagreement?: { score: number; disagree: boolean } | null;
  histogram?: { value?: string | null; from?: number | null; to?: number | null; count: number }[];
}

export interface StoredExplanations {
  baselineScore?: number;
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
