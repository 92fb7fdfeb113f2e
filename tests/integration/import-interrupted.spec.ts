import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { datasetIdsAt, gqlAt, killProcess, loginAdminAt, serverProcesses, stopProcess } from '../helpers/server-process.js';

const gql = gqlAt;
const login = loginAdminAt;
const job = async (url: string, token: string, id: string) =>
  (
    await gql<{ importJob: { status: string; phase: string; rowsImported: number; message: string | null } }>(
      url,
      'query($id:ID!){importJob(id:$id){status phase rowsImported message}}',
      { id },
      token,
    )
  ).data!.importJob;

/** Waits until an import is writing rows (the moment to kill the server). */
async function untilLoading(url: string, token: string, importId: string): Promise<void> {
  for (let i = 0; ; i++) {
    const state = await job(url, token, importId);
    if (state.phase === 'LOADING' && state.rowsImported > 0) return;
    expect(state.status, JSON.stringify(state)).not.toBe('SUCCEEDED');
    expect(i).toBeLessThan(600);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function bigCsv(rows: number, from: number): string {
  const lines = ['ID,Income,Segment,Responded'];
  for (let i = 0; i < rows; i++)
    lines.push(`${from + i},${30000 + ((i * 7919) % 90000)},${['gold', 'silver', 'bronze'][i % 3]},${i % 7 === 0 ? 'yes' : 'no'}`);
  return lines.join('\n') + '\n';
}

describeEachDatabase('an interrupted import', (kind) => {
  const processes = serverProcesses(kind, 'kill');

  it('leaves the dataset exactly as before when the server is killed mid-load, and is marked failed after restart', async () => {
    const env = await processes.env();
    let server = await processes.server(env);
    let token = await login(server.url);
    const post = (path: string, body: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body,
      }).then((r) => r.json() as Promise<{ datasetId: string; importId: string }>);
    const base = await post('/api/datasets?name=Base', bigCsv(50, 1));
    for (let i = 0; (await job(server.url, token, base.importId)).status !== 'SUCCEEDED'; i++) {
      expect(i).toBeLessThan(200);
      await new Promise((r) => setTimeout(r, 100));
    }
    const big = await post(`/api/datasets/${base.datasetId}/imports`, bigCsv(300_000, 1000));
    // Kill it while rows are being loaded.
    await untilLoading(server.url, token, big.importId);
    await killProcess(server);

    server = await processes.server(env);
    token = await login(server.url);
    const after = await job(server.url, token, big.importId);
    expect(after.status).toBe('FAILED');
    expect(after.message).toMatch(/server stopped while this import was running/);
    // "Nothing was loaded" and the job's row count agree (it read 304,000 before).
    expect(after.rowsImported).toBe(0);
    const dataset = (
      await gql<{ dataset: { rowCount: number } }>(server.url, 'query($id:ID!){dataset(id:$id){rowCount}}', { id: base.datasetId }, token)
    ).data!.dataset;
    expect(dataset.rowCount).toBe(50);
    // The spooled upload is not left behind either.
    const uploads = join(env.DATA_DIR, 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
    expect(await stopProcess(server)).toBe(0);
  });

  it('leaves no trace of a NEW dataset killed mid-load (its rows are removed at restart)', async () => {
    const env = await processes.env();
    let server = await processes.server(env);
    let token = await login(server.url);
    const answer = await fetch(`${server.url}/api/datasets?name=Big`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: bigCsv(300_000, 1),
    }).then((r) => r.json() as Promise<{ datasetId: string; importId: string }>);
    await untilLoading(server.url, token, answer.importId);
    await killProcess(server);
    server = await processes.server(env);
    token = await login(server.url);
    expect((await job(server.url, token, answer.importId)).status).toBe('FAILED');
    expect(await datasetIdsAt(server.url, token)).toEqual([]);
    // Checked in the database itself: not a single row of the dead import is left.
    const { default: pg } = await import('pg');
    if (kind === 'postgres') {
      const client = new pg.Client(env.DATABASE_URL);
      await client.connect();
      const left = await client.query('SELECT count(*)::int AS n FROM customer_rows');
      await client.end();
      expect(left.rows[0].n).toBe(0);
    }
    expect(await stopProcess(server)).toBe(0);
  });

  it('stores nothing when the client disconnects mid-upload', async () => {
    const env = await processes.env();
    const server = await processes.server(env);
    const token = await login(server.url);
    const url = new URL(`${server.url}/api/datasets?name=Half`);
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'content-length': '10000000', authorization: `Bearer ${token}` },
      });
      req.on('error', () => resolve());
      req.write(bigCsv(1000, 1));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(await datasetIdsAt(server.url, token)).toEqual([]);
    const uploads = join(env.DATA_DIR, 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual([]);
    expect(await stopProcess(server)).toBe(0);
  });
});
