/**
 * The units a column's values can be in (set by the importer from known column names, or by
 * an analyst). They decide how figures are written: "29 days", "70,000", "1 March 2013".
 */
export const COLUMN_UNITS = ['currency', 'days', 'count', 'years', 'date', 'seconds'] as const;
export type ColumnUnit = (typeof COLUMN_UNITS)[number];

/** The unit stored for a column, when it is one the product knows. */
export function columnUnitOf(value: string | null | undefined): ColumnUnit | undefined {
  return value && (COLUMN_UNITS as readonly string[]).includes(value) ? (value as ColumnUnit) : undefined;
}
