/**
 * The four algorithms behind one interface: train on a FeatureTable, serialise, load back,
 * predict probabilities. Pure (no DB, no GraphQL) so it runs inside worker threads.
 */
import type { Algorithm } from '../../domain/algorithms.js';
import type { FeatureTable, PredictProba } from './data/feature-table.js';
import { loadLogisticRegression, trainLogisticRegression } from './logistic/logistic-regression.js';
import { trainDecisionTree } from './trees/decision-tree.js';
import { trainGradientBoosting } from './trees/gradient-boosting.js';
import { trainRandomForest } from './trees/random-forest.js';
import { loadTreeModel } from './trees/tree-model.js';

/** An algorithm's settings as stored with its model (plain JSON). */
export type ModelParams = Record<string, number | string | boolean>;

/** Defaults chosen for imbalanced response data (see README: "Models"). */
export const DEFAULT_PARAMS: Record<Algorithm, ModelParams> = {
  LOGISTIC_REGRESSION: { C: 1 },
  DECISION_TREE: { minSamplesLeaf: 20, maxDepth: 8 },
  RANDOM_FOREST: { nEstimators: 100, maxFeatures: 'sqrt', minSamplesLeaf: 5, randomState: 0 },
  GRADIENT_BOOSTING: { maxIter: 200, learningRate: 0.1, maxLeafNodes: 31, minSamplesLeaf: 20, earlyStopping: true, randomState: 0 },
};

export interface TrainedModel {
  predictProba: PredictProba;
  toJSON(): unknown;
}

export function trainModel(
  algorithm: Algorithm,
  table: FeatureTable,
  y: Uint8Array,
  params: ModelParams,
  onProgress?: (fraction: number) => void,
): TrainedModel {
  const options = { ...params, onProgress };
  switch (algorithm) {
    case 'LOGISTIC_REGRESSION':
      return trainLogisticRegression(table, y, options);
    case 'DECISION_TREE':
      return trainDecisionTree(table, y, options);
    case 'RANDOM_FOREST':
      return trainRandomForest(table, y, options);
    case 'GRADIENT_BOOSTING':
      return trainGradientBoosting(table, y, options);
  }
}

export function loadModel(algorithm: Algorithm, json: unknown): TrainedModel {
  if (algorithm === 'LOGISTIC_REGRESSION') return loadLogisticRegression(json as never);
  return loadTreeModel(json as never);
}
