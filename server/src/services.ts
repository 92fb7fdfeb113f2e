import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import type { JobRunner } from './common/jobs/job-runner.js';
import { join } from 'node:path';
import { AuditAction } from './modules/audit/audit-actions.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ActivityService } from './modules/activity/activity.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { UserService } from './modules/auth/users.service.js';
import { CustomerService } from './modules/customers/customer.service.js';
import { ColumnStoreService } from './modules/datasets/column-store/column-store.service.js';
import { DatasetService } from './modules/datasets/dataset.service.js';
import { ImportService } from './modules/datasets/import/import.service.js';
import { assignImportedCustomers } from './modules/segments/append-assignment.js';
import { SegmentsService } from './modules/segments/segments.service.js';
import { RegionsService } from './modules/regions/regions.service.js';
import { ModelService } from './modules/training/model.service.js';
import { TrainingService } from './modules/training/training.service.js';
import { TargetGroupService } from './modules/target-groups/target-group.service.js';
import { ScoringService } from './modules/scoring/scoring.service.js';

/** The app's services, built once per process and handed to resolvers and routes. */
export interface Services {
  activity: ActivityService;
  auth: AuthService;
  users: UserService;
  audit: AuditService;
  datasets: DatasetService;
  imports: ImportService;
  models: ModelService;
  training: TrainingService;
  targetGroups: TargetGroupService;
  segments: SegmentsService;
  customers: CustomerService;
  regions: RegionsService;
  scorings: ScoringService;
  /** The database's read generation: moves whenever a change a page could read commits (graphql/response-cache.ts). */
  readGeneration: () => Promise<string>;
}

export function createServices(dataSource: DataSource, config: AppConfig, logger: Logger, jobs: JobRunner): Services {
  // Parsed column stores per dataset version are kept under DATA_DIR (any database).
  ColumnStoreService.configure(dataSource, join(config.dataDir, 'column-store'));
  const targetGroups = new TargetGroupService(dataSource);
  const segments = new SegmentsService(dataSource, logger, jobs, config.llm, targetGroups);
  const customers = new CustomerService(dataSource, { targetGroups, segments, logger });
  const services: Services = {
    activity: new ActivityService(dataSource),
    auth: new AuthService(dataSource, {
      tokenTtlSeconds: config.tokenTtlSeconds,
      jwtSecret: process.env.JWT_SECRET,
      // On a database server the counts are shared by every process; PGlite serves one process.
      throttle: new LoginThrottle({ dataSource: config.databaseUrl ? dataSource : undefined }),
    }),
    users: new UserService(dataSource),
    audit: new AuditService(dataSource),
    datasets: new DatasetService(dataSource),
    imports: new ImportService(dataSource, { dataDir: config.dataDir, maxUploadBytes: config.maxUploadBytes }, logger, jobs),
    models: new ModelService(dataSource),
    training: new TrainingService(dataSource, logger, jobs, config.training),
    targetGroups,
    segments,
    customers,
    regions: new RegionsService(dataSource, segments),
    scorings: new ScoringService(dataSource, { dataDir: config.dataDir, maxUploadBytes: config.maxUploadBytes }, logger, jobs, {
      customers,
      targetGroups,
      segments,
    }),
    readGeneration: async () =>
      String(((await dataSource.query('SELECT last_value FROM read_generation')) as { last_value: string }[])[0].last_value),
  };
  // A dataset configured so retrains itself after every successful import.
  // New customers of an append are placed in the latest segmentation (shown with the import).
  services.imports.onImported = async (datasetId, importId) => {
    const dataset = await services.datasets.find(datasetId);
    if (!dataset) return;
    // Counted once per import, so pages read positiveRate and the campaigns without a scan.
    await services.datasets.campaigns(dataset).catch((err) => logger.error({ err, importId }, 'counting the campaigns failed'));
    await assignImportedCustomers(dataSource, services.segments, dataset, importId).catch((err) =>
      logger.error({ err, importId }, 'placing new customers in segments failed'),
    );
    // A refused retrain (e.g. too big for MAX_TRAINING_MEMORY_MB) must not turn the finished import into a failure.
    if (dataset.settings.autoRetrain && dataset.targetColumn) {
      try {
        const run = await services.training.trainModels(datasetId, null, null);
        await services.audit.record(
          null,
          AuditAction.TRAIN,
          { type: 'dataset', id: datasetId, label: dataset.name },
          { automatic: true, trainingRunId: run.id },
        );
      } catch (err) {
        logger.warn({ err, importId }, 'automatic retraining was not started');
      }
    }
  };
  return services;
}
