import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';

const PART_BYTES = 1024 * 1024;

/** Where a job's upload parts live: imports' by default; scored lists keep theirs in scoring_uploads. */
export interface UploadTable {
  table: 'import_uploads' | 'scoring_uploads';
  key: 'import_id' | 'scoring_id';
}
const IMPORTS: UploadTable = { table: 'import_uploads', key: 'import_id' };

/**
 * Uploads kept in PostgreSQL (import_uploads, 1 MB parts), so that a worker on another
 * machine can read a file that was received by a web process. Written in the transaction
 * that queues the import; removed when the import is finished either way.
 */
export async function storeUpload(manager: EntityManager, importId: string, path: string, where: UploadTable = IMPORTS): Promise<void> {
  let part = 0;
  let pending: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    await manager.query(`INSERT INTO ${where.table} (${where.key}, part, data) VALUES ($1, $2, $3)`, [
      importId,
      part++,
      Buffer.concat(pending),
    ]);
    pending = [];
    size = 0;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: PART_BYTES })) {
    pending.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= PART_BYTES) await flush();
  }
  await flush();
}

/** Where a worker writes its local copy of a stored upload (removed with the import). */
export function restoredPath(dir: string, importId: string): string {
  return join(dir, `${importId}.restored`);
}

/** Writes a stored upload to a local file, part by part; null when nothing is stored. */
export async function restoreUpload(
  dataSource: DataSource,
  importId: string,
  dir: string,
  where: UploadTable = IMPORTS,
): Promise<string | null> {
  const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM ${where.table} WHERE ${where.key} = $1`, [importId])) as {
    n: number;
  }[];
  if (n === 0) return null;
  await mkdir(dir, { recursive: true });
  const path = restoredPath(dir, importId);
  const out = createWriteStream(path);
  try {
    for (let part = 0; part < n; part++) {
      const [row] = (await dataSource.query(`SELECT data FROM ${where.table} WHERE ${where.key} = $1 AND part = $2`, [importId, part])) as {
        data: Buffer;
      }[];
      if (!out.write(row.data)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  } finally {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  return path;
}

export async function deleteStoredUpload(
  dataSource: DataSource,
  importId: string,
  dir?: string,
  where: UploadTable = IMPORTS,
): Promise<void> {
  await dataSource.query(`DELETE FROM ${where.table} WHERE ${where.key} = $1`, [importId]);
  if (dir) await rm(restoredPath(dir, importId), { force: true });
}
