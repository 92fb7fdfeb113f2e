import type { Locale } from '../phrasing/locale.js';
import { message } from '../phrasing/catalogue.js';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../phrasing/user-errors.js';
import { createWorkerPool, type WorkerPool } from '../../common/worker-pool.js';
import { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import { DatasetEntity } from '../datasets/dataset.entity.js';
import { ColumnStoreService } from '../datasets/column-store/column-store.service.js';
import { columnSpecs } from '../training/dataset-rows.js';
import { readModelArtifact } from '../training/model-artifact.js';
import type { ModelEntity } from '../training/model.entity.js';
import { runAgreement } from '../training/run-agreement.js';
import { importanceOf } from '../training/stored-explanations.js';
import { ModelEntity as Models } from '../training/model.entity.js';
import { phrasingOfColumn } from '../phrasing/column-phrasing.js';
import { audienceCsvPages, type AudienceMatch } from './audience-export.js';
import type { RawCondition } from './conditions.js';
import type { TargetGroupOptions, TargetGroupResult } from './target-group.js';
import type { ColumnInfo } from './target-group-input.js';
import type { TargetGroupTask } from './target-group.worker.js';

const CACHE_SIZE = 64;
/** Models whose predictions over every customer are kept (8 bytes a customer each). */
const PREDICTIONS_CACHED = 4;

export interface AudienceExport {
  rows: number;
  /** The header line, then pages of lines joined by CRLF. */
  pages(): Generator<string>;
}

export interface TargetGroupRequest {
  topN: number;
  minShare?: number;
  capacity?: number;
  costPerContact?: number;
  valuePerResponse?: number;
  /** The language of the texts (cached apart per language). */
  locale?: Locale;
}

/**
 * Target groups of a model: described once per (model, N, options, dataset version) in a
 * worker thread and cached, so moving the slider back and forth answers at once.
 */
export class TargetGroupService {
  private pool: WorkerPool | undefined;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly predictions = new Map<string, Promise<Float64Array | null>>();

  constructor(private readonly dataSource: DataSource) {}

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = undefined;
  }

  describe(model: ModelEntity, request: TargetGroupRequest): Promise<TargetGroupResult> {
    return this.cached(model, ['describe', request], async () => {
      const features = importanceOf(model).length;
      if (features === 0) throw badInput('error.noExplanations');
      if (!Number.isInteger(request.topN) || request.topN < 1 || request.topN > features)
        throw badInput('error.topN', { max: features, asked: request.topN });
      if (request.minShare !== undefined && !(request.minShare > 0 && request.minShare < 1)) throw badInput('error.minGroup');
      if (request.capacity !== undefined && !(request.capacity >= 1)) throw badInput('error.capacity');
      const task = await this.task(model, 'describe');
      const money = await this.money(model.datasetId, request);
      const options: TargetGroupOptions = {
        topN: request.topN,
        minShare: request.minShare,
        capacity: request.capacity,
        ...money,
        locale: request.locale,
        bootstrap: 20,
        randomState: 0,
      };
      return this.workers().run<TargetGroupResult>({ ...task, options } satisfies TargetGroupTask);
    });
  }

  /** Exact figures for conditions a user edited (chips removed or bounds changed). */
  evaluate(model: ModelEntity, conditions: RawCondition[], locale: Locale = 'en') {
    this.checkConditions(model, conditions);
    return this.cached(model, ['evaluate', conditions, locale], async () => {
      const task = await this.task(model, 'evaluate');
      return this.workers().run({ ...task, options: { ...task.options, locale }, conditions } satisfies TargetGroupTask);
    });
  }

  /** The matched customers: how many, and their CSV (header first) page by page from the column store; formula injection neutralised. */
  async audience(model: ModelEntity, conditions: RawCondition[], locale: Locale = 'en'): Promise<AudienceExport> {
    this.checkConditions(model, conditions);
    const task = await this.task(model, 'audience');
    const match = await this.workers().run<AudienceMatch>({ ...task, conditions } satisfies TargetGroupTask);
    const idColumn = task.dataset.idColumn && task.columns.some((c) => c.name === task.dataset.idColumn) ? task.dataset.idColumn : null;
    const headers = { row: message('csv.row', {}, locale), predicted: message('csv.predictedProbability', {}, locale) };
    const source = { store: task.store, idColumn, predicted: task.predicted ?? null, headers };
    return { rows: match.rows.length, pages: () => audienceCsvPages(source, conditions, match) };
  }

  private checkConditions(model: ModelEntity, conditions: RawCondition[]): void {
    const known = new Set(importanceOf(model).map((f) => f.feature));
    for (const c of conditions) {
      if (!known.has(c.feature)) throw badInput('error.notFeature', { feature: c.feature });
      if (c.min !== null && c.max !== null && c.min > c.max) throw badInput('error.bounds', { feature: c.feature });
      if (c.levels !== null && c.levels.length === 0) throw badInput('error.chooseValue', { feature: c.feature });
    }
  }

  private workers(): WorkerPool {
    this.pool ??= createWorkerPool(new URL('./', import.meta.url).href, 'target-group.worker', { maxThreads: 2 });
    return this.pool;
  }

  private async cached<T>(model: ModelEntity, key: unknown[], compute: () => Promise<T>): Promise<T> {
    const dataset = await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: model.datasetId });
    if (!dataset) throw notFound('dataset');
    const id = JSON.stringify([model.id, dataset.version, ...key]);
    let entry = this.cache.get(id) as Promise<T> | undefined;
    if (!entry) {
      entry = compute();
      this.cache.set(id, entry);
      entry.catch(() => this.cache.delete(id));
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    return entry;
  }

  private async task(
    model: ModelEntity,
    kind: TargetGroupTask['kind'],
  ): Promise<Omit<TargetGroupTask, 'options'> & { options: TargetGroupOptions }> {
    const dataset = await this.dataSource.getRepository(DatasetEntity).findOneByOrFail({ id: model.datasetId });
    if (!dataset.targetColumn) throw badInput('error.noTargetColumn');
    const artifact = await readModelArtifact(this.dataSource, model.id);
    if (!artifact) throw notFound('trained_model');
    const { specs, columns } = await columnSpecs(this.dataSource, dataset);
    const store = await ColumnStoreService.for(this.dataSource).load(dataset, specs);
    const predicted = await this.predicted(model.id, dataset.version, {
      kind: 'predict',
      columns: columns.map(toColumnInfo),
      specs,
      store,
      artifact,
      dataset: info(dataset),
    });
    const agreement = runAgreement(await this.dataSource.getRepository(Models).findBy({ trainingRunId: model.trainingRunId }));
    return {
      kind,
      columns: columns.map(toColumnInfo),
      specs,
      store,
      predicted,
      dataset: info(dataset),
      artifact,
      explanations: model.explanations ?? {},
      directionAgreed: Object.fromEntries((agreement?.features ?? []).map((f) => [f.feature, f.directionAgreement])),
      options: {},
    };
  }

  /** The model's predictions over every customer, computed once per model and dataset version. */
  private predicted(
    modelId: string,
    version: number,
    task: Pick<TargetGroupTask, 'columns' | 'specs' | 'store' | 'artifact' | 'dataset'> & { kind: 'predict' },
  ) {
    const key = `${modelId}/${version}`;
    let entry = this.predictions.get(key);
    if (!entry) {
      entry = this.workers().run<Float64Array | null>({
        ...task,
        explanations: {},
        directionAgreed: {},
        options: {},
      } satisfies TargetGroupTask);
      this.predictions.set(key, entry);
      entry.catch(() => this.predictions.delete(key));
      while (this.predictions.size > PREDICTIONS_CACHED) this.predictions.delete(this.predictions.keys().next().value!);
    }
    return entry;
  }

  /**
   * Cost per contact and value per response: given, else the dataset's settings, else constant
   * columns of the file that say so (iFood's Z_CostContact = 3 and Z_Revenue = 11). Also what
   * a scored list's figures are priced with.
   */
  async money(datasetId: string, request: TargetGroupRequest): Promise<{ costPerContact?: number; valuePerResponse?: number }> {
    const dataset = await this.dataSource.getRepository(DatasetEntity).findOneByOrFail({ id: datasetId });
    const columns = await this.dataSource.getRepository(DatasetColumnEntity).findBy({ datasetId });
    const constant = (pattern: RegExp) => {
      const column = columns.find((c) => pattern.test(c.name) && c.kind === 'IGNORED');
      const value = Number(column?.stats.topLevels?.[0]?.value ?? column?.stats.examples?.[0] ?? column?.stats.min);
      return column && Number.isFinite(value) ? value : undefined;
    };
    const cost = request.costPerContact ?? dataset.settings.costPerContact ?? constant(/cost/i);
    const value = request.valuePerResponse ?? dataset.settings.valuePerResponse ?? constant(/revenue|value/i);
    return cost !== undefined && value !== undefined ? { costPerContact: cost, valuePerResponse: value } : {};
  }
}

function info(dataset: DatasetEntity): TargetGroupTask['dataset'] {
  return {
    targetColumn: dataset.targetColumn!,
    positiveLabel: dataset.positiveLabel,
    idColumn: dataset.idColumn,
    currency: dataset.settings.currency ?? null,
  };
}

/** A stored column as the target-group math describes it (also used by segments to match the group). */
export function toColumnInfo(column: DatasetColumnEntity): ColumnInfo {
  return {
    name: column.name,
    label: column.label,
    kind: column.kind,
    position: column.position,
    unit: column.stats.unit ?? null,
    dateFormat: column.stats.dateFormat ?? null,
    positiveLabel: column.stats.positiveLabel ?? null,
    levels: column.stats.levels ?? (column.stats.topLevels ?? []).map((l) => l.value),
    phrasing: phrasingOfColumn(column),
  };
}
