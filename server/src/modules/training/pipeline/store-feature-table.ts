/**
 * A dataset's column store -> the FeatureTable every model trains on (the same table
 * buildFeatureTable makes from text rows, tested equal), without re-parsing any text. The
 * arrays are shared memory, so the table crosses into worker threads without a copy.
 */
import {
  gatherNumbers,
  isNumberColumn,
  sharedFloat64,
  sharedInt32,
  type ColumnStore,
  type StoredColumn,
} from '../../datasets/column-store/column-store.js';
import { positiveTest } from '../../../domain/yes-no.js';
import type { Feature } from '../data/feature-table.js';
import type { BuiltFeatureTable, ColumnSpec } from './build-feature-table.js';

/**
 * 1 = yes, 0 = no, NaN = missing for every row of a stored column under a yes/no rule
 * (numbers compare as their canonical text, as the text rows did).
 */
export function yesNoValues(column: StoredColumn, isPositive: (text: string) => boolean): Float64Array {
  if (isNumberColumn(column)) {
    const out = sharedFloat64(column.values.length);
    for (let i = 0; i < out.length; i++) out[i] = Number.isNaN(column.values[i]) ? NaN : isPositive(String(column.values[i])) ? 1 : 0;
    return out;
  }
  if (column.kind === 'IDENTIFIER') throw new Error(`The identifier column "${column.name}" cannot be a yes/no column.`);
  const byLevel = column.levels.map((level) => (isPositive(level) ? 1 : 0));
  const out = sharedFloat64(column.codes.length);
  for (let i = 0; i < out.length; i++) out[i] = column.codes[i] < 0 ? NaN : byLevel[column.codes[i]];
  return out;
}

export interface StoreTableOptions {
  /** The target column; null keeps every row (segments) and returns an empty y. */
  target: string | null;
  positiveLabel?: string;
}

export function featureTableFromStore(store: ColumnStore, specs: ColumnSpec[], options: StoreTableOptions): BuiltFeatureTable {
  const byName = new Map(store.columns.map((c) => [c.name, c]));
  let rows: Int32Array | null = null;
  let y: Uint8Array = new Uint8Array(0);
  if (options.target !== null) {
    const target = byName.get(options.target);
    if (!target) throw new Error(`The target column "${options.target}" is not among the columns.`);
    const answers = yesNoValues(target, positiveTest(options.positiveLabel));
    let known = 0;
    for (let i = 0; i < answers.length; i++) if (!Number.isNaN(answers[i])) known++;
    y = new Uint8Array(new SharedArrayBuffer(Math.max(1, known)), 0, known);
    // Rows without a target are dropped; when none is, the store's arrays are used as they are.
    if (known < store.rowCount) rows = sharedInt32(known);
    for (let i = 0, k = 0; i < answers.length; i++) {
      if (Number.isNaN(answers[i])) continue;
      if (rows) rows[k] = i;
      y[k++] = answers[i];
    }
  }
  const rowIndex = rows ?? Int32Array.from({ length: store.rowCount }, (_, i) => i);
  const features: Feature[] = [];
  const dateReferences: Record<string, number> = {};
  for (const spec of specs) {
    if (spec.name === options.target || spec.knownAfterContact || spec.kind === 'IDENTIFIER' || spec.kind === 'IGNORED') continue;
    const column = byName.get(spec.name);
    if (!column) throw new Error(`The column "${spec.name}" is not among the stored columns.`);
    if (spec.kind === 'NUMERIC' && column.kind === 'NUMERIC')
      features.push({ name: spec.name, kind: 'NUMERIC', values: gatherNumbers(column.values, rows) });
    else if (spec.kind === 'DATE' && column.kind === 'DATE') {
      // Days before the latest date over ALL rows, so the reference does not move with the target.
      let latest = -Infinity;
      for (const d of column.values) if (d > latest) latest = d;
      if (latest === -Infinity) latest = NaN;
      else dateReferences[spec.name] = latest;
      const values = sharedFloat64(rowIndex.length);
      for (let i = 0; i < values.length; i++) values[i] = latest - column.values[rowIndex[i]];
      features.push({ name: spec.name, kind: 'DATE', values });
    } else if (spec.kind === 'BINARY')
      features.push({
        name: spec.name,
        kind: 'BINARY',
        values: gatherNumbers(yesNoValues(column, positiveTest(spec.positiveLabel)), rows),
      });
    else if (spec.kind === 'CATEGORICAL' && column.kind === 'CATEGORICAL')
      features.push(categorical(column.name, column.levels, column.codes, rows));
    else throw new Error(`The column "${spec.name}" is stored as ${column.kind}, not ${spec.kind}.`);
  }
  return { table: { rowCount: rowIndex.length, features }, y, rowIndex, dateReferences };
}

/** Levels seen in the kept rows only (sorted, as the store keeps them), codes renumbered. */
function categorical(name: string, levels: string[], codes: Int32Array, rows: Int32Array | null): Feature {
  const n = rows ? rows.length : codes.length;
  const seen = new Uint8Array(levels.length);
  for (let i = 0; i < n; i++) {
    const code = codes[rows ? rows[i] : i];
    if (code >= 0) seen[code] = 1;
  }
  if (!rows && seen.every((s) => s === 1)) return { name, kind: 'CATEGORICAL', levels, codes };
  const renumber = new Int32Array(levels.length).fill(-1);
  const kept: string[] = [];
  levels.forEach((level, c) => {
    if (seen[c]) renumber[c] = kept.push(level) - 1;
  });
  const out = sharedInt32(n);
  for (let i = 0; i < n; i++) {
    const code = codes[rows ? rows[i] : i];
    out[i] = code < 0 ? -1 : renumber[code];
  }
  return { name, kind: 'CATEGORICAL', levels: kept, codes: out };
}
