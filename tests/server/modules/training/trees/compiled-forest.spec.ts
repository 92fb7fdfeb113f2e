import { describe, expect, it } from 'vitest';
import { binTable } from '../../../../../server/src/modules/training/trees/binning.js';
import { CompiledForest, mergeForests } from '../../../../../server/src/modules/training/trees/compiled-forest.js';
import { fitDecisionTree } from '../../../../../server/src/modules/training/trees/decision-tree.js';
import { fitGradientBoosting } from '../../../../../server/src/modules/training/trees/gradient-boosting.js';
import { fitRandomForest, trainRandomForest } from '../../../../../server/src/modules/training/trees/random-forest.js';
import { loadTreeModel, predictBinned, type TreeTrainingResult } from '../../../../../server/src/modules/training/trees/tree-model.js';
import type { FeatureTable } from '../../../../../server/src/modules/training/data/feature-table.js';
import { mixedData } from './tree-fixtures.js';

const train = mixedData(1500, 11);
const fresh = mixedData(700, 12);

/** The fresh table with the region levels listed in another order plus an unseen level. */
function withShuffledLevels(t: FeatureTable): FeatureTable {
  const features = t.features.map((f) => {
    if (f.kind !== 'CATEGORICAL') return f;
    const levels = [...f.levels].reverse().concat('atlantis');
    const codes = Int32Array.from(f.codes, (c, i) => (i % 50 === 0 ? levels.length - 1 : c < 0 ? -1 : f.levels.length - 1 - c));
    return { ...f, levels, codes };
  });
  return { rowCount: t.rowCount, features };
}

const trainers: Record<string, () => TreeTrainingResult> = {
  DECISION_TREE: () => fitDecisionTree(train.table, train.y, { minSamplesLeaf: 5 }),
  RANDOM_FOREST: () => fitRandomForest(train.table, train.y, { nEstimators: 15, randomState: 3 }),
  GRADIENT_BOOSTING: () => fitGradientBoosting(train.table, train.y, { maxIter: 40, subsample: 0.8, maxFeatures: 0.75 }),
  GRADIENT_BOOSTING_EARLY: () => fitGradientBoosting(train.table, train.y, { maxIter: 60, earlyStopping: true, nIterNoChange: 3 }),
};

describe.each(Object.keys(trainers))('compiled %s', (name) => {
  const result = trainers[name]();
  const { model } = result;
  const scored = withShuffledLevels(fresh.table);

  it('predicts exactly what the binned training-time trees predict, on new rows with unseen levels', () => {
    const viaBins = predictBinned(result.trees, model.aggregation, model.baseScore, binTable(result.binner, scored));
    const compiled = model.predictProba(scored);
    expect(Array.from(compiled)).toEqual(Array.from(viaBins));
    expect(new Set(compiled).size).toBeGreaterThan(1);
    for (const p of compiled) expect(p >= 0 && p <= 1).toBe(true);
  });

  it('predicts identically after a JSON round trip', () => {
    const text = JSON.stringify(model.toJSON());
    const reloaded = loadTreeModel(JSON.parse(text));
    expect(reloaded.algorithm).toBe(model.algorithm);
    expect(reloaded.treeCount).toBe(model.treeCount);
    expect(Array.from(reloaded.predictProba(scored))).toEqual(Array.from(model.predictProba(scored)));
  });

  it('reuses a caller buffer and matches features by name, whatever their order', () => {
    const out = new Float64Array(fresh.table.rowCount);
    const reversed = { rowCount: fresh.table.rowCount, features: [...fresh.table.features].reverse() };
    expect(model.predictProba(reversed, out)).toBe(out);
    expect(Array.from(out)).toEqual(Array.from(model.predictProba(fresh.table)));
  });
});

describe('CompiledForest', () => {
  it('gives the same forest when trained in parts and merged (worker-thread split)', () => {
    const whole = trainRandomForest(train.table, train.y, { nEstimators: 12, randomState: 5 });
    const parts = [
      { treeOffset: 8, nTrees: 4 },
      { treeOffset: 0, nTrees: 5 },
      { treeOffset: 5, nTrees: 3 },
    ].map((p) => loadTreeModel(trainRandomForest(train.table, train.y, { nEstimators: 12, randomState: 5, ...p }).toJSON()));
    const merged = mergeForests(parts);
    expect(merged.treeCount).toBe(12);
    expect(Array.from(merged.predictProba(fresh.table))).toEqual(Array.from(whole.predictProba(fresh.table)));
    expect(() => mergeForests([parts[0], parts[1]])).toThrow(/missing or overlap/);
  });

  it('differs between random states (seeds reach the trees)', () => {
    const a = trainRandomForest(train.table, train.y, { nEstimators: 5, randomState: 1 }).predictProba(fresh.table);
    const b = trainRandomForest(train.table, train.y, { nEstimators: 5, randomState: 2 }).predictProba(fresh.table);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('rejects tables without a trained feature or with a changed kind, and corrupt JSON', () => {
    const model = fitDecisionTree(train.table, train.y).model;
    const missing = { rowCount: fresh.table.rowCount, features: fresh.table.features.slice(1) };
    expect(() => model.predictProba(missing)).toThrow(/no feature "a"/);
    const changed = {
      rowCount: fresh.table.rowCount,
      features: fresh.table.features.map((f) =>
        f.name === 'region' ? { name: 'region', kind: 'NUMERIC' as const, values: new Float64Array(fresh.table.rowCount) } : f,
      ),
    };
    expect(() => model.predictProba(changed)).toThrow(/categorical/);
    const json = model.toJSON();
    expect(() => CompiledForest.fromJSON({ ...json, version: 2 } as unknown as typeof json)).toThrow(/Not a serialized tree model/);
    expect(() => CompiledForest.fromJSON({ ...json, arrays: { ...json.arrays, value: '' } })).toThrow(/Corrupt/);
  });
});
