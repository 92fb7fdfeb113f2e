import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase, testDatabaseUrl } from '../helpers/databases.js';
import {
  datasetIdsAt,
  gqlAt,
  killProcess,
  loginAdminAt,
  serverProcesses,
  spawnWorker,
  stopProcess,
  trainAt,
  until,
} from '../helpers/server-process.js';
import { ADMIN, signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

const RUN = 'query($id: ID!){ trainingRun(id: $id) { status progress error models { algorithm } } }';
const ALL = ['DECISION_TREE', 'GRADIENT_BOOSTING', 'LOGISTIC_REGRESSION', 'RANDOM_FOREST'];

type Run = { status: string; progress: number; error: string | null; models: { algorithm: string }[] };
const runAt = async (url: string, token: string, id: string) =>
  (await gqlAt<{ trainingRun: Run }>(url, RUN, { id }, token)).data!.trainingRun;

const finished = (run: Run) => run.status === 'SUCCEEDED' || run.status === 'FAILED';
const oneModelPerAlgorithm = (run: Run) => expect(run.models.map((m) => m.algorithm).sort()).toEqual(ALL);

describeEachDatabase('background jobs across a restart', (kind) => {
  const processes = serverProcesses(kind, 'jobs');

  it('a server killed mid-training takes its running and queued jobs up again after the restart (one model per algorithm)', async () => {
    const env = await processes.env({ SEED_DEMO: 'true', WORKERS: '1', JOB_CHECK_SECONDS: '1' });
    let server = await processes.server(env);
    let token = await loginAdminAt(server.url);
    const [datasetId] = await datasetIdsAt(server.url, token);
    const runId = await trainAt(server.url, token, datasetId);
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
      () => runAt(server.url, token, runId),
      (r) => r.status === 'RUNNING' && r.progress > 0.1,
    );
    await killProcess(server);

    server = await processes.server(env);
    token = await loginAdminAt(server.url);
    const after = await until('training after the restart', () => runAt(server.url, token, runId), finished);
    expect(after.status, after.error ?? '').toBe('SUCCEEDED');
    oneModelPerAlgorithm(after);
    const seg = await until(
      'segmentation after the restart',
      async () =>
        (
          await gqlAt<{ segmentation: { status: string; error: string | null } }>(
            server.url,
            'query($id: ID!){ segmentation(id: $id) { status error } }',
            { id: segmentation.id },
            token,
          )
        ).data!.segmentation,
      (s) => s.status === 'SUCCEEDED' || s.status === 'FAILED',
    );
    expect(seg).toEqual({ status: 'SUCCEEDED', error: null });
    expect(await stopProcess(server)).toBe(0);
  }, 300_000);
});

describe('worker processes', () => {
  it('refuse to start without a PostgreSQL server', async () => {
    const worker = await spawnWorker({ DATABASE_URL: '' });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/workers need a PostgreSQL server: set DATABASE_URL/);
  });

  describe.skipIf(!testDatabaseUrl)('on a PostgreSQL server', () => {
    const processes = serverProcesses('postgres', 'workers');

    it('WORKERS=0: jobs wait until a worker takes them; a worker killed mid-training is replaced and the run ends with one model per algorithm', async () => {
      const env = await processes.env({ JOB_CHECK_SECONDS: '1' });
      const web = await processes.server({ ...env, WORKERS: '0', SEED_DEMO: 'true' });
      const token = await loginAdminAt(web.url);
      // The pure web node only queued the demo import: no dataset until a worker runs it.
      expect(await datasetIdsAt(web.url, token)).toEqual([]);
      const first = await processes.worker({ ...env, WORKERS: '1' });
      const datasets = await until(
        'the demo import, run by the worker',
        () => datasetIdsAt(web.url, token),
        (d) => d.length === 1,
      );
      expect(await stopProcess(first)).toBe(0);

      const runId = await trainAt(web.url, token, datasets[0]);
      await new Promise((r) => setTimeout(r, 3000));
      expect((await runAt(web.url, token, runId)).status).toBe('QUEUED');

      const doomed = await processes.worker({ ...env, WORKERS: '1' });
      await until(
        'training under way',
        () => runAt(web.url, token, runId),
        (r) => r.status === 'RUNNING' && r.progress > 0.1,
      );
      await killProcess(doomed);
      const rescuer = await processes.worker({ ...env, WORKERS: '1' });
      const after = await until('training finished by the second worker', () => runAt(web.url, token, runId), finished);
      expect(after.status, after.error ?? '').toBe('SUCCEEDED');
      oneModelPerAlgorithm(after);
      expect(await stopProcess(rescuer)).toBe(0);
      expect(await stopProcess(web)).toBe(0);
    }, 300_000);
  });
});

describeEachDatabase('steering jobs', (kind) => {
  let t: TestServer, token: string;
  let demo: string;
  beforeAll(async () => {
    ({ t, token } = await signedInTestServer(kind, { SEED_DEMO: 'true', JOB_TRIES: '2' }));
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
