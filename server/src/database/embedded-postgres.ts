import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../common/worker-file.js';
import type { PgliteWorkerData, PgliteWorkerMessage } from './pglite.worker.js';

export interface EmbeddedPostgres {
  /** A connection string for the `pg` driver (one connection at a time). */
  url: string;
  /** Write the whole data directory as a gzip tarball (used to make test templates). */
  dump(file: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts PGlite in a worker thread; resolves once it accepts connections. */
export async function startEmbeddedPostgres(options: PgliteWorkerData): Promise<EmbeddedPostgres> {
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    lockDataDir(options.dataDir);
  }
  const entry = workerEntry(import.meta.url, 'pglite.worker');
  const worker = new Worker(entry.filename, { ...entry.options, workerData: options });
  const next = (type: PgliteWorkerMessage['type']) =>
    new Promise<PgliteWorkerMessage>((resolve, reject) => {
      const onMessage = (message: PgliteWorkerMessage) => {
        if (message.type === 'error') return (cleanup(), reject(new Error(`Embedded database failed: ${message.message}`)));
        if (message.type === type) return (cleanup(), resolve(message));
      };
      const onError = (error: Error) => (cleanup(), reject(error));
      const onExit = (code: number) => (cleanup(), reject(new Error(`Embedded database stopped (exit code ${code}).`)));
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  const ready = (await next('ready')) as { type: 'ready'; port: number };
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${ready.port}/postgres`,
    async dump(file) {
      const done = next('dumped');
      worker.postMessage({ type: 'dump', file });
      await done;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const done = next('stopped').catch(() => undefined);
      worker.postMessage({ type: 'stop' });
      await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
      await worker.terminate();
      if (options.dataDir) rmSync(`${options.dataDir}.lock`, { force: true });
    },
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt
 * it. A lock file with the owner's pid refuses that; a lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): void {
  const lock = `${dataDir}.lock`;
  try {
    const owner = Number(readFileSync(lock, 'utf8'));
    if (owner && isAlive(owner))
      throw new Error(
        `The embedded database in ${dataDir} is in use by another process (pid ${owner}). Stop it first, or set DATABASE_URL to use a PostgreSQL server.`,
      );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lock, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
