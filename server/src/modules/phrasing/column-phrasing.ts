/** A stored column's phrasing: the one people set or the importer inferred, else inferred now (columns imported before). */
import { inferPhrasing, type Phrasing } from './phrasing.js';

export interface StoredColumn {
  name: string;
  label: string;
  kind: 'NUMERIC' | 'CATEGORICAL' | 'BINARY' | 'DATE' | 'IDENTIFIER' | 'IGNORED';
  phrasing?: Phrasing | null;
  stats: { unit?: string | null; min?: number | null; max?: number | null; topLevels?: { value: string }[] };
}

export function phrasingOfColumn(column: StoredColumn): Phrasing {
  return (
    column.phrasing ??
    inferPhrasing({
      name: column.name,
      label: column.label,
      kind: column.kind,
      unit: column.stats.unit,
      min: column.stats.min,
      max: column.stats.max,
      levels: column.stats.topLevels?.map((l) => l.value) ?? null,
    })
  );
}
