/**
 * What scoring a list needs besides the file, gathered once per job: the model with its
 * explainer (the customers module's, as the customer page uses it), the dataset's columns in
 * the importer's terms, the featured target group at top 3 (as the Target group page first
 * shows it) and the dataset's latest segmentation.
 */
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { notFound } from '../phrasing/user-errors.js';
import type { CustomerService } from '../customers/customer.service.js';
import { dayOf } from '../customers/customer-table.js';
import { reasonColumns } from '../customers/reason-columns.js';
import { UserEntity } from '../auth/user.entity.js';
import { DatasetEntity } from '../datasets/dataset.entity.js';
import { localeOfLanguage } from '../phrasing/locale.js';
import { featuredTargetGroup } from '../segments/segment-target-group.js';
import type { SegmentsService } from '../segments/segments.service.js';
import type { TargetGroupService } from '../target-groups/target-group.service.js';
import { ModelEntity } from '../training/model.entity.js';
import type { ColumnSpec } from '../training/pipeline/build-feature-table.js';
import type { ListScoringInputs } from './list-scoring.js';
import type { ScoringEntity } from './scoring.entity.js';

export interface PreparedListInputs {
  list: ListScoringInputs;
  segmentationId: string | null;
  /** "customers who ..." of the target group rows are matched against, or null. */
  targetGroup: string | null;
}

export async function prepareListInputs(
  dataSource: DataSource,
  scoring: Pick<ScoringEntity, 'modelId' | 'datasetId' | 'options' | 'createdBy'>,
  parts: { customers: CustomerService; targetGroups: TargetGroupService; segments: SegmentsService },
  logger: Logger,
): Promise<PreparedListInputs> {
  const dataset = await dataSource.getRepository(DatasetEntity).findOneBy({ id: scoring.datasetId });
  if (!dataset) throw notFound('model_dataset');
  const prepared = await parts.customers.explainerFor(scoring.modelId);
  // The sender's language, kept with the upload; lists sent before it was kept: their account's now.
  const sender = scoring.createdBy ? await dataSource.getRepository(UserEntity).findOneBy({ id: scoring.createdBy }) : null;
  const locale = scoring.options.locale ?? localeOfLanguage(sender?.language) ?? 'en';
  const { columns, background, context } = prepared;
  const trained = new Map<string, Set<string>>();
  for (const feature of background.features) if (feature.kind === 'CATEGORICAL') trained.set(feature.name, new Set(feature.levels));
  const listColumns = columns.map((c) => ({
    name: c.name,
    label: c.label,
    kind: c.kind,
    decimalComma: c.stats.decimalComma ?? false,
    dateFormat: c.stats.dateFormat ?? null,
    levels: c.stats.levels ?? null,
    trainedLevels: trained.get(c.name) ?? null,
  }));
  const specs = context.specs as ColumnSpec[];
  const specOf = new Map(specs.map((s) => [s.name, s]));
  const featured = await dataSource.getRepository(ModelEntity).findOneBy({ datasetId: dataset.id, isFeatured: true });
  const group = await featuredTargetGroup(parts.targetGroups, featured, columns, logger);
  const latest = await parts.segments.latestSucceeded(dataset.id);
  const names = new Map<number, string>((latest?.result?.segments ?? []).map((s) => [s.index, s.name]));
  names.set(-1, 'noise');
  return {
    list: {
      columns: listColumns,
      specs,
      target: dataset.targetColumn,
      identifier: dataset.idColumn,
      prepared,
      reasons: {
        columns: reasonColumns(prepared.explainer.features, columns, specs),
        currency: dataset.settings.currency ?? null,
        locale,
        parseDay: (feature, value) => dayOf(specOf.get(feature), value),
      },
      targetGroup: group,
      segmentation: latest?.model ? { model: latest.model, names } : null,
    },
    segmentationId: latest?.model ? latest.id : null,
    targetGroup: group?.description ?? null,
  };
}
