/**
 * One row of an uploaded list -> the dataset's columns as the importer would have stored them
 * (normalizeValue, the importer's rule), so the model, the target group and the segments read
 * it exactly like a stored customer. A value that does not fit its column (a word in a number
 * column, an impossible date, a third value in a yes/no column) becomes unknown, which every
 * model handles as a missing value; a category the model never saw stays as written (the
 * model treats it as its "other" level). Both are counted per column for the list's report.
 */
import type { ColumnKind } from '../../domain/column-kinds.js';
import type { DateFormat } from '../../domain/dates.js';
import { normalizeValue, type NormalizeColumn } from '../datasets/import/value-normalizer.js';
import type { ReplacedValuesRecord } from './scoring.entity.js';

export interface ListValueColumn {
  name: string;
  label: string;
  kind: ColumnKind;
  decimalComma: boolean;
  dateFormat: DateFormat | null;
  /** BINARY: the two values seen in the dataset. */
  levels: string[] | null;
  /** CATEGORICAL features: the levels the model was trained on (null: not a model feature, not checked). */
  trainedLevels: ReadonlySet<string> | null;
}

const EXAMPLES = 3;

/** Counts of values replaced or unseen, per dataset column. */
export class ReplacedValues {
  private readonly counts: { wrongKind: number; unseen: number; examples: string[] }[];

  constructor(private readonly columns: readonly ListValueColumn[]) {
    this.counts = columns.map(() => ({ wrongKind: 0, unseen: 0, examples: [] }));
  }

  note(c: number, kind: 'wrongKind' | 'unseen', raw: string): void {
    const count = this.counts[c];
    count[kind]++;
    const shown = raw.trim().slice(0, 60);
    if (count.examples.length < EXAMPLES && !count.examples.includes(shown)) count.examples.push(shown);
  }

  records(): ReplacedValuesRecord[] {
    return this.columns.flatMap((column, c) => {
      const { wrongKind, unseen, examples } = this.counts[c];
      return wrongKind + unseen > 0 ? [{ column: column.name, label: column.label, wrongKind, unseen, examples }] : [];
    });
  }
}

/**
 * The row in dataset column order (null = unknown). `filePosition[c]` is the file column of
 * dataset column c (-1: not in the file, unknown). Counts go to `replaced` when given.
 */
export function listRowValues(
  fields: readonly string[],
  columns: readonly ListValueColumn[],
  filePosition: readonly number[],
  replaced?: ReplacedValues,
): (string | null)[] {
  const row = new Array<string | null>(columns.length);
  for (let c = 0; c < columns.length; c++) {
    const f = filePosition[c];
    if (f < 0) {
      row[c] = null;
      continue;
    }
    const column = columns[c];
    const raw = fields[f];
    let value = normalized(raw, column);
    if (value === undefined) {
      replaced?.note(c, 'wrongKind', raw);
      value = null;
    } else if (value !== null && column.trainedLevels && !column.trainedLevels.has(value)) {
      replaced?.note(c, 'unseen', raw);
    }
    row[c] = value;
  }
  return row;
}

/** The stored text, null for missing, undefined when the value does not fit the column. */
function normalized(raw: string, column: ListValueColumn): string | null | undefined {
  if (column.kind === 'IDENTIFIER' || column.kind === 'IGNORED') {
    const text = raw.trim();
    return text === '' ? null : text;
  }
  const spec: NormalizeColumn = {
    name: column.label,
    kind: column.kind,
    decimalComma: column.decimalComma,
    dateFormat: column.dateFormat,
    levels: column.levels,
  };
  const result = normalizeValue(raw, spec);
  if (result.ok) return binarySpelling(result.value, column);
  // A list written with the other decimal mark than the dataset (1,5 against 1.5) is still read.
  if (column.kind === 'NUMERIC') {
    const other = normalizeValue(raw, { ...spec, decimalComma: !column.decimalComma });
    if (other.ok) return other.value;
  }
  return undefined;
}

/** Yes/no values in the dataset's spelling ("YES" -> "Yes"), as the target group matches text exactly. */
function binarySpelling(value: string | null, column: ListValueColumn): string | null {
  if (value === null || column.kind !== 'BINARY' || !column.levels) return value;
  return column.levels.find((l) => l.toLowerCase() === value.toLowerCase()) ?? value;
}
