import { describe, expect, it } from 'vitest';
import { permutationImportance } from '../../../../../server/src/modules/explanations/permutation-importance.js';
import { withFeature, type FeatureTable } from '../../../../../server/src/modules/training/data/feature-table.js';
import { trainDecisionTree } from '../../../../../server/src/modules/training/trees/decision-tree.js';
import { trainGradientBoosting } from '../../../../../server/src/modules/training/trees/gradient-boosting.js';
import { pathCachedPredictor } from '../../../../../server/src/modules/training/trees/path-cached-predictor.js';
import { trainRandomForest } from '../../../../../server/src/modules/training/trees/random-forest.js';
import type { CompiledForest } from '../../../../../server/src/modules/training/trees/compiled-forest.js';
import { mixedData } from './tree-fixtures.js';

const train = mixedData(1200, 21);
const held = mixedData(500, 22);

/** Feature `index` of `t` with its rows reversed (a permutation), as a new column object. */
function reversedColumn(t: FeatureTable, index: number): FeatureTable {
  const f = t.features[index];
  const column = f.kind === 'CATEGORICAL' ? { ...f, codes: f.codes.slice().reverse() } : { ...f, values: f.values.slice().reverse() };
  return withFeature(t, index, column);
}

const models: Record<string, () => CompiledForest> = {
  RANDOM_FOREST: () => trainRandomForest(train.table, train.y, { nEstimators: 20, randomState: 1 }),
  GRADIENT_BOOSTING: () => trainGradientBoosting(train.table, train.y, { maxIter: 30 }),
  DECISION_TREE: () => trainDecisionTree(train.table, train.y),
};

describe.each(Object.keys(models))('path-cached prediction of %s', (name) => {
  const model = models[name]();

  it('equals the full prediction bit for bit: the reference, each one-feature change, several changes, other rows', () => {
    const predict = pathCachedPredictor(model, held.table);
    expect(Array.from(predict(held.table))).toEqual(Array.from(model.predictProba(held.table)));
    for (let j = 0; j < held.table.features.length; j++) {
      const changed = reversedColumn(held.table, j);
      expect(Array.from(predict(changed))).toEqual(Array.from(model.predictProba(changed)));
    }
    const twoChanged = reversedColumn(reversedColumn(held.table, 0), 1);
    expect(Array.from(predict(twoChanged))).toEqual(Array.from(model.predictProba(twoChanged)));
    const otherRows = mixedData(300, 23).table;
    expect(Array.from(predict(otherRows))).toEqual(Array.from(model.predictProba(otherRows)));
  });

  it('gives permutation importance identical to plain prediction', () => {
    const plain = permutationImportance((t) => model.predictProba(t), held.table, held.y, { nRepeats: 3, randomState: 4 });
    const cached = permutationImportance(pathCachedPredictor(model, held.table), held.table, held.y, { nRepeats: 3, randomState: 4 });
    expect(cached).toEqual(plain);
  });

  it('falls back to plain prediction when the cache would be too large', () => {
    const predict = pathCachedPredictor(model, held.table, { maxCachedCells: 10 });
    const changed = reversedColumn(held.table, 0);
    expect(Array.from(predict(held.table))).toEqual(Array.from(model.predictProba(held.table)));
    expect(Array.from(predict(changed))).toEqual(Array.from(model.predictProba(changed)));
  });
});
