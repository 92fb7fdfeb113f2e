import { sqlMigration } from './sql-migration.js';

/**
 * Where customers live, as set on the Data page (COUNTRY, STATE, POSTAL_CODE, or NONE = not a
 * region column), in its own column instead of inside the importer's stats JSON, where a
 * rewrite of the stats could drop it. Null = not set: the regions module infers it. Settings
 * made before move over.
 */
export class ColumnRegion1796305533634 extends sqlMigration({
  up: [
    `ALTER TABLE dataset_columns ADD COLUMN region text CHECK (region IN ('COUNTRY', 'STATE', 'POSTAL_CODE', 'NONE'))`,
    `UPDATE dataset_columns SET region = stats->>'region', stats = stats - 'region'
        WHERE stats->>'region' IN ('COUNTRY', 'STATE', 'POSTAL_CODE', 'NONE')`,
  ],
  down: [
    `UPDATE dataset_columns SET stats = stats || jsonb_build_object('region', region) WHERE region IS NOT NULL`,
    'ALTER TABLE dataset_columns DROP COLUMN region',
  ],
}) {}
