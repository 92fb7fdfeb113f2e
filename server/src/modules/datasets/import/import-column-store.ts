/**
 * The column store built while an import loads its rows (column-store.ts does the parsing,
 * as for every other producer), published as the new dataset version's store once the rows
 * are: the first consumer (training, target groups, segments, exports) then reads columns
 * instead of re-parsing a million text rows.
 */
import type { DataSource } from 'typeorm';
import { DatasetColumnEntity } from '../dataset-column.entity.js';
import { appendStores, ColumnStoreBuilder, type ColumnLayout } from '../column-store/column-store.js';
import { ColumnStoreService } from '../column-store/column-store.service.js';

/** Where the loaded rows ended up: numbered base + seq + 1 when `contiguous` (none dropped or merged). */
export interface PublishedRows {
  datasetId: string;
  /** The dataset version the publish made. */
  version: number;
  base: number;
  contiguous: boolean;
}

export class ImportColumnStore {
  private readonly builder: ColumnStoreBuilder;

  constructor(
    private readonly dataSource: DataSource,
    private readonly layout: ColumnLayout[],
    capacity: number,
  ) {
    this.builder = new ColumnStoreBuilder(layout, capacity);
  }

  /** One loaded row (values in dataset column order), `seq` counting from 0 in file order. */
  append(seq: number, values: readonly (string | null)[]): void {
    this.builder.append(seq + 1, values);
  }

  /**
   * Saves the store as `rows.version`'s. Skipped (consumers build it from the stored rows
   * as before) when rows were dropped or merged as duplicates, when the column settings
   * changed meanwhile, or when an append's previous store is not built.
   */
  async publish(rows: PublishedRows): Promise<boolean> {
    if (!rows.contiguous) return false;
    const stored = await this.dataSource
      .getRepository(DatasetColumnEntity)
      .find({ where: { datasetId: rows.datasetId }, order: { position: 'ASC' } });
    const layout = stored.map((c): ColumnLayout => ({ name: c.name, kind: c.kind, dateFormat: c.stats.dateFormat ?? undefined }));
    if (!sameLayout(layout, this.layout)) return false;
    const service = ColumnStoreService.for(this.dataSource);
    const added = this.builder.finish();
    if (rows.base === 0) {
      await service.save({ id: rows.datasetId, version: rows.version }, layout, added);
      return true;
    }
    const previous = await service.built({ id: rows.datasetId, version: rows.version - 1 }, layout);
    if (!previous || previous.rowCount === 0 || previous.rowNumbers[previous.rowCount - 1] !== rows.base) return false;
    for (let i = 0; i < added.rowCount; i++) added.rowNumbers[i] += rows.base;
    await service.save({ id: rows.datasetId, version: rows.version }, layout, appendStores(previous, added));
    return true;
  }
}

export function layoutOf(columns: readonly { name: string; kind: ColumnLayout['kind']; dateFormat?: ColumnLayout['dateFormat'] | null }[]) {
  return columns.map((c): ColumnLayout => ({ name: c.name, kind: c.kind, dateFormat: c.dateFormat ?? undefined }));
}

function sameLayout(a: ColumnLayout[], b: ColumnLayout[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (c, i) =>
        c.name === b[i].name && c.kind === b[i].kind && (c.kind !== 'DATE' || (c.dateFormat ?? 'ISO') === (b[i].dateFormat ?? 'ISO')),
    )
  );
}
