import { sqlMigration } from './sql-migration.js';

/**
 * Rows of an import in progress. Loading goes here in short transactions (so progress is
 * visible and the embedded database is not held for minutes), then one short transaction
 * publishes them into customer_rows — all or nothing. UNLOGGED: it is scratch space.
 */
export class ImportStaging1764000000001 extends sqlMigration({
  up: `
      CREATE UNLOGGED TABLE import_staging (
        import_id uuid NOT NULL,
        seq integer NOT NULL,
        external_id text,
        "values" jsonb NOT NULL,
        PRIMARY KEY (import_id, seq)
      );
    `,
  down: 'DROP TABLE import_staging',
}) {}
