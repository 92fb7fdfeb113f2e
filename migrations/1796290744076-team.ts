import { sqlMigration } from './sql-migration.js';

/**
 * Team administration: users can be disabled, have a language and a one-time password flag;
 * every login is a session row so that sign-out, a password change or disabling a user ends
 * tokens at once; the audit trail is append-only (a trigger refuses UPDATE and DELETE, so not
 * even a bug in the app can rewrite history).
 */
export class Team1796290744076 extends sqlMigration({
  up: `
      ALTER TABLE users
        ADD COLUMN disabled boolean NOT NULL DEFAULT false,
        ADD COLUMN language text NOT NULL DEFAULT 'EN' CHECK (language IN ('EN', 'ES', 'PL', 'RU')),
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN last_sign_in_at timestamptz,
        ADD COLUMN last_active_at timestamptz;
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_email text,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text,
        object_label text,
        details jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_events_at ON audit_events (at DESC, id DESC);
      CREATE INDEX audit_events_actor ON audit_events (actor_id, at DESC);
      CREATE INDEX audit_events_action ON audit_events (action, at DESC);
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'The audit trail cannot be changed.';
        END;
      $$;
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
    `,
  down: `
      DROP TABLE audit_events;
      DROP FUNCTION audit_events_append_only();
      DROP TABLE sessions;
      ALTER TABLE users DROP COLUMN disabled, DROP COLUMN language, DROP COLUMN must_change_password,
        DROP COLUMN last_sign_in_at, DROP COLUMN last_active_at;
    `,
}) {}
