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
 * First-start work, safe to run at every start: work interrupted by a previous crash is
 * marked failed, the first administrator is created, and the demo data is loaded once.
 */
export async function bootstrapData(services: Services, config: AppConfig, logger: Logger): Promise<BootstrapReport> {
  const interrupted = await services.imports.failUnfinished(
    'The server stopped while this import was running. Nothing was loaded; please upload the file again.',
  );
  if (interrupted > 0) logger.warn({ interrupted }, 'marked imports interrupted by a restart as failed');
  const runs = await services.training.failUnfinished();
  if (runs > 0) logger.warn({ runs }, 'marked training runs interrupted by a restart as failed');
  const segmentations = await services.segments.failUnfinished();
  if (segmentations > 0) logger.warn({ segmentations }, 'marked segmentations interrupted by a restart as failed');
  const admin = await services.auth.ensureFirstAdmin(config.adminEmail, config.adminPassword);
  let demoDataset: string | null = null;
  if (config.seedDemo && (await services.datasets.list()).length === 0) {
    demoDataset = await services.imports.loadDemoDataset();
    logger.info({ dataset: demoDataset }, 'loaded the demo dataset');
  }
  return { admin, demoDataset };
}
