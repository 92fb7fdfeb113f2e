import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import type { Database } from './database/data-source.js';
import { InProcessQueue } from './common/jobs/in-process-queue.js';
import { JobRunner } from './common/jobs/job-runner.js';
import { PgBossQueue } from './common/jobs/pg-boss-queue.js';

/** pg-boss on a PostgreSQL server; the in-process queue with the embedded database (one process). */
export function createJobRunner(database: Database, config: AppConfig, logger: Logger): JobRunner {
  const settings = { tries: config.jobTries, timeoutSeconds: config.jobTimeoutSeconds };
  const queue =
    database.mode === 'server' && config.databaseUrl ? new PgBossQueue(config.databaseUrl, settings, logger) : new InProcessQueue(settings);
  return new JobRunner(database.dataSource, queue, logger, settings);
}

/** How many jobs this process runs: WORKERS, but never none with the embedded database (no one else could). */
export function jobSlots(database: Database, config: AppConfig, logger: Logger): number {
  if (database.mode === 'embedded' && config.workers === 0) {
    logger.warn('WORKERS=0 needs worker processes, which need a PostgreSQL server (DATABASE_URL); running jobs in this process');
    return 1;
  }
  return config.workers;
}
