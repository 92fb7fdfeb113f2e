/**
 * The one place that reads a single customer's stored row (and key suggestions), so the
 * read path can move to the column store without touching the callers.
 */
import type { DataSource } from 'typeorm';
import type { DatasetEntity } from '../datasets/dataset.entity.js';

export interface StoredCustomerRow {
  rowNumber: number;
  key: string;
  /** Texts in column order, null = missing. */
  values: (string | null)[];
}

type KeyedDataset = Pick<DatasetEntity, 'id' | 'idColumn'>;

/** By identifier value, or by 1-based row number when the dataset has no identifier column. */
export async function readCustomerRow(dataSource: DataSource, dataset: KeyedDataset, key: string): Promise<StoredCustomerRow | null> {
  const wanted = key.trim();
  let rows: { row_number: number; external_id: string | null; values: (string | null)[] }[];
  if (dataset.idColumn) {
    rows = await dataSource.query(
      'SELECT row_number, external_id, "values" FROM customer_rows WHERE dataset_id = $1 AND external_id = $2 LIMIT 1',
      [dataset.id, wanted],
    );
  } else {
    if (!/^\d{1,9}$/.test(wanted)) return null;
    rows = await dataSource.query('SELECT row_number, external_id, "values" FROM customer_rows WHERE dataset_id = $1 AND row_number = $2', [
      dataset.id,
      Number(wanted),
    ]);
  }
  const row = rows[0];
  if (!row) return null;
  return { rowNumber: row.row_number, key: dataset.idColumn ? (row.external_id ?? wanted) : String(row.row_number), values: row.values };
}

/** Every customer key of the dataset (identifier values, or row numbers when it has none), for the key index. */
export async function allCustomerKeys(dataSource: DataSource, dataset: KeyedDataset): Promise<string[]> {
  if (dataset.idColumn) {
    const rows: { key: string }[] = await dataSource.query(
      'SELECT external_id AS key FROM customer_rows WHERE dataset_id = $1 AND external_id IS NOT NULL',
      [dataset.id],
    );
    return rows.map((r) => r.key);
  }
  const rows: { key: number }[] = await dataSource.query('SELECT row_number AS key FROM customer_rows WHERE dataset_id = $1', [dataset.id]);
  return rows.map((r) => String(r.key));
}
