/**
 * A scored list's contributions, from worker threads for tree models and on the job's thread
 * for logistic regression: exactly the customer page's numbers (explainRows) in row order,
 * whatever way the batch was cut.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ALGORITHMS } from '../../../../server/src/domain/algorithms.js';
import { explainRows } from '../../../../server/src/modules/customers/explain-rows.js';
import { shapExplainer } from '../../../../server/src/modules/customers/shap-explainer.js';
import { listExplainer } from '../../../../server/src/modules/scoring/list-explainer.js';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import { DEFAULT_PARAMS, trainModel } from '../../../../server/src/modules/training/model-registry.js';
import { mixedData } from '../training/trees/tree-fixtures.js';

const previousThreads = process.env.SCORING_THREADS;
process.env.SCORING_THREADS = '2';
afterAll(() => {
  if (previousThreads === undefined) delete process.env.SCORING_THREADS;
  else process.env.SCORING_THREADS = previousThreads;
});

describe('listExplainer', () => {
  const { table, y } = mixedData(700, 5);
  const background = takeRows(
    table,
    Array.from({ length: 400 }, (_, i) => i),
  );
  const yTrain = y.subarray(0, 400);

  it.each(ALGORITHMS)(
    '%s: the same contributions and outputs as explainRows, in row order',
    async (algorithm) => {
      const model = trainModel(algorithm, background, yTrain, DEFAULT_PARAMS[algorithm]);
      const explainer = shapExplainer(model, background);
      const list = listExplainer({ model, explainer, background });
      expect(list.threads).toBe(algorithm === 'LOGISTIC_REGRESSION' ? 1 : 2);
      // 299 rows: an uneven cut over two threads; then a batch under the threshold, explained here.
      for (const rows of [Array.from({ length: 299 }, (_, i) => 400 + i), [3, 9, 27]]) {
        const batch = takeRows(table, rows);
        const got = await list.explain(batch);
        const want = explainRows(explainer, batch);
        const m = explainer.features.length;
        expect(got.width).toBe(m);
        expect(got.scale).toBe(explainer.scale);
        expect(got.output.length).toBe(rows.length);
        for (let i = 0; i < rows.length * m; i++) expect(got.phi[i]).toBe(want.phi[i]);
        for (let k = 0; k < rows.length; k++) expect(got.output[k]).toBe(want.output[k]);
      }
    },
    120_000,
  );
});
