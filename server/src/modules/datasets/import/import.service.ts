import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { conflict, notFound } from '../../../common/errors.js';
import type { BackgroundJobs } from '../../../common/background-jobs.js';
import { isConnectionLost, recordFailure } from '../../../common/job-failure.js';
import type { SessionUser } from '../../auth/auth.service.js';
import { DatasetEntity } from '../dataset.entity.js';
import { ImportJobEntity, type ImportErrorRecord } from '../import-job.entity.js';
import { isUuid } from '../../../common/ids.js';
import type { ImportRequestOptions } from './import-options.js';
import { runImport, type ImportProgress } from './import-runner.js';
import { clearStaging, discardImportedRows } from './staging-writer.js';
import { spoolUpload, type SpooledUpload } from './upload-spool.js';

/**
 * Imports: receives uploads, queues them per dataset (two imports into one dataset run one
 * after the other), and runs them in the background. A failed import leaves the dataset
 * exactly as it was; see import-runner.ts for how.
 */
export class ImportService {
  private readonly queues = new Map<string, Promise<unknown>>();
  readonly progress = new Map<string, ImportProgress>();
  /** Called after each successful import (the training module hooks retraining here). */
  onImported?: (datasetId: string, importId: string) => Promise<void> | void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { dataDir: string; maxUploadBytes: number },
    private readonly logger: Logger,
    private readonly jobs: BackgroundJobs,
  ) {}

  async findJob(id: string): Promise<ImportJobEntity | null> {
    if (!isUuid(id)) return null;
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    const live = this.progress.get(id);
    // Live figures only while it runs: once finished, the stored row is the outcome.
    return job && live && (job.status === 'QUEUED' || job.status === 'RUNNING') ? Object.assign(job, live) : job;
  }

  /** Streams the request body to a spool file, checks it can be taken, and queues it. */
  async receiveUpload(req: IncomingMessage, request: { datasetId?: string; options: ImportRequestOptions; user: SessionUser }) {
    let dataset: DatasetEntity | null = null;
    if (request.datasetId !== undefined) {
      dataset = isUuid(request.datasetId)
        ? await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: request.datasetId, status: 'READY' })
        : null;
      if (!dataset) throw notFound('The dataset to append to');
    }
    const upload = await spoolUpload(req, { dir: join(this.options.dataDir, 'uploads'), maxBytes: this.options.maxUploadBytes });
    try {
      return await this.queue(upload, { ...request.options, name: request.options.name ?? upload.fileName ?? undefined }, dataset, request.user.id);
    } catch (error) {
      await rm(upload.path, { force: true });
      throw error;
    }
  }

  /** Imports a file already on disk (demo data, benchmarks) and waits for the outcome. */
  async importFile(path: string, options: ImportRequestOptions, userId: string | null = null, datasetId?: string): Promise<ImportJobEntity> {
    const { stat } = await import('node:fs/promises');
    const { createHash } = await import('node:crypto');
    const { createReadStream } = await import('node:fs');
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    const dataset = datasetId ? await this.dataSource.getRepository(DatasetEntity).findOneByOrFail({ id: datasetId }) : null;
    const upload: SpooledUpload = { path, bytes: (await stat(path)).size, sha256: hash.digest('hex'), fileName: path.split('/').pop() ?? null };
    const { importId } = await this.queue(upload, options, dataset, userId, { keepFile: true });
    await this.whenDone(importId);
    return this.dataSource.getRepository(ImportJobEntity).findOneByOrFail({ id: importId });
  }

  async loadDemoDataset(): Promise<string> {
    const { writeDemoCsv } = await import('../../../../../seeds/demo-dataset.js');
    // DATA_DIR may not exist yet (a first start on a database server never creates it otherwise).
    await mkdir(this.options.dataDir, { recursive: true });
    const file = join(this.options.dataDir, 'demo-customers.csv');
    await writeDemoCsv(file);
    const name = 'Demo customers (generated)';
    const job = await this.importFile(file, { createsDataset: true, name, target: 'Response' });
    await rm(file, { force: true });
    if (job.status !== 'SUCCEEDED') throw new Error(`The demo dataset could not be loaded: ${job.message ?? job.errors[0]?.message}`);
    return name;
  }

  private async queue(upload: SpooledUpload, options: ImportRequestOptions, dataset: DatasetEntity | null, userId: string | null, extra: { keepFile?: boolean } = {}) {
    if (dataset) {
      const again = await this.dataSource
        .getRepository(ImportJobEntity)
        .findOneBy({ datasetId: dataset.id, contentHash: upload.sha256, status: In(['SUCCEEDED', 'QUEUED', 'RUNNING']) });
      if (again)
        throw conflict(
          `This file was already imported into "${dataset.name}" on ${again.createdAt.toISOString().slice(0, 10)}${again.fileName ? ` (as ${again.fileName})` : ''}. It was not imported twice.`,
        );
    }
    const { datasetId, importId } = await this.dataSource.transaction(async (manager) => {
      const target =
        dataset ??
        (await manager.getRepository(DatasetEntity).save(
          manager.getRepository(DatasetEntity).create({ name: (options.name ?? 'Untitled dataset').slice(0, 120), status: 'IMPORTING', createdBy: userId }),
        ));
      const job = await manager.getRepository(ImportJobEntity).save(
        manager.getRepository(ImportJobEntity).create({
          datasetId: target.id,
          status: 'QUEUED',
          phase: 'UPLOADED',
          fileName: upload.fileName,
          contentHash: upload.sha256,
          bytes: upload.bytes,
          options: { ...options, createsDataset: !dataset },
          createdBy: userId,
        }),
      );
      return { datasetId: target.id, importId: job.id };
    });
    this.progress.set(importId, { phase: 'UPLOADED', rowsImported: 0, rowsRejected: 0 });
    const previous = this.queues.get(datasetId) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => this.process(importId, upload, extra.keepFile ?? false));
    this.queues.set(datasetId, run);
    this.jobs.run(() => run);
    return { datasetId, importId };
  }

  private async whenDone(importId: string): Promise<void> {
    while (this.progress.has(importId)) await new Promise((r) => setTimeout(r, 50));
  }

  private async process(importId: string, upload: SpooledUpload, keepFile: boolean): Promise<void> {
    const repo = this.dataSource.getRepository(ImportJobEntity);
    const live = this.progress.get(importId)!;
    let job: ImportJobEntity | undefined;
    try {
      job = await repo.findOneByOrFail({ id: importId });
      await repo.update({ id: importId }, { status: 'RUNNING' });
      const outcome = await runImport(this.dataSource, job, upload.path, live);
      this.logger.info({ importId, datasetId: job.datasetId, ...outcome }, 'import finished');
      if (outcome.succeeded) await this.afterImport(job.datasetId, importId);
    } catch (error) {
      const lost = isConnectionLost(error);
      if (lost) this.logger.warn({ importId, reason: String((error as Error).message) }, 'import failed: the database connection was lost');
      else this.logger.error({ err: error, importId }, 'import crashed');
      const message = lost
        ? 'The connection to the database was lost while importing. Nothing was loaded; please try again.'
        : 'Something went wrong on our side while importing. Nothing was loaded; please try again.';
      const datasetId = job?.datasetId;
      await recordFailure(this.logger, { importId }, async () => {
        live.phase = 'DONE';
        live.rowsImported = 0;
        await this.fail(importId, datasetId ?? (await repo.findOneByOrFail({ id: importId })).datasetId, message, []);
      });
    } finally {
      this.progress.delete(importId);
      await clearStaging(this.dataSource, importId).catch(() => undefined);
      if (!keepFile) await rm(upload.path, { force: true }).catch(() => undefined);
    }
  }

  /** The import is published; what follows (segments, retraining) must not turn it into a failure. */
  private async afterImport(datasetId: string, importId: string): Promise<void> {
    try {
      await this.onImported?.(datasetId, importId);
    } catch (error) {
      this.logger.error({ err: error, importId, datasetId }, 'work after a successful import failed');
    }
  }

  async fail(importId: string, datasetId: string, message: string, errors: ImportErrorRecord[], errorCount = errors.length): Promise<void> {
    await discardImportedRows(this.dataSource, importId);
    await this.dataSource.transaction(async (manager) => {
      // The job's row count reads "nothing was loaded" too (rows written before the failure are gone).
      await manager.getRepository(ImportJobEntity).update(
        { id: importId },
        { status: 'FAILED', phase: 'DONE', message, errors: errors.slice(0, 100), errorCount, rowsImported: 0, rowsDuplicate: 0, finishedAt: new Date() },
      );
      await manager.getRepository(DatasetEntity).update({ id: datasetId, status: 'IMPORTING' }, { status: 'FAILED' });
    });
  }

  /** Marks imports left QUEUED/RUNNING (by a crash or a stop) as failed; returns how many. */
  async failUnfinished(reason: string): Promise<number> {
    const running = new Set(this.progress.keys());
    const stale = (await this.dataSource.getRepository(ImportJobEntity).findBy({ status: In(['QUEUED', 'RUNNING']) })).filter(
      (job) => !running.has(job.id),
    );
    for (const job of stale) await this.fail(job.id, job.datasetId, reason, []);
    if (running.size === 0) {
      // Spool files of uploads a crash interrupted: nothing will ever read them.
      await clearStaging(this.dataSource);
      await rm(join(this.options.dataDir, 'uploads'), { recursive: true, force: true });
    }
    return stale.length;
  }
}
