import type { DataSource } from 'typeorm';
import { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import type { ColumnSpec } from './pipeline/build-feature-table.js';

const PAGE = 5000;

/**
 * All stored rows of a dataset in row order, read page by page (keyset pagination) so the
 * event loop stays free between pages and the embedded database is never held for long.
 */
export async function loadDatasetRows(
  dataSource: DataSource,
  datasetId: string,
): Promise<{ rows: (string | null)[][]; rowNumbers: Int32Array }> {
  const rows: (string | null)[][] = [];
  const numbers: number[] = [];
  let last = 0;
  for (;;) {
    const page: { row_number: number; values: (string | null)[] }[] = await dataSource.query(
      `SELECT row_number, "values" FROM customer_rows WHERE dataset_id = $1 AND row_number > $2 ORDER BY row_number LIMIT ${PAGE}`,
      [datasetId, last],
    );
    for (const row of page) {
      rows.push(row.values);
      numbers.push(row.row_number);
    }
    if (page.length < PAGE) return { rows, rowNumbers: Int32Array.from(numbers) };
    last = page[page.length - 1].row_number;
  }
}

/** The user's column settings as the pipeline reads them. */
export async function columnSpecs(
  dataSource: DataSource,
  dataset: DatasetEntity,
): Promise<{ specs: ColumnSpec[]; columns: DatasetColumnEntity[] }> {
  const columns = await dataSource
    .getRepository(DatasetColumnEntity)
    .find({ where: { datasetId: dataset.id }, order: { position: 'ASC' } });
  const specs = columns.map((c): ColumnSpec => ({
    name: c.name,
    kind: c.kind,
    positiveLabel: c.stats.positiveLabel ?? undefined,
    dateFormat: c.stats.dateFormat ?? undefined,
    knownAfterContact: c.knownAfterContact,
  }));
  return { specs, columns };
}
