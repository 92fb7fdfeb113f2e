/**
 * A PostgreSQL instance of the test's own (initdb + pg_ctl in a temp dir, on a free port), for
 * tests that stop and start the database server under the app: the shared server on 5432 is
 * used by other test runs and must never be stopped. Run as the `postgres` user when the tests
 * run as root (PostgreSQL refuses to run as root).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './server-process.js';

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** A database of its own on the instance. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin/initdb'))) : [];
  if (versions.length === 0) throw new Error(`no initdb under ${root}`);
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'cp-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const sh = (command: string[]) => {
    const line = command.map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
    return asRoot ? run('su', ['postgres', '-s', '/bin/sh', '-c', line]) : run('/bin/sh', ['-c', line]);
  };
  const data = join(dir, 'data');
  await sh([join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const start = async () => {
    await sh([
      join(bin, 'pg_ctl'),
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
  };
  const stop = async () => {
    await sh([join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  const admin = new pg.Client(`postgres://postgres@127.0.0.1:${port}/postgres`);
  await admin.connect();
  await admin.query('CREATE DATABASE campaigns');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/campaigns`,
    start,
    stop,
    async destroy() {
      await sh([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
