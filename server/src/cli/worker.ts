import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../database/data-source.js';
import { createJobRunner } from '../create-job-runner.js';
import { createLogger } from '../server.js';
import { createServices } from '../services.js';

/**
 * `npm run worker`: a process that only runs background jobs (imports, training runs with
 * their explanations, segmentations) taken from the PostgreSQL queue; start any number, on
 * any machine that reaches DATABASE_URL. WORKERS sets how many jobs it runs at a time
 * (default: the CPU count); CPU-heavy work still runs in worker threads.
 */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) {
    process.stderr.write('workers need a PostgreSQL server: set DATABASE_URL (the embedded database runs jobs inside `npm start`).\n');
    process.exit(1);
  }
  const logger = createLogger(config);
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  const jobs = createJobRunner(database, config, logger);
  const services = createServices(database.dataSource, config, logger, jobs);
  const slots = Math.max(1, config.workers);
  await jobs.start(slots, config.jobCheckSeconds);
  logger.info({ slots }, 'worker started: taking jobs from the queue');
  process.stdout.write(`  Campaign Profiler worker running ${slots} job${slots === 1 ? '' : 's'} at a time\n`);

  let signals = 0;
  const shutdown = async (signal: string) => {
    if (++signals > 1) process.exit(1);
    logger.info({ signal }, 'signal received: finishing running jobs');
    try {
      const finished = await jobs.stop(Number(process.env.SHUTDOWN_GRACE_MS ?? 20_000));
      if (!finished) logger.warn('some jobs did not finish in time; another worker takes them up again');
      await services.training.close();
      await services.targetGroups.close();
      await services.segments.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
