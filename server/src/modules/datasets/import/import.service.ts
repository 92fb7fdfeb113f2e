import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join, relative } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { conflict, notFound } from '../../phrasing/user-errors.js';
import { message } from '../../phrasing/catalogue.js';
import type { JobRunner } from '../../../common/jobs/job-runner.js';
import { isConnectionLost, recordFailure } from '../../../common/job-failure.js';
import type { SessionUser } from '../../auth/auth.service.js';
import { DatasetEntity } from '../dataset.entity.js';
import { ImportJobEntity, type ImportErrorRecord } from '../import-job.entity.js';
import { isUuid } from '../../../common/ids.js';
import type { ImportRequestOptions } from './import-options.js';
import { runImport, type ImportProgress } from './import-runner.js';
import { clearStaging, discardImportedRows } from './staging-writer.js';
import { spoolUpload, type SpooledUpload } from './upload-spool.js';
import { deleteStoredUpload, restoreUpload, storeUpload } from './stored-upload.js';

const INTERRUPTED = message('error.import.interrupted');
const CRASHED = message('error.import.crashed');
const LOST = message('error.import.lost');

/**
 * Imports: receives uploads and queues them as jobs (see JobRunner); two imports into one
 * dataset taken by the same process run one after the other, and their publishing is
 * serialised across processes by a lock. A failed import leaves the dataset exactly as it
 * was; see import-runner.ts for how. An import whose process died is failed, not retried.
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
    private readonly jobs: JobRunner,
  ) {
    jobs.register('import', {
      table: 'import_jobs',
      resumable: false,
      interrupted: INTERRUPTED,
      run: (id) => this.process(id),
      fail: async (id, message) => {
        await recordFailure(this.logger, { importId: id }, async () => {
          const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
          // Only an unfinished import: one that failed on its own keeps its own reason.
          if (job && (job.status === 'QUEUED' || job.status === 'RUNNING')) await this.fail(id, job.datasetId, message, []);
        });
      },
      gaveUp: () => CRASHED,
    });
  }

  /** On a PostgreSQL server, uploads live in the database (a worker may be on another machine). */
  private get keepsUploadsInDatabase(): boolean {
    return this.jobs.queue.name === 'pg-boss';
  }

  private get uploadsDir(): string {
    return join(this.options.dataDir, 'uploads');
  }
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
      if (!dataset) throw notFound('dataset_to_append_to');
    }
    const upload = await spoolUpload(req, { dir: this.uploadsDir, maxBytes: this.options.maxUploadBytes });
    try {
      return await this.queue(
        upload,
        { ...request.options, name: request.options.name ?? upload.fileName ?? undefined },
        dataset,
        request.user.id,
      );
    } catch (error) {
      await rm(upload.path, { force: true });
      throw error;
    } finally {
      // Kept in the database now; the embedded mode reads the spool file itself.
      if (this.keepsUploadsInDatabase) await rm(upload.path, { force: true });
    }
  }

  /** Imports a file already on disk (demo data, benchmarks) and waits for the outcome. */
  async importFile(
    path: string,
    options: ImportRequestOptions,
    userId: string | null = null,
    datasetId?: string,
  ): Promise<ImportJobEntity> {
    const { stat } = await import('node:fs/promises');
    const { createHash } = await import('node:crypto');
    const { createReadStream } = await import('node:fs');
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    const dataset = datasetId ? await this.dataSource.getRepository(DatasetEntity).findOneByOrFail({ id: datasetId }) : null;
    const upload: SpooledUpload = {
      path,
      bytes: (await stat(path)).size,
      sha256: hash.digest('hex'),
      fileName: path.split('/').pop() ?? null,
    };
    const { importId } = await this.queue(upload, options, dataset, userId);
    await this.whenDone(importId);
    return this.dataSource.getRepository(ImportJobEntity).findOneByOrFail({ id: importId });
  }

  /** Loads the generated demo data as a new dataset; `wait: false` only queues it (WORKERS=0). */
  async loadDemoDataset(options: { wait?: boolean } = {}): Promise<string> {
    const { writeDemoCsv } = await import('../../../../../seeds/demo-dataset.js');
    // DATA_DIR may not exist yet (a first start on a database server never creates it otherwise).
    await mkdir(this.options.dataDir, { recursive: true });
    const file = join(this.options.dataDir, 'demo-customers.csv');
    await writeDemoCsv(file);
    const name = 'Demo customers (generated)';
    if (options.wait === false && this.keepsUploadsInDatabase) {
      const { createHash } = await import('node:crypto');
      const { readFile, stat } = await import('node:fs/promises');
      const upload: SpooledUpload = {
        path: file,
        bytes: (await stat(file)).size,
        sha256: createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
        fileName: null,
      };
      await this.queue(upload, { createsDataset: true, name, target: 'Response' }, null, null);
      await rm(file, { force: true });
      return name;
    }
    const job = await this.importFile(file, { createsDataset: true, name, target: 'Response' });
    await rm(file, { force: true });
    if (job.status !== 'SUCCEEDED') throw new Error(`The demo dataset could not be loaded: ${job.message ?? job.errors[0]?.message}`);
    return name;
  }

  private async queue(upload: SpooledUpload, options: ImportRequestOptions, dataset: DatasetEntity | null, userId: string | null) {
    if (dataset) {
      const again = await this.dataSource
        .getRepository(ImportJobEntity)
        .findOneBy({ datasetId: dataset.id, contentHash: upload.sha256, status: In(['SUCCEEDED', 'QUEUED', 'RUNNING']) });
      if (again)
        throw conflict(again.fileName ? 'error.import.againAs' : 'error.import.again', {
          dataset: dataset.name,
          date: again.createdAt.toISOString().slice(0, 10),
          file: again.fileName ?? '',
        });
    }
    const created = await this.jobs.create('import', async (manager: EntityManager) => {
      const target =
        dataset ??
        (await manager
          .getRepository(DatasetEntity)
          .save(
            manager
              .getRepository(DatasetEntity)
              .create({ name: (options.name ?? 'Untitled dataset').slice(0, 120), status: 'IMPORTING', createdBy: userId }),
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
          uploadPath: this.keepsUploadsInDatabase ? null : upload.path,
        }),
      );
      if (this.keepsUploadsInDatabase) await storeUpload(manager, job.id, upload.path);
      return { id: job.id, datasetId: target.id };
    });
    return { datasetId: created.datasetId, importId: created.id };
  }

  /** Waits for an import's outcome, whichever process runs it. */
  private async whenDone(importId: string): Promise<void> {
    const repo = this.dataSource.getRepository(ImportJobEntity);
    for (;;) {
      const job = await repo.findOne({ where: { id: importId }, select: { id: true, status: true } });
      if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED') return;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** One import job: its file from the database or the spool folder, loaded, then removed. */
  private async process(importId: string): Promise<void> {
    const repo = this.dataSource.getRepository(ImportJobEntity);
    const job = await repo.findOneByOrFail({ id: importId });
    // Imports of one dataset taken by this process run one after the other, in upload order.
    const previous = this.queues.get(job.datasetId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.load(job));
    this.queues.set(job.datasetId, run);
    await run.finally(() => {
      if (this.queues.get(job.datasetId) === run) this.queues.delete(job.datasetId);
    });
  }

  private async load(job: ImportJobEntity): Promise<void> {
    const repo = this.dataSource.getRepository(ImportJobEntity);
    const live: ImportProgress = { phase: 'UPLOADED', rowsImported: 0, rowsRejected: 0 };
    this.progress.set(job.id, live);
    let path = job.uploadPath;
    try {
      await repo.update({ id: job.id }, { status: 'RUNNING', startedAt: new Date() });
      if (!path) path = await restoreUpload(this.dataSource, job.id, this.uploadsDir);
      if (!path) return await this.fail(job.id, job.datasetId, INTERRUPTED, []);
      const outcome = await runImport(this.dataSource, job, path, live);
      this.logger.info({ importId: job.id, datasetId: job.datasetId, ...outcome }, 'import finished');
      if (outcome.succeeded) await this.afterImport(job.datasetId, job.id);
    } catch (error) {
      const lost = isConnectionLost(error);
      if (lost)
        this.logger.warn({ importId: job.id, reason: String((error as Error).message) }, 'import failed: the database connection was lost');
      else this.logger.error({ err: error, importId: job.id }, 'import crashed');
      const message = lost ? LOST : CRASHED;
      await recordFailure(this.logger, { importId: job.id }, async () => {
        live.phase = 'DONE';
        live.rowsImported = 0;
        await this.fail(job.id, job.datasetId, message, []);
      });
    } finally {
      this.progress.delete(job.id);
      await clearStaging(this.dataSource, job.id).catch(() => undefined);
      await deleteStoredUpload(this.dataSource, job.id, this.uploadsDir).catch(() => undefined);
      if (path) await this.removeSpooled(path).catch(() => undefined);
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

  /** Removes a spool file, never a file the caller owns (demo data, benchmarks' files). */
  private async removeSpooled(path: string): Promise<void> {
    const inside = relative(this.uploadsDir, path);
    if (inside && !inside.startsWith('..') && !inside.startsWith('/')) await rm(path, { force: true });
  }

  async fail(importId: string, datasetId: string, message: string, errors: ImportErrorRecord[], errorCount = errors.length): Promise<void> {
    await discardImportedRows(this.dataSource, importId);
    await clearStaging(this.dataSource, importId);
    const job = await this.dataSource
      .getRepository(ImportJobEntity)
      .findOne({ where: { id: importId }, select: { id: true, uploadPath: true } });
    if (job?.uploadPath) await this.removeSpooled(job.uploadPath);
    await deleteStoredUpload(this.dataSource, importId, this.uploadsDir);
    await this.dataSource.transaction(async (manager) => {
      // The job's row count reads "nothing was loaded" too (rows written before the failure are gone).
      await manager.getRepository(ImportJobEntity).update(
        { id: importId },
        {
          status: 'FAILED',
          phase: 'DONE',
          message,
          errors: errors.slice(0, 100),
          errorCount,
          rowsImported: 0,
          rowsDuplicate: 0,
          finishedAt: new Date(),
        },
      );
      await manager.getRepository(DatasetEntity).update({ id: datasetId, status: 'IMPORTING' }, { status: 'FAILED' });
    });
  }
}
