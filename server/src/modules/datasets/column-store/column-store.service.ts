/**
 * Column stores per dataset version: built once from the stored rows, kept on disk under
 * DATA_DIR/column-store (so a restart does not re-parse a million rows) and the latest few
 * in memory (shared memory, handed to worker threads without a copy).
 */
import { createHash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { DatasetEntity } from '../dataset.entity.js';
import { ColumnStoreBuilder, type ColumnLayout, type ColumnStore } from './column-store.js';
import { readColumnStore, writeColumnStore } from './column-store-file.js';

const PAGE = 5000;
/** Stores kept in memory (a million rows x 30 columns is ~200 MB). */
const IN_MEMORY = 2;

export class ColumnStoreService {
  private static readonly byDataSource = new WeakMap<DataSource, ColumnStoreService>();
  private readonly cache = new Map<string, Promise<ColumnStore>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly dir: string | null,
  ) {}

  /** The service of a data source; `configure` once at start sets the disk folder. */
  static for(dataSource: DataSource): ColumnStoreService {
    let service = ColumnStoreService.byDataSource.get(dataSource);
    if (!service) ColumnStoreService.byDataSource.set(dataSource, (service = new ColumnStoreService(dataSource, null)));
    return service;
  }

  static configure(dataSource: DataSource, dir: string | null): ColumnStoreService {
    const service = new ColumnStoreService(dataSource, dir);
    ColumnStoreService.byDataSource.set(dataSource, service);
    return service;
  }

  /** The store of the dataset's current version read with these column settings. */
  load(dataset: Pick<DatasetEntity, 'id' | 'version' | 'rowCount'>, layout: ColumnLayout[]): Promise<ColumnStore> {
    const key = `${dataset.id}/${dataset.version}-${layoutHash(layout)}`;
    let entry = this.cache.get(key);
    if (entry) {
      // Most recently used last.
      this.cache.delete(key);
      this.cache.set(key, entry);
      return entry;
    }
    entry = this.fromDiskOrDatabase(key, dataset, layout);
    this.cache.set(key, entry);
    entry.catch(() => this.cache.delete(key));
    while (this.cache.size > IN_MEMORY) this.cache.delete(this.cache.keys().next().value!);
    return entry;
  }

  /**
   * The store of a version only if it is already built (in memory or on disk): an append
   * extends it instead of re-reading every row. Null when it would have to be parsed.
   */
  async built(dataset: Pick<DatasetEntity, 'id' | 'version'>, layout: ColumnLayout[]): Promise<ColumnStore | null> {
    const key = `${dataset.id}/${dataset.version}-${layoutHash(layout)}`;
    const entry = this.cache.get(key);
    if (entry) return entry.catch(() => null);
    if (!this.dir) return null;
    const saved = await readColumnStore(join(this.dir, `${key}.cols`)).catch(() => null);
    return saved && saved.columns.length === layout.length ? saved : null;
  }

  /**
   * Keeps a store the importer built while loading as version `dataset.version`'s (in memory,
   * and on disk for other processes and restarts), so no consumer re-parses the text rows.
   */
  async save(dataset: Pick<DatasetEntity, 'id' | 'version'>, layout: ColumnLayout[], store: ColumnStore): Promise<void> {
    const key = `${dataset.id}/${dataset.version}-${layoutHash(layout)}`;
    for (const other of [...this.cache.keys()]) if (other.startsWith(`${dataset.id}/`)) this.cache.delete(other);
    this.cache.set(key, Promise.resolve(store));
    while (this.cache.size > IN_MEMORY) this.cache.delete(this.cache.keys().next().value!);
    if (!this.dir) return;
    const now = await this.dataSource
      .getRepository(DatasetEntity)
      .findOne({ where: { id: dataset.id }, select: { id: true, version: true } });
    if (now?.version !== dataset.version) return;
    await this.removeOlder(dataset.id);
    await writeColumnStore(join(this.dir, `${key}.cols`), store).catch(() => undefined);
  }

  private async fromDiskOrDatabase(
    key: string,
    dataset: Pick<DatasetEntity, 'id' | 'version' | 'rowCount'>,
    layout: ColumnLayout[],
  ): Promise<ColumnStore> {
    const path = this.dir ? join(this.dir, `${key}.cols`) : null;
    const saved = path ? await readColumnStore(path).catch(() => null) : null;
    if (saved && saved.columns.length === layout.length) return saved;
    const store = await this.fromDatabase(dataset, layout);
    // Only a store of one settled version is kept on disk (an import may have published meanwhile).
    const now = await this.dataSource
      .getRepository(DatasetEntity)
      .findOne({ where: { id: dataset.id }, select: { id: true, version: true } });
    if (path && this.dir && now?.version === dataset.version) {
      await this.removeOlder(dataset.id);
      await writeColumnStore(path, store).catch(() => undefined);
    }
    return store;
  }

  /** Every stored row in row order, page by page (keyset pagination: the event loop breathes). */
  private async fromDatabase(dataset: Pick<DatasetEntity, 'id' | 'rowCount'>, layout: ColumnLayout[]): Promise<ColumnStore> {
    const builder = new ColumnStoreBuilder(layout, dataset.rowCount);
    let last = 0;
    for (;;) {
      const page: { row_number: number; values: (string | null)[] }[] = await this.dataSource.query(
        `SELECT row_number, "values" FROM customer_rows WHERE dataset_id = $1 AND row_number > $2 ORDER BY row_number LIMIT ${PAGE}`,
        [dataset.id, last],
      );
      for (const row of page) builder.append(row.row_number, row.values);
      if (page.length < PAGE) return builder.finish();
      last = page[page.length - 1].row_number;
    }
  }

  private async removeOlder(datasetId: string): Promise<void> {
    if (!this.dir) return;
    const folder = join(this.dir, datasetId);
    const files = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(files.map((f) => rm(join(folder, f), { force: true })));
  }

  /** Forget a dataset's stores (it was deleted). */
  async forget(datasetId: string): Promise<void> {
    for (const key of [...this.cache.keys()]) if (key.startsWith(`${datasetId}/`)) this.cache.delete(key);
    await this.removeOlder(datasetId);
  }
}

/** Column settings that change how text is parsed are part of a store's key. */
function layoutHash(layout: ColumnLayout[]): string {
  return createHash('sha256')
    .update(JSON.stringify(layout.map((c) => [c.name, c.kind, c.kind === 'DATE' ? (c.dateFormat ?? 'ISO') : ''])))
    .digest('hex')
    .slice(0, 12);
}
