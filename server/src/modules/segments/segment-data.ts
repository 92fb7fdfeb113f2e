/**
 * Stored rows -> what the segmentation math reads: a FeatureTable over EVERY customer (also
 * those without a known response, e.g. new customers of a later import) and the 0/1 columns
 * of every past campaign and the target for the heatmap.
 */
import type { DescribedCondition } from '../target-groups/condition-text.js';
import { columnOf, type ColumnStore } from '../datasets/column-store/column-store.js';
import type { RawCondition } from '../target-groups/conditions.js';
import { storeColumnData } from '../target-groups/store-input.js';
import { featureTableFromStore, yesNoValues } from '../training/pipeline/store-feature-table.js';
import { matchMask } from '../target-groups/group-stats.js';
import { columnData, type ColumnInfo } from '../target-groups/target-group-input.js';
import type { ColumnData } from '../target-groups/types.js';
import type { FeatureTable } from '../training/data/feature-table.js';
import { buildFeatureTable, type ColumnSpec } from '../training/pipeline/build-feature-table.js';
import type { CampaignColumn } from './profiles.js';

export interface CampaignSpec {
  column: string;
  position: number;
  /** The exact text meaning "responded", as Dataset.campaigns counts it. */
  positive: string;
}

const ALL_ROWS = '__segments_all_rows__';

/**
 * Every stored column the models could use, as features of all rows. The target is left out
 * (it is an outcome, shown in the heatmap); the pipeline drops rows without a target, so a
 * constant stand-in target keeps every row.
 */
export function segmentationTable(specs: ColumnSpec[], rows: (string | null)[][], target: string | null): FeatureTable {
  const columns: ColumnSpec[] = [
    ...specs.map((s) => (s.name === target ? { ...s, kind: 'IGNORED' as const } : s)),
    { name: ALL_ROWS, kind: 'BINARY' },
  ];
  const padded = rows.map((r) => [...r, '0']);
  return buildFeatureTable(columns, padded, { target: ALL_ROWS }).table;
}

/** segmentationTable read from the dataset's column store (no text re-parsed). */
export function segmentationTableFromStore(specs: ColumnSpec[], store: ColumnStore, target: string | null): FeatureTable {
  return featureTableFromStore(
    store,
    specs.map((s) => (s.name === target ? { ...s, kind: 'IGNORED' as const } : s)),
    { target: null },
  ).table;
}

/** campaignColumns read from the column store. */
export function campaignColumnsFromStore(specs: CampaignSpec[], store: ColumnStore): CampaignColumn[] {
  return specs.map((c) => ({ column: c.column, values: yesNoValues(columnOf(store, c.column), (text) => text === c.positive) }));
}

/** targetGroupMask read from the column store. */
export function targetGroupMaskFromStore(group: TargetGroupSpec, store: ColumnStore): Uint8Array {
  const columns: Record<string, ColumnData> = {};
  for (const c of group.columns) {
    const data = storeColumnData(c, store, null);
    if (data) columns[c.name] = data;
  }
  return matchMask(group.conditions, { rowCount: store.rowCount, columns, target: new Uint8Array(store.rowCount) });
}

/** Responded (1), did not (0) or unknown (NaN) per customer, for each campaign column. */
export function campaignColumns(specs: CampaignSpec[], rows: (string | null)[][]): CampaignColumn[] {
  return specs.map((c) => ({
    column: c.column,
    values: Float64Array.from(rows, (r) =>
      r[c.position] === null || r[c.position] === undefined ? NaN : r[c.position] === c.positive ? 1 : 0,
    ),
  }));
}

/** The featured model's target group as the Target group page describes it (top 3 drivers). */
export interface TargetGroupSpec {
  conditions: RawCondition[];
  /** The columns the conditions use. */
  columns: ColumnInfo[];
  /** "customers who have bought within the last 29 days and earn at least 70,000 a year" (English). */
  description: string;
  /** The conditions with their labels and phrasing, to say "customers who ..." in the reader's language. */
  described: DescribedCondition[];
}

/**
 * 1 for every row (also those without a known response) that satisfies all the group's
 * conditions, matched exactly as the Target group page matches them (a missing value
 * satisfies no condition).
 */
export function targetGroupMask(group: TargetGroupSpec, rows: (string | null)[][]): Uint8Array {
  const all = Array.from(rows, (_, i) => i);
  const columns: Record<string, ColumnData> = {};
  for (const c of group.columns) {
    const data = columnData(c, rows, all);
    if (data) columns[c.name] = data;
  }
  return matchMask(group.conditions, { rowCount: rows.length, columns, target: new Uint8Array(rows.length) });
}

/** Labels and the row numbers they belong to, packed as one little-endian Int32 buffer. */
export function packMembers(rowNumbers: ArrayLike<number>, labels: ArrayLike<number>): Buffer {
  const packed = new Int32Array(rowNumbers.length * 2);
  for (let i = 0; i < rowNumbers.length; i++) {
    packed[2 * i] = rowNumbers[i];
    packed[2 * i + 1] = labels[i];
  }
  return Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
}

export function unpackMembers(buffer: Buffer): Map<number, number> {
  const view = new Int32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  const members = new Map<number, number>();
  for (let i = 0; i + 1 < view.length; i += 2) members.set(view[i], view[i + 1]);
  return members;
}
