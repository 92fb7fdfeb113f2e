/**
 * Fault suite: the database goes away under a running server (PostgreSQL only: the embedded
 * database lives inside the server process). Connections are cut with pg_terminate_backend
 * (only the backends of this test's own database) mid-import, mid-append, mid-training and
 * mid-segmentation, and a throwaway PostgreSQL instance of our own is stopped and started under
 * the app. In each case the server process stays up, the job ends FAILED with a reason, nothing
 * partial is visible, and the next job succeeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoCsv } from '../../seeds/demo-dataset.js';
import { createPostgresDatabase, testDatabaseUrl } from '../helpers/databases.js';
import { csv, Harness, LOST, ownClient } from '../helpers/fault-harness.js';
import { gqlAt } from '../helpers/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../helpers/throwaway-postgres.js';

const skipReason = testDatabaseUrl ? null : 'TEST_DATABASE_URL is not set (CI sets it)';
if (skipReason) console.warn(`Skipping the database fault suite: ${skipReason}.`);

describe.skipIf(Boolean(skipReason))('a lost database connection [postgres]', () => {
  let h: Harness;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    h = new Harness(database.url);
    await h.start();
  });
  afterAll(async () => {
    await h?.stop();
    await drop?.();
  });

  it('mid-import of a new dataset: the job fails with a reason, no dataset or row is left, the next import succeeds', async () => {
    const started = await h.post('/api/datasets?name=Cut', csv(200_000, 1));
    await h.until(
      () => h.importJob(started.importId),
      (j) => j.phase === 'LOADING' && j.rowsImported > 0,
    );
    expect((await h.cutWhileWaitingOn('customer_rows')).killed).toBeGreaterThan(0);
    const job = await h.finishedImport(started.importId);
    expect(job.status).toBe('FAILED');
    expect(job.message).toMatch(LOST);
    expect(job.message).toMatch(/Nothing was loaded/);
    expect(job.rowsImported).toBe(0);
    await h.expectServing();
    const datasets = (await h.gql('{ datasets { id } }')).datasets as { id: string }[];
    expect(datasets.map((d) => d.id)).not.toContain(started.datasetId);
    const left = await h.admin.query('SELECT count(*)::int AS n FROM customer_rows WHERE dataset_id = $1', [started.datasetId]);
    expect(left.rows[0].n).toBe(0);

    const next = await h.post('/api/datasets?name=After', csv(500, 1));
    expect((await h.finishedImport(next.importId)).status).toBe('SUCCEEDED');
    h.expectCleanOutput();
  });

  it('mid-append: the dataset keeps exactly its rows, staging is emptied, the next append succeeds', async () => {
    const base = await h.post('/api/datasets?name=Base', csv(50, 1));
    expect((await h.finishedImport(base.importId)).status).toBe('SUCCEEDED');
    const started = await h.post(`/api/datasets/${base.datasetId}/imports`, csv(200_000, 1000));
    await h.until(
      () => h.importJob(started.importId),
      (j) => j.phase === 'LOADING' && j.rowsImported > 0,
    );
    expect((await h.cutWhileWaitingOn('import_staging')).killed).toBeGreaterThan(0);
    const job = await h.finishedImport(started.importId);
    expect(job.status).toBe('FAILED');
    expect(job.message).toMatch(LOST);
    await h.expectServing();
    expect(
      (await h.gql<{ dataset: { rowCount: number } }>('query($id:ID!){dataset(id:$id){rowCount}}', { id: base.datasetId })).dataset
        .rowCount,
    ).toBe(50);
    expect((await h.admin.query('SELECT count(*)::int AS n FROM customer_rows WHERE dataset_id = $1', [base.datasetId])).rows[0].n).toBe(
      50,
    );
    expect((await h.admin.query('SELECT count(*)::int AS n FROM import_staging WHERE import_id = $1', [started.importId])).rows[0].n).toBe(
      0,
    );

    const next = await h.post(`/api/datasets/${base.datasetId}/imports`, csv(100, 500_000));
    expect((await h.finishedImport(next.importId)).status).toBe('SUCCEEDED');
    expect(
      (await h.gql<{ dataset: { rowCount: number } }>('query($id:ID!){dataset(id:$id){rowCount}}', { id: base.datasetId })).dataset
        .rowCount,
    ).toBe(150);
    h.expectCleanOutput();
  });

  it('mid-training: the run fails with a reason, no model is saved, the previous model stays, the next run succeeds', async () => {
    const datasetId = await h.demoDatasetId();
    const train = async () =>
      (
        await h.gql<{ trainModels: { id: string } }>('mutation($d:ID!){trainModels(datasetId:$d, algorithms:[LOGISTIC_REGRESSION]){id}}', {
          d: datasetId,
        })
      ).trainModels.id as string;
    type Run = { status: string; error: string | null; models: { id: string }[] };
    const run = (id: string) => async () =>
      (await h.gql<{ trainingRun: Run }>('query($id:ID!){trainingRun(id:$id){status error models{id}}}', { id })).trainingRun;
    const finished = (r: Run) => r.status === 'SUCCEEDED' || r.status === 'FAILED';
    const activeModels = async () =>
      (
        await h.gql<{ dataset: { models: { id: string; isActive: boolean; isFeatured: boolean }[] } }>(
          'query($d:ID!){dataset(id:$d){models{id isActive isFeatured}}}',
          { d: datasetId },
        )
      ).dataset.models.filter((m) => m.isActive);

    const previous = await h.until(run(await train()), finished, 240_000);
    expect(previous.status, previous.error ?? '').toBe('SUCCEEDED');
    const before = await activeModels();
    expect(before.map((m) => m.id)).toEqual(previous.models.map((m) => m.id));

    // Training reads the column store, not customer_rows; what it always writes is the models
    // and their artifacts, in one transaction at the end. Locking model_artifacts holds that
    // transaction at its first artifact (progress writes never touch the table), so the cut
    // lands on the run's own save, not on a progress update it may drop.
    const cut = await h.cutWhileWaitingOn('model_artifacts', train, { waitMs: 240_000 });
    expect(cut.killed).toBeGreaterThan(0);
    const failed = await h.until(run(cut.started!), finished);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe(
      'Training stopped because the connection to the database was lost. The previous models stay active; start training again.',
    );
    expect(failed.models).toEqual([]);
    expect(await activeModels()).toEqual(before);
    await h.expectServing();

    const next = await h.until(run(await train()), finished, 240_000);
    expect(next.status, next.error ?? '').toBe('SUCCEEDED');
    expect(next.models).toHaveLength(1);
    h.expectCleanOutput();
  }, 300_000);

  it('mid-segmentation: it fails with a reason and nothing of it is shown, the next one succeeds', async () => {
    // Segmentation reads cached columns, not customer_rows: the cut lands on its result being
    // saved (its row locked by the test once it runs), on a dataset big enough to still be running.
    const file = join(h.dataDir, 'demo-20k.csv');
    await writeDemoCsv(file, { rows: 20_000, seed: 7 });
    const imported = await h.post('/api/datasets?name=Segments&target=Response', readFileSync(file, 'utf8'));
    expect((await h.finishedImport(imported.importId)).status).toBe('SUCCEEDED');
    const segment = async () =>
      (await h.gql<{ segmentCustomers: { id: string } }>('mutation($d:ID!){segmentCustomers(datasetId:$d){id}}', { d: imported.datasetId }))
        .segmentCustomers.id as string;
    const read = (id: string) => async () =>
      (
        await h.gql<{ segmentation: { status: string; error: string | null; segments: { index: number }[] } }>(
          'query($id:ID!){segmentation(id:$id){status error segments{index}}}',
          { id },
        )
      ).segmentation;
    const finished = <R extends { status: string }>(r: R) => r.status === 'SUCCEEDED' || r.status === 'FAILED';

    const first = await segment();
    await h.until(read(first), (r) => r.status !== 'QUEUED');
    const cut = await h.cutWhileWaitingOn('segmentations', undefined, {
      lock: async (client) => {
        const row = await client.query('SELECT status FROM segmentations WHERE id = $1 FOR UPDATE', [first]);
        expect(row.rows[0].status, 'the segmentation finished before the test could lock it').toBe('RUNNING');
      },
      // The final write (status and result), not a progress update.
      waiting: '%UPDATE%segmentations%"status"%',
    });
    expect(cut.killed).toBeGreaterThan(0);
    const failed = await h.until(read(first), finished);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(LOST);
    expect(failed.segments).toEqual([]);
    await h.expectServing();

    const second = await h.until(read(await segment()), finished, 240_000);
    expect(second.status).toBe('SUCCEEDED');
    expect(second.segments.length).toBeGreaterThan(1);
    h.expectCleanOutput();
  }, 300_000);
});

let throwawaySkip: string | null = skipReason;
describe('the PostgreSQL server stopped and started under the app [postgres]', () => {
  let pgServer: ThrowawayPostgres | undefined;
  let h: Harness | undefined;
  beforeAll(async () => {
    if (throwawaySkip) return;
    try {
      // Our own instance: the shared server must never be stopped.
      pgServer = await startThrowawayPostgres();
    } catch (error) {
      throwawaySkip = `a throwaway PostgreSQL instance could not be started (${(error as Error).message})`;
      console.warn(`Skipping the stop/start fault test: ${throwawaySkip}.`);
      return;
    }
    h = new Harness(pgServer.url);
    await h.start();
  });
  afterAll(async () => {
    await h?.stop();
    await pgServer?.destroy();
  });

  it('keeps serving while the database is down, fails the running import with a reason, and imports again once it is back', async (ctx) => {
    if (throwawaySkip || !h || !pgServer) return ctx.skip();
    const started = await h.post('/api/datasets?name=Outage', csv(300_000, 1));
    await h.until(
      () => h!.importJob(started.importId),
      (j) => j.phase === 'LOADING' && j.rowsImported > 0,
    );
    await h.admin.end();
    await pgServer.stop();
    // The database is down: the server still answers (health, and a clear error for data).
    await new Promise((r) => setTimeout(r, 1500));
    expect(h.server.child.exitCode).toBeNull();
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);
    const during = await gqlAt(h.server.url, '{ datasets { id } }', {}, h.token);
    expect(during.errors?.[0].message).not.toMatch(/stack|at /);
    await pgServer.start();
    h.admin = ownClient(pgServer.url);
    await h.admin.connect();

    const job = await h.finishedImport(started.importId);
    expect(job.status).toBe('FAILED');
    expect(job.message).toMatch(LOST);
    expect(job.rowsImported).toBe(0);
    await h.expectServing();
    const datasets = (await h.gql('{ datasets { id } }')).datasets as { id: string }[];
    expect(datasets.map((d) => d.id)).not.toContain(started.datasetId);
    expect((await h.admin.query('SELECT count(*)::int AS n FROM customer_rows WHERE dataset_id = $1', [started.datasetId])).rows[0].n).toBe(
      0,
    );

    const next = await h.post('/api/datasets?name=After%20outage', csv(500, 1));
    expect((await h.finishedImport(next.importId)).status).toBe('SUCCEEDED');
    h.expectCleanOutput();
  });
});
