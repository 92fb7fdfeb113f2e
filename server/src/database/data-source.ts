import { ScoringEntity } from '../modules/scoring/scoring.entity.js';
import 'reflect-metadata';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { DatasetColumnEntity } from '../modules/datasets/dataset-column.entity.js';
import { DatasetEntity } from '../modules/datasets/dataset.entity.js';
import { ImportJobEntity } from '../modules/datasets/import-job.entity.js';
import { SegmentationEntity } from '../modules/segments/segmentation.entity.js';
import { ModelArtifactEntity, ModelEntity } from '../modules/training/model.entity.js';
import { TrainingRunEntity } from '../modules/training/training-run.entity.js';
import { AppSettingEntity } from './app-setting.entity.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export const entities = [
  AppSettingEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  DatasetEntity,
  DatasetColumnEntity,
  ImportJobEntity,
  TrainingRunEntity,
  ModelEntity,
  ModelArtifactEntity,
  SegmentationEntity,
  ScoringEntity,
];

export interface Database {
  dataSource: DataSource;
  /** 'embedded' (PGlite in a worker thread) or 'server' (DATABASE_URL). */
  mode: 'embedded' | 'server';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Embedded mode: where PGlite keeps its files (undefined: in memory). */
  dataDir?: string;
  /** Embedded mode: start from this dumped data dir (tests). */
  templateFile?: string;
  runMigrations?: boolean;
  /** Where pool errors (a connection cut while idle) are reported. */
  logger?: Logger;
}

/**
 * One code path for both databases: with a URL, a pool to that server; without, PGlite in
 * its own thread behind a PostgreSQL-wire socket and a pool of exactly one connection
 * (PGlite is one session, so a second connection would interleave transactions).
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, templateFile: options.templateFile });
    url = embedded.url;
  }
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    // A connection that waits 10 s for the server fails (the job with it) instead of hanging.
    extra: embedded ? { max: 1 } : { max: 10, connectionTimeoutMillis: 10_000, keepAlive: true },
    // An idle connection whose server side goes away is dropped from the pool, which opens a new
    // one for the next query; the error is only reported (unhandled, it would end the process).
    poolErrorHandler: (error: Error) =>
      options.logger?.warn({ reason: error.message }, 'a database connection was lost; the pool opens a new one when needed'),
  });
  try {
    await dataSource.initialize();
    if (options.runMigrations !== false) await dataSource.runMigrations();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    mode: embedded ? 'embedded' : 'server',
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
