import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where customers live, as set on the Data page (COUNTRY, STATE, POSTAL_CODE, or NONE = not a
 * region column), in its own column instead of inside the importer's stats JSON, where a
 * rewrite of the stats could drop it. Null = not set: the regions module infers it. Settings
 * made before move over.
 */
export class ColumnRegion1796305533634 implements MigrationInterface {
  name = 'ColumnRegion1796305533634';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dataset_columns ADD COLUMN region text CHECK (region IN ('COUNTRY', 'STATE', 'POSTAL_CODE', 'NONE'))`);
    await q.query(
      `UPDATE dataset_columns SET region = stats->>'region', stats = stats - 'region'
        WHERE stats->>'region' IN ('COUNTRY', 'STATE', 'POSTAL_CODE', 'NONE')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE dataset_columns SET stats = stats || jsonb_build_object('region', region) WHERE region IS NOT NULL`);
    await q.query('ALTER TABLE dataset_columns DROP COLUMN region');
  }
}
