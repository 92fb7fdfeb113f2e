import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/src/database/data-source.js';
import { createPostgresDatabase, describeEachDatabase, pgliteTemplate } from '../helpers/databases.js';

describeEachDatabase('database', (kind) => {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (kind === 'postgres') {
      const created = await createPostgresDatabase();
      drop = created.drop;
      database = await openDatabase({ databaseUrl: created.url });
    } else {
      database = await openDatabase({ templateFile: await pgliteTemplate() });
    }
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('is fully migrated, with nothing left pending', async () => {
    expect(await database.dataSource.showMigrations()).toBe(false);
    const tables = await database.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
      expect.arrayContaining([
        'users',
        'datasets',
        'dataset_columns',
        'customer_rows',
        'import_jobs',
        'training_runs',
        'models',
        'segmentations',
      ]),
    );
  });

  it('keeps exactly the committed one of two concurrent transactions when the other rolls back', async () => {
    const ds = database.dataSource;
    await ds.query(`INSERT INTO app_settings (key, value) VALUES ('before', 'x')`);
    let releaseFailing!: () => void;
    const failingMayFinish = new Promise<void>((resolve) => (releaseFailing = resolve));
    const failing = ds.transaction(async (manager) => {
      await manager.query(`INSERT INTO app_settings (key, value) VALUES ('rolled-back', 'x')`);
      await failingMayFinish;
      throw new Error('deliberate failure');
    });
    const committing = ds.transaction(async (manager) => {
      await manager.query(`INSERT INTO app_settings (key, value) VALUES ('committed', 'x')`);
    });
    // Let both start (on the embedded database the second waits for the single connection).
    await new Promise((r) => setTimeout(r, 100));
    releaseFailing();
    await expect(failing).rejects.toThrow('deliberate failure');
    await committing;
    const keys = (await ds.query(`SELECT key FROM app_settings ORDER BY key`)).map((r: { key: string }) => r.key);
    expect(keys).toEqual(['before', 'committed']);
  });

  it('rolls back a failed statement inside a transaction without touching earlier commits', async () => {
    const ds = database.dataSource;
    await expect(
      ds.transaction(async (manager) => {
        await manager.query(`INSERT INTO app_settings (key, value) VALUES ('half', 'x')`);
        await manager.query(`INSERT INTO app_settings (key, value) VALUES ('before', 'duplicate key')`);
      }),
    ).rejects.toThrow();
    const keys = (await ds.query(`SELECT key FROM app_settings WHERE key IN ('half', 'before')`)).map((r: { key: string }) => r.key);
    expect(keys).toEqual(['before']);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { startEmbeddedPostgres } from '../../server/src/database/embedded-postgres.js';

describe('embedded database folder', () => {
  it('refuses a second opener of the same folder while the first is running, and frees it on stop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-lock-'));
    const dataDir = join(dir, 'pglite');
    const first = await startEmbeddedPostgres({ dataDir, templateFile: await pgliteTemplate() });
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use by another process/);
    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir });
    await again.stop();
    rmSync(dir, { recursive: true, force: true });
  });
});
