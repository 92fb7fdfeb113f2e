import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read generation: a number that moves whenever anything a page reads may have changed,
 * so the GraphQL response cache (server/src/graphql/response-cache.ts) can key its entries by
 * it and never serve a page from before a change, in any process.
 *
 * A sequence, not a counter row: `nextval` never waits for another transaction, so two jobs
 * writing at once cannot block or deadlock on it. The triggers are deferred constraint
 * triggers: they fire at COMMIT, so the number moves when the change becomes visible, not when
 * a long transaction's first statement ran. The bulk tables (customer rows, scored rows,
 * uploads) have none: every bulk write ends by updating a row that does (the dataset's version,
 * the scoring's status). Sessions, sign-in attempts and the audit log have none either: they
 * are checked on every request or never cached.
 */
export const READ_GENERATION_TABLES = [
  'app_settings',
  'dataset_columns',
  'datasets',
  'import_jobs',
  'model_artifacts',
  'models',
  'scorings',
  'segmentations',
  'training_runs',
  'users',
] as const;

export class ReadGeneration1796314862369 implements MigrationInterface {
  name = 'ReadGeneration1796314862369';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SEQUENCE read_generation');
    // A new sequence's first nextval returns its start value again: take it now, so every later one moves it.
    await q.query("SELECT nextval('read_generation')");
    await q.query(`CREATE FUNCTION bump_read_generation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nextval('read_generation');
        RETURN NULL;
      END $$`);
    for (const table of READ_GENERATION_TABLES) {
      await q.query(
        `CREATE CONSTRAINT TRIGGER ${table}_read_generation AFTER INSERT OR UPDATE OR DELETE ON ${table}
           DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_generation()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of READ_GENERATION_TABLES) await q.query(`DROP TRIGGER ${table}_read_generation ON ${table}`);
    await q.query('DROP FUNCTION bump_read_generation()');
    await q.query('DROP SEQUENCE read_generation');
  }
}
