import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins counted per account and per address (rate-limiter-flexible's PostgreSQL
 * store, table layout as that library expects), so the throttle holds across processes.
 */
export class LoginAttempts1796293861887 implements MigrationInterface {
  name = 'LoginAttempts1796293861887';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE login_attempts (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE login_attempts');
  }
}
