import type { Curves, Metrics } from './metrics/evaluate.js';
import { message } from '../phrasing/catalogue.js';
import type { Logger } from 'pino';
import type { WorkerPool } from '../../common/worker-pool.js';
import { In, type DataSource } from 'typeorm';
import type { JobContext, JobRunner } from '../../common/jobs/job-runner.js';
import { badInput, notFound } from '../phrasing/user-errors.js';
import { failOrRethrow, recordFailure } from '../../common/job-failure.js';
import { progressReporter } from '../../common/jobs/progress-reporter.js';
import { createWorkerPool, progressChannel } from '../../common/worker-pool.js';
import { DatasetEntity } from '../datasets/dataset.entity.js';
import { isUuid } from '../../common/ids.js';
import type { MessagePort } from 'node:worker_threads';
import { mergeExplanations, splitFeatures } from '../explanations/merge-explanations.js';
import type { ModelExplanation } from '../explanations/explain-model.js';
import type { FeatureTable } from './data/feature-table.js';
import { columnSpecs } from './dataset-rows.js';
import { ColumnStoreService } from '../datasets/column-store/column-store.service.js';
import { ALGORITHMS, isAlgorithm, type Algorithm } from '../../domain/algorithms.js';
import { DEFAULT_PARAMS, type ModelParams } from './model-registry.js';
import { DEPENDENCE_ROWS, EXPLAIN_ROWS, FITS_ALL_ROWS, estimateTrainingMemory, memoryRefusal, type TrainingSamples } from './sampling.js';
import { stratifiedSample, stratifiedSplit } from './split.js';
import { DEFAULT_TRAINING_LIMITS, type TrainingLimits } from '../../config.js';
import { TrainingRunEntity } from './training-run.entity.js';
import { saveRunModels } from './save-run-models.js';
import type { WorkerTask } from './workers/train.worker.js';

const SPLIT = { testSize: 0.25, randomState: 42 };
const FOREST_PARTS = 2;
const EXPLAIN_PARTS = 2;
const MIN_CLASS_ROWS = 10;

/** Trains, scores and explains every model of a run in worker threads; keeps every version. */
export class TrainingService {
  private pool: WorkerPool | undefined;
  private readonly progress = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly jobs: JobRunner,
    private readonly limits: TrainingLimits = DEFAULT_TRAINING_LIMITS,
  ) {
    jobs.register('training', {
      table: 'training_runs',
      resumable: true,
      interrupted: STOPPED,
      run: (id, context) => this.process(id, context),
      fail: (id, message) => this.fail(id, message),
      gaveUp: (tries) => message('error.job.trainingGaveUp', { tries }),
    });
  }

  private workers(): WorkerPool {
    this.pool ??= createWorkerPool(new URL('./workers/', import.meta.url).href, 'train.worker', { maxThreads: 2 });
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  async findRun(id: string): Promise<TrainingRunEntity | null> {
    if (!isUuid(id)) return null;
    const run = await this.dataSource.getRepository(TrainingRunEntity).findOneBy({ id });
    const live = this.progress.get(id);
    if (run && live !== undefined && run.status === 'RUNNING') run.progress = Math.max(run.progress, live);
    return run;
  }

  async listRuns(datasetId: string, limit = 20): Promise<TrainingRunEntity[]> {
    const runs = await this.dataSource
      .getRepository(TrainingRunEntity)
      .find({ where: { datasetId }, order: { createdAt: 'DESC' }, take: limit });
    for (const run of runs) {
      const live = this.progress.get(run.id);
      if (live !== undefined && run.status === 'RUNNING') run.progress = Math.max(run.progress, live);
    }
    return runs;
  }

  /** Starts a run, or returns the one already queued or running for this dataset. */
  async trainModels(datasetId: string, algorithms: string[] | null | undefined, userId: string | null): Promise<TrainingRunEntity> {
    const dataset = isUuid(datasetId)
      ? await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: datasetId, status: 'READY' })
      : null;
    if (!dataset) throw notFound('dataset');
    if (!dataset.targetColumn) throw badInput('error.noTarget');
    const asked = [...new Set(algorithms?.length ? algorithms : ALGORITHMS)];
    const unknown = asked.filter((a) => !isAlgorithm(a));
    if (unknown.length) throw badInput('error.unknownAlgorithm', { list: unknown.join(', ') });
    const chosen = asked.filter(isAlgorithm);
    // Refused before any work starts when the run would not fit in the memory allowed.
    const { specs, columns } = await columnSpecs(this.dataSource, dataset);
    const levels = Object.fromEntries(columns.map((c) => [c.name, c.stats.levels?.length ?? c.stats.topLevels?.length ?? 10]));
    const refusal = memoryRefusal(
      estimateTrainingMemory(dataset.rowCount, specs, levels, this.limits.maxSampleRows),
      this.limits.maxMemoryMb,
    );
    if (refusal) throw badInput(refusal.key, refusal.params);
    const runs = this.dataSource.getRepository(TrainingRunEntity);
    const active = await runs.findOne({ where: { datasetId, status: In(['QUEUED', 'RUNNING']) }, order: { createdAt: 'ASC' } });
    if (active) return active;
    return this.jobs.create('training', (manager) =>
      manager
        .getRepository(TrainingRunEntity)
        .save(runs.create({ datasetId, status: 'QUEUED', algorithms: chosen, options: { split: SPLIT }, createdBy: userId })),
    );
  }

  /**
   * One try of a run (a job; see JobRunner). A try that died halfway saved nothing, so the
   * next one starts over; a TrainingError (the data cannot be trained on) fails the run at
   * once; any other error is thrown for the queue to try again.
   */
  private async process(id: string, context: JobContext): Promise<void> {
    const runs = this.dataSource.getRepository(TrainingRunEntity);
    const run = await runs.findOneByOrFail({ id });
    const dataset = await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: run.datasetId });
    if (!dataset?.targetColumn) return this.fail(id, message('error.job.trainingNoTarget'));
    const report = progressReporter(this.progress, run.id, (progress) => runs.update({ id: run.id }, { progress }));
    try {
      await runs.update({ id: run.id }, { status: 'RUNNING', progress: 0, error: null, startedAt: new Date() });
      const phases: Record<string, number> = {};
      const models = await this.trainAll(run, dataset, report, phases, context.signal);
      const saving = performance.now();
      const saved = await saveRunModels(this.dataSource, run, dataset, models);
      phases.saveSeconds = (performance.now() - saving) / 1000;
      if (saved) this.logger.info({ runId: run.id, datasetId: dataset.id, attempt: context.attempt, ...phases }, 'training run finished');
    } catch (error) {
      await failOrRethrow(error, {
        ownError: 'TrainingError',
        signal: context.signal,
        lostMessage: message('error.job.trainingLost'),
        logger: this.logger,
        job: { runId: run.id },
        what: 'training run',
        fail: (message) => this.fail(run.id, message),
      });
    } finally {
      this.progress.delete(run.id);
    }
  }

  /** Cancels a queued or running run; its models (if any were being made) are never saved. */
  async cancel(id: string, by: string): Promise<TrainingRunEntity> {
    const run = isUuid(id) ? await this.dataSource.getRepository(TrainingRunEntity).findOneBy({ id }) : null;
    if (!run) throw notFound('training_run');
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING') throw badInput('error.trainingFinished');
    await this.fail(id, message('error.job.trainingCancelled', { who: by }));
    return this.dataSource.getRepository(TrainingRunEntity).findOneByOrFail({ id });
  }

  /** Marks a queued or running run failed; retried while the database is away (recordFailure). */
  private async fail(id: string, message: string): Promise<void> {
    await recordFailure(this.logger, { runId: id }, () =>
      this.dataSource
        .getRepository(TrainingRunEntity)
        .update({ id, status: In(['QUEUED', 'RUNNING']) }, { status: 'FAILED', error: message, finishedAt: new Date() }),
    );
  }

  /** `phases` receives the seconds each phase took, for the log. */
  private async trainAll(
    run: TrainingRunEntity,
    dataset: DatasetEntity,
    report: (f: number) => void,
    phases: Record<string, number>,
    signal?: AbortSignal,
  ) {
    let phaseStart = performance.now();
    const endPhase = (name: string) => {
      phases[name] = (performance.now() - phaseStart) / 1000;
      phaseStart = performance.now();
    };
    const { specs, columns } = await columnSpecs(this.dataSource, dataset);
    // The dataset version's column store (parsed once, shared with the workers, never copied).
    const store = await ColumnStoreService.for(this.dataSource).load(dataset, specs);
    const rowNumbers = store.rowNumbers;
    endPhase('loadSeconds');
    const pool = this.workers();
    const prepared = (await pool.run(
      {
        type: 'prepare',
        columns: specs,
        store,
        target: dataset.targetColumn!,
        positiveLabel: dataset.positiveLabel ?? undefined,
      } satisfies WorkerTask,
      { signal },
    )) as { table: FeatureTable; y: Uint8Array; rowIndex: Int32Array; dateReferences: Record<string, number> };
    endPhase('prepareSeconds');
    const positives = prepared.y.reduce((a, b) => a + b, 0);
    if (positives < MIN_CLASS_ROWS || prepared.y.length - positives < MIN_CLASS_ROWS)
      throw trainingError(
        message('error.training.classes', { min: MIN_CLASS_ROWS, responded: positives, others: prepared.y.length - positives }),
      );
    if (prepared.table.features.length === 0) throw trainingError(message('error.training.noFeatures'));
    const split = stratifiedSplit(prepared.y, SPLIT);
    // Kept with each model so "the same figures on the held-out rows" can be recounted later.
    const testRowNumbers = Array.from(split.test, (i) => rowNumbers[prepared.rowIndex[i]]);
    // Stated, seeded, stratified samples (see sampling.ts): the rows every model fits on (all
    // training rows up to the cap) and the held-out rows the explanations are computed on.
    // Metrics use every held-out row.
    const cap = this.limits.maxSampleRows;
    const fitRows = cap > 0 ? stratifiedSample(prepared.y, split.train, cap, 7) : split.train;
    // The single decision tree is linear in rows (one pass per level over 1-byte bins) and
    // loses the most from a sample, so it fits on every training row (sampling.ts).
    const rowsFor = (algorithm: Algorithm) => (FITS_ALL_ROWS.has(algorithm) ? split.train : fitRows);
    const explainRows = stratifiedSample(prepared.y, split.test, EXPLAIN_ROWS, 11);
    const samples: TrainingSamples = {
      trainRows: split.train.length,
      fitRows: fitRows.length,
      testRows: split.test.length,
      explainRows: explainRows.length,
      dependenceRows: Math.min(DEPENDENCE_ROWS, explainRows.length),
    };
    const algorithms = run.algorithms;
    const featureNames = prepared.table.features.map((f) => f.name);
    // Each model's explanation is split between the workers: the forest's alone would keep
    // one worker busy long after the other has finished.
    const featureParts = splitFeatures(featureNames, EXPLAIN_PARTS);

    // Progress: every task reports a fraction; the run's progress is their weighted mean.
    // All tasks are registered up front so the total weight never changes mid-run.
    const weights: number[] = [];
    const fractions: number[] = [];
    const slots = new Map<string, number>();
    const slot = (key: string, weight: number) => slots.set(key, weights.push(weight) - 1);
    for (const algorithm of algorithms) {
      const heavy = algorithm === 'RANDOM_FOREST' ? 2 : 1;
      const parts = algorithm === 'RANDOM_FOREST' ? FOREST_PARTS : 1;
      for (let p = 0; p < parts; p++) slot(`train:${algorithm}:${p}`, heavy / parts);
      slot(`evaluate:${algorithm}`, 0.2);
      featureParts.forEach((_, p) => slot(`explain:${algorithm}:${p}`, (2 * heavy) / featureParts.length));
    }
    fractions.push(...weights.map(() => 0));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    report(0.05);
    /** Runs one pool task whose progress fills the slot `key`. */
    const tracked = async <T>(key: string, task: (port: MessagePort) => WorkerTask): Promise<T> => {
      const index = slots.get(key)!;
      const channel = progressChannel((f) => {
        fractions[index] = Number(f);
        report(0.05 + (0.95 * weights.reduce((sum, w, i) => sum + w * fractions[i], 0)) / totalWeight);
      });
      try {
        return (await pool.run(task(channel.port), { transferList: [channel.port], signal })) as T;
      } finally {
        channel.close();
      }
    };
    type Fitted = { model: unknown; fitSeconds: number };
    const trainOne = (algorithm: Algorithm, params: ModelParams, part: number) =>
      tracked<Fitted>(`train:${algorithm}:${part}`, (port) => ({
        type: 'train',
        algorithm,
        table: prepared.table,
        y: prepared.y,
        train: rowsFor(algorithm),
        params,
        port,
      }));
    const train = async (algorithm: Algorithm) => {
      const params = { ...DEFAULT_PARAMS[algorithm] };
      if (algorithm !== 'RANDOM_FOREST') return { algorithm, params, ...(await trainOne(algorithm, params, 0)) };
      // The forest's trees are split between the workers; each tree's seed depends only on its index.
      const total = Number(params.nEstimators);
      const size = Math.ceil(total / FOREST_PARTS);
      const parts = await Promise.all(
        Array.from({ length: FOREST_PARTS }, (_, p) =>
          trainOne(algorithm, { ...params, treeOffset: p * size, nTrees: Math.min(size, total - p * size) }, p),
        ),
      );
      const model = await pool.run({ type: 'merge-forest', parts: parts.map((p) => p.model) } satisfies WorkerTask, { signal });
      return { algorithm, params, model, fitSeconds: Math.max(...parts.map((p) => p.fitSeconds)) };
    };
    const labels = Object.fromEntries(columns.map((c) => [c.name, c.label]));
    const scoreAndExplain = async (t: Awaited<ReturnType<typeof train>>) => {
      const common = { algorithm: t.algorithm, model: t.model, table: prepared.table, y: prepared.y };
      type Scored = { metrics: Metrics; curves: Curves };
      // Queued together so the workers take the explanation parts while the scoring runs.
      // The threshold is chosen on the rows the model was fitted on; metrics on every held-out row.
      const scoring = tracked<Scored>(`evaluate:${t.algorithm}`, (port) => ({
        type: 'evaluate',
        ...common,
        train: fitRows,
        test: split.test,
        port,
      }));
      const explaining = Promise.all(
        featureParts.map((features, p) =>
          tracked<ModelExplanation>(`explain:${t.algorithm}:${p}`, (port) => ({
            type: 'explain',
            ...common,
            test: explainRows,
            labels,
            features,
            port,
          })),
        ),
      );
      const [scored, parts] = await Promise.all([scoring, explaining]);
      // DATE features are "days before the latest date"; the reference turns them back into dates.
      const explanations = {
        ...mergeExplanations(parts, featureNames),
        dateReferences: prepared.dateReferences,
        samples: { ...samples, fitRows: rowsFor(t.algorithm).length },
      };
      return { ...t, ...scored, explanations, trainRows: split.train.length, testRows: split.test.length, testRowNumbers };
    };
    // Each model is scored and explained as soon as it is trained, while the others still train.
    const results = await Promise.all(algorithms.map(async (algorithm) => scoreAndExplain(await train(algorithm))));
    endPhase('trainAndExplainSeconds');
    return results;
  }
}

const STOPPED = message('error.job.trainingStopped');

function trainingError(message: string): Error {
  const error = new Error(message);
  error.name = 'TrainingError';
  return error;
}
