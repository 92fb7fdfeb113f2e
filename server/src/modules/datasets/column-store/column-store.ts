/**
 * The one owner of "customer rows -> columns". A dataset version's stored text rows are
 * parsed once into typed columns that every consumer (training, explanations, target groups,
 * segments, the audience export) reads instead of re-parsing the text:
 *
 * - NUMERIC: Float64Array, missing = NaN (the importer stores canonical number text);
 * - DATE: day numbers since 1970-01-01 (the product's one date rule, domain/dates.ts), missing = NaN;
 * - CATEGORICAL, BINARY, IGNORED: Int32Array codes into `levels` (sorted, as in the file),
 *   missing = -1; what counts as "yes" is decided by the reader (column or dataset label);
 * - IDENTIFIER: UTF-8 bytes with offsets (a million identifiers as one buffer, not a million
 *   strings cloned into every worker).
 *
 * Every array lives in a SharedArrayBuffer, so posting a store to a worker thread shares it
 * instead of copying it. Pure and free of I/O (see column-store-file.ts and .service.ts).
 */
import type { ColumnKind } from '../../../domain/column-kinds.js';
import { dayNumber, isoDate, type DateFormat } from '../../../domain/dates.js';

export interface ColumnLayout {
  name: string;
  kind: ColumnKind;
  /** DATE only; default ISO. */
  dateFormat?: DateFormat;
}

export interface NumberColumn {
  name: string;
  kind: 'NUMERIC' | 'DATE';
  values: Float64Array;
}

export interface CodedColumn {
  name: string;
  kind: 'CATEGORICAL' | 'BINARY' | 'IGNORED';
  levels: string[];
  codes: Int32Array;
}

export interface TextColumn {
  name: string;
  kind: 'IDENTIFIER';
  bytes: Uint8Array;
  /** Value i is bytes[offsets[i] .. offsets[i + 1]); offsets[i] = -1 marks a missing value. */
  offsets: Int32Array;
}

export type StoredColumn = NumberColumn | CodedColumn | TextColumn;

export function isNumberColumn(column: StoredColumn): column is NumberColumn {
  return column.kind === 'NUMERIC' || column.kind === 'DATE';
}

export interface ColumnStore {
  rowCount: number;
  /** The stored row number (file order) of each row. */
  rowNumbers: Int32Array;
  columns: StoredColumn[];
}

export function sharedFloat64(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 8), 0, n);
}

export function sharedInt32(n: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, n) * 4), 0, n);
}

export function sharedUint8(n: number): Uint8Array {
  return new Uint8Array(new SharedArrayBuffer(Math.max(1, n)), 0, n);
}

/** Stored numbers are canonical JS-number text; anything else (or non-finite) is missing. */
export function toNumber(text: string | null): number {
  if (text === null || text === '') return Number.NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

type Builder =
  | { kind: 'number'; values: Float64Array; parse: (text: string | null) => number }
  | { kind: 'coded'; codes: Int32Array; levels: Map<string, number> }
  | { kind: 'text'; texts: (string | null)[] };

/**
 * Appends rows (page by page, as they come from the database) into columns sized for
 * `capacity` rows; grows if more arrive. `finish()` sorts the levels and returns the store.
 */
export class ColumnStoreBuilder {
  private count = 0;
  private capacity: number;
  private rowNumbers: Int32Array;
  private readonly builders: Builder[];

  constructor(
    private readonly layout: readonly ColumnLayout[],
    capacity: number,
  ) {
    this.capacity = Math.max(1, capacity);
    this.rowNumbers = sharedInt32(this.capacity);
    this.builders = layout.map((column): Builder => {
      if (column.kind === 'NUMERIC') return { kind: 'number', values: sharedFloat64(this.capacity), parse: toNumber };
      if (column.kind === 'DATE') {
        const format = column.dateFormat ?? 'ISO';
        return { kind: 'number', values: sharedFloat64(this.capacity), parse: (text) => dayNumber(text, format) };
      }
      if (column.kind === 'IDENTIFIER') return { kind: 'text', texts: [] };
      return { kind: 'coded', codes: sharedInt32(this.capacity), levels: new Map() };
    });
  }

  append(rowNumber: number, row: readonly (string | null)[]): void {
    if (row.length !== this.layout.length) throw new Error(`Row ${rowNumber} has ${row.length} values for ${this.layout.length} columns.`);
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.rowNumbers[i] = rowNumber;
    for (let c = 0; c < this.builders.length; c++) {
      const builder = this.builders[c];
      const text = row[c];
      if (builder.kind === 'number') builder.values[i] = builder.parse(text);
      else if (builder.kind === 'text') builder.texts.push(text);
      else if (text === null) builder.codes[i] = -1;
      else {
        let code = builder.levels.get(text);
        if (code === undefined) builder.levels.set(text, (code = builder.levels.size));
        builder.codes[i] = code;
      }
    }
  }

  finish(): ColumnStore {
    const n = this.count;
    const columns = this.layout.map((layout, c): StoredColumn => {
      const builder = this.builders[c];
      if (builder.kind === 'number')
        return { name: layout.name, kind: layout.kind as 'NUMERIC' | 'DATE', values: builder.values.subarray(0, n) };
      if (builder.kind === 'text') return { name: layout.name, kind: 'IDENTIFIER', ...encodeTexts(builder.texts) };
      // Levels sorted as the feature tables have always sorted them; codes renumbered once.
      const levels = [...builder.levels.keys()].sort();
      const renumber = new Int32Array(levels.length);
      levels.forEach((level, sorted) => (renumber[builder.levels.get(level)!] = sorted));
      const codes = builder.codes.subarray(0, n);
      for (let i = 0; i < n; i++) if (codes[i] >= 0) codes[i] = renumber[codes[i]];
      return { name: layout.name, kind: layout.kind as CodedColumn['kind'], levels, codes };
    });
    return { rowCount: n, rowNumbers: this.rowNumbers.subarray(0, n), columns };
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const rowNumbers = sharedInt32(capacity);
    rowNumbers.set(this.rowNumbers);
    this.rowNumbers = rowNumbers;
    for (const builder of this.builders) {
      if (builder.kind === 'number') {
        const values = sharedFloat64(capacity);
        values.set(builder.values);
        builder.values = values;
      } else if (builder.kind === 'coded') {
        const codes = sharedInt32(capacity);
        codes.set(builder.codes);
        builder.codes = codes;
      }
    }
    this.capacity = capacity;
  }
}

/** A store from rows held in memory (tests, small files). */
export function buildColumnStore(
  layout: readonly ColumnLayout[],
  rows: readonly (readonly (string | null)[])[],
  rowNumbers?: ArrayLike<number>,
): ColumnStore {
  const builder = new ColumnStoreBuilder(layout, rows.length);
  rows.forEach((row, i) => builder.append(rowNumbers ? rowNumbers[i] : i + 1, row));
  return builder.finish();
}

/** The rows `rows` (indices into the store) as a store of their own; levels are kept as they are. */
export function selectRows(store: ColumnStore, rows: ArrayLike<number>): ColumnStore {
  const n = rows.length;
  const rowNumbers = sharedInt32(n);
  for (let i = 0; i < n; i++) rowNumbers[i] = store.rowNumbers[rows[i]];
  const columns = store.columns.map((column): StoredColumn => {
    if (isNumberColumn(column)) return { name: column.name, kind: column.kind, values: gatherNumbers(column.values, rows) };
    if (column.kind === 'IDENTIFIER') return { name: column.name, kind: 'IDENTIFIER', ...encodeTexts(textValues(column, rows)) };
    const codes = sharedInt32(n);
    for (let i = 0; i < n; i++) codes[i] = column.codes[rows[i]];
    return { name: column.name, kind: column.kind, levels: column.levels, codes };
  });
  return { rowCount: n, rowNumbers, columns };
}

/** Index of each row number in the store (row numbers ascend), -1 for one it does not hold. */
export function indicesOfRowNumbers(store: ColumnStore, rowNumbers: ArrayLike<number>): Int32Array {
  const out = new Int32Array(rowNumbers.length);
  for (let k = 0; k < rowNumbers.length; k++) {
    let lo = 0;
    let hi = store.rowCount - 1;
    out[k] = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = store.rowNumbers[mid];
      if (at === rowNumbers[k]) {
        out[k] = mid;
        break;
      }
      if (at < rowNumbers[k]) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return out;
}

/**
 * The store of `base` followed by the rows of `added` (an append to a dataset): numbers and
 * identifiers concatenated, coded columns re-coded into the sorted union of both levels.
 * Both stores must have the same layout (same names and kinds, in order).
 */
export function appendStores(base: ColumnStore, added: ColumnStore): ColumnStore {
  if (base.columns.length !== added.columns.length) throw new Error('The stores have different columns.');
  const n = base.rowCount + added.rowCount;
  const rowNumbers = sharedInt32(n);
  rowNumbers.set(base.rowNumbers);
  rowNumbers.set(added.rowNumbers, base.rowCount);
  const columns = base.columns.map((column, c): StoredColumn => {
    const other = added.columns[c];
    if (other.name !== column.name || other.kind !== column.kind) throw new Error(`The stores differ at column "${column.name}".`);
    if (isNumberColumn(column)) {
      const values = sharedFloat64(n);
      values.set(column.values);
      values.set((other as NumberColumn).values, base.rowCount);
      return { name: column.name, kind: column.kind, values };
    }
    if (column.kind === 'IDENTIFIER') {
      const texts = [...textValues(column), ...textValues(other)];
      return { name: column.name, kind: 'IDENTIFIER', ...encodeTexts(texts) };
    }
    const more = other as CodedColumn;
    const levels = [...new Set([...column.levels, ...more.levels])].sort();
    const index = new Map(levels.map((level, i) => [level, i]));
    const recode = (from: string[]) => Int32Array.from(from, (level) => index.get(level)!);
    const ours = recode(column.levels);
    const theirs = recode(more.levels);
    const codes = sharedInt32(n);
    for (let i = 0; i < base.rowCount; i++) codes[i] = column.codes[i] < 0 ? -1 : ours[column.codes[i]];
    for (let i = 0; i < added.rowCount; i++) codes[base.rowCount + i] = more.codes[i] < 0 ? -1 : theirs[more.codes[i]];
    return { name: column.name, kind: column.kind, levels, codes };
  });
  return { rowCount: n, rowNumbers, columns };
}

function encodeTexts(texts: (string | null)[]): { bytes: Uint8Array; offsets: Int32Array } {
  let size = 0;
  for (const text of texts) if (text !== null) size += Buffer.byteLength(text);
  const bytes = sharedUint8(size);
  const target = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsets = sharedInt32(texts.length + 1);
  let at = 0;
  texts.forEach((text, i) => {
    offsets[i] = text === null ? -1 : at;
    if (text !== null) at += target.write(text, at);
  });
  offsets[texts.length] = at;
  return { bytes, offsets };
}

const decoder = new TextDecoder();

/** The text of row `i` of a column, as in the file (null = missing). */
export function textAt(column: StoredColumn, i: number): string | null {
  if (isNumberColumn(column)) {
    if (Number.isNaN(column.values[i])) return null;
    return column.kind === 'NUMERIC' ? String(column.values[i]) : isoDate(column.values[i]);
  }
  if (column.kind === 'IDENTIFIER') {
    const start = column.offsets[i];
    if (start < 0) return null;
    let end = column.offsets[i + 1];
    for (let j = i + 1; end < 0; j++) end = column.offsets[j + 1];
    return decoder.decode(column.bytes.subarray(start, end));
  }
  return column.codes[i] < 0 ? null : column.levels[column.codes[i]];
}

/** The texts of the rows `rows` (all rows when omitted) of a coded or identifier column. */
export function textValues(column: StoredColumn, rows?: ArrayLike<number>): (string | null)[] {
  const n = rows ? rows.length : storeLength(column);
  const out = new Array<string | null>(n);
  if (column.kind === 'CATEGORICAL' || column.kind === 'BINARY' || column.kind === 'IGNORED') {
    for (let i = 0; i < n; i++) {
      const code = column.codes[rows ? rows[i] : i];
      out[i] = code < 0 ? null : column.levels[code];
    }
  } else for (let i = 0; i < n; i++) out[i] = textAt(column, rows ? rows[i] : i);
  return out;
}

function storeLength(column: StoredColumn): number {
  if (isNumberColumn(column)) return column.values.length;
  if (column.kind === 'IDENTIFIER') return column.offsets.length - 1;
  return column.codes.length;
}

/** `values[rows[i]]` for every i, as a new array (the whole column when rows is null). */
export function gatherNumbers(values: Float64Array, rows: ArrayLike<number> | null): Float64Array {
  if (!rows) return values;
  const out = sharedFloat64(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

export function columnOf(store: ColumnStore, name: string): StoredColumn {
  const column = store.columns.find((c) => c.name === name);
  if (!column) throw new Error(`The column "${name}" is not among the stored columns.`);
  return column;
}

/** Bytes the store's arrays take (for memory estimates and logs). */
export function storeBytes(store: ColumnStore): number {
  let bytes = store.rowNumbers.byteLength;
  for (const column of store.columns) {
    if (isNumberColumn(column)) bytes += column.values.byteLength;
    else if (column.kind === 'IDENTIFIER') bytes += column.bytes.byteLength + column.offsets.byteLength;
    else bytes += column.codes.byteLength;
  }
  return bytes;
}
