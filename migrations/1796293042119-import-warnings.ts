import { sqlMigration } from './sql-migration.js';

/** Imports keep their warnings (renamed or cut header names): the file was imported, but not quite as written. */
export class ImportWarnings1796293042119 extends sqlMigration({
  up: `ALTER TABLE import_jobs ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'`,
  down: 'ALTER TABLE import_jobs DROP COLUMN warnings',
}) {}
