/**
 * Stored rows -> what the segmentation math reads: a FeatureTable over EVERY customer (also
 * those without a known response, e.g. new customers of a later import) and the 0/1 columns
 * of every past campaign and the target for the heatmap.
 */
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
  const columns: ColumnSpec[] = [...specs.map((s) => (s.name === target ? { ...s, kind: 'IGNORED' as const } : s)), { name: ALL_ROWS, kind: 'BINARY' }];
  const padded = rows.map((r) => [...r, '0']);
  return buildFeatureTable(columns, padded, { target: ALL_ROWS }).table;
}

/** Responded (1), did not (0) or unknown (NaN) per customer, for each campaign column. */
export function campaignColumns(specs: CampaignSpec[], rows: (string | null)[][]): CampaignColumn[] {
  return specs.map((c) => ({
    column: c.column,
    values: Float64Array.from(rows, (r) => (r[c.position] === null || r[c.position] === undefined ? NaN : r[c.position] === c.positive ? 1 : 0)),
  }));
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
