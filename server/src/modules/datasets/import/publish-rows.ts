import type { EntityManager } from 'typeorm';

/**
 * Moves staged rows into customer_rows. With an identifier column, a customer already in
 * the dataset (or repeated within the file) is a duplicate: kept as it was, or replaced.
 */
export async function publishRows(manager: EntityManager, datasetId: string, importId: string, hasIdentifier: boolean, replace: boolean) {
  const count = async (sql: string, params: unknown[]) =>
    Number((await manager.query(`WITH changed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM changed`, params))[0].n);
  const staged = Number((await manager.query('SELECT count(*)::int AS n FROM import_staging WHERE import_id = $1', [importId]))[0].n);
  const base = Number(
    (await manager.query('SELECT coalesce(max(row_number), 0)::int AS n FROM customer_rows WHERE dataset_id = $1', [datasetId]))[0].n,
  );
  if (!hasIdentifier) {
    const inserted = await count(
      `INSERT INTO customer_rows (dataset_id, row_number, import_id, external_id, "values")
       SELECT $1, $2 + seq + 1, $3, NULL, "values" FROM import_staging WHERE import_id = $3`,
      [datasetId, base, importId],
    );
    return { inserted, duplicates: staged - inserted, base, contiguous: inserted === staged };
  }
  if (base === 0) {
    // An empty dataset and no identifier repeated in the file: every staged row is kept, in
    // order, so row numbers are seq + 1, which spares the general query's two sorts of the
    // full rows (counting distinct identifiers sorts only the identifiers).
    const repeated = Number(
      (
        await manager.query(
          'SELECT (count(external_id) - count(DISTINCT external_id))::int AS n FROM import_staging WHERE import_id = $1',
          [importId],
        )
      )[0].n,
    );
    if (repeated === 0) {
      const inserted = await count(
        `INSERT INTO customer_rows (dataset_id, row_number, import_id, external_id, "values")
         SELECT $1, seq + 1, $2, external_id, "values" FROM import_staging WHERE import_id = $2`,
        [datasetId, importId],
      );
      return { inserted, duplicates: staged - inserted, base, contiguous: inserted === staged };
    }
  }
  // The first occurrence of an identifier within the file wins; rows without one are all kept.
  const unique = `SELECT DISTINCT ON (coalesce(external_id, 'row:' || seq)) seq, external_id, "values"
                  FROM import_staging WHERE import_id = $2 ORDER BY coalesce(external_id, 'row:' || seq), seq`;
  let replaced = 0;
  if (replace) {
    replaced = await count(
      `UPDATE customer_rows c SET "values" = s."values", import_id = $2 FROM (${unique}) s
       WHERE c.dataset_id = $1 AND c.external_id = s.external_id`,
      [datasetId, importId],
    );
  }
  const inserted = await count(
    `INSERT INTO customer_rows (dataset_id, row_number, import_id, external_id, "values")
     SELECT $1, $3 + row_number() OVER (ORDER BY s.seq), $2, s.external_id, s."values" FROM (${unique}) s
     WHERE s.external_id IS NULL OR NOT EXISTS (
       SELECT 1 FROM customer_rows c WHERE c.dataset_id = $1 AND c.external_id = s.external_id)`,
    [datasetId, importId, base],
  );
  // Kept rows are numbered base + seq + 1 only when every staged row was inserted as new.
  return { inserted: inserted + replaced, duplicates: staged - inserted - replaced, base, contiguous: inserted === staged };
}
