/**
 * The kinds a dataset column can have. The importer decides one per column, analysts may
 * change it, training and target groups read it; the GraphQL enum `ColumnKind` and the
 * client's pickers are built from this list (in this order).
 */
export const COLUMN_KINDS = ['NUMERIC', 'CATEGORICAL', 'BINARY', 'DATE', 'IDENTIFIER', 'IGNORED'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** The kinds a model learns from (IDENTIFIER and IGNORED columns are left out). */
export type FeatureKind = Exclude<ColumnKind, 'IDENTIFIER' | 'IGNORED'>;

export function isColumnKind(value: string): value is ColumnKind {
  return (COLUMN_KINDS as readonly string[]).includes(value);
}
