/**
 * Local accuracy on real data: for every algorithm as the app trains it (default
 * parameters, the app's 75/25 stratified split), every held-out iFood row's contributions
 * add up to the model's own output (baseValue + sum = output, to 1e-9), and that output is
 * the model's predicted probability; for the tree models, the values equal the published
 * TreeSHAP Algorithm 2's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import { ALGORITHMS } from '../../../../server/src/domain/algorithms.js';
import { DEFAULT_PARAMS, trainModel } from '../../../../server/src/modules/training/model-registry.js';
import { stratifiedSplit } from '../../../../server/src/modules/training/split.js';
import { probabilityOf, shapExplainer } from '../../../../server/src/modules/customers/shap-explainer.js';
import { CompiledForest } from '../../../../server/src/modules/training/trees/compiled-forest.js';
import { nodeCovers, treeExplainer } from '../../../../server/src/modules/customers/tree-shap.js';
import { pathTreeShap } from '../../../../server/src/modules/customers/tree-shap-paths.js';
import { IFOOD, loadIfood, reasonIfMissing } from '../../../helpers/datasets.js';

describe.skipIf(reasonIfMissing(IFOOD))('exact contributions on every iFood test row', () => {
  // Loaded when the block runs, not while collecting: a skipped block never reads the missing file.
  let trainTable: ReturnType<typeof takeRows>;
  let testTable: ReturnType<typeof takeRows>;
  let yTrain: Uint8Array;
  beforeAll(() => {
    const { table, y } = loadIfood();
    const { train, test } = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
    trainTable = takeRows(table, train);
    testTable = takeRows(table, test);
    yTrain = Uint8Array.from(train, (i) => y[i]);
  });

  it.each(ALGORITHMS)('%s', (algorithm) => {
    const model = trainModel(algorithm, trainTable, yTrain, DEFAULT_PARAMS[algorithm]);
    const explainer = shapExplainer(model, trainTable);
    const start = performance.now();
    const results = explainer.explain(testTable);
    const ms = performance.now() - start;
    console.info(`${algorithm}: ${results.length} iFood test rows explained in ${ms.toFixed(0)} ms (${explainer.scale})`);
    expect(results).toHaveLength(testTable.rowCount);
    const p = model.predictProba(testTable);
    let worst = 0;
    results.forEach((r, i) => {
      const sum = r.phi.reduce((a, b) => a + b, 0);
      worst = Math.max(worst, Math.abs(r.baseValue + sum - r.output));
      expect(Math.abs(probabilityOf(r) - p[i])).toBeLessThan(1e-9);
    });
    expect(worst).toBeLessThan(1e-9);
    expect(explainer.features).toEqual(trainTable.features.map((f) => f.name));
    if (model instanceof CompiledForest) {
      // The linear-time algorithm gives the published Algorithm 2's values.
      const reference = pathTreeShap(treeExplainer(model, nodeCovers(model, trainTable)), testTable);
      let apart = 0;
      results.forEach((r, i) => r.phi.forEach((v, j) => (apart = Math.max(apart, Math.abs(v - reference[i].phi[j])))));
      expect(apart).toBeLessThan(1e-9);
    }
    // Contributions are not all zero: the explanation says something.
    expect(results.some((r) => r.phi.some((v) => Math.abs(v) > 1e-3))).toBe(true);
  });
});
