import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, describeEachDatabase, testDatabaseUrl } from '../helpers/databases.js';
import { gqlAt, loginAt, spawnServer, spawnWorker, type ServerProcess } from '../helpers/server-process.js';
import { ADMIN, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

const RUN = 'query($id: ID!){ trainingRun(id: $id) { status progress error models { algorithm } } }';
const ALL = ['DECISION_TREE', 'GRADIENT_BOOSTING', 'LOGISTIC_REGRESSION', 'RANDOM_FOREST'];

type Run = { status: string; progress: number; error: string | null; models: { algorithm: string }[] };
const runAt = async (url: string, token: string, id: string) =>
  (await gqlAt<{ trainingRun: Run }>(url, RUN, { id }, token)).data!.trainingRun;

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 240_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const finished = (run: Run) => run.status === 'SUCCEEDED' || run.status === 'FAILED';
const oneModelPerAlgorithm = (run: Run) => expect(run.models.map((m) => m.algorithm).sort()).toEqual(ALL);

describeEachDatabase('background jobs across a restart', (kind) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cp-jobs-'));
  let server: ServerProcess | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a server killed mid-training takes its running and queued jobs up again after the restart (one model per algorithm)', async () => {
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO: 'true',
      WORKERS: '1',
      JOB_CHECK_SECONDS: '1',
    };
    if (kind === 'postgres') {
      const database = await createPostgresDatabase();
      drop = database.drop;
      env.DATABASE_URL = database.url;
    }
    server = await spawnServer(env);
    let token = await loginAt(server.url, ADMIN.email, ADMIN.password);
    const datasetId = (await gqlAt<{ datasets: { id: string }[] }>(server.url, '{ datasets { id } }', {}, token)).data!.datasets[0].id;
    const run = (
      await gqlAt<{ trainModels: { id: string } }>(
        server.url,
        'mutation($d: ID!){ trainModels(datasetId: $d) { id } }',
        { d: datasetId },
        token,
      )
    ).data!.trainModels;
    // One job at a time: the segmentation waits in the queue behind the training.
    const segmentation = (
      await gqlAt<{ segmentCustomers: { id: string } }>(
        server.url,
        'mutation($d: ID!){ segmentCustomers(datasetId: $d, input: { k: 3 }) { id } }',
        { d: datasetId },
        token,
      )
    ).data!.segmentCustomers;
    await until(
      'training under way',
      () => runAt(server!.url, token, run.id),
      (r) => r.status === 'RUNNING' && r.progress > 0.1,
    );
    server.child.kill('SIGKILL');
    await server.exited;

    server = await spawnServer(env);
    token = await loginAt(server.url, ADMIN.email, ADMIN.password);
    const after = await until('training after the restart', () => runAt(server!.url, token, run.id), finished);
    expect(after.status, after.error ?? '').toBe('SUCCEEDED');
    oneModelPerAlgorithm(after);
    const seg = await until(
      'segmentation after the restart',
      async () =>
        (
          await gqlAt<{ segmentation: { status: string; error: string | null } }>(
            server!.url,
            'query($id: ID!){ segmentation(id: $id) { status error } }',
            { id: segmentation.id },
            token,
          )
        ).data!.segmentation,
      (s) => s.status === 'SUCCEEDED' || s.status === 'FAILED',
    );
    expect(seg).toEqual({ status: 'SUCCEEDED', error: null });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
  }, 300_000);
});

describe('worker processes', () => {
  it('refuse to start without a PostgreSQL server', async () => {
    const worker = await spawnWorker({ DATABASE_URL: '' });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/workers need a PostgreSQL server: set DATABASE_URL/);
  });

  describe.skipIf(!testDatabaseUrl)('on a PostgreSQL server', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cp-workers-'));
    const processes: ServerProcess[] = [];
    let drop: (() => Promise<void>) | undefined;
    afterAll(async () => {
      for (const p of processes) p.child.kill('SIGKILL');
      await drop?.();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('WORKERS=0: jobs wait until a worker takes them; a worker killed mid-training is replaced and the run ends with one model per algorithm', async () => {
      const database = await createPostgresDatabase();
      drop = database.drop;
      const env = {
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        JOB_CHECK_SECONDS: '1',
      };
      const web = await spawnServer({ ...env, WORKERS: '0', SEED_DEMO: 'true' });
      processes.push(web);
      const token = await loginAt(web.url, ADMIN.email, ADMIN.password);
      // The pure web node only queued the demo import: no dataset until a worker runs it.
      expect((await gqlAt<{ datasets: { id: string }[] }>(web.url, '{ datasets { id } }', {}, token)).data!.datasets).toEqual([]);
      const first = await spawnWorker({ ...env, WORKERS: '1' });
      processes.push(first);
      const datasets = await until(
        'the demo import, run by the worker',
        async () => (await gqlAt<{ datasets: { id: string }[] }>(web.url, '{ datasets { id } }', {}, token)).data!.datasets,
        (d) => d.length === 1,
      );
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const run = (
        await gqlAt<{ trainModels: { id: string } }>(
          web.url,
          'mutation($d: ID!){ trainModels(datasetId: $d) { id } }',
          { d: datasets[0].id },
          token,
        )
      ).data!.trainModels;
      await new Promise((r) => setTimeout(r, 3000));
      expect((await runAt(web.url, token, run.id)).status).toBe('QUEUED');

      const doomed = await spawnWorker({ ...env, WORKERS: '1' });
      processes.push(doomed);
      await until(
        'training under way',
        () => runAt(web.url, token, run.id),
        (r) => r.status === 'RUNNING' && r.progress > 0.1,
      );
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      const rescuer = await spawnWorker({ ...env, WORKERS: '1' });
      processes.push(rescuer);
      const after = await until('training finished by the second worker', () => runAt(web.url, token, run.id), finished);
      expect(after.status, after.error ?? '').toBe('SUCCEEDED');
      oneModelPerAlgorithm(after);
      rescuer.child.kill('SIGTERM');
      web.child.kill('SIGTERM');
      expect(await rescuer.exited).toBe(0);
      expect(await web.exited).toBe(0);
    }, 300_000);
  });
});

describeEachDatabase('steering jobs', (kind) => {
  let t: TestServer;
  let token: string;
  let demo: string;
  beforeAll(async () => {
    t = await startTestServer(kind, { SEED_DEMO: 'true', JOB_TRIES: '2' });
    token = await t.login();
    demo = (await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token)).data!.datasets[0].id;
  });
  afterAll(() => t?.stop());
  const activeModels = async () =>
    (
      await t.gql<{ dataset: { models: { id: string; isActive: boolean }[] } }>(
        'query($d: ID!){ dataset(id: $d) { models { id isActive } } }',
        { d: demo },
        token,
      )
    )
      .data!.dataset.models.filter((m) => m.isActive)
      .map((m) => m.id)
      .sort();

  it('an analyst cancels a running training run and a queued segmentation; the previous model stays active', async () => {
    const before = await waitForRun(t, token, (await startTraining(t, token, demo, ['LOGISTIC_REGRESSION'])).id);
    expect(before.status).toBe('SUCCEEDED');
    const run = await startTraining(t, token, demo);
    const seg = (
      await t.gql<{ segmentCustomers: { id: string } }>('mutation($d: ID!){ segmentCustomers(datasetId: $d) { id } }', { d: demo }, token)
    ).data!.segmentCustomers;
    const cancelled = await t.gql<{ cancelTrainingRun: { status: string; error: string } }>(
      'mutation($id: ID!){ cancelTrainingRun(id: $id) { status error } }',
      { id: run.id },
      token,
    );
    expect(cancelled.data!.cancelTrainingRun).toEqual({
      status: 'FAILED',
      error: `Cancelled by ${ADMIN.email}. The previous models stay active.`,
    });
    const segCancelled = await t.gql<{ cancelSegmentation: { status: string; error: string } }>(
      'mutation($id: ID!){ cancelSegmentation(id: $id) { status error } }',
      { id: seg.id },
      token,
    );
    expect(segCancelled.data!.cancelSegmentation.status).toBe('FAILED');
    // Whatever the cancelled jobs had under way is never saved.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await activeModels()).toEqual([before.models[0].id]);
    const again = await t.gql('mutation($id: ID!){ cancelTrainingRun(id: $id) { status } }', { id: run.id }, token);
    expect(again.errors![0].message).toBe('This training has already finished, so there is nothing to cancel.');

    const activity = await t.gql<{
      activity: {
        id: string;
        kind: string;
        status: string;
        startedBy: string;
        outcome: string;
        cancellable: boolean;
        durationSeconds: number | null;
      }[];
    }>('{ activity { id kind status startedBy outcome cancellable durationSeconds } }', {}, token);
    const byId = new Map(activity.data!.activity.map((a) => [a.id, a]));
    expect(byId.get(run.id)).toMatchObject({
      kind: 'TRAINING',
      status: 'FAILED',
      startedBy: ADMIN.email,
      cancellable: false,
      outcome: expect.stringMatching(/^Cancelled by/),
    });
    expect(byId.get(before.id)).toMatchObject({ kind: 'TRAINING', status: 'SUCCEEDED', outcome: 'One model trained.' });
    expect(byId.get(before.id)!.durationSeconds).toBeGreaterThan(0);
    expect(byId.get(seg.id)).toMatchObject({ kind: 'SEGMENTATION', status: 'FAILED' });
    expect(activity.data!.activity.some((a) => a.kind === 'IMPORT' && a.status === 'SUCCEEDED')).toBe(true);
  });

  it('a viewer may list the activity but not cancel', async () => {
    await t.gql('mutation { createUser(email: "viewer@jobs.test", password: "password-123", role: VIEWER) { id } }', {}, token);
    const viewer = await t.login('viewer@jobs.test', 'password-123');
    expect((await t.gql<{ activity: unknown[] }>('{ activity { id } }', {}, viewer)).data!.activity.length).toBeGreaterThan(0);
    const run = await startTraining(t, token, demo, ['LOGISTIC_REGRESSION']);
    const denied = await t.gql('mutation($id: ID!){ cancelTrainingRun(id: $id) { status } }', { id: run.id }, viewer);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await waitForRun(t, token, run.id)).status).toBe('SUCCEEDED');
  });

  it('a job that keeps crashing stops after its tries with a clear error, and the previous models stay active', async () => {
    const activeBefore = await activeModels();
    // Rows that are not lists of values (in a new version, so nothing cached is used): every try of a run crashes on them.
    await t.server.database.dataSource.query(`UPDATE customer_rows SET "values" = 'null'::jsonb WHERE dataset_id = $1`, [demo]);
    await t.server.database.dataSource.query('UPDATE datasets SET version = version + 1 WHERE id = $1', [demo]);
    const run = await waitForRun(t, token, (await startTraining(t, token, demo, ['LOGISTIC_REGRESSION'])).id);
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('Training failed 2 times because of an error on our side, so it was stopped. The previous models stay active.');
    expect(await activeModels()).toEqual(activeBefore);
  });
});
