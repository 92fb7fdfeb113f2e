/** The real server as a separate process, for tests that kill it (SIGKILL) or send SIGTERM. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createPostgresDatabase, type DatabaseKind } from './databases.js';
import { repoRoot } from './datasets.js';
import { ADMIN } from './test-server.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'server/src/main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error(`server did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, child, output: () => output, exited };
}

/** A GraphQL call to a server process (no test-server object around it). */
export async function gqlAt<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
}

export async function loginAt(url: string, email: string, password: string): Promise<string> {
  const res = await gqlAt<{ login: { token: string } }>(url, 'mutation($e:String!,$p:String!){login(email:$e,password:$p){token}}', {
    e: email,
    p: password,
  });
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** `npm run worker` as a separate process (tests kill it with SIGKILL); resolves once it takes jobs. */
export async function spawnWorker(env: Record<string, string>): Promise<ServerProcess> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'server/src/cli/worker.ts')], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!output.includes('worker running')) {
    if (child.exitCode !== null) return { url: '', child, output: () => output, exited };
    if (Date.now() - started > 60_000) throw new Error(`worker did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: '', child, output: () => output, exited };
}

/**
 * Server and worker processes for one describe block on one database kind. `env()` gives a fresh
 * server's environment (its own data dir, the test administrator, its own PostgreSQL database for
 * 'postgres'); after the block every process still running is killed and every dir and database removed.
 */
export function serverProcesses(kind: DatabaseKind, name: string) {
  const root = mkdtempSync(join(tmpdir(), `cp-${name}-`));
  const running: ServerProcess[] = [];
  const drops: (() => Promise<void>)[] = [];
  let made = 0;
  afterAll(async () => {
    for (const p of running) p.child.kill('SIGKILL');
    for (const drop of drops) await drop();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    async env(extra: Record<string, string> = {}): Promise<Record<string, string>> {
      const env: Record<string, string> = { DATA_DIR: join(root, String(made++)), ...ADMIN_ENV, ...extra };
      if (kind === 'postgres') {
        const database = await createPostgresDatabase();
        drops.push(database.drop);
        env.DATABASE_URL = database.url;
      }
      return env;
    },
    async server(env: Record<string, string>): Promise<ServerProcess> {
      return track(running, await spawnServer(env));
    },
    async worker(env: Record<string, string>): Promise<ServerProcess> {
      return track(running, await spawnWorker(env));
    },
  };
}

const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };

function track(running: ServerProcess[], p: ServerProcess): ServerProcess {
  running.push(p);
  return p;
}

/** Sends SIGTERM and resolves with the exit code (0: a clean shutdown). */
export async function stopProcess(p: ServerProcess): Promise<number | null> {
  p.child.kill('SIGTERM');
  return p.exited;
}

/** Kills the process at once (SIGKILL), as a crash would. */
export async function killProcess(p: ServerProcess): Promise<void> {
  p.child.kill('SIGKILL');
  await p.exited;
}

export const loginAdminAt = (url: string) => loginAt(url, ADMIN.email, ADMIN.password);

/** The ids of the datasets a server process holds. */
export async function datasetIdsAt(url: string, token: string): Promise<string[]> {
  return (await gqlAt<{ datasets: { id: string }[] }>(url, '{ datasets { id } }', {}, token)).data!.datasets.map((d) => d.id);
}

/** Starts training every algorithm on a dataset; resolves with the run's id. */
export async function trainAt(url: string, token: string, datasetId: string): Promise<string> {
  return (
    await gqlAt<{ trainModels: { id: string } }>(url, 'mutation($d: ID!){ trainModels(datasetId: $d) { id } }', { d: datasetId }, token)
  ).data!.trainModels.id;
}

/** Reads until `done` holds (every 200 ms); throws with the last value after the timeout. */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 240_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
