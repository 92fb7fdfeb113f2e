import type { EntityManager } from 'typeorm';
import { DatasetColumnEntity } from '../dataset-column.entity.js';

const TOP_LEVELS = 10;

/**
 * Recomputes each column's missing and distinct counts (and min/max or top levels) over
 * every row of the dataset in PostgreSQL, after an append, a skip or a replace changed
 * which rows the dataset holds.
 */
export async function refreshColumnStats(manager: EntityManager, datasetId: string): Promise<void> {
  const repo = manager.getRepository(DatasetColumnEntity);
  const columns = await repo.find({ where: { datasetId }, order: { position: 'ASC' } });
  if (columns.length === 0) return;
  const selects = columns.flatMap((c, i) => {
    const v = `("values"->>${c.position})`;
    const parts = [`count(*) FILTER (WHERE ${v} IS NULL) AS m${i}`, `count(DISTINCT ${v}) AS d${i}`];
    if (c.kind === 'NUMERIC') parts.push(`min(${v}::float8) AS lo${i}`, `max(${v}::float8) AS hi${i}`);
    return parts;
  });
  const [row] = await manager.query(`SELECT ${selects.join(', ')} FROM customer_rows WHERE dataset_id = $1`, [datasetId]);
  for (const [i, column] of columns.entries()) {
    column.missing = Number(row[`m${i}`]);
    column.distinctCount = Number(row[`d${i}`]);
    const stats = { ...column.stats, distinctCapped: false };
    if (column.kind === 'NUMERIC') {
      stats.min = row[`lo${i}`] === null ? null : Number(row[`lo${i}`]);
      stats.max = row[`hi${i}`] === null ? null : Number(row[`hi${i}`]);
    } else if (column.kind === 'CATEGORICAL' || column.kind === 'BINARY') {
      const levels = await manager.query(
        `SELECT "values"->>${column.position} AS value, count(*)::int AS count FROM customer_rows
         WHERE dataset_id = $1 AND "values"->>${column.position} IS NOT NULL
         GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP_LEVELS}`,
        [datasetId],
      );
      stats.topLevels = levels.map((l: { value: string; count: number }) => ({ value: l.value, count: Number(l.count) }));
    }
    column.stats = stats;
  }
  await repo.save(columns);
}

/**
 * A new dataset's stats come from the importer's pass over the whole file and are exact,
 * except distinct counts past its in-memory cap: only those are counted again, in SQL.
 */
export async function countCappedDistincts(manager: EntityManager, datasetId: string, capped: string[]): Promise<void> {
  if (capped.length === 0) return;
  const repo = manager.getRepository(DatasetColumnEntity);
  const columns = (await repo.find({ where: { datasetId } })).filter((c) => capped.includes(c.name));
  const selects = columns.map((c, i) => `count(DISTINCT "values"->>${c.position}) AS d${i}`);
  const [row] = await manager.query(`SELECT ${selects.join(', ')} FROM customer_rows WHERE dataset_id = $1`, [datasetId]);
  for (const [i, column] of columns.entries()) {
    column.distinctCount = Number(row[`d${i}`]);
    column.stats = { ...column.stats, distinctCapped: false };
  }
  await repo.save(columns);
}
