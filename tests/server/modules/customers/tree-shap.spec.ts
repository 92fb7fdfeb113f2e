/**
 * TreeSHAP against the definition: on small trees with few features, every Shapley value
 * is recomputed by brute force over all feature subsets, with v(S) the cover-weighted
 * expectation of Lundberg et al.'s Algorithm 1 (features in S follow the customer's branch,
 * the others split by the training rows' covers).
 */
import { describe, expect, it } from 'vitest';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import type { CompiledForest, TraversalInputs } from '../../../../server/src/modules/training/trees/compiled-forest.js';
import { trainDecisionTree } from '../../../../server/src/modules/training/trees/decision-tree.js';
import { trainGradientBoosting } from '../../../../server/src/modules/training/trees/gradient-boosting.js';
import { trainRandomForest } from '../../../../server/src/modules/training/trees/random-forest.js';
import { nodeCovers, treeExplainer, treeShap, type TreeExplainer } from '../../../../server/src/modules/customers/tree-shap.js';
import { pathTreeShap } from '../../../../server/src/modules/customers/tree-shap-paths.js';
import { mixedData } from '../training/trees/tree-fixtures.js';

/** Algorithm 1: the expected output when only the features in `known` are the row's. */
function expectedValue(ex: TreeExplainer, inputs: TraversalInputs, row: number, known: Set<number>): number {
  const { feature, left, right, treeRoots } = ex.forest.arrays;
  const walk = (node: number): number => {
    const f = feature[node];
    if (f < 0) return ex.leafValue[node];
    if (known.has(f)) return walk(branch(ex.forest, inputs, node, row));
    return ex.fraction[left[node]] * walk(left[node]) + ex.fraction[right[node]] * walk(right[node]);
  };
  let sum = ex.forest.aggregation === 'mean' ? 0 : ex.forest.baseScore;
  for (let t = 0; t < treeRoots.length; t++) sum += walk(treeRoots[t]);
  return sum;
}

/** The model's branch, written out again here so the test does not reuse the module's. */
function branch(forest: CompiledForest, inputs: TraversalInputs, node: number, row: number): number {
  const a = forest.arrays;
  const f = a.feature[node];
  if (a.maskOffset[node] >= 0) {
    const bin = inputs.bins[f]![row];
    return (a.masks[a.maskOffset[node] + (bin >>> 5)] >>> (bin & 31)) & 1 ? a.left[node] : a.right[node];
  }
  const v = inputs.numeric[f]![row];
  const goLeft = Number.isNaN(v) ? a.missingLeft[node] === 1 : v <= a.threshold[node];
  return goLeft ? a.left[node] : a.right[node];
}

function bruteForceShapley(ex: TreeExplainer, inputs: TraversalInputs, row: number, m: number): number[] {
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const phi = new Array<number>(m).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    const known = new Set<number>();
    for (let j = 0; j < m; j++) if (mask & (1 << j)) known.add(j);
    const base = expectedValue(ex, inputs, row, known);
    const weight = (factorial(known.size) * factorial(m - known.size - 1)) / factorial(m);
    for (let j = 0; j < m; j++) {
      if (known.has(j)) continue;
      phi[j] += weight * (expectedValue(ex, inputs, row, new Set([...known, j])) - base);
    }
  }
  return phi;
}

const ALGORITHMS = [
  ['linear-time (the app)', treeShap],
  ['Algorithm 2 (reference)', pathTreeShap],
] as const;

describe.each(ALGORITHMS)('TreeSHAP, %s, equals brute-force Shapley values', (_algorithm, treeShap) => {
  const { table, y } = mixedData(600, 7);
  const train = Array.from({ length: 450 }, (_, i) => i);
  const trainTable = takeRows(table, train);
  const yTrain = y.subarray(0, 450);
  const testRows = Array.from({ length: 40 }, (_, i) => 450 + i);
  const models: [string, () => CompiledForest][] = [
    ['decision tree, depth 4', () => trainDecisionTree(trainTable, yTrain, { maxDepth: 4, minSamplesLeaf: 5 })],
    ['forest of 5 trees, depth 4', () => trainRandomForest(trainTable, yTrain, { nEstimators: 5, maxDepth: 4, randomState: 3 })],
    [
      'boosting, 8 trees of 6 leaves',
      () => trainGradientBoosting(trainTable, yTrain, { maxIter: 8, maxLeafNodes: 6, minSamplesLeaf: 10, earlyStopping: false }),
    ],
  ];

  it.each(models)('%s', (_name, fit) => {
    const forest = fit();
    const ex = treeExplainer(forest, nodeCovers(forest, trainTable));
    const inputs = forest.inputsFor(table);
    const results = treeShap(ex, table, testRows);
    const m = forest.features.length;
    expect(m).toBe(4);
    let largest = 0;
    results.forEach((result, k) => {
      const expected = bruteForceShapley(ex, inputs, testRows[k], m);
      for (let j = 0; j < m; j++) expect(result.phi[j]).toBeCloseTo(expected[j], 10);
      largest = Math.max(largest, ...Array.from(result.phi, Math.abs));
      // v(all features) is the model's output; v(no feature) is the base value.
      expect(expectedValue(ex, inputs, testRows[k], new Set([0, 1, 2, 3]))).toBeCloseTo(result.output, 12);
    });
    expect(expectedValue(ex, inputs, 0, new Set())).toBeCloseTo(ex.baseValue, 12);
    expect(largest).toBeGreaterThan(0.01); // the check is not vacuous
  });

  it('baseValue is the mean output over the rows that gave the covers; output is the model prediction', () => {
    const forest = trainRandomForest(trainTable, yTrain, { nEstimators: 10, randomState: 1 });
    const ex = treeExplainer(forest, nodeCovers(forest, trainTable));
    const p = forest.predictProba(trainTable);
    expect(ex.baseValue).toBeCloseTo(p.reduce((a, b) => a + b, 0) / p.length, 12);
    const q = forest.predictProba(table);
    treeShap(ex, table, testRows).forEach((r, k) => {
      expect(r.output).toBeCloseTo(q[testRows[k]], 12);
      expect(r.baseValue + r.phi.reduce((a, b) => a + b, 0)).toBeCloseTo(r.output, 12);
    });
  });

  it("a feature the customer lacks (missing) follows the model's missing-value branch", () => {
    const forest = trainDecisionTree(trainTable, yTrain, { maxDepth: 5 });
    const ex = treeExplainer(forest, nodeCovers(forest, trainTable));
    const withMissing = testRows.filter((i) => Number.isNaN((table.features[0] as { values: Float64Array }).values[i]));
    expect(withMissing.length).toBeGreaterThan(0);
    const q = forest.predictProba(table);
    treeShap(ex, table, withMissing).forEach((r, k) => {
      expect(r.output).toBeCloseTo(q[withMissing[k]], 12);
      expect(r.baseValue + r.phi.reduce((a, b) => a + b, 0)).toBeCloseTo(r.output, 12);
    });
  });
});

describe('edges no background row took', () => {
  const { table, y } = mixedData(600, 7);
  const train = Array.from({ length: 450 }, (_, i) => i);
  const trainTable = takeRows(table, train);
  const yTrain = y.subarray(0, 450);
  const testRows = Array.from({ length: 40 }, (_, i) => 450 + i);

  it('linear-time: covers from a few rows (edges no row took, fraction 0) still give exact values; Algorithm 2 divides by that 0', () => {
    const forest = trainRandomForest(trainTable, yTrain, { nEstimators: 3, maxDepth: 6, randomState: 2 });
    const ex = treeExplainer(forest, nodeCovers(forest, takeRows(trainTable, train.slice(0, 25))));
    const roots = new Set(forest.arrays.treeRoots);
    expect(Array.from(ex.fraction).some((f, node) => f === 0 && !roots.has(node))).toBe(true);
    const inputs = forest.inputsFor(table);
    treeShap(ex, table, testRows).forEach((result, k) => {
      const expected = bruteForceShapley(ex, inputs, testRows[k], 4);
      for (let j = 0; j < 4; j++) expect(result.phi[j]).toBeCloseTo(expected[j], 10);
    });
  });
});

describe('the linear-time algorithm agrees with Algorithm 2 on deep trees', () => {
  const { table, y } = mixedData(3000, 11);
  const train = Array.from({ length: 2400 }, (_, i) => i);
  const trainTable = takeRows(table, train);
  const yTrain = y.subarray(0, 2400);
  const rows = Array.from({ length: 199 }, (_, i) => 2400 + i * 3); // not a multiple of 4: the last rows fill lanes alone
  const models: [string, () => CompiledForest][] = [
    ['decision tree, depth 14', () => trainDecisionTree(trainTable, yTrain, { maxDepth: 14, minSamplesLeaf: 1 })],
    ['forest of 20 unlimited trees', () => trainRandomForest(trainTable, yTrain, { nEstimators: 20, randomState: 5 })],
    ['boosting, 30 trees', () => trainGradientBoosting(trainTable, yTrain, { maxIter: 30, maxLeafNodes: 31, earlyStopping: false })],
  ];

  it.each(models)('%s', (_name, fit) => {
    const forest = fit();
    const ex = treeExplainer(forest, nodeCovers(forest, trainTable));
    expect(ex.maxDepth).toBeGreaterThan(6);
    const fast = treeShap(ex, table, rows);
    const reference = pathTreeShap(ex, table, rows);
    fast.forEach((r, k) => {
      expect(r.phi.every(Number.isFinite)).toBe(true);
      expect(reference[k].phi.every(Number.isFinite)).toBe(true);
      expect(r.output).toBeCloseTo(reference[k].output, 12);
      for (let j = 0; j < r.phi.length; j++) expect(Math.abs(r.phi[j] - reference[k].phi[j])).toBeLessThan(1e-10);
      expect(Math.abs(r.baseValue + r.phi.reduce((a, b) => a + b, 0) - r.output)).toBeLessThan(1e-10);
    });
  });
});
