/**
 * Maps what the app stores (dataset columns, raw rows, a model's stored explanations) to the
 * inputs of the target-group math. Pure: it runs in a worker thread and is unit-tested.
 */
import { columnUnitOf } from '../../domain/units.js';
import type { ColumnKind } from '../../domain/column-kinds.js';
import { dayNumber, type DateFormat } from '../../domain/dates.js';
import { isYesToken, positiveTest } from '../../domain/yes-no.js';
import type { StoredExplanations } from '../training/stored-explanations.js';
import type { Phrasing } from '../phrasing/phrasing.js';
import type { ColumnData, TargetDriver, TargetGroupData } from './types.js';

export interface ColumnInfo {
  name: string;
  label: string;
  kind: ColumnKind;
  position: number;
  unit?: string | null;
  dateFormat?: DateFormat | null;
  /** BINARY: the text meaning yes, and both texts seen. */
  positiveLabel?: string | null;
  levels?: string[] | null;
  /** What the column counts or measures (stored or inferred). */
  phrasing?: Phrasing | null;
}

export interface DatasetInfo {
  targetColumn: string;
  positiveLabel: string | null;
  idColumn: string | null;
  /** ISO 4217 code for money in the texts. */
  currency?: string | null;
}

/**
 * The dataset's rows with a known response, column by column. Rows without a target value
 * are left out: their response is unknown, so they can be in no rate.
 */
export function buildTargetGroupData(
  columns: ColumnInfo[],
  rows: readonly (readonly (string | null)[])[],
  rowNumbers: ArrayLike<number>,
  dataset: DatasetInfo,
  testRowNumbers: readonly number[],
): { data: TargetGroupData; kept: Int32Array } {
  const target = columns.find((c) => c.name === dataset.targetColumn);
  if (!target) throw new Error(`The target column "${dataset.targetColumn}" is not among the columns.`);
  // An empty positive label means "not set" here.
  const isPositive = positiveTest(dataset.positiveLabel || null);
  const kept: number[] = [];
  for (let r = 0; r < rows.length; r++) if (rows[r][target.position] !== null) kept.push(r);
  const n = kept.length;
  const tests = new Set(testRowNumbers);
  const data: TargetGroupData = {
    rowCount: n,
    columns: {},
    target: Uint8Array.from(kept, (r) => (isPositive(rows[r][target.position]!) ? 1 : 0)),
    testMask: Uint8Array.from(kept, (r) => (tests.has(rowNumbers[r]) ? 1 : 0)),
    currency: dataset.currency ?? null,
  };
  for (const column of columns) {
    if (column.name === dataset.targetColumn) continue;
    const entry = columnData(column, rows, kept);
    if (entry) data.columns[column.name] = entry;
  }
  if (dataset.idColumn) {
    const id = columns.find((c) => c.name === dataset.idColumn);
    if (id) data.identifier = { name: id.name, values: kept.map((r) => rows[r][id.position]) };
  }
  return { data, kept: Int32Array.from(kept) };
}

/**
 * One column of the rows `kept` (indices into `rows`) as the conditions compare it: numbers,
 * dates as days since 1970, text as in the file; missing = NaN / null. Null for columns no
 * condition can use (identifiers, ignored columns).
 */
export function columnData(column: ColumnInfo, rows: readonly (readonly (string | null)[])[], kept: readonly number[]): ColumnData | null {
  const unit = columnUnitOf(column.unit);
  const base = { label: column.label, ...(unit ? { unit } : {}), ...(column.phrasing ? { phrasing: column.phrasing } : {}) };
  if (column.kind === 'NUMERIC')
    return { kind: 'NUMERIC', ...base, values: Float64Array.from(kept, (r) => toNumber(rows[r][column.position])) };
  if (column.kind === 'DATE') {
    const format = column.dateFormat ?? 'ISO';
    return { kind: 'DATE', ...base, values: Float64Array.from(kept, (r) => dayNumber(rows[r][column.position], format)) };
  }
  if (column.kind === 'CATEGORICAL') return { kind: column.kind, ...base, values: kept.map((r) => rows[r][column.position]) };
  if (column.kind === 'BINARY')
    return { kind: column.kind, ...base, positiveLabel: positiveText(column), values: kept.map((r) => rows[r][column.position]) };
  return null;
}

function toNumber(text: string | null): number {
  if (text === null) return NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
}

/**
 * The model's drivers, most important first, with their regions of interest in the units
 * the conditions use: DATE regions turned from "days before the latest date" into days since
 * 1970, and yes/no levels from the model's 0/1 into the texts of the file.
 */
export function driversFromExplanations(
  explanations: StoredExplanations,
  columns: ColumnInfo[],
  directionAgreed: Record<string, boolean> = {},
): TargetDriver[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const drivers: TargetDriver[] = [];
  for (const item of explanations.importance ?? []) {
    const column = byName.get(item.feature);
    const curve = explanations.dependence?.[item.feature];
    if (!column || !curve) continue;
    if (column.kind !== 'NUMERIC' && column.kind !== 'DATE' && column.kind !== 'CATEGORICAL' && column.kind !== 'BINARY') continue;
    const reference = explanations.dateReferences?.[item.feature];
    const regions = curve.regions.map((region) => {
      if (column.kind === 'DATE' && reference !== undefined) {
        // value = reference - date, so the bounds swap.
        return {
          ...region,
          min: region.max === null ? null : reference - region.max,
          max: region.min === null ? null : reference - region.min,
        };
      }
      if (column.kind === 'BINARY' && region.levels) return { ...region, levels: region.levels.map((l) => binaryText(l, column)) };
      return region;
    });
    const unit = columnUnitOf(column.unit);
    drivers.push({
      feature: item.feature,
      label: column.label,
      kind: column.kind,
      importance: item.importance,
      ...(unit ? { unit } : {}),
      ...(column.phrasing ? { phrasing: column.phrasing } : {}),
      ...(column.kind === 'BINARY' ? { positiveLabel: positiveText(column) } : {}),
      regions,
      ...(item.feature in directionAgreed ? { directionAgreed: directionAgreed[item.feature] } : {}),
    });
  }
  return drivers;
}

/** The file's text meaning yes in a yes/no column. */
export function positiveText(column: ColumnInfo): string {
  return column.positiveLabel ?? (column.levels ?? []).find(isYesToken) ?? '1';
}

/** The model sees a yes/no column as 1/0; conditions compare the file's own texts. */
function binaryText(level: string, column: ColumnInfo): string {
  const levels = column.levels ?? [];
  const positive = positiveText(column);
  if (level === '1') return positive;
  if (level === '0') return levels.find((l) => l !== positive) ?? '0';
  return level;
}
