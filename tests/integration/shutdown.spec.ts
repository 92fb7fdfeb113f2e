import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachDatabase, createPostgresDatabase } from '../helpers/databases.js';
import { gqlAt, loginAt, spawnServer, type ServerProcess } from '../helpers/server-process.js';
import { ADMIN } from '../helpers/test-server.js';

const gql = gqlAt;

describeEachDatabase('graceful shutdown', (kind) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cp-term-'));
  let server: ServerProcess | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('on SIGTERM stops taking work, lets running training finish or fail cleanly, and exits 0', async () => {
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO: 'true',
      SHUTDOWN_GRACE_MS: '60000',
    };
    if (kind === 'postgres') {
      const database = await createPostgresDatabase();
      drop = database.drop;
      env.DATABASE_URL = database.url;
    }
    server = await spawnServer(env);
    let token = await loginAt(server.url, ADMIN.email, ADMIN.password);
    const datasetId = (await gql<{ datasets: { id: string }[] }>(server.url, '{ datasets { id } }', {}, token)).data!.datasets[0].id;
    const run = (
      await gql<{ trainModels: { id: string } }>(
        server.url,
        'mutation($d: ID!){ trainModels(datasetId: $d) { id } }',
        { d: datasetId },
        token,
      )
    ).data!.trainModels;
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

    server = await spawnServer(env);
    token = await loginAt(server.url, ADMIN.email, ADMIN.password);
    const after = (
      await gql<{ trainingRun: { status: string; error: string | null; models: { id: string }[] } }>(
        server.url,
        'query($id: ID!){ trainingRun(id: $id) { status error models { id } } }',
        { id: run.id },
        token,
      )
    ).data!.trainingRun;
    // The grace period was long enough for the demo data: the run finished before the exit.
    expect(after.status).toBe('SUCCEEDED');
    expect(after.models).toHaveLength(4);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
  }, 180_000);
});
