import type { EntityManager } from 'typeorm';
import type { DatasetColumnEntity } from '../dataset-column.entity.js';
import type { CampaignOutcome, DatasetEntity } from '../dataset.entity.js';

/** The text that means "responded" in a campaign column. */
export function campaignPositiveLabel(dataset: DatasetEntity, column: DatasetColumnEntity): string | null {
  if (column.isTarget || column.name === dataset.targetColumn) return dataset.positiveLabel;
  return column.stats.positiveLabel ?? null;
}

/**
 * Responded / total / rate for every past-campaign column and the target, computed in
 * PostgreSQL in one pass over the rows (never by loading rows into Node). Missing values
 * count in neither responded nor total. `rowFilter` restricts to a subset (e.g. a segment).
 */
export async function campaignSummary(
  manager: EntityManager,
  dataset: DatasetEntity,
  columns: DatasetColumnEntity[],
  rowFilter?: { sql: string; params: unknown[] },
): Promise<CampaignOutcome[]> {
  const campaigns = columns
    .filter((c) => c.isPastCampaign || c.name === dataset.targetColumn)
    .sort((a, b) => Number(a.name === dataset.targetColumn) - Number(b.name === dataset.targetColumn) || a.position - b.position);
  const usable = campaigns.map((c) => ({ column: c, positive: campaignPositiveLabel(dataset, c) })).filter((c) => c.positive !== null);
  if (usable.length === 0) return [];
  const params: unknown[] = [dataset.id];
  const selects = usable.map(({ column, positive }, i) => {
    params.push(column.position, positive);
    const value = `("values"->>$${params.length - 1}::int)`;
    return `count(*) FILTER (WHERE ${value} = $${params.length}) AS r${i}, count(${value}) AS t${i}`;
  });
  let where = 'dataset_id = $1';
  if (rowFilter) {
    const offset = params.length;
    where += ` AND (${rowFilter.sql.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + offset}`)})`;
    params.push(...rowFilter.params);
  }
  const [row] = await manager.query(`SELECT ${selects.join(', ')} FROM customer_rows WHERE ${where}`, params);
  return usable.map(({ column }, i) => {
    const responded = Number(row[`r${i}`]);
    const total = Number(row[`t${i}`]);
    return { column: column.name, label: column.label, responded, total, rate: total > 0 ? responded / total : 0 };
  });
}
