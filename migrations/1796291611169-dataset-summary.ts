import { sqlMigration } from './sql-migration.js';

/**
 * Datasets keep their campaign summary (each past campaign's and the target's responded /
 * total / rate, hence Dataset.positiveRate) with the version it was counted for, so reading
 * it no longer re-aggregates every customer row on each request.
 */
export class DatasetSummary1796291611169 extends sqlMigration({
  up: 'ALTER TABLE datasets ADD COLUMN campaign_summary jsonb, ADD COLUMN campaign_summary_version integer',
  down: 'ALTER TABLE datasets DROP COLUMN campaign_summary, DROP COLUMN campaign_summary_version',
}) {}
