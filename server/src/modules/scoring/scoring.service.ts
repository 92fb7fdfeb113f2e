/**
 * Scored lists: receives an uploaded list for a model, queues it as a job (JobRunner), runs
 * it (list-scoring.ts) and keeps its rows and outcome. A scoring is complete or absent: its
 * rows are written while it runs but read only once it has SUCCEEDED, and removed when it
 * fails or is deleted.
 */
import { message } from '../phrasing/catalogue.js';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join, relative } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound } from '../phrasing/user-errors.js';
import { isUuid } from '../../common/ids.js';
import { isConnectionLost, recordFailure } from '../../common/job-failure.js';
import type { JobRunner } from '../../common/jobs/job-runner.js';
import type { SessionUser } from '../auth/auth.service.js';
import type { CustomerService } from '../customers/customer.service.js';
import { DatasetEntity } from '../datasets/dataset.entity.js';
import { spoolUpload } from '../datasets/import/upload-spool.js';
import { deleteStoredUpload, restoreUpload, storeUpload, type UploadTable } from '../datasets/import/stored-upload.js';
import type { SegmentsService } from '../segments/segments.service.js';
import type { TargetGroupService } from '../target-groups/target-group.service.js';
import { ModelEntity } from '../training/model.entity.js';
import { prepareListInputs } from './list-inputs.js';
import { ListScoringError, scoreList } from './list-scoring.js';
import { topCount } from './list-ranking.js';
import {
  deleteScoredRows,
  scoredRowsInFileOrder,
  scoredRowsPage,
  writeScoredRows,
  type ScoredRow,
  type ScoredRowSort,
} from './scored-rows.js';
import { ScoringEntity, type ScoringOptions } from './scoring.entity.js';

const UPLOADS: UploadTable = { table: 'scoring_uploads', key: 'scoring_id' };
const INTERRUPTED = message('error.job.scoringStopped');
const CRASHED = message('error.job.scoringCrashed');
const LOST = message('error.job.scoringLost');
const PROGRESS_MS = 1000;

export class ScoringService {
  constructor(
    readonly dataSource: DataSource,
    private readonly options: { dataDir: string; maxUploadBytes: number },
    private readonly logger: Logger,
    private readonly jobs: JobRunner,
    private readonly parts: { customers: CustomerService; targetGroups: TargetGroupService; segments: SegmentsService },
  ) {
    jobs.register('scoring', {
      table: 'scorings',
      resumable: false,
      interrupted: INTERRUPTED,
      run: (id, context) => this.process(id, context.signal),
      fail: (id, message) => this.fail(id, message),
      gaveUp: () => CRASHED,
    });
  }

  private repo() {
    return this.dataSource.getRepository(ScoringEntity);
  }

  private get keepsUploadsInDatabase(): boolean {
    return this.jobs.queue.name === 'pg-boss';
  }

  private get uploadsDir(): string {
    return join(this.options.dataDir, 'uploads');
  }

  async find(id: string): Promise<ScoringEntity | null> {
    return isUuid(id) ? this.repo().findOneBy({ id }) : null;
  }

  /** A dataset's scorings, newest first (the page's history). */
  async list(datasetId: string, limit = 50): Promise<ScoringEntity[]> {
    if (!isUuid(datasetId)) return [];
    return this.repo().find({ where: { datasetId }, order: { createdAt: 'DESC' }, take: Math.min(Math.max(limit, 1), 200) });
  }

  /** The model that scored, and the newest version of its algorithm when it was retrained since. */
  async modelOf(scoring: Pick<ScoringEntity, 'modelId'>): Promise<{ model: ModelEntity | null; latestVersion: number | null }> {
    const model = await this.dataSource.getRepository(ModelEntity).findOneBy({ id: scoring.modelId });
    if (!model) return { model: null, latestVersion: null };
    const [{ latest }] = (await this.dataSource.query(
      'SELECT max(version)::int AS latest FROM models WHERE dataset_id = $1 AND algorithm = $2',
      [model.datasetId, model.algorithm],
    )) as { latest: number | null }[];
    return { model, latestVersion: latest };
  }

  /** Streams the upload to a spool file, checks the model can score, and queues the list. */
  async receiveUpload(req: IncomingMessage, modelId: string, user: SessionUser, options: ScoringOptions) {
    const model = isUuid(modelId) ? await this.dataSource.getRepository(ModelEntity).findOneBy({ id: modelId }) : null;
    if (!model) throw notFound('model');
    const dataset = await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: model.datasetId, status: 'READY' });
    if (!dataset) throw notFound('model_dataset');
    const upload = await spoolUpload(req, { dir: this.uploadsDir, maxBytes: this.options.maxUploadBytes });
    try {
      const created = await this.jobs.create('scoring', async (manager: EntityManager) => {
        const row = await manager.getRepository(ScoringEntity).save(
          manager.getRepository(ScoringEntity).create({
            modelId: model.id,
            datasetId: dataset.id,
            status: 'QUEUED',
            fileName: upload.fileName,
            contentHash: upload.sha256,
            bytes: upload.bytes,
            options,
            createdBy: user.id,
            uploadPath: this.keepsUploadsInDatabase ? null : upload.path,
          }),
        );
        if (this.keepsUploadsInDatabase) await storeUpload(manager, row.id, upload.path, UPLOADS);
        return row;
      });
      return { scoringId: created.id, model };
    } catch (error) {
      await rm(upload.path, { force: true });
      throw error;
    } finally {
      if (this.keepsUploadsInDatabase) await rm(upload.path, { force: true });
    }
  }

  /** Scores a file already on disk (benchmarks, tests) and waits for the outcome. */
  async scoreFile(path: string, modelId: string, userId: string | null, options: ScoringOptions = {}): Promise<ScoringEntity> {
    const model = await this.dataSource.getRepository(ModelEntity).findOneByOrFail({ id: modelId });
    const row = await this.jobs.create('scoring', (manager) =>
      manager.getRepository(ScoringEntity).save(
        manager.getRepository(ScoringEntity).create({
          modelId,
          datasetId: model.datasetId,
          status: 'QUEUED',
          fileName: path.split('/').pop() ?? null,
          options,
          createdBy: userId,
          uploadPath: path,
        }),
      ),
    );
    for (;;) {
      const now = await this.repo().findOneByOrFail({ id: row.id });
      if (now.status === 'SUCCEEDED' || now.status === 'FAILED') return now;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async delete(id: string): Promise<boolean> {
    const scoring = await this.find(id);
    if (!scoring) throw notFound('scored_list');
    if (scoring.status === 'QUEUED' || scoring.status === 'RUNNING') throw conflict('error.scoring.stillRunning');
    // Its rows and stored upload go with it (ON DELETE CASCADE).
    await this.repo().delete({ id: scoring.id });
    return true;
  }

  /** The finished scoring, or a clear refusal: rows of a scoring that has not succeeded are never shown. */
  async finished(id: string): Promise<ScoringEntity> {
    const scoring = await this.find(id);
    if (!scoring) throw notFound('scored_list');
    if (scoring.status === 'FAILED') throw conflict('error.scoring.failed');
    if (scoring.status !== 'SUCCEEDED') throw conflict('error.scoring.notDone');
    return scoring;
  }

  async rows(
    id: string,
    query: { decile?: number | null; search?: string | null; sort: ScoredRowSort; descending: boolean; offset: number; limit: number },
  ): Promise<{ total: number; rows: ScoredRow[] }> {
    const scoring = await this.finished(id);
    return scoredRowsPage(this.dataSource, scoring.id, query);
  }

  /** The scored rows in file order, page by page; `topPercent`: only the best-rated k %. */
  async *fileOrderRows(scoring: ScoringEntity, topPercent?: number): AsyncGenerator<ScoredRow[]> {
    const maxRank = topPercent === undefined ? undefined : topCount(scoring.rowsScored, topPercent);
    yield* scoredRowsInFileOrder(this.dataSource, scoring.id, { maxRank });
  }

  private async process(id: string, signal: AbortSignal): Promise<void> {
    const scoring = await this.repo().findOneBy({ id });
    if (!scoring) return;
    let path = scoring.uploadPath;
    try {
      await this.repo().update({ id }, { status: 'RUNNING', phase: 'READING', progress: 0, startedAt: new Date() });
      await deleteScoredRows(this.dataSource, id);
      if (!path) path = await restoreUpload(this.dataSource, id, this.uploadsDir, UPLOADS);
      if (!path) return await this.fail(id, INTERRUPTED);
      const inputs = await prepareListInputs(this.dataSource, scoring, this.parts, this.logger);
      let lastWrite = 0;
      const outcome = await scoreList(path, scoring.options, inputs.list, {
        signal,
        write: (rows) => writeScoredRows(this.dataSource, id, rows),
        progress: async (phase, done, total) => {
          if (Date.now() - lastWrite < PROGRESS_MS) return;
          lastWrite = Date.now();
          // Reading is the first tenth of the work; scoring (with reasons) the rest.
          const progress = phase === 'READING' ? 0.05 : 0.1 + (0.9 * done) / Math.max(1, total ?? 1);
          await this.repo().update({ id, status: 'RUNNING' }, { phase, progress, rowsScored: phase === 'SCORING' ? done : 0 });
        },
      });
      await this.dataSource.transaction(async (manager) => {
        const result = await manager.getRepository(ScoringEntity).update(
          { id, status: 'RUNNING' },
          {
            status: 'SUCCEEDED',
            phase: 'DONE',
            progress: 1,
            rowsScored: outcome.rowsScored,
            rowsRejected: outcome.rowsRejected,
            errors: outcome.errors,
            ignoredColumns: outcome.ignoredColumns,
            replaced: outcome.replaced,
            gains: outcome.gains,
            identifier: outcome.identifier,
            segmentationId: inputs.segmentationId,
            targetGroup: inputs.targetGroup,
            finishedAt: new Date(),
            error: null,
          },
        );
        // Cancelled meanwhile: its rows go.
        if (!result.affected) await manager.query('DELETE FROM scoring_rows WHERE scoring_id = $1', [id]);
      });
      this.logger.info({ scoringId: id, rows: outcome.rowsScored, rejected: outcome.rowsRejected }, 'list scored');
    } catch (error) {
      if (error instanceof ListScoringError) return await this.fail(id, error.message, error.errors);
      const lost = isConnectionLost(error);
      if (lost)
        this.logger.warn({ scoringId: id, reason: String((error as Error).message) }, 'scoring failed: the database connection was lost');
      else this.logger.error({ err: error, scoringId: id }, 'scoring crashed');
      await this.fail(id, lost ? LOST : CRASHED);
    } finally {
      await deleteStoredUpload(this.dataSource, id, this.uploadsDir, UPLOADS).catch(() => undefined);
      if (path) await this.removeSpooled(path).catch(() => undefined);
    }
  }

  private async fail(id: string, message: string, errors: ScoringEntity['errors'] = []): Promise<void> {
    await recordFailure(this.logger, { scoringId: id }, async () => {
      await this.dataSource.transaction(async (manager) => {
        await manager.query('DELETE FROM scoring_rows WHERE scoring_id = $1', [id]);
        await manager
          .getRepository(ScoringEntity)
          .update(
            { id },
            { status: 'FAILED', phase: 'DONE', error: message, errors: errors.slice(0, 100), rowsScored: 0, finishedAt: new Date() },
          );
      });
    });
  }

  /** Removes a spool file, never a file the caller owns (benchmarks' and tests' files). */
  private async removeSpooled(path: string): Promise<void> {
    const inside = relative(this.uploadsDir, path);
    if (inside && !inside.startsWith('..') && !inside.startsWith('/')) await rm(path, { force: true });
  }
}
