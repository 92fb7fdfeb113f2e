import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import type { Services } from './services.js';

export interface BootstrapReport {
  /** Set when this start created the first administrator; `password` only when generated. */
  admin: { email: string; password?: string } | null;
  /** The name of the demo dataset when this start loaded it. */
  demoDataset: string | null;
}

/**
 * First-start work, safe to run at every start: the first administrator is created and the
 * demo data is loaded once. (Work interrupted by a previous stop is the job queue's: see
 * JobRunner.start.)
 */
export async function bootstrapData(services: Services, config: AppConfig, logger: Logger): Promise<BootstrapReport> {
  const admin = await services.auth.ensureFirstAdmin(config.adminEmail, config.adminPassword);
  let demoDataset: string | null = null;
  if (config.seedDemo && (await services.datasets.list()).length === 0) {
    // A pure web node (WORKERS=0) only queues it: a worker process loads it.
    demoDataset = await services.imports.loadDemoDataset({ wait: config.workers > 0 || !config.databaseUrl });
    logger.info({ dataset: demoDataset }, 'loaded the demo dataset');
  }
  return { admin, demoDataset };
}
