/**
 * The target-group math's inputs read from the dataset's column store (no text re-parsed):
 * the same TargetGroupData buildTargetGroupData makes from text rows (tested equal).
 */
import { columnUnitOf } from '../../domain/units.js';
import { columnOf, gatherNumbers, textValues, type ColumnStore } from '../datasets/column-store/column-store.js';
import { positiveTest } from '../../domain/yes-no.js';
import { yesNoValues } from '../training/pipeline/store-feature-table.js';
import { positiveText, type ColumnInfo, type DatasetInfo } from './target-group-input.js';
import type { ColumnData, TargetGroupData } from './types.js';

/** Rows with a known response (indices into the store), and their 1/0 answers. */
export function knownResponses(store: ColumnStore, dataset: DatasetInfo): { kept: Int32Array; target: Uint8Array } {
  const answers = yesNoValues(columnOf(store, dataset.targetColumn), positiveTest(dataset.positiveLabel));
  let n = 0;
  for (let i = 0; i < answers.length; i++) if (!Number.isNaN(answers[i])) n++;
  const kept = new Int32Array(n);
  const target = new Uint8Array(n);
  for (let i = 0, k = 0; i < answers.length; i++) {
    if (Number.isNaN(answers[i])) continue;
    kept[k] = i;
    target[k++] = answers[i];
  }
  return { kept, target };
}

export function targetGroupDataFromStore(
  columns: ColumnInfo[],
  store: ColumnStore,
  dataset: DatasetInfo,
  testRowNumbers: readonly number[],
): { data: TargetGroupData; kept: Int32Array } {
  const { kept, target } = knownResponses(store, dataset);
  const tests = new Set(testRowNumbers);
  const data: TargetGroupData = {
    rowCount: kept.length,
    columns: {},
    target,
    testMask: Uint8Array.from(kept, (r) => (tests.has(store.rowNumbers[r]) ? 1 : 0)),
    currency: dataset.currency ?? null,
  };
  for (const column of columns) {
    if (column.name === dataset.targetColumn) continue;
    const entry = storeColumnData(column, store, kept);
    if (entry) data.columns[column.name] = entry;
  }
  if (dataset.idColumn && columns.some((c) => c.name === dataset.idColumn)) {
    data.identifier = { name: dataset.idColumn, values: textValues(columnOf(store, dataset.idColumn), kept) };
  }
  return { data, kept };
}

/**
 * One column of the rows `rows` as the conditions compare it: numbers, dates as days since
 * 1970, text as in the file; missing = NaN / null. Null for identifiers and ignored columns.
 */
export function storeColumnData(column: ColumnInfo, store: ColumnStore, rows: Int32Array | null): ColumnData | null {
  const unit = columnUnitOf(column.unit);
  const base = { label: column.label, ...(unit ? { unit } : {}), ...(column.phrasing ? { phrasing: column.phrasing } : {}) };
  const stored = columnOf(store, column.name);
  if ((column.kind === 'NUMERIC' || column.kind === 'DATE') && 'values' in stored)
    return { kind: column.kind, ...base, values: gatherNumbers(stored.values, rows) };
  if (column.kind === 'CATEGORICAL') return { kind: column.kind, ...base, values: textValues(stored, rows ?? undefined) };
  if (column.kind === 'BINARY')
    return { kind: column.kind, ...base, positiveLabel: positiveText(column), values: textValues(stored, rows ?? undefined) };
  return null;
}
