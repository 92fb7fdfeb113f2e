/**
 * The common face of the tree learners: every trained model is a CompiledForest (flat
 * typed arrays, predicting raw feature tables), serialisable to JSON and back.
 */
import type { FeatureTable } from '../data/feature-table.js';
import type { Binner, BinnedDataset } from './binning.js';
import { CompiledForest, finishAggregation } from './compiled-forest.js';
import type { HistTree } from './tree-structure.js';
import type { Aggregation, SerializedTreeModel, TreeAlgorithm } from './serialization.js';

export type { Aggregation, SerializedTreeModel, TreeAlgorithm } from './serialization.js';

export interface TreeModel {
  readonly algorithm: TreeAlgorithm;
  readonly treeCount: number;
  predictProba(table: FeatureTable, out?: Float64Array): Float64Array;
  toJSON(): SerializedTreeModel;
}

/** What a trainer produced: the compiled model plus its training-time (binned) form. */
export interface TreeTrainingResult {
  model: CompiledForest;
  trees: HistTree[];
  binner: Binner;
}

export function loadTreeModel(json: SerializedTreeModel): CompiledForest {
  return CompiledForest.fromJSON(json);
}

/** Probabilities through the binned trees (the training-time representation). */
export function predictBinned(trees: HistTree[], aggregation: Aggregation, baseScore: number, data: BinnedDataset): Float64Array {
  const n = data.rowCount;
  const out = new Float64Array(n).fill(aggregation === 'logistic-sum' ? baseScore : 0);
  for (const tree of trees) for (let i = 0; i < n; i++) out[i] += tree.predictBinnedRow(data, i);
  finishAggregation(aggregation, out, n, trees.length);
  return out;
}
