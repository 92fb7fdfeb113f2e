/**
 * A file's columns as dataset columns: created with their stats and inferred phrasing for a
 * new dataset; for an append, the dataset's stored settings applied to the file's columns in
 * the file's order.
 */
import type { EntityManager } from 'typeorm';
import { inferPhrasing } from '../../phrasing/phrasing.js';
import { DatasetColumnEntity } from '../dataset-column.entity.js';
import { DatasetEntity } from '../dataset.entity.js';
import type { InferenceResult, InferredColumn } from './csv-file.js';

export async function createColumns(manager: EntityManager, dataset: DatasetEntity, inference: InferenceResult): Promise<void> {
  const repo = manager.getRepository(DatasetColumnEntity);
  await repo.save(
    inference.columns.map((c, position) =>
      repo.create({
        datasetId: dataset.id,
        position,
        name: c.name,
        label: c.label,
        kind: c.kind,
        missing: c.missing,
        distinctCount: c.distinct,
        stats: {
          min: c.min ?? null,
          max: c.max ?? null,
          topLevels: c.topLevels ?? [],
          examples: c.examples ?? [],
          dateFormat: c.dateFormat ?? null,
          decimalComma: c.decimalComma ?? false,
          positiveLabel: c.positiveLabel ?? null,
          levels: c.levels ?? undefined,
          unit: c.unit ?? null,
          note: c.note ?? null,
          distinctCapped: c.distinctCapped ?? false,
        },
        isTarget: c.name === inference.targetColumn,
        isPastCampaign: c.isPastCampaign,
        knownAfterContact: false,
        phrasing: inferPhrasing({
          name: c.name,
          label: c.label,
          kind: c.kind,
          unit: c.unit,
          min: c.min,
          max: c.max,
          levels: c.topLevels?.map((l) => l.value) ?? null,
        }),
      }),
    ),
  );
  await manager.getRepository(DatasetEntity).update(
    { id: dataset.id },
    {
      targetColumn: inference.targetColumn,
      positiveLabel: inference.positiveLabel,
      idColumn: inference.idColumn,
      settings: { ...dataset.settings, delimiter: inference.delimiter },
    },
  );
}

/** A dataset column as the normaliser needs it, named as in this file. */
export function toInferred(column: DatasetColumnEntity, fileColumn: InferredColumn): InferredColumn {
  return {
    ...fileColumn,
    kind: column.kind,
    dateFormat: column.stats.dateFormat ?? fileColumn.dateFormat,
    decimalComma: column.stats.decimalComma ?? fileColumn.decimalComma,
    positiveLabel: column.stats.positiveLabel ?? fileColumn.positiveLabel,
    levels: column.stats.levels ?? fileColumn.levels,
  };
}

export function reorderForFile(datasetColumns: InferredColumn[], order: number[], fileWidth: number): InferredColumn[] {
  const byFile: InferredColumn[] = new Array(fileWidth);
  order.forEach((fileIndex, datasetIndex) => (byFile[fileIndex] = datasetColumns[datasetIndex]));
  return byFile;
}
