import type { Logger } from 'pino';
import { message } from '../phrasing/catalogue.js';
import { In, type DataSource } from 'typeorm';
import type { JobContext, JobRunner } from '../../common/jobs/job-runner.js';
import { badInput, conflict, notFound } from '../phrasing/user-errors.js';
import { failOrRethrow, recordFailure } from '../../common/job-failure.js';
import { progressReporter } from '../../common/jobs/progress-reporter.js';
import { createWorkerPool, progressChannel, type WorkerPool } from '../../common/worker-pool.js';
import { campaignPositiveLabel } from '../datasets/campaigns/campaign-summary.js';
import type { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import { DatasetEntity } from '../datasets/dataset.entity.js';
import { isUuid } from '../../common/ids.js';
import { ColumnStoreService } from '../datasets/column-store/column-store.service.js';
import { columnSpecs } from '../training/dataset-rows.js';
import { readModelArtifact } from '../training/model-artifact.js';
import { ModelEntity } from '../training/model.entity.js';
import { importanceOf } from '../training/stored-explanations.js';
import { rewriteBrief, type LlmConfig } from './brief-rewrite.js';
import { packMembers, type CampaignSpec } from './segment-data.js';
import type { TargetGroupService } from '../target-groups/target-group.service.js';
import { featuredTargetGroup } from './segment-target-group.js';
import { toStored, type StoredSegment, type StoredSegmentation } from './segment-store.js';
import type { SegmentCustomersOptions, SegmentationResult } from './segment-customers.types.js';
import { SegmentationEntity, type SegmentationRequest } from './segmentation.entity.js';
import type { SegmentsTask } from './segments.worker.js';
import { phrasingOfColumn } from '../phrasing/column-phrasing.js';

const DEFAULT_TOP_N = 5;
const PCA_POINTS = 1500;

/** Segments customers in worker threads, one run per dataset at a time; keeps every version. */
export class SegmentsService {
  private pool: WorkerPool | undefined;
  private readonly progress = new Map<string, number>();

  constructor(
    readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly jobs: JobRunner,
    readonly llm: LlmConfig | null = null,
    /** Describes the featured model's target group, for each segment's overlap with it. */
    private readonly targetGroups: TargetGroupService | null = null,
  ) {
    jobs.register('segmentation', {
      table: 'segmentations',
      resumable: true,
      interrupted: message('error.job.segmentationStopped'),
      run: (id, context) => this.process(id, context),
      fail: (id, message) => this.fail(id, message),
      gaveUp: (tries) => message('error.job.segmentationGaveUp', { tries }),
    });
  }

  private repo() {
    return this.dataSource.getRepository(SegmentationEntity);
  }

  workers(): WorkerPool {
    this.pool ??= createWorkerPool(new URL('./', import.meta.url).href, 'segments.worker', { maxThreads: 1 });
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  private live(s: SegmentationEntity): SegmentationEntity {
    const live = this.progress.get(s.id);
    if (live !== undefined && s.status === 'RUNNING') s.progress = Math.max(s.progress, live);
    return s;
  }

  async find(id: string): Promise<SegmentationEntity | null> {
    if (!isUuid(id)) return null;
    const s = await this.repo().findOneBy({ id });
    return s && this.live(s);
  }

  async listForDataset(datasetId: string): Promise<SegmentationEntity[]> {
    return (await this.repo().find({ where: { datasetId }, order: { createdAt: 'DESC' } })).map((s) => this.live(s));
  }

  /** The newest finished segmentation, with its model, for placing new customers. */
  latestSucceeded(datasetId: string): Promise<SegmentationEntity | null> {
    return this.repo().findOne({
      where: { datasetId, status: 'SUCCEEDED' },
      order: { createdAt: 'DESC' },
      select: { id: true, datasetId: true, result: true, model: true },
    });
  }

  /** The id of the newest finished segmentation (a light read: no result, members or model). */
  async latestSucceededId(datasetId: string): Promise<string | null> {
    const latest = await this.repo().findOne({
      where: { datasetId, status: 'SUCCEEDED' },
      order: { createdAt: 'DESC' },
      select: { id: true },
    });
    return latest?.id ?? null;
  }

  async members(id: string): Promise<SegmentationEntity | null> {
    if (!isUuid(id)) return null;
    return this.repo().findOne({
      where: { id },
      select: { id: true, datasetId: true, status: true, result: true, members: true, createdAt: true },
    });
  }

  /** Queues a run and returns it at once (QUEUED); poll segmentation(id). */
  async start(datasetId: string, input: SegmentationRequest, userId: string | null): Promise<SegmentationEntity> {
    const dataset = isUuid(datasetId)
      ? await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: datasetId, status: 'READY' })
      : null;
    if (!dataset) throw notFound('dataset');
    const options = checkRequest(input);
    const active = await this.repo().findOne({ where: { datasetId, status: In(['QUEUED', 'RUNNING']) } });
    if (active) throw conflict('error.segmentation.running');
    return this.jobs.create('segmentation', (manager) =>
      manager.getRepository(SegmentationEntity).save(
        this.repo().create({
          datasetId,
          status: 'QUEUED',
          algorithm: options.algorithm ?? 'KMEANS',
          featureSet: options.featureSet ?? 'RFM',
          features: options.features ?? [],
          k: options.k ?? null,
          options: { ...input },
          createdBy: userId,
        }),
      ),
    );
  }

  /** Cancels a queued or running segmentation; earlier segmentations stay as they are. */
  async cancel(id: string, by: string): Promise<SegmentationEntity> {
    const run = await this.find(id);
    if (!run) throw notFound('segmentation');
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING') throw badInput('error.segmentation.finished');
    await this.fail(id, message('error.job.segmentationCancelled', { who: by }));
    return this.repo().findOneByOrFail({ id });
  }

  /** Marks a queued or running segmentation failed; retried while the database is away (recordFailure). */
  private async fail(id: string, message: string): Promise<void> {
    await recordFailure(this.logger, { segmentationId: id }, () =>
      this.repo().update({ id, status: In(['QUEUED', 'RUNNING']) }, { status: 'FAILED', error: message, finishedAt: new Date() }),
    );
  }

  /**
   * One try of a segmentation (a job; see JobRunner): a SegmentationError (the data or the
   * request cannot be segmented) fails it at once; any other error is thrown for another try.
   */
  private async process(id: string, context: JobContext): Promise<void> {
    const run = await this.repo().findOneByOrFail({ id });
    const dataset = await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: run.datasetId });
    if (!dataset) return this.fail(id, message('error.job.datasetDeleted'));
    const input = run.options;
    let options = checkRequest(input);
    const topN = input.topN ?? DEFAULT_TOP_N;
    const report = progressReporter(this.progress, run.id, (progress) => this.repo().update({ id: run.id }, { progress }));
    try {
      await this.repo().update({ id: run.id }, { status: 'RUNNING', progress: 0, error: null, startedAt: new Date() });
      const featured = await this.dataSource.getRepository(ModelEntity).findOneBy({ datasetId: dataset.id, isFeatured: true });
      if (options.featureSet === 'TOP_DRIVERS') options = { ...options, features: topDrivers(featured, topN) };
      const { specs, columns } = await columnSpecs(this.dataSource, dataset);
      const store = await ColumnStoreService.for(this.dataSource).load(dataset, specs);
      const artifact = featured ? await readModelArtifact(this.dataSource, featured.id) : null;
      const targetGroup = await featuredTargetGroup(this.targetGroups, featured, columns, this.logger);
      const labels = Object.fromEntries(columns.map((c) => [c.name, c.label]));
      const units = Object.fromEntries(columns.flatMap((c) => (c.stats.unit ? [[c.name, c.stats.unit]] : [])));
      const phrasings = Object.fromEntries(columns.map((c) => [c.name, phrasingOfColumn(c)]));
      options = { ...options, labels, units, phrasings, currency: dataset.settings.currency ?? null };
      const channel = progressChannel((f) => report(0.05 + 0.95 * Number(f)));
      let answer: SegmentationResult | { error: string };
      try {
        const task: SegmentsTask = {
          kind: 'segment',
          specs,
          store,
          target: dataset.targetColumn,
          campaigns: campaignSpecs(dataset, columns),
          options,
          artifact,
          targetGroup,
          port: channel.port,
        };
        answer = await this.workers().run(task, { transferList: [channel.port], signal: context.signal });
      } finally {
        channel.close();
      }
      if ('error' in answer) throw segmentationError(answer.error);
      // Only a run still RUNNING is finished: a cancelled one keeps its message.
      await this.repo().update(
        { id: run.id, status: 'RUNNING' },
        {
          status: 'SUCCEEDED',
          progress: 1,
          finishedAt: new Date(),
          features: answer.features,
          k: answer.k,
          silhouette: answer.silhouette,
          noiseCustomers: answer.noiseCustomers,
          result: toStored(answer, store.rowCount, labels),
          members: packMembers(store.rowNumbers, answer.labels),
          model: answer.model,
        },
      );
      this.logger.info({ segmentationId: run.id, datasetId: dataset.id, k: answer.k }, 'segmentation finished');
    } catch (error) {
      await failOrRethrow(error, {
        ownError: 'SegmentationError',
        signal: context.signal,
        lostMessage: message('error.job.segmentationLost'),
        logger: this.logger,
        job: { segmentationId: run.id },
        what: 'segmentation',
        fail: (message) => this.fail(run.id, message),
      });
    } finally {
      this.progress.delete(run.id);
    }
  }

  private async segmentOf(
    segmentationId: string,
    index: number,
  ): Promise<{ entity: SegmentationEntity; stored: StoredSegmentation; segment: StoredSegment }> {
    const entity = await this.find(segmentationId);
    if (!entity) throw notFound('segmentation');
    const stored = entity.result;
    const segment = stored?.segments.find((s) => s.index === index);
    if (!stored || !segment) throw badInput('error.segmentNotFound', { n: index });
    return { entity, stored, segment };
  }

  /** Keeps the analyst's text (empty = back to the generated brief). */
  async updateBrief(segmentationId: string, index: number, brief: string): Promise<StoredSegment> {
    if (brief.length > 10_000) throw badInput('error.briefTooLong', { max: 10_000 });
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(SegmentationEntity);
      const entity = isUuid(segmentationId)
        ? await repo.findOne({ where: { id: segmentationId }, lock: { mode: 'pessimistic_write' } })
        : null;
      const stored = entity?.result ?? null;
      const segment = stored?.segments.find((s) => s.index === index);
      if (!entity) throw notFound('segmentation');
      if (!stored || !segment) throw badInput('error.segmentNotFound', { n: index });
      segment.editedBrief = brief.trim() === '' ? null : brief;
      await repo.update({ id: entity.id }, { result: stored });
      return segment;
    });
  }

  async rewriteBrief(segmentationId: string, index: number): Promise<string> {
    const { segment } = await this.segmentOf(segmentationId, index);
    return rewriteBrief(this.llm, segment, segment.editedBrief ?? segment.generatedBrief);
  }
}

function checkRequest(input: SegmentationRequest): SegmentCustomersOptions {
  const int = (v: number | null | undefined, name: string, min: number, max: number) => {
    if (v === null || v === undefined) return undefined;
    if (!Number.isInteger(v) || v < min || v > max) throw badInput('error.wholeNumber', { name, min, max, value: String(v) });
    return v;
  };
  if (input.scaling && input.scaling !== 'standard' && input.scaling !== 'robust')
    throw badInput('error.scaling', { value: String(input.scaling) });
  if (input.eps !== null && input.eps !== undefined && !(input.eps > 0)) throw badInput('error.eps');
  if (input.featureSet === 'CUSTOM' && !input.features?.length) throw badInput('error.noColumns');
  if (input.k != null && input.algorithm === 'DBSCAN') throw badInput('error.dbscanK');
  if (input.k != null && input.algorithm === 'RFM_SCORES') throw badInput('error.rfmK');
  if (input.algorithm === 'RFM_SCORES' && input.featureSet && input.featureSet !== 'RFM') throw badInput('error.rfmFeatures');
  int(input.topN, 'The number of drivers', 1, 50);
  const rfm = input.recency !== undefined || input.frequency || input.monetary;
  return {
    algorithm: input.algorithm ?? 'KMEANS',
    featureSet: input.featureSet ?? 'RFM',
    features: input.featureSet === 'CUSTOM' ? [...new Set(input.features)] : undefined,
    k: int(input.k, 'k', 2, 20),
    minPts: int(input.minPts, 'minPts', 2, 1000),
    eps: input.eps ?? undefined,
    rfm: rfm
      ? {
          recency: input.recency === undefined ? undefined : input.recency || null,
          frequency: input.frequency ?? undefined,
          monetary: input.monetary ?? undefined,
        }
      : undefined,
    scaling: input.scaling ? { method: input.scaling as 'standard' | 'robust' } : undefined,
    pcaPoints: PCA_POINTS,
    randomState: 0,
  };
}

function topDrivers(featured: ModelEntity | null, topN: number): string[] {
  if (!featured) throw segmentationError(message('error.segmentation.noModel'));
  const importance = importanceOf(featured);
  if (importance.length === 0) throw segmentationError(message('error.segmentation.noExplanations'));
  return importance.slice(0, topN).map((f) => f.feature);
}

/** Past campaigns in column order, then the target, as Dataset.campaigns lists them. */
export function campaignSpecs(dataset: DatasetEntity, columns: DatasetColumnEntity[]): CampaignSpec[] {
  return columns
    .filter((c) => c.isPastCampaign || c.name === dataset.targetColumn)
    .sort((a, b) => Number(a.name === dataset.targetColumn) - Number(b.name === dataset.targetColumn) || a.position - b.position)
    .map((c) => ({ column: c.name, position: c.position, positive: campaignPositiveLabel(dataset, c) }))
    .filter((c): c is CampaignSpec => c.positive !== null);
}

function segmentationError(message: string): Error {
  const error = new Error(message);
  error.name = 'SegmentationError';
  return error;
}
