import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rows of an import in progress. Loading goes here in short transactions (so progress is
 * visible and the embedded database is not held for minutes), then one short transaction
 * publishes them into customer_rows — all or nothing. UNLOGGED: it is scratch space.
 */
export class ImportStaging1764000000001 implements MigrationInterface {
  name = 'ImportStaging1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE import_staging (
        import_id uuid NOT NULL,
        seq integer NOT NULL,
        external_id text,
        "values" jsonb NOT NULL,
        PRIMARY KEY (import_id, seq)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE import_staging');
  }
}
