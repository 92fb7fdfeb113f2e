import { sqlMigration } from './sql-migration.js';

/**
 * Whether a column is something a campaign can change (recency, channel use, spend), as set on
 * the Data page; the customer page's "smallest change" only moves actionable columns. Null =
 * not set: the app suggests a default from the column's phrasing (never age or children).
 */
export class ColumnActionable1796316000000 extends sqlMigration({
  up: 'ALTER TABLE dataset_columns ADD COLUMN actionable boolean',
  down: 'ALTER TABLE dataset_columns DROP COLUMN actionable',
}) {}
