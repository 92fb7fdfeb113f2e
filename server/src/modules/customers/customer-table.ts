/**
 * Feature values as text (as they would appear in the imported file) -> a FeatureTable the
 * models score, with the same features and kinds as the table the model was trained on.
 * Values for columns the model does not use are ignored; a feature left out is missing.
 */
import type { Feature, FeatureTable } from '../training/data/feature-table.js';
import type { ColumnSpec } from '../training/pipeline/build-feature-table.js';
import { dayNumber } from '../../domain/dates.js';
import { positiveTest } from '../../domain/yes-no.js';

export type TextValues = ReadonlyMap<string, string | null>;

export interface TableContext {
  /** The training table's features (names, kinds, order). */
  features: ReadonlyArray<Pick<Feature, 'name' | 'kind'>>;
  specs: ReadonlyArray<ColumnSpec>;
  /** Per DATE feature: the day its "days before" values count back from. */
  dateReferences: Readonly<Record<string, number>>;
}

/** Stored numbers are canonical text; anything else (or non-finite) is missing. */
function toNumber(text: string | null): number {
  if (text === null || text.trim() === '') return Number.NaN;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * The day number of a DATE value under the column's format, or as YYYY-MM-DD (what a date
 * picker sends for a what-if value); NaN when it is neither.
 */
export function dayOf(spec: ColumnSpec | undefined, text: string): number {
  const day = dayNumber(text, spec?.dateFormat ?? 'ISO');
  return Number.isNaN(day) ? dayNumber(text, 'ISO') : day;
}

/** One table row per entry of `rows`. */
export function valuesToTable(context: TableContext, rows: ReadonlyArray<TextValues>): FeatureTable {
  return valuesToTableBy(context, rows.length, (i, feature) => rows[i].get(context.features[feature].name));
}

/**
 * valuesToTable without a map per row (a scored list's batches): `valueOf(i, f)` is row i's
 * text for context.features[f] (undefined or null: missing).
 */
export function valuesToTableBy(
  context: TableContext,
  n: number,
  valueOf: (row: number, feature: number) => string | null | undefined,
): FeatureTable {
  const specOf = new Map(context.specs.map((s) => [s.name, s]));
  const features = context.features.map((feature, f): Feature => {
    const spec = specOf.get(feature.name);
    const text = (i: number) => {
      const value = valueOf(i, f);
      return value === undefined || value === null || value.trim() === '' ? null : value.trim();
    };
    if (feature.kind === 'CATEGORICAL') {
      const levels: string[] = [];
      const code = new Map<string, number>();
      const codes = Int32Array.from({ length: n }, (_, i) => {
        const value = text(i);
        if (value === null) return -1;
        if (!code.has(value)) code.set(value, levels.push(value) - 1);
        return code.get(value)!;
      });
      return { name: feature.name, kind: 'CATEGORICAL', levels, codes };
    }
    const values = new Float64Array(n);
    const isPositive = feature.kind === 'BINARY' ? positiveTest(spec?.positiveLabel) : null;
    for (let i = 0; i < n; i++) {
      const value = text(i);
      if (value === null) values[i] = Number.NaN;
      else if (isPositive) values[i] = isPositive(value) ? 1 : 0;
      else if (feature.kind === 'DATE') values[i] = (context.dateReferences[feature.name] ?? Number.NaN) - dayOf(spec, value);
      else values[i] = toNumber(value);
    }
    return { name: feature.name, kind: feature.kind, values };
  });
  return { rowCount: n, features };
}
