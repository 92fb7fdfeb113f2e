import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Datasets keep their campaign summary (each past campaign's and the target's responded /
 * total / rate, hence Dataset.positiveRate) with the version it was counted for, so reading
 * it no longer re-aggregates every customer row on each request.
 */
export class DatasetSummary1796291611169 implements MigrationInterface {
  name = 'DatasetSummary1796291611169';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE datasets ADD COLUMN campaign_summary jsonb, ADD COLUMN campaign_summary_version integer');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE datasets DROP COLUMN campaign_summary, DROP COLUMN campaign_summary_version');
  }
}
