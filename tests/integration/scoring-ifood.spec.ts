/**
 * Scoring the real iFood file, without its Response column, with each algorithm on both
 * databases: every row gets the probability the audience export gives the same customer, and
 * sampled rows get exactly explainCustomer's probability and reasons (the worker threads'
 * TreeSHAP against the customer page's).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALGORITHMS } from '../../server/src/domain/algorithms.js';
import { IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { uploadFile, waitForImport } from '../helpers/imports.js';
import { parseCsv, scoreList, scoresCsv } from '../helpers/scorings.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

const EXPLAIN =
  'query($m: ID!, $v: [FeatureValueInput!]!) { explainCustomer(modelId: $m, values: $v) { probability text contributions { feature contribution } } }';

/** CSV lines of a file without quoted cells (the iFood file has none). */
const cellsOf = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));

describeEachDatabase('scoring the iFood file', (kind) => {
  describe.skipIf(reasonIfMissing(IFOOD))('by each algorithm', () => {
    let t: TestServer;
    let token: string;
    const models = new Map<string, string>();
    const file = cellsOf(readFileSync(IFOOD, 'utf8'));
    const drop = file[0].indexOf('Response');
    // The shared file ends with empty lines (commas only): a list skips them, as an import does.
    const list = file.filter((cells, i) => i === 0 || cells.some((c) => c !== '')).map((cells) => cells.filter((_, c) => c !== drop));
    const listText = list.map((cells) => cells.join(',')).join('\n') + '\n';

    beforeAll(async () => {
      ({ t, token } = await signedInTestServer(kind));
      const imported = await uploadFile(t, token, IFOOD, '/api/datasets?name=iFood');
      expect((await waitForImport(t, token, imported.body.importId!)).status).toBe('SUCCEEDED');
      const run = await waitForRun(t, token, (await startTraining(t, token, imported.body.datasetId!)).id, 600_000);
      expect(run.status, run.error ?? '').toBe('SUCCEEDED');
      for (const model of run.models) models.set(model.algorithm, model.id);
    }, 900_000);
    afterAll(() => t?.stop());

    it.each(ALGORITHMS)(
      '%s: the audience export’s probability for every customer, explainCustomer’s probability and reasons for sampled rows',
      async (algorithm) => {
        const modelId = models.get(algorithm)!;
        const scoring = await scoreList(t, token, modelId, listText, { 'x-file-name': 'ifood-next.csv' }, 600_000);
        expect(scoring.status, scoring.error ?? '').toBe('SUCCEEDED');
        expect(scoring.rowsScored).toBe(list.length - 1);
        expect(scoring.rowsRejected).toBe(0);
        const scored = parseCsv((await scoresCsv(t, token, scoring.id)).text);
        expect(scored).toHaveLength(list.length);
        expect(scored.slice(1).map((r) => r[0])).toEqual(list.slice(1).map((r) => r[0]));

        // Every customer: the export of everyone (no conditions) gives the same probability.
        const everyone = await fetch(`${t.url}/api/models/${modelId}/audience.csv?conditions=${encodeURIComponent('[]')}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(everyone.status).toBe(200);
        const exported = new Map(
          parseCsv(await everyone.text())
            .slice(1)
            .map((r) => [r[0], r[r.length - 1]] as const),
        );
        expect(exported.size).toBe(list.length - 1);
        const differing = scored.slice(1).filter((r) => exported.get(r[0]) !== r[1]);
        expect(differing.map((r) => `${r[0]}: scored ${r[1]}, exported ${exported.get(r[0])}`)).toEqual([]);

        // Sampled rows: explainCustomer on the same values writes the same three reasons.
        const header = list[0];
        for (const i of [1, 2, 500, 1117, 1800, list.length - 1]) {
          const values = header.map((feature, c) => ({ feature, value: list[i][c] === '' ? null : list[i][c] }));
          const res = await t.gql<{ explainCustomer: { probability: number; text: string } }>(EXPLAIN, { m: modelId, v: values }, token);
          const explained = res.data!.explainCustomer;
          expect(scored[i][1], `row ${i}`).toBe(explained.probability.toFixed(4));
          const reasons = scored[i].slice(3, 6).filter((r) => r !== '');
          expect(reasons.length, `row ${i}`).toBeGreaterThan(0);
          for (const reason of reasons) expect(explained.text, `row ${i}`).toContain(reason);
        }
      },
      900_000,
    );
  });
});
