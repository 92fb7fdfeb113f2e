/**
 * Runs the embedded PostgreSQL (PGlite) in its own thread behind PGlite's own
 * PostgreSQL-wire server, so that:
 * - long statements (a 30k-row insert) never block the HTTP server's event loop, and
 * - the app talks to it through the ordinary `pg` driver, sharing every line of
 *   data-access code with a real PostgreSQL server.
 * PGlite is a single session, so exactly one client connection is allowed; the app's
 * pool is sized 1 to match, which serialises transactions instead of interleaving them.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface PgliteWorkerData {
  /** A folder for durable data, or undefined for an in-memory database. */
  dataDir?: string;
  /** A tarball from `dumpDataDir()` to start from (tests restore a migrated template). */
  templateFile?: string;
}

export type PgliteWorkerMessage =
  { type: 'ready'; port: number } | { type: 'error'; message: string } | { type: 'stopped' } | { type: 'dumped'; file: string };

const data = workerData as PgliteWorkerData;
const port = parentPort!;

async function main() {
  const loadDataDir = data.templateFile ? new Blob([await readFile(data.templateFile)]) : undefined;
  const db = await PGlite.create(data.dataDir, { loadDataDir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  port.postMessage({ type: 'ready', port: Number(address.split(':').pop()) } satisfies PgliteWorkerMessage);
  port.on('message', async (message: { type: 'stop' } | { type: 'dump'; file: string }) => {
    if (message.type === 'dump') {
      const { writeFile } = await import('node:fs/promises');
      const blob = await db.dumpDataDir('gzip');
      await writeFile(message.file, Buffer.from(await blob.arrayBuffer()));
      port.postMessage({ type: 'dumped', file: message.file } satisfies PgliteWorkerMessage);
      return;
    }
    await server.stop();
    await db.close();
    port.postMessage({ type: 'stopped' } satisfies PgliteWorkerMessage);
  });
}

main().catch((error: unknown) => {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies PgliteWorkerMessage);
});
