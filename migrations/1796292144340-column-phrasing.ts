import { sqlMigration } from './sql-migration.js';

/**
 * A column's phrasing model (what it counts or measures: a count noun, money, a year, a
 * duration, a yes/no fact...), inferred at import and editable on the Data page. Null for
 * columns imported before: the server infers it when it reads them.
 */
export class ColumnPhrasing1796292144340 extends sqlMigration({
  up: 'ALTER TABLE dataset_columns ADD COLUMN phrasing jsonb',
  down: 'ALTER TABLE dataset_columns DROP COLUMN phrasing',
}) {}
