/**
 * The two databases every integration test runs against: the embedded PGlite (always) and
 * a real PostgreSQL server when TEST_DATABASE_URL is set (CI sets it). Each test server gets
 * its own database: a fresh PGlite restored from a migrated template, or a new database on
 * the PostgreSQL server, dropped afterwards.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { openDatabase } from '../../server/src/database/data-source.js';
import { repoRoot } from './datasets.js';

export type DatabaseKind = 'pglite' | 'postgres';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;

let announced = false;
export function databaseKinds(): DatabaseKind[] {
  if (!testDatabaseUrl && !announced) {
    announced = true;
    console.warn('Skipping the PostgreSQL-server half of the integration tests: TEST_DATABASE_URL is not set (CI sets it).');
  }
  return testDatabaseUrl ? ['pglite', 'postgres'] : ['pglite'];
}

/** `describe` once per database, named after it. */
export function describeEachDatabase(name: string, body: (kind: DatabaseKind) => void): void {
  for (const kind of databaseKinds()) describe(`${name} [${kind}]`, () => body(kind));
}

const artifacts = join(repoRoot, 'tests/.artifacts');

/** A PGlite data dir with every migration applied, made once per set of migrations. */
export async function pgliteTemplate(): Promise<string> {
  const migrationsDir = join(repoRoot, 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) hash.update(file).update(readFileSync(join(migrationsDir, file)));
  const file = join(artifacts, `pglite-template-${hash.digest('hex').slice(0, 12)}.tar.gz`);
  if (existsSync(file)) return file;
  mkdirSync(artifacts, { recursive: true });
  const { startEmbeddedPostgres } = await import('../../server/src/database/embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({});
  const database = await openDatabase({ databaseUrl: embedded.url });
  await database.close();
  const tmp = `${file}.${process.pid}.tmp`;
  await embedded.dump(tmp);
  await embedded.stop();
  const { renameSync } = await import('node:fs');
  renameSync(tmp, file);
  return file;
}

/** A new, empty database on the test PostgreSQL server; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set.');
  const name = `cp_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client(testDatabaseUrl);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client(testDatabaseUrl);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
