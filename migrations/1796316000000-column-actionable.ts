import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a column is something a campaign can change (recency, channel use, spend), as set on
 * the Data page; the customer page's "smallest change" only moves actionable columns. Null =
 * not set: the app suggests a default from the column's phrasing (never age or children).
 */
export class ColumnActionable1796316000000 implements MigrationInterface {
  name = 'ColumnActionable1796316000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE dataset_columns ADD COLUMN actionable boolean');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE dataset_columns DROP COLUMN actionable');
  }
}
