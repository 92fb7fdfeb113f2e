import { sqlMigration } from './sql-migration.js';

/**
 * Background jobs in a queue (pg-boss on a server; its own `pgboss` schema is created by
 * pg-boss): uploads are kept in the database in 1 MB parts so a worker on another machine
 * can read them; the embedded mode notes its local spool file instead. Imports and
 * segmentations record when they started, for the Activity page's durations.
 */
export class JobQueue1796293921218 extends sqlMigration({
  up: `
      CREATE TABLE import_uploads (
        import_id uuid NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
        part integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (import_id, part)
      );
      ALTER TABLE import_jobs ADD COLUMN started_at timestamptz, ADD COLUMN upload_path text;
      ALTER TABLE segmentations ADD COLUMN started_at timestamptz;
      CREATE INDEX training_runs_created ON training_runs (created_at DESC);
      CREATE INDEX import_jobs_created ON import_jobs (created_at DESC);
      CREATE INDEX segmentations_created ON segmentations (created_at DESC);
    `,
  down: `
      DROP INDEX segmentations_created;
      DROP INDEX import_jobs_created;
      DROP INDEX training_runs_created;
      ALTER TABLE segmentations DROP COLUMN started_at;
      ALTER TABLE import_jobs DROP COLUMN started_at, DROP COLUMN upload_path;
      DROP TABLE import_uploads;
    `,
}) {}
