/** The model's features as the reasons speak of them: label, kind, phrasing model and yes-level, in the order of phi. */
import type { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import { phrasingOfColumn } from '../phrasing/column-phrasing.js';
import type { ColumnSpec } from '../training/pipeline/build-feature-table.js';
import type { ReasonColumn } from './reasons-text.js';

export function reasonColumns(
  features: readonly string[],
  columns: readonly DatasetColumnEntity[],
  specs: readonly Pick<ColumnSpec, 'name' | 'positiveLabel'>[],
): ReasonColumn[] {
  const columnOf = new Map(columns.map((c) => [c.name, c]));
  const specOf = new Map(specs.map((s) => [s.name, s]));
  return features.map((name) => {
    const column = columnOf.get(name);
    if (!column) return { name, label: name, kind: 'NUMERIC' };
    return {
      name,
      label: column.label,
      kind: column.kind,
      unit: column.stats.unit ?? null,
      phrasing: phrasingOfColumn(column),
      positiveLevel: specOf.get(name)?.positiveLabel ?? null,
    };
  });
}
