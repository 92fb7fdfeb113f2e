import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachDatabase, createPostgresDatabase } from '../helpers/databases.js';
import { spawnServer, type ServerProcess } from '../helpers/server-process.js';
import { ADMIN } from '../helpers/test-server.js';

const gql = async (url: string, query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
};

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
    const env: Record<string, string> = { DATA_DIR: dataDir, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO: 'true', SHUTDOWN_GRACE_MS: '60000' };
    if (kind === 'postgres') {
      const database = await createPostgresDatabase();
      drop = database.drop;
      env.DATABASE_URL = database.url;
    }
    server = await spawnServer(env);
    let token = (await gql(server.url, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: ADMIN.email, p: ADMIN.password })).data!.login.token;
    const datasetId = (await gql(server.url, '{ datasets { id } }', {}, token)).data!.datasets[0].id;
    const run = (await gql(server.url, 'mutation($d: ID!){ trainModels(datasetId: $d) { id } }', { d: datasetId }, token)).data!.trainModels;
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    // While draining, health says "not ready" (load balancers stop sending work).
    const health = await fetch(`${server.url}/healthz`).then((r) => r.status, () => 0);
    expect([503, 0]).toContain(health);
    expect(await server.exited).toBe(0);

    server = await spawnServer(env);
    token = (await gql(server.url, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', { e: ADMIN.email, p: ADMIN.password })).data!.login.token;
    const after = (await gql(server.url, 'query($id: ID!){ trainingRun(id: $id) { status error models { id } } }', { id: run.id }, token)).data!.trainingRun;
    // The grace period was long enough for the demo data: the run finished before the exit.
    expect(after.status).toBe('SUCCEEDED');
    expect(after.models).toHaveLength(4);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
  });
});
