/**
 * Worker for the two-thread forest row of training.bench.ts: trains trees
 * [treeOffset, treeOffset + nTrees) of a forest and returns the part as JSON, the way a
 * production worker would hand a model back across threads.
 */
import type { FeatureTable } from '../../server/src/modules/training/data/feature-table.js';
import type { Binner, BinnedDataset } from '../../server/src/modules/training/trees/binning.js';
import { trainRandomForest } from '../../server/src/modules/training/trees/random-forest.js';
import type { SerializedTreeModel } from '../../server/src/modules/training/trees/serialization.js';

export interface ForestPartTask {
  table: FeatureTable;
  y: Uint8Array;
  binned: { binner: Binner; data: BinnedDataset };
  nEstimators: number;
  treeOffset: number;
  nTrees: number;
  randomState: number;
}

export default function trainForestPart(task: ForestPartTask): SerializedTreeModel {
  const { table, y, binned, nEstimators, treeOffset, nTrees, randomState } = task;
  return trainRandomForest(table, y, { nEstimators, treeOffset, nTrees, randomState, binned }).toJSON();
}
