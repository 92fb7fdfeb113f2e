/**
 * Real size, end to end, on both databases (issue 13): 200,000 generated customers imported,
 * trained (on a stated sample of the training rows), the
 * target group described, edited and exported, a segmentation run and its membership
 * exported. Counts are checked against each other and the file; speed is the bench's job
 * (`npm run bench -- scale`). The row cap is lowered to keep this test fast.
 * Also: a run that would need more memory than allowed is refused before it starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeDemoCsv } from '../../seeds/demo-dataset.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { uploadFile, waitForImport } from '../helpers/imports.js';
import { membersCsv, startSegmentation, waitForSegmentation } from '../helpers/segments.js';
import { signedInTestServer, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

const ROWS = 200_000;
const SAMPLE_ROWS = 20_000;
const dir = mkdtempSync(join(tmpdir(), 'scale-spec-'));
const bigFile = join(dir, 'demo-200k.csv');
const smallFile = join(dir, 'demo-2k.csv');

beforeAll(async () => {
  await writeDemoCsv(bigFile, { rows: ROWS, seed: 3 });
  await writeDemoCsv(smallFile, { rows: 2000, seed: 3 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('scale', (kind) => {
  it('refuses, before any work starts, a training run that needs more memory than the server allows', async () => {
    const t = await startTestServer(kind, { MAX_TRAINING_MEMORY_MB: '100' });
    try {
      const token = await t.login();
      const imported = await uploadFile(t, token, smallFile, '/api/datasets?name=small');
      expect((await waitForImport(t, token, imported.body.importId!)).status).toBe('SUCCEEDED');
      const res = await t.gql<unknown>('mutation($d: ID!) { trainModels(datasetId: $d) { id } }', { d: imported.body.datasetId }, token);
      expect(res.errors?.[0].message).toMatch(
        /^This dataset needs about \d+ MB to train; the server allows 100 MB: set MAX_TRAINING_MEMORY_MB or train on a sample\.$/,
      );
      expect(await t.server.services.training.listRuns(imported.body.datasetId!)).toEqual([]);
    } finally {
      await t.stop();
    }
  }, 120_000);

  let t: TestServer, token: string;
  let datasetId: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind, { MAX_TRAINING_SAMPLE_ROWS: String(SAMPLE_ROWS) })));
  afterAll(() => t?.stop());

  it(`imports ${ROWS.toLocaleString('en-US')} customers and trains on a stated sample of them`, async () => {
    const imported = await uploadFile(t, token, bigFile, '/api/datasets?name=Big');
    datasetId = imported.body.datasetId!;
    const job = await waitForImport(t, token, imported.body.importId!, 600_000);
    expect(job.status, job.message ?? '').toBe('SUCCEEDED');
    expect(job.rowsImported).toBe(ROWS);
    const run = await waitForRun(
      t,
      token,
      (await startTraining(t, token, datasetId, ['LOGISTIC_REGRESSION', 'RANDOM_FOREST'])).id,
      900_000,
    );
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    const res = await t.gql<{
      dataset: {
        models: { algorithm: string; trainRows: number; testRows: number; metrics: { rocAuc: number }; samples: Record<string, number> }[];
      };
    }>(
      'query($d: ID!) { dataset(id: $d) { models { algorithm trainRows testRows metrics { rocAuc } samples { trainRows fitRows testRows explainRows dependenceRows } } } }',
      { d: datasetId },
      token,
    );
    const models = res.data!.dataset.models;
    expect(models).toHaveLength(2);
    for (const model of models) {
      expect(model.trainRows + model.testRows).toBe(ROWS);
      expect(model.samples.trainRows).toBe(model.trainRows);
      expect(model.samples.testRows).toBe(model.testRows);
      expect(model.samples.fitRows).toBe(SAMPLE_ROWS);
      expect(model.samples.explainRows).toBe(20_000);
      expect(model.samples.dependenceRows).toBe(1000);
      expect(model.metrics.rocAuc).toBeGreaterThan(0.75);
    }
  }, 1_200_000);

  it('describes a target group counted over every customer, recounts an edit, and exports exactly its audience', async () => {
    const res = await t.gql<{
      dataset: {
        activeModel: {
          id: string;
          targetGroup: {
            matchedCustomers: number;
            baseRate: number;
            conditions: { feature: string; min: number | null; max: number | null; levels: string[] | null }[];
          };
        };
      };
    }>(
      'query($d: ID!) { dataset(id: $d) { activeModel { id targetGroup(topN: 3) { matchedCustomers baseRate conditions { feature min max levels } } } } }',
      { d: datasetId },
      token,
    );
    const { id, targetGroup } = res.data!.dataset.activeModel;
    expect(targetGroup.matchedCustomers).toBeGreaterThan(0);
    const edited = targetGroup.conditions.slice(0, Math.max(1, targetGroup.conditions.length - 1));
    const evaluated = await t.gql<{ evaluateTargetGroup: { matchedCustomers: number } }>(
      'query($m: ID!, $c: [ConditionInput!]!) { evaluateTargetGroup(modelId: $m, conditions: $c) { matchedCustomers } }',
      { m: id, c: edited },
      token,
    );
    const matched = evaluated.data!.evaluateTargetGroup.matchedCustomers;
    expect(matched).toBeGreaterThanOrEqual(targetGroup.matchedCustomers);
    const csv = await fetch(`${t.url}/api/models/${id}/audience.csv?conditions=${encodeURIComponent(JSON.stringify(edited))}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(matched + 1);
  }, 600_000);

  it('segments every customer and exports the membership of all of them', async () => {
    const started = await startSegmentation(t, token, datasetId);
    const run = await waitForSegmentation(t, token, started.data!.segmentCustomers.id, 600_000);
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(run.segments.reduce((sum, s) => sum + s.size, 0) + run.noiseCustomers).toBe(ROWS);
    const members = await membersCsv(t, token, run.id);
    expect(members.length - 1).toBe(ROWS);
  }, 600_000);
});
