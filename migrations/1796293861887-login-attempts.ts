import { sqlMigration } from './sql-migration.js';

/**
 * Failed sign-ins counted per account and per address (rate-limiter-flexible's PostgreSQL
 * store, table layout as that library expects), so the throttle holds across processes.
 */
export class LoginAttempts1796293861887 extends sqlMigration({
  up: 'CREATE TABLE login_attempts (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)',
  down: 'DROP TABLE login_attempts',
}) {}
