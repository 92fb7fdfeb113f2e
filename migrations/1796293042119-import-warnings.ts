import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports keep their warnings (renamed or cut header names): the file was imported, but not quite as written. */
export class ImportWarnings1796293042119 implements MigrationInterface {
  name = 'ImportWarnings1796293042119';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_jobs ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE import_jobs DROP COLUMN warnings');
  }
}
