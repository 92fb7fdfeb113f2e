/**
 * GRADIENT_BOOSTING: logistic-loss boosting of histogram trees with the defaults of
 * scikit-learn's HistGradientBoostingClassifier (learning rate 0.1, 100 iterations, 31
 * leaves, 20 rows per leaf, early stopping on a 10 % stratified validation slice when
 * there are more than 10,000 rows). Probability = sigmoid(baseScore + sum of tree outputs).
 */
import type { FeatureTable } from '../data/feature-table.js';
import { createRng } from '../../../common/random.js';
import { stratifiedSplit } from '../split.js';
import { binTable, fitBinner } from './binning.js';
import { compileForest, type CompiledForest } from './compiled-forest.js';
import { TreeGrower } from './histogram-tree.js';
import type { HistTree } from './tree-structure.js';
import { checkInteger, checkLimit, checkNumber, checkTrainingData, treeSeed } from './tree-options.js';
import type { TreeTrainingResult } from './tree-model.js';

export interface GradientBoostingOptions {
  maxIter?: number;
  learningRate?: number;
  /** null = unlimited; default 31. */
  maxLeafNodes?: number | null;
  maxDepth?: number | null;
  minSamplesLeaf?: number;
  l2Regularization?: number;
  /** Fraction of the training rows drawn (without replacement) for each tree; default 1. */
  subsample?: number;
  /** Fraction of the features drawn at each split; default 1. */
  maxFeatures?: number;
  /** 'auto' (default): only with more than 10,000 rows, like scikit-learn. */
  earlyStopping?: 'auto' | boolean;
  validationFraction?: number;
  nIterNoChange?: number;
  /** Validation log-loss improvement that counts as progress. */
  tol?: number;
  randomState?: number;
  maxBins?: number;
  minCategoryCount?: number;
  onProgress?: (fraction: number) => void;
}

export function trainGradientBoosting(table: FeatureTable, y: ArrayLike<number>, options: GradientBoostingOptions = {}): CompiledForest {
  return fitGradientBoosting(table, y, options).model;
}

export function fitGradientBoosting(table: FeatureTable, y: ArrayLike<number>, options: GradientBoostingOptions = {}): TreeTrainingResult {
  checkTrainingData(table, y);
  const maxIter = checkInteger('maxIter', options.maxIter ?? 100, 1);
  const learningRate = checkNumber('learningRate', options.learningRate ?? 0.1, 0, 10, { openMin: true });
  const maxLeafNodes = options.maxLeafNodes === null ? Infinity : checkInteger('maxLeafNodes', options.maxLeafNodes ?? 31, 2);
  const maxDepth = checkLimit('maxDepth', options.maxDepth);
  const minSamplesLeaf = checkInteger('minSamplesLeaf', options.minSamplesLeaf ?? 20, 1);
  const l2Regularization = checkNumber('l2Regularization', options.l2Regularization ?? 0, 0, Infinity);
  const subsample = checkNumber('subsample', options.subsample ?? 1, 0, 1, { openMin: true });
  const featureFraction = checkNumber('maxFeatures', options.maxFeatures ?? 1, 0, 1, { openMin: true });
  const validationFraction = checkNumber('validationFraction', options.validationFraction ?? 0.1, 0, 1, { openMin: true, openMax: true });
  const nIterNoChange = checkInteger('nIterNoChange', options.nIterNoChange ?? 10, 1);
  const tol = checkNumber('tol', options.tol ?? 1e-7, 0, Infinity);
  const randomState = checkInteger('randomState', options.randomState ?? 0, 0, 2 ** 32 - 1);
  const early = options.earlyStopping ?? 'auto';
  if (early !== 'auto' && typeof early !== 'boolean')
    throw new Error(`earlyStopping must be 'auto', true or false (got ${String(early)}).`);
  const earlyStopping = early === 'auto' ? table.rowCount > 10_000 : early;

  let trainRows: Int32Array = Int32Array.from({ length: table.rowCount }, (_, i) => i);
  let validRows: Int32Array = new Int32Array(0);
  if (earlyStopping) {
    const split = stratifiedSplit(y, { testSize: validationFraction, randomState });
    trainRows = split.train;
    validRows = split.test;
  }
  // Bins come from the rows the trees learn from only, as in scikit-learn.
  const binner = fitBinner(table, trainRows, { maxBins: options.maxBins, minCategoryCount: options.minCategoryCount });
  const data = binTable(binner, table);
  const nTrain = trainRows.length;
  let positives = 0;
  for (let i = 0; i < nTrain; i++) positives += y[trainRows[i]];
  const prior = positives / nTrain;
  if (prior === 0 || prior === 1) throw new Error('The training slice of gradient boosting needs both classes.');
  const baseScore = Math.log(prior / (1 - prior));

  const n = table.rowCount;
  const raw = new Float64Array(n).fill(baseScore);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const rows = new Int32Array(nTrain);
  const sampleSize = Math.max(1, Math.round(subsample * nTrain));
  const grower = new TreeGrower(data, {
    maxDepth,
    minSamplesLeaf,
    maxLeafNodes,
    minGainToSplit: 0,
    minHessianLeaf: 1e-3,
    l2Regularization,
    catSmooth: 10,
    minCatSupport: 10,
    maxFeatures: Math.max(1, Math.ceil(featureFraction * data.columns.length)),
    leafValue: 'newton',
  });
  const rng = createRng(treeSeed(randomState, 0));
  const trees: HistTree[] = [];
  const validationScores = [validationScore(raw, validRows, y)];
  for (let iter = 0; iter < maxIter; iter++) {
    for (let k = 0; k < nTrain; k++) {
      const r = trainRows[k];
      const p = 1 / (1 + Math.exp(-raw[r]));
      g[r] = p - y[r];
      h[r] = p * (1 - p);
    }
    rows.set(trainRows);
    if (sampleSize < nTrain) partialShuffle(rows, sampleSize, rng);
    const tree = grower.grow(rows, sampleSize, g, h, rng);
    tree.scaleLeaves(learningRate);
    trees.push(tree);
    if (sampleSize === nTrain) {
      // Leaves own contiguous ranges of `rows`: update training scores without re-predicting.
      for (let node = 0; node < tree.nodeCount; node++) {
        if (tree.feature[node] >= 0) continue;
        const v = tree.value[node];
        for (let k = grower.nodeStart[node]; k < grower.nodeEnd[node]; k++) raw[rows[k]] += v;
      }
    } else for (let k = 0; k < nTrain; k++) raw[trainRows[k]] += tree.predictBinnedRow(data, trainRows[k]);
    for (let k = 0; k < validRows.length; k++) raw[validRows[k]] += tree.predictBinnedRow(data, validRows[k]);
    options.onProgress?.((iter + 1) / maxIter);
    if (!earlyStopping) continue;
    validationScores.push(validationScore(raw, validRows, y));
    if (shouldStop(validationScores, nIterNoChange, tol)) break;
  }
  if (trees.length < maxIter) options.onProgress?.(1);
  const model = compileForest(trees, binner, { algorithm: 'GRADIENT_BOOSTING', aggregation: 'logistic-sum', baseScore, firstTree: 0 });
  return { model, trees, binner };
}

/** Negative mean log loss on the validation rows (higher is better). */
function validationScore(raw: Float64Array, rows: Int32Array, y: ArrayLike<number>): number {
  let loss = 0;
  for (let k = 0; k < rows.length; k++) {
    const z = raw[rows[k]];
    // log(1 + e^z) - y z, computed without overflow.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[rows[k]] * z;
  }
  return rows.length > 0 ? -loss / rows.length : 0;
}

/** scikit-learn's rule: stop when none of the last n scores beats the one before them by tol. */
function shouldStop(scores: number[], n: number, tol: number): boolean {
  if (scores.length <= n) return false;
  const reference = scores[scores.length - n - 1];
  for (let k = scores.length - n; k < scores.length; k++) if (scores[k] > reference + tol) return false;
  return true;
}

function partialShuffle(rows: Int32Array, k: number, rng: () => number): void {
  const n = rows.length;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = rows[i];
    rows[i] = rows[j];
    rows[j] = t;
  }
}
