import { sqlMigration } from './sql-migration.js';

/** Users, datasets and their rows, imports, training runs, models and segmentations. */
export class InitialSchema1764000000000 extends sqlMigration({
  up: `
      CREATE TABLE app_settings (
        key text PRIMARY KEY,
        value text NOT NULL
      );
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE datasets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        status text NOT NULL DEFAULT 'IMPORTING' CHECK (status IN ('IMPORTING', 'READY', 'FAILED')),
        row_count integer NOT NULL DEFAULT 0,
        target_column text,
        positive_label text,
        id_column text,
        settings jsonb NOT NULL DEFAULT '{}',
        featured_model_id uuid,
        version integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE dataset_columns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dataset_id uuid NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        label text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('NUMERIC', 'CATEGORICAL', 'BINARY', 'DATE', 'IDENTIFIER', 'IGNORED')),
        missing integer NOT NULL DEFAULT 0,
        distinct_count integer NOT NULL DEFAULT 0,
        stats jsonb NOT NULL DEFAULT '{}',
        is_target boolean NOT NULL DEFAULT false,
        is_past_campaign boolean NOT NULL DEFAULT false,
        known_after_contact boolean NOT NULL DEFAULT false,
        CONSTRAINT dataset_columns_dataset_name UNIQUE (dataset_id, name)
      );
      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dataset_id uuid NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        phase text NOT NULL DEFAULT 'UPLOADED',
        file_name text,
        content_hash text,
        bytes bigint,
        rows_imported integer NOT NULL DEFAULT 0,
        rows_rejected integer NOT NULL DEFAULT 0,
        rows_duplicate integer NOT NULL DEFAULT 0,
        rows_skipped_empty integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        error_count integer NOT NULL DEFAULT 0,
        message text,
        options jsonb NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      CREATE INDEX import_jobs_dataset ON import_jobs (dataset_id, created_at);
      -- One customer per row; values are the trimmed texts of the file in column order
      -- (numeric values in canonical number form), null for missing.
      CREATE TABLE customer_rows (
        dataset_id uuid NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        row_number integer NOT NULL,
        import_id uuid NOT NULL,
        external_id text,
        "values" jsonb NOT NULL,
        PRIMARY KEY (dataset_id, row_number)
      );
      CREATE UNIQUE INDEX customer_rows_external_id ON customer_rows (dataset_id, external_id) WHERE external_id IS NOT NULL;
      CREATE TABLE training_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dataset_id uuid NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED',
        progress double precision NOT NULL DEFAULT 0,
        error text,
        algorithms jsonb NOT NULL DEFAULT '[]',
        options jsonb NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE TABLE models (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dataset_id uuid NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        training_run_id uuid NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
        algorithm text NOT NULL,
        version integer NOT NULL,
        is_active boolean NOT NULL DEFAULT false,
        is_featured boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        train_rows integer NOT NULL,
        test_rows integer NOT NULL,
        last_import_id uuid,
        params jsonb NOT NULL DEFAULT '{}',
        metrics jsonb NOT NULL,
        curves jsonb NOT NULL DEFAULT '{}',
        explanations jsonb,
        fit_seconds double precision
      );
      CREATE INDEX models_dataset ON models (dataset_id, algorithm, version);
      CREATE UNIQUE INDEX models_one_active ON models (dataset_id, algorithm) WHERE is_active;
      CREATE UNIQUE INDEX models_one_featured ON models (dataset_id) WHERE is_featured;
      CREATE TABLE model_artifacts (
        model_id uuid PRIMARY KEY REFERENCES models(id) ON DELETE CASCADE,
        data bytea NOT NULL
      );
      CREATE TABLE segmentations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dataset_id uuid NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'QUEUED',
        progress double precision NOT NULL DEFAULT 0,
        error text,
        algorithm text NOT NULL,
        feature_set text NOT NULL,
        features jsonb NOT NULL DEFAULT '[]',
        k integer,
        silhouette double precision,
        noise_customers integer NOT NULL DEFAULT 0,
        result jsonb,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
    `,
  down: `
      DROP TABLE segmentations; DROP TABLE model_artifacts; DROP TABLE models; DROP TABLE training_runs;
      DROP TABLE customer_rows; DROP TABLE import_jobs; DROP TABLE dataset_columns; DROP TABLE datasets;
      DROP TABLE users; DROP TABLE app_settings;
    `,
}) {}
