/**
 * Stored dataset rows (text as imported) -> the FeatureTable every model trains on.
 * Column kinds and options come from the user's column settings, so nothing is guessed
 * here: the importer already inferred them and the user may have corrected them.
 */
import type { ColumnKind } from '../../../domain/column-kinds.js';
import type { Feature, FeatureTable, Target } from '../data/feature-table.js';
import { dayNumber, type DateFormat } from '../../../domain/dates.js';
import { positiveTest } from '../../../domain/yes-no.js';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** BINARY only: the text meaning 1 (case-insensitive); default 1/yes/true/y/t. */
  positiveLabel?: string;
  /** DATE only; default ISO. */
  dateFormat?: DateFormat;
  /** Only known after the customer was contacted (e.g. call duration): a leak, left out. */
  knownAfterContact?: boolean;
}

export interface BuildFeatureTableOptions {
  /** Name of the target column. */
  target: string;
  /** The target text meaning "responded" (case-insensitive); default 1/yes/true/y/t. */
  positiveLabel?: string;
}

export interface BuiltFeatureTable {
  table: FeatureTable;
  y: Target;
  /** rowIndex[i] = the stored row that table row i came from (rows without a target are dropped). */
  rowIndex: Int32Array;
  /**
   * Per DATE feature, the day number (since 1970-01-01) its values count back from: the
   * latest date over ALL stored rows, so the reference does not move with the target.
   * A feature value v is the date `reference - v`.
   */
  dateReferences: Record<string, number>;
}

export function buildFeatureTable(
  columns: ColumnSpec[],
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
  options: BuildFeatureTableOptions,
): BuiltFeatureTable {
  const names = new Set<string>();
  for (const column of columns) {
    if (names.has(column.name)) throw new Error(`Column "${column.name}" appears twice.`);
    names.add(column.name);
  }
  const targetColumn = columns.findIndex((c) => c.name === options.target);
  if (targetColumn < 0) throw new Error(`The target column "${options.target}" is not among the columns.`);
  rows.forEach((row, r) => {
    if (row.length !== columns.length) throw new Error(`Row ${r} has ${row.length} values for ${columns.length} columns.`);
  });

  const isPositive = positiveTest(options.positiveLabel);
  const kept: number[] = [];
  for (let r = 0; r < rows.length; r++) if (rows[r][targetColumn] !== null) kept.push(r);
  const rowIndex = Int32Array.from(kept);
  const y = Uint8Array.from(kept, (r) => (isPositive(rows[r][targetColumn]!) ? 1 : 0));

  const features: Feature[] = [];
  const dateReferences: Record<string, number> = {};
  columns.forEach((column, c) => {
    if (c === targetColumn || column.knownAfterContact || column.kind === 'IDENTIFIER' || column.kind === 'IGNORED') return;
    const cell = (r: number) => rows[r][c];
    switch (column.kind) {
      case 'NUMERIC':
        features.push({ name: column.name, kind: 'NUMERIC', values: Float64Array.from(kept, (r) => toNumber(cell(r))) });
        break;
      case 'BINARY': {
        const positive = positiveTest(column.positiveLabel);
        features.push({
          name: column.name,
          kind: 'BINARY',
          values: Float64Array.from(kept, (r) => (cell(r) === null ? NaN : positive(cell(r)!) ? 1 : 0)),
        });
        break;
      }
      case 'DATE': {
        const format = column.dateFormat ?? 'ISO';
        const allDays = rows.map((row) => dayNumber(row[c], format));
        let latest = -Infinity;
        for (const d of allDays) if (d > latest) latest = d;
        if (latest === -Infinity) latest = NaN;
        else dateReferences[column.name] = latest;
        features.push({ name: column.name, kind: 'DATE', values: Float64Array.from(kept, (r) => latest - allDays[r]) });
        break;
      }
      case 'CATEGORICAL': {
        const distinct = new Set<string>();
        for (const r of kept) if (cell(r) !== null) distinct.add(cell(r)!);
        const levels = [...distinct].sort();
        const code = new Map(levels.map((level, i) => [level, i]));
        features.push({
          name: column.name,
          kind: 'CATEGORICAL',
          levels,
          codes: Int32Array.from(kept, (r) => (cell(r) === null ? -1 : code.get(cell(r)!)!)),
        });
        break;
      }
    }
  });
  return { table: { rowCount: kept.length, features }, y, rowIndex, dateReferences };
}

/** Stored numbers are canonical JS-number text; anything else (or non-finite) is missing. */
function toNumber(text: string | null): number {
  if (text === null || text === '') return Number.NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}
