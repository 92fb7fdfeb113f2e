/**
 * One customer: their stored values, and the model's score and exact reasons for any values
 * (stored or edited). The explainer of a model (its training rows' covers or column means)
 * is built once and kept for the next questions about the same model.
 */
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../phrasing/user-errors.js';
import { ColumnStoreService } from '../datasets/column-store/column-store.service.js';
import { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import { DatasetEntity } from '../datasets/dataset.entity.js';
import { isUuid } from '../../common/ids.js';
import { takeRows, type FeatureTable } from '../training/data/feature-table.js';
import { columnSpecs } from '../training/dataset-rows.js';
import { readModelArtifact } from '../training/model-artifact.js';
import { ModelEntity } from '../training/model.entity.js';
import { isAlgorithm } from '../../domain/algorithms.js';
import { positiveTest } from '../../domain/yes-no.js';
import { loadModel } from '../training/model-registry.js';
import { isoDate } from '../../domain/dates.js';
import type { ColumnSpec } from '../training/pipeline/build-feature-table.js';
import { featureTableFromStore } from '../training/pipeline/store-feature-table.js';
import { ceterisParibus } from './ceteris-paribus.js';
import { allCustomerKeys, readCustomerRow } from './customer-rows.js';
import { KeyIndex } from './key-index.js';
import { valuesToTable, type TableContext } from './customer-table.js';
import type { CounterfactualView, CurvePointView, CustomerView, ExplanationView, Prepared, StandingView } from './customer-views.js';
import { decileAmong, sortedProbabilities } from './customer-standing.js';
import type { Logger } from 'pino';
import type { TargetGroupService } from '../target-groups/target-group.service.js';
import type { SegmentsService } from '../segments/segments.service.js';
import { featuredTargetGroup } from '../segments/segment-target-group.js';
import { targetGroupMask, unpackMembers } from '../segments/segment-data.js';
import { explainValues } from './explain-values.js';
import { smallestChange } from './counterfactual.js';
import { counterfactualText } from './counterfactual-text.js';
import { isActionable } from '../phrasing/actionable.js';
import { phrasingOfColumn } from '../phrasing/column-phrasing.js';
import { reasonColumns } from './reason-columns.js';
import type { Locale } from '../phrasing/locale.js';
import { resultIn } from '../segments/segment-language.js';
import type { SegmentationEntity } from '../segments/segmentation.entity.js';
import { shapExplainer, type ShapExplainer } from './shap-explainer.js';

/** Explainers kept in memory (one per model asked about recently). */
const CACHED = 4;
/**
 * Training rows the expectations run over, at most: enough for stable averages, small enough
 * to prepare in well under a second on a million-row dataset (rows taken evenly spaced).
 */
const MAX_BACKGROUND = 20_000;
const MAX_VALUES = 1000;

export type {
  ContributionView,
  CounterfactualView,
  CurvePointView,
  CustomerView,
  ExplanationView,
  Prepared,
  StandingView,
} from './customer-views.js';

export class CustomerService {
  private readonly explainers = new Map<string, Promise<Prepared>>();
  private readonly keyIndexes = new Map<string, Promise<KeyIndex>>();

  /** The latest segmentation's members (row number -> segment), kept for the next lookups. */
  private members: { run: Pick<SegmentationEntity, 'id' | 'result'>; members: Map<number, number> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly parts: { targetGroups?: TargetGroupService; segments?: SegmentsService; logger?: Logger } = {},
  ) {}

  async customer(datasetId: string, key: string): Promise<CustomerView | null> {
    const dataset = isUuid(datasetId) ? await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: datasetId }) : null;
    if (!dataset) throw notFound('dataset');
    const row = await readCustomerRow(this.dataSource, dataset, key);
    if (!row) return null;
    const columns = await this.dataSource.getRepository(DatasetColumnEntity).find({ where: { datasetId }, order: { position: 'ASC' } });
    const values = columns.map((c, k) => ({ feature: c.name, value: row.values[k] ?? null }));
    const target = dataset.targetColumn ? (values.find((v) => v.feature === dataset.targetColumn)?.value ?? null) : null;
    return {
      key: row.key,
      rowNumber: row.rowNumber,
      values,
      responded: target === null ? null : positiveTest(dataset.positiveLabel)(target),
    };
  }

  async customerKeys(datasetId: string, prefix: string, limit: number): Promise<string[]> {
    const dataset = isUuid(datasetId) ? await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: datasetId }) : null;
    if (!dataset) throw notFound('dataset');
    return (await this.keyIndex(dataset)).startingWith(prefix.trim(), Math.max(1, Math.min(50, Math.floor(limit))));
  }

  /** The dataset's key index, built on first use per version of its rows (an import bumps the version). */
  private keyIndex(dataset: DatasetEntity): Promise<KeyIndex> {
    const cacheKey = `${dataset.id}@${dataset.version}`;
    let entry = this.keyIndexes.get(cacheKey);
    if (!entry) {
      entry = allCustomerKeys(this.dataSource, dataset).then((keys) => new KeyIndex(keys));
      this.keyIndexes.set(cacheKey, entry);
      entry.catch(() => this.keyIndexes.delete(cacheKey));
      while (this.keyIndexes.size > CACHED) this.keyIndexes.delete(this.keyIndexes.keys().next().value!);
    }
    return entry;
  }

  async explain(modelId: string, values: { feature: string; value: string | null }[], locale: Locale = 'en'): Promise<ExplanationView> {
    if (values.length > MAX_VALUES) throw badInput('error.tooManyValues', { max: MAX_VALUES });
    const prepared = await this.prepared(modelId);
    const given = new Map<string, string | null>();
    for (const v of values) given.set(v.feature, v.value ?? null);
    return explainValues(prepared, given, locale);
  }

  /**
   * A stored customer's standing for a model: predicted probability, decile among all the
   * dataset's customers, whether the model calls them likely, whether they are in the model's
   * target group (top 3 drivers, as the Target group page first shows it) and their segment
   * in the latest segmentation. Null when no customer has that key.
   */
  async standing(modelId: string, key: string, locale: Locale = 'en'): Promise<StandingView | null> {
    const prepared = await this.prepared(modelId);
    const { dataset, entity, columns } = prepared;
    const row = await readCustomerRow(this.dataSource, dataset, key);
    if (!row) return null;
    const given = new Map(columns.map((c, k) => [c.name, row.values[k] ?? null]));
    const probability = prepared.model.predictProba(valuesToTable(prepared.context, [given]))[0];
    const decile = decileAmong(await prepared.allProbabilities(), probability);
    const threshold = entity.metrics.threshold ?? 0.5;
    let inTargetGroup: boolean | null = null;
    if (this.parts.targetGroups && this.parts.logger) {
      const group = await featuredTargetGroup(this.parts.targetGroups, entity, columns, this.parts.logger);
      if (group) inTargetGroup = targetGroupMask(group, [row.values])[0] === 1;
    }
    const segment = await this.segmentOf(dataset.id, row.rowNumber, locale);
    return { key: row.key, probability, decile, likely: probability >= threshold, threshold, inTargetGroup, segment };
  }

  /** The customer's segment name (in `locale`) in the dataset's latest segmentation; null without one or when they were not placed. */
  private async segmentOf(datasetId: string, rowNumber: number, locale: Locale): Promise<string | null> {
    const segments = this.parts.segments;
    if (!segments) return null;
    const id = await segments.latestSucceededId(datasetId);
    if (!id) return null;
    if (this.members?.run.id !== id) {
      const run = await segments.members(id);
      if (!run?.members) return null;
      this.members = { run: { id, result: run.result }, members: unpackMembers(run.members) };
    }
    const label = this.members.members.get(rowNumber);
    if (label === undefined) return null;
    return resultIn(this.members.run, locale)?.segments.find((s) => s.index === label)?.name ?? null;
  }

  /**
   * The smallest change that would make these values likely to respond (counterfactual.ts):
   * among the features marked actionable on the Data page, at the model's threshold.
   */
  async counterfactual(
    modelId: string,
    values: { feature: string; value: string | null }[],
    locale: Locale = 'en',
  ): Promise<CounterfactualView> {
    if (values.length > MAX_VALUES) throw badInput('error.tooManyValues', { max: MAX_VALUES });
    const prepared = await this.prepared(modelId);
    const { model, background, context, entity } = prepared;
    const threshold = entity.metrics.threshold ?? 0.5;
    const used = new Set(prepared.explainer.features);
    // Read now, not from the prepared model: the Data page may have changed the setting since.
    const columns = await this.dataSource.getRepository(DatasetColumnEntity).findBy({ datasetId: entity.datasetId });
    const actionable = columns.filter((c) => used.has(c.name) && isActionable({ ...c, phrasing: phrasingOfColumn(c) })).map((c) => c.name);
    const row = valuesToTable(context, [new Map(values.map((v) => [v.feature, v.value ?? null]))]);
    const found = actionable.length === 0 ? null : smallestChange((t) => model.predictProba(t), row, background, { threshold, actionable });
    const columnOf = new Map(prepared.reasonColumns.map((c) => [c.name, c]));
    const show = (v: number | string | null) => (v === null ? null : String(v));
    return {
      reached: found?.reached ?? false,
      before: found?.before ?? model.predictProba(row)[0],
      after: found?.after ?? model.predictProba(row)[0],
      threshold,
      actionable,
      changes: (found?.changes ?? []).map((c) => ({
        feature: c.feature,
        label: columnOf.get(c.feature)?.label ?? c.feature,
        from: show(c.from),
        to: String(c.to),
      })),
      text: counterfactualText(found, columnOf, threshold, { locale, currency: prepared.currency }),
    };
  }

  /**
   * This customer's ceteris-paribus curve for one feature: the probability as that feature
   * takes values customers have (dates written back as ISO dates), everything else theirs.
   */
  async curve(modelId: string, values: { feature: string; value: string | null }[], feature: string): Promise<CurvePointView[]> {
    if (values.length > MAX_VALUES) throw badInput('error.tooManyValues', { max: MAX_VALUES });
    const { model, background, context } = await this.prepared(modelId);
    if (!context.features.some((f) => f.name === feature)) throw badInput('error.modelColumn', { column: feature });
    const given = new Map(values.map((v) => [v.feature, v.value ?? null]));
    const row = valuesToTable(context, [given]);
    const kind = context.features.find((f) => f.name === feature)!.kind;
    const reference = context.dateReferences[feature];
    return ceterisParibus((t) => model.predictProba(t), row, background, feature).map((point) => {
      if (typeof point.value === 'string') return { value: point.value, numericValue: null, probability: point.probability };
      const text = kind === 'DATE' && reference !== undefined ? isoDate(reference - point.value) : String(point.value);
      return {
        value: text,
        numericValue: kind === 'DATE' && reference !== undefined ? reference - point.value : point.value,
        probability: point.probability,
      };
    });
  }

  /** The model, its explainer and columns, for scoring many rows at once (scored lists). */
  explainerFor(modelId: string): Promise<Prepared> {
    return this.prepared(modelId);
  }

  /** The model's explainer, built on first use from its training rows. */
  private prepared(modelId: string): Promise<Prepared> {
    let entry = this.explainers.get(modelId);
    if (!entry) {
      entry = this.prepare(modelId);
      this.explainers.set(modelId, entry);
      entry.catch(() => this.explainers.delete(modelId));
      while (this.explainers.size > CACHED) this.explainers.delete(this.explainers.keys().next().value!);
    }
    return entry;
  }

  private async prepare(modelId: string): Promise<Prepared> {
    const model = isUuid(modelId) ? await this.dataSource.getRepository(ModelEntity).findOneBy({ id: modelId }) : null;
    if (!model || !isAlgorithm(model.algorithm)) throw notFound('model');
    const artifact = await readModelArtifact(this.dataSource, model.id);
    if (!artifact) throw notFound('trained_model');
    const dataset = await this.dataSource.getRepository(DatasetEntity).findOneBy({ id: model.datasetId });
    if (!dataset?.targetColumn) throw notFound('model_dataset');
    const { specs, columns } = await columnSpecs(this.dataSource, dataset);
    const store = await ColumnStoreService.for(this.dataSource).load(dataset, specs);
    const built = featureTableFromStore(store, specs, { target: dataset.targetColumn, positiveLabel: dataset.positiveLabel ?? undefined });
    // The model's training rows: every row with a known response that it was not tested on.
    const tested = new Set(artifact.testRowNumbers);
    const training: number[] = [];
    for (let i = 0; i < built.rowIndex.length; i++) if (!tested.has(store.rowNumbers[built.rowIndex[i]])) training.push(i);
    const step = Math.max(1, training.length / MAX_BACKGROUND);
    const sample = Array.from({ length: Math.min(training.length, MAX_BACKGROUND) }, (_, k) => training[Math.floor(k * step)]);
    if (sample.length === 0) throw badInput('error.trainingCustomersGone');
    const background = takeRows(built.table, sample);
    let explainer: ShapExplainer;
    const trained = loadModel(model.algorithm, artifact.model);
    try {
      explainer = shapExplainer(trained, background);
    } catch (error) {
      // The column settings changed since training (a feature renamed, excluded or re-kinded).
      throw badInput('error.modelOutdated', { reason: error instanceof Error ? error.message : '?' });
    }
    const stored = (model.explanations ?? {}) as { dateReferences?: Record<string, number> };
    const context: TableContext = {
      features: background.features,
      specs: specs as ColumnSpec[],
      dateReferences: { ...built.dateReferences, ...(stored.dateReferences ?? {}) },
    };
    const currency = dataset.settings.currency ?? null;
    // Every customer's probability (for deciles), computed on first use; the table is let go then.
    let table: FeatureTable | null = built.table;
    let all: Promise<Float64Array> | null = null;
    const allProbabilities = () => (all ??= sortedProbabilities(trained, table!).finally(() => (table = null)));
    return {
      model: trained,
      background,
      explainer,
      context,
      columns,
      reasonColumns: reasonColumns(explainer.features, columns, specs),
      currency,
      dataset,
      entity: model,
      allProbabilities,
    };
  }
}
