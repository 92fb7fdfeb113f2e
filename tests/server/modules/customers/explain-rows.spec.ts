/**
 * The batch API the scored lists use: the same numbers as one-at-a-time explanations, flat
 * row-major arrays, and a previous result's arrays refilled rather than reallocated.
 */
import { describe, expect, it } from 'vitest';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import { ALGORITHMS } from '../../../../server/src/domain/algorithms.js';
import { DEFAULT_PARAMS, trainModel } from '../../../../server/src/modules/training/model-registry.js';
import { explainRows } from '../../../../server/src/modules/customers/explain-rows.js';
import { probabilityOf, shapExplainer } from '../../../../server/src/modules/customers/shap-explainer.js';
import { mixedData } from '../training/trees/tree-fixtures.js';

describe('explainRows', () => {
  const { table, y } = mixedData(500, 3);
  const trainTable = takeRows(
    table,
    Array.from({ length: 400 }, (_, i) => i),
  );
  const yTrain = y.subarray(0, 400);

  it.each(ALGORITHMS)('%s: equals explain() row by row, and reuses its arrays', (algorithm) => {
    const model = trainModel(algorithm, trainTable, yTrain, DEFAULT_PARAMS[algorithm]);
    const explainer = shapExplainer(model, trainTable);
    const rows = [499, 400, 7, 123, 456, 3, 250]; // 7 rows: not a multiple of four
    const batch = explainRows(explainer, table, rows);
    const m = explainer.features.length;
    expect(batch.count).toBe(rows.length);
    expect(batch.features).toEqual(explainer.features);
    const p = model.predictProba(table);
    rows.forEach((row, k) => {
      const one = explainer.explain(table, [row])[0];
      for (let j = 0; j < m; j++) expect(batch.phi[k * m + j]).toBeCloseTo(one.phi[j], 12);
      expect(batch.output[k]).toBeCloseTo(one.output, 12);
      expect(batch.probability[k]).toBeCloseTo(probabilityOf(one), 12);
      expect(batch.probability[k]).toBeCloseTo(p[row], 9);
      const sum = batch.phi.subarray(k * m, (k + 1) * m).reduce((a, b) => a + b, 0);
      expect(Math.abs(batch.baseValue + sum - batch.output[k])).toBeLessThan(1e-9);
    });
    const again = explainRows(explainer, table, rows.slice(0, 3), batch);
    expect(again.phi).toBe(batch.phi);
    expect(again.count).toBe(3);
    for (let j = 0; j < 3 * m; j++) expect(again.phi[j]).toBeCloseTo(explainRows(explainer, table, rows.slice(0, 3)).phi[j], 12);
  });
});
