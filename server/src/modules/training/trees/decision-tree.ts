/**
 * DECISION_TREE: one Gini tree on binned features. Defaults follow the scikit-learn
 * reference DecisionTreeClassifier(min_samples_leaf=20): unlimited depth, but leaves of at
 * least 20 rows so probabilities on rare responses are not 0/1 noise.
 */
import type { FeatureTable } from '../data/feature-table.js';
import { binTable, fitBinner } from './binning.js';
import { compileForest } from './compiled-forest.js';
import { TreeGrower } from './histogram-tree.js';
import { checkInteger, checkLimit, checkNumber, checkTrainingData } from './tree-options.js';
import type { TreeTrainingResult } from './tree-model.js';
import type { CompiledForest } from './compiled-forest.js';

export interface DecisionTreeOptions {
  /** null = unlimited (default). */
  maxDepth?: number | null;
  minSamplesLeaf?: number;
  /** null = unlimited (default); otherwise grown best-first. */
  maxLeafNodes?: number | null;
  /** Minimum Gini gain (in G²/H units: twice the weighted impurity decrease) to split. */
  minGainToSplit?: number;
  maxBins?: number;
  minCategoryCount?: number;
  onProgress?: (fraction: number) => void;
}

export function trainDecisionTree(table: FeatureTable, y: ArrayLike<number>, options: DecisionTreeOptions = {}): CompiledForest {
  return fitDecisionTree(table, y, options).model;
}

export function fitDecisionTree(table: FeatureTable, y: ArrayLike<number>, options: DecisionTreeOptions = {}): TreeTrainingResult {
  checkTrainingData(table, y);
  const maxDepth = checkLimit('maxDepth', options.maxDepth);
  const minSamplesLeaf = checkInteger('minSamplesLeaf', options.minSamplesLeaf ?? 20, 1);
  const maxLeafNodes = checkLimit('maxLeafNodes', options.maxLeafNodes, 2);
  const minGainToSplit = checkNumber('minGainToSplit', options.minGainToSplit ?? 0, 0, Infinity);
  const binner = fitBinner(table, undefined, { maxBins: options.maxBins, minCategoryCount: options.minCategoryCount });
  const data = binTable(binner, table);
  const n = table.rowCount;
  const g = new Float64Array(n);
  const h = new Float64Array(n).fill(1);
  for (let i = 0; i < n; i++) g[i] = y[i];
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  const grower = new TreeGrower(data, {
    maxDepth,
    minSamplesLeaf,
    maxLeafNodes,
    minGainToSplit,
    minHessianLeaf: 0,
    l2Regularization: 0,
    catSmooth: 0,
    minCatSupport: 1,
    maxFeatures: data.columns.length,
    leafValue: 'ratio',
  });
  const tree = grower.grow(rows, n, g, h, () => 0);
  options.onProgress?.(1);
  const model = compileForest([tree], binner, { algorithm: 'DECISION_TREE', aggregation: 'mean', baseScore: 0, firstTree: 0 });
  return { model, trees: [tree], binner };
}
