import { sqlMigration } from './sql-migration.js';

/**
 * Scored lists (issue 16): one `scorings` row per uploaded list (the job's row: status,
 * counts, who, when, which model), its scored rows in `scoring_rows` (written while the job
 * runs, shown only once it has SUCCEEDED, removed with the scoring or when it fails), and
 * the upload itself in `scoring_uploads` on a PostgreSQL server (a worker on another machine
 * reads it; removed when the job ends).
 */
export class Scorings1796302436816 extends sqlMigration({
  up: `
      CREATE TABLE scorings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES models(id) ON DELETE CASCADE,
        dataset_id uuid NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED',
        phase text NOT NULL DEFAULT 'UPLOADED',
        progress double precision NOT NULL DEFAULT 0,
        error text,
        file_name text,
        content_hash text,
        bytes bigint,
        options jsonb NOT NULL DEFAULT '{}',
        rows_scored integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        ignored_columns jsonb NOT NULL DEFAULT '[]',
        replaced jsonb NOT NULL DEFAULT '[]',
        gains jsonb NOT NULL DEFAULT '[]',
        identifier text,
        segmentation_id uuid,
        target_group text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        upload_path text
      );
      CREATE INDEX scorings_dataset_created ON scorings (dataset_id, created_at DESC);
      CREATE INDEX scorings_created ON scorings (created_at DESC);
      CREATE TABLE scoring_rows (
        scoring_id uuid NOT NULL REFERENCES scorings(id) ON DELETE CASCADE,
        ordinal integer NOT NULL,
        line integer NOT NULL,
        key text NOT NULL,
        probability double precision NOT NULL,
        rank integer NOT NULL,
        decile smallint NOT NULL,
        reason_1 text NOT NULL,
        reason_2 text NOT NULL,
        reason_3 text NOT NULL,
        in_target_group boolean NOT NULL,
        segment text NOT NULL,
        PRIMARY KEY (scoring_id, ordinal)
      );
      CREATE INDEX scoring_rows_rank ON scoring_rows (scoring_id, rank);
      CREATE TABLE scoring_uploads (
        scoring_id uuid NOT NULL REFERENCES scorings(id) ON DELETE CASCADE,
        part integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (scoring_id, part)
      );
    `,
  down: 'DROP TABLE scoring_uploads; DROP TABLE scoring_rows; DROP TABLE scorings;',
}) {}
