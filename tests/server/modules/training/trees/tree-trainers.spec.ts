import { describe, expect, it } from 'vitest';
import { trainDecisionTree } from '../../../../../server/src/modules/training/trees/decision-tree.js';
import { fitGradientBoosting, trainGradientBoosting } from '../../../../../server/src/modules/training/trees/gradient-boosting.js';
import { trainRandomForest } from '../../../../../server/src/modules/training/trees/random-forest.js';
import { rocAuc } from '../../../../../server/src/modules/training/metrics/roc-auc.js';
import { createRng } from '../../../../../server/src/common/random.js';
import { mixedData, numeric, table } from './tree-fixtures.js';

const data = mixedData(1200, 21);
const holdout = mixedData(600, 22);

describe('tree trainers', () => {
  it('report progress per tree / iteration, ending at 1', () => {
    const seen: number[] = [];
    trainRandomForest(data.table, data.y, { nEstimators: 4, onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
    const boosting: number[] = [];
    trainGradientBoosting(data.table, data.y, { maxIter: 5, onProgress: (f) => boosting.push(f) });
    expect(boosting).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    const single: number[] = [];
    trainDecisionTree(data.table, data.y, { onProgress: (f) => single.push(f) });
    expect(single).toEqual([1]);
  });

  it('validate options and data up front with messages naming the problem', () => {
    expect(() => trainRandomForest(data.table, data.y, { nEstimators: 0 })).toThrow(/nEstimators/);
    expect(() => trainRandomForest(data.table, data.y, { nEstimators: 10, treeOffset: 8, nTrees: 5 })).toThrow(/nTrees/);
    expect(() => trainRandomForest(data.table, data.y, { maxFeatures: 'half' as never })).toThrow(/maxFeatures/);
    expect(() => trainGradientBoosting(data.table, data.y, { learningRate: 0 })).toThrow(/learningRate/);
    expect(() => trainGradientBoosting(data.table, data.y, { validationFraction: 1 })).toThrow(/validationFraction/);
    expect(() => trainDecisionTree(data.table, data.y, { minSamplesLeaf: 0 })).toThrow(/minSamplesLeaf/);
    expect(() => trainDecisionTree(data.table, data.y.subarray(1))).toThrow(/target has/);
    expect(() => trainDecisionTree(data.table, new Uint8Array(data.y.length))).toThrow(/both/);
  });

  it('rank held-out rows well above chance on a learnable signal', () => {
    for (const model of [
      trainDecisionTree(data.table, data.y),
      trainRandomForest(data.table, data.y, { nEstimators: 30 }),
      trainGradientBoosting(data.table, data.y),
    ]) {
      expect(rocAuc(holdout.y, model.predictProba(holdout.table))).toBeGreaterThan(0.75);
    }
  });

  it('boosting stops early when the validation loss stops improving', () => {
    const rng = createRng(4);
    const n = 2000;
    const noise = table(
      numeric(
        'x',
        Array.from({ length: n }, () => rng()),
      ),
    );
    const y = Uint8Array.from({ length: n }, () => (rng() < 0.3 ? 1 : 0));
    const { trees } = fitGradientBoosting(noise, y, { maxIter: 200, earlyStopping: true });
    expect(trees.length).toBeLessThan(40);
    const full = fitGradientBoosting(noise, y, { maxIter: 30, earlyStopping: false });
    expect(full.trees.length).toBe(30);
  });

  it('boosting probabilities start from the training prior', () => {
    const { model } = fitGradientBoosting(data.table, data.y, { maxIter: 1, learningRate: 1e-9 });
    const prior = data.y.reduce((s, v) => s + v, 0) / data.y.length;
    for (const p of model.predictProba(holdout.table)) expect(p).toBeCloseTo(prior, 6);
  });
});
