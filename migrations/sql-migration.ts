import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SQL run in order, one statement (or script) per entry. */
type Script = string | readonly string[];

/**
 * The base of a migration that only runs SQL: `up` forwards, `down` back. The subclass keeps
 * the `<Name><timestamp>` class name, which TypeORM orders by and records as run.
 */
export function sqlMigration(script: { up: Script; down: Script }): new () => MigrationInterface {
  const run = async (q: QueryRunner, sql: Script): Promise<void> => {
    for (const statement of typeof sql === 'string' ? [sql] : sql) await q.query(statement);
  };
  return class implements MigrationInterface {
    name = this.constructor.name;

    async up(q: QueryRunner): Promise<void> {
      await run(q, script.up);
    }

    async down(q: QueryRunner): Promise<void> {
      await run(q, script.down);
    }
  };
}
