import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { createApp, type AppState } from './app.js';
import type { AppConfig } from './config.js';
import { openDatabase, type Database } from './database/data-source.js';
import { buildAppSchema } from './graphql/schema.js';
import { createServices, type Services } from './services.js';
import { createJobRunner, jobSlots } from './create-job-runner.js';
import type { JobRunner } from './common/jobs/job-runner.js';
import { bootstrapData, type BootstrapReport } from './bootstrap.js';

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  services: Services;
  jobs: JobRunner;
  logger: Logger;
  bootstrap: BootstrapReport;
  httpServer: Server;
  /** How the GraphQL response cache has done (graphql/response-cache.ts). */
  responseCacheStats: { hits: number; misses: number; stored: number };
  stop(): Promise<void>;
}

export function createLogger(config: AppConfig): Logger {
  return pino({ level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}

/**
 * Opens the database (migrating it), builds the services and GraphQL schema, loads first
 * data and starts listening. Used by main.ts and by the integration tests alike.
 */
export async function startServer(config: AppConfig, options: { logger?: Logger; templateFile?: string } = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config);
  const state: AppState = { ready: false };
  const httpServer = createServer();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'pglite'),
    templateFile: options.templateFile,
    logger,
  });
  const jobs = createJobRunner(database, config, logger);
  const services = createServices(database.dataSource, config, logger, jobs);
  const schema = await buildAppSchema();
  const { app, apollo, responseCacheStats } = await createApp({ config, services, logger, schema, httpServer, state });
  httpServer.on('request', app);
  // Jobs left by the last stop are queued again (or failed) before this process takes any.
  await jobs.start(jobSlots(database, config, logger), config.jobCheckSeconds);
  const bootstrap = await bootstrapData(services, config, logger);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  state.ready = true;
  const port = (httpServer.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      state.ready = false;
      logger.info('shutting down: no new work, finishing what is running');
      const finished = await jobs.stop(Number(process.env.SHUTDOWN_GRACE_MS ?? 20_000));
      if (!finished) logger.warn('some background work did not finish in time; it is taken up again by the next start or another worker');
      await apollo.stop();
      await services.training.close();
      await services.targetGroups.close();
      await services.segments.close();
      await database.close();
      logger.info('stopped');
    })());
  return { url: `http://127.0.0.1:${port}`, port, database, services, jobs, logger, bootstrap, httpServer, responseCacheStats, stop };
}
