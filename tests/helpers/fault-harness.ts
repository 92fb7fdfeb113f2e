/**
 * The database fault suite's harness (tests/integration/db-faults.spec.ts): a server process on a
 * PostgreSQL database of its own, the test's direct connection to that database, and the files
 * it imports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import { gqlAt, loginAt, spawnServer, type ServerProcess } from './server-process.js';
import { ADMIN } from './test-server.js';

/** What a job says when its database connection was cut. */
export const LOST = /connection to the database was lost/;

export function csv(rows: number, from: number): string {
  const lines = ['ID,Income,Segment,Responded'];
  for (let i = 0; i < rows; i++)
    lines.push(`${from + i},${30000 + ((i * 7919) % 90000)},${['gold', 'silver', 'bronze'][i % 3]},${i % 7 === 0 ? 'yes' : 'no'}`);
  return lines.join('\n') + '\n';
}

/** The test's own connection: when a teardown cuts it, that is not a failure of the app. */
export function ownClient(url: string): pg.Client {
  const client = new pg.Client(url);
  client.on('error', () => undefined);
  return client;
}

/** A server process on a database of its own, with a direct connection to that database for the test. */
export class Harness {
  server!: ServerProcess;
  token!: string;
  admin!: pg.Client;
  dataDir = mkdtempSync(join(tmpdir(), 'cp-faults-'));
  constructor(
    private readonly url: string,
    private readonly env: Record<string, string> = {},
  ) {}

  get database(): string {
    return new URL(this.url).pathname.slice(1);
  }

  async start(): Promise<void> {
    // DATA_DIR that does not exist yet, and the demo data seeded: the first start in server mode must create it.
    this.server = await spawnServer({
      DATABASE_URL: this.url,
      DATA_DIR: join(this.dataDir, 'not-yet-there'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO: 'true',
      ...this.env,
    });
    this.token = await loginAt(this.server.url, ADMIN.email, ADMIN.password);
    this.admin = ownClient(this.url);
    await this.admin.connect();
  }

  async stop(): Promise<void> {
    await this.admin?.end().catch(() => undefined);
    if (this.server && this.server.child.exitCode === null) {
      this.server.child.kill('SIGTERM');
      await this.server.exited;
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await gqlAt<T>(this.server.url, query, variables, this.token);
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  async post(path: string, body: string): Promise<{ datasetId: string; importId: string }> {
    const res = await fetch(`${this.server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${this.token}` },
      body,
    });
    expect(res.status).toBe(202);
    return (await res.json()) as { datasetId: string; importId: string };
  }

  /** Errors answered to polls right after a cut (a query can meet a connection the pool has not yet dropped). */
  transientErrors: string[] = [];

  /** Polls a job query until `done` says so; the server must answer throughout. */
  async until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 120_000): Promise<T> {
    const started = Date.now();
    for (;;) {
      let value: T;
      try {
        value = await read();
      } catch (error) {
        // One failed answer is allowed per poll loop; the server must still be up.
        this.transientErrors.push((error as Error).message);
        expect(this.transientErrors.length, this.transientErrors.join('\n')).toBeLessThanOrEqual(3);
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      if (done(value)) return value;
      if (Date.now() - started > timeoutMs) throw new Error(`still waiting after ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  importJob = async (id: string) =>
    (await this.gql('query($id:ID!){importJob(id:$id){status phase rowsImported message}}', { id })).importJob as {
      status: string;
      phase: string;
      rowsImported: number;
      message: string | null;
    };

  async finishedImport(id: string) {
    return this.until(
      () => this.importJob(id),
      (j) => j.status === 'SUCCEEDED' || j.status === 'FAILED',
    );
  }

  async demoDatasetId(): Promise<string> {
    const datasets = (await this.gql('{ datasets { id name } }')).datasets as { id: string; name: string }[];
    return datasets.find((d) => d.name.startsWith('Demo'))!.id;
  }

  /**
   * Takes a lock on `table` (or what `lock` locks), starts the job (when given), waits until an
   * app connection is blocked on it (so the cut lands mid-job, deterministically), then
   * terminates every connection the app has to this database and releases the lock.
   */
  async cutWhileWaitingOn<T>(
    table: string,
    startJob?: () => Promise<T>,
    options: { lock?: (client: pg.Client) => Promise<void>; waiting?: string; waitMs?: number } = {},
  ): Promise<{ killed: number; started: T | undefined }> {
    const locker = ownClient(this.url);
    await locker.connect();
    try {
      await locker.query('BEGIN');
      if (options.lock) await options.lock(locker);
      else await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      const started = await startJob?.();
      await this.until(
        async () =>
          Number(
            (
              await this.admin.query(
                `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query ILIKE $2`,
                [this.database, options.waiting ?? `%${table}%`],
              )
            ).rows[0].n,
          ),
        (n) => n > 0,
        options.waitMs ?? 60_000,
      );
      return { killed: await this.terminateAppConnections([locker]), started };
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end().catch(() => undefined);
    }
  }

  async terminateAppConnections(keep: pg.Client[] = []): Promise<number> {
    const mine = [this.admin, ...keep].map((c) => (c as unknown as { processID: number }).processID);
    const killed = await this.admin.query(
      'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> ALL($2::int[])',
      [this.database, mine],
    );
    return killed.rows.filter((r) => r.ok).length;
  }

  async expectServing(): Promise<void> {
    expect(this.server.child.exitCode).toBeNull();
    expect((await fetch(`${this.server.url}/healthz`)).status).toBe(200);
    expect((await this.gql('{ datasets { id } }')).datasets).toBeInstanceOf(Array);
  }

  /** Nothing escaped a job's own error handling to the process-level safety net. */
  expectCleanOutput(): void {
    expect(this.server.output()).not.toMatch(/escaped its handler|unhandled rejection|uncaught/i);
  }
}
