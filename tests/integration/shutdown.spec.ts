import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { datasetIdsAt, gqlAt, loginAdminAt, serverProcesses, stopProcess, trainAt } from '../helpers/server-process.js';

describeEachDatabase('graceful shutdown', (kind) => {
  const processes = serverProcesses(kind, 'term');

  it('on SIGTERM stops taking work, lets running training finish or fail cleanly, and exits 0', async () => {
    const env = await processes.env({ SEED_DEMO: 'true', SHUTDOWN_GRACE_MS: '60000' });
    let server = await processes.server(env);
    let token = await loginAdminAt(server.url);
    const runId = await trainAt(server.url, token, (await datasetIdsAt(server.url, token))[0]);
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    // Once the signal is handled, health says "not ready" (load balancers stop sending work)
    // until the process is gone.
    let health = 200;
    for (let i = 0; i < 100 && health === 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      health = await fetch(`${server.url}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
    }
    expect([503, 0]).toContain(health);
    expect(await server.exited).toBe(0);

    server = await processes.server(env);
    token = await loginAdminAt(server.url);
    const after = (
      await gqlAt<{ trainingRun: { status: string; error: string | null; models: { id: string }[] } }>(
        server.url,
        'query($id: ID!){ trainingRun(id: $id) { status error models { id } } }',
        { id: runId },
        token,
      )
    ).data!.trainingRun;
    // The grace period was long enough for the demo data: the run finished before the exit.
    expect(after.status).toBe('SUCCEEDED');
    expect(after.models).toHaveLength(4);
    expect(await stopProcess(server)).toBe(0);
  }, 180_000);
});
