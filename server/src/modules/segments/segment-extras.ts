/**
 * Segments beyond the run itself: the settings form's defaults, the featured model's target
 * group to overlap with, the membership export, and placing an append's new customers in
 * the latest segmentation.
 */
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { csvCell } from '../target-groups/audience-export.js';
import { whoSentence } from '../target-groups/condition-text.js';
import { toColumnInfo, type TargetGroupService } from '../target-groups/target-group.service.js';
import type { ModelEntity } from '../training/model.entity.js';
import { importanceOf } from '../training/stored-explanations.js';
import { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import { ImportJobEntity, type SegmentAssignmentRecord } from '../datasets/import-job.entity.js';
import type { FeatureTable } from '../training/data/feature-table.js';
import { columnSpecs } from '../training/dataset-rows.js';
import { detectRfmColumns } from './rfm.js';
import { unpackMembers, type TargetGroupSpec } from './segment-data.js';
import type { SegmentationEntity } from './segmentation.entity.js';
import type { SegmentsService } from './segments.service.js';

const PAGE = 5000;

export interface SegmentationDefaults {
  recency: string | null;
  frequency: string[];
  monetary: string[];
  numericColumns: string[];
}

/** The RFM columns detected from the column names and kinds (no rows needed). */
export async function segmentationDefaults(dataSource: DataSource, dataset: DatasetEntity): Promise<SegmentationDefaults> {
  const columns = await dataSource.getRepository(DatasetColumnEntity).find({ where: { datasetId: dataset.id }, order: { position: 'ASC' } });
  const usable = columns.filter((c) => c.name !== dataset.targetColumn && !c.knownAfterContact && ['NUMERIC', 'BINARY', 'CATEGORICAL', 'DATE'].includes(c.kind));
  const shape: FeatureTable = {
    rowCount: 0,
    features: usable.map((c) =>
      c.kind === 'CATEGORICAL' ? { name: c.name, kind: 'CATEGORICAL', codes: new Int32Array(0), levels: [] } : { name: c.name, kind: c.kind as 'NUMERIC', values: new Float64Array(0) },
    ) as FeatureTable['features'],
  };
  const rfm = detectRfmColumns(shape);
  return { recency: rfm.recency, frequency: rfm.frequency, monetary: rfm.monetary, numericColumns: usable.filter((c) => c.kind === 'NUMERIC').map((c) => c.name) };
}

/** The Target group page's default: the group described on the featured model's top 3 drivers. */
export const TARGET_GROUP_DRIVERS = 3;

/**
 * The featured model's target group (as the Target group page first shows it), for each
 * segment's overlap; null without a model with explanations, or when no group is found.
 */
export async function featuredTargetGroup(
  targetGroups: TargetGroupService | null,
  featured: ModelEntity | null,
  columns: DatasetColumnEntity[],
  logger: Logger,
): Promise<TargetGroupSpec | null> {
  const drivers = featured ? importanceOf(featured).length : 0;
  if (!targetGroups || !featured || drivers === 0) return null;
  try {
    const group = await targetGroups.describe(featured, { topN: Math.min(TARGET_GROUP_DRIVERS, drivers) });
    if (!group.found || group.conditions.length === 0) return null;
    const used = new Set(group.conditions.map((c) => c.feature));
    return {
      conditions: group.conditions.map((c) => ({ feature: c.feature, min: c.min, max: c.max, levels: c.levels })),
      columns: columns.filter((c) => used.has(c.name)).map(toColumnInfo),
      // "Customers who ... ." -> "customers who ...", to sit inside a sentence.
      description: whoSentence(group.conditions).replace(/^Customers/, 'customers').replace(/\.$/, ''),
    };
  } catch (err) {
    // The segments are still worth having; the briefs just say nothing about the group.
    logger.warn({ err, modelId: featured.id }, 'target group for segments unavailable');
    return null;
  }
}

/** Header, then one CSV line per segmented customer: identifier (or row number), segment index and name. */
export async function* membershipCsvLines(dataSource: DataSource, dataset: DatasetEntity, segmentation: SegmentationEntity): AsyncGenerator<string> {
  const members = unpackMembers(segmentation.members!);
  const names = new Map((segmentation.result!.segments ?? []).map((s) => [s.index, s.name]));
  yield [dataset.idColumn ?? 'row', 'segment', 'segment_name'].map(csvCell).join(',');
  let last = 0;
  for (;;) {
    const page: { row_number: number; external_id: string | null }[] = await dataSource.query(
      `SELECT row_number, external_id FROM customer_rows WHERE dataset_id = $1 AND row_number > $2 ORDER BY row_number LIMIT ${PAGE}`,
      [dataset.id, last],
    );
    const lines: string[] = [];
    for (const row of page) {
      const label = members.get(row.row_number);
      if (label === undefined) continue;
      const id = dataset.idColumn ? row.external_id : row.row_number;
      lines.push([csvCell(id), String(label), csvCell(label < 0 ? 'noise' : (names.get(label) ?? ''))].join(','));
    }
    if (lines.length > 0) yield lines.join('\r\n');
    if (page.length < PAGE) return;
    last = page[page.length - 1].row_number;
  }
}

/** After an append: its customers placed by nearest centroid (or core point), counted per segment. */
export async function assignImportedCustomers(dataSource: DataSource, segments: SegmentsService, dataset: DatasetEntity, importId: string): Promise<SegmentAssignmentRecord[]> {
  const job = await dataSource.getRepository(ImportJobEntity).findOneBy({ id: importId });
  if (!job || job.options.createsDataset) return [];
  const latest = await segments.latestSucceeded(dataset.id);
  if (!latest?.model) return [];
  const page: { values: (string | null)[] }[] = await dataSource.query('SELECT "values" FROM customer_rows WHERE dataset_id = $1 AND import_id = $2 ORDER BY row_number', [dataset.id, importId]);
  if (page.length === 0) return [];
  const { specs } = await columnSpecs(dataSource, dataset);
  const labels = await segments.workers().run<Int32Array>({ kind: 'assign', specs, rows: page.map((r) => r.values), target: dataset.targetColumn, model: latest.model! });
  const stored = latest.result!;
  const counts = new Map<number, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const records = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([segmentIndex, customers]) => ({ segmentationId: latest.id, segmentIndex, name: segmentIndex < 0 ? 'noise' : (stored.segments.find((s) => s.index === segmentIndex)?.name ?? ''), customers }));
  await dataSource.getRepository(ImportJobEntity).update({ id: importId }, { segmentAssignments: records as never });
  return records;
}
