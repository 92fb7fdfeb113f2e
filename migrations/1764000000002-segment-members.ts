import { sqlMigration } from './sql-migration.js';

/**
 * Segments: each segmentation keeps who is in which segment (packed row numbers and labels,
 * for the membership export) and the fitted model that places new customers; an append
 * import records how many of its customers went to each segment.
 */
export class SegmentMembers1764000000002 extends sqlMigration({
  up: `
      ALTER TABLE segmentations ADD COLUMN members bytea, ADD COLUMN model jsonb, ADD COLUMN options jsonb NOT NULL DEFAULT '{}';
      ALTER TABLE import_jobs ADD COLUMN segment_assignments jsonb NOT NULL DEFAULT '[]';
      CREATE INDEX segmentations_dataset ON segmentations (dataset_id, created_at DESC);
    `,
  down: `
      DROP INDEX segmentations_dataset;
      ALTER TABLE import_jobs DROP COLUMN segment_assignments;
      ALTER TABLE segmentations DROP COLUMN members, DROP COLUMN model, DROP COLUMN options;
    `,
}) {}
