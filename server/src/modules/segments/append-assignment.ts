/** After an append, the new customers are placed in the latest segmentation (recorded on the import). */
import type { DataSource } from 'typeorm';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import { ImportJobEntity, type SegmentAssignmentRecord } from '../datasets/import-job.entity.js';
import { columnSpecs } from '../training/dataset-rows.js';
import { indicesOfRowNumbers } from '../datasets/column-store/column-store.js';
import { ColumnStoreService } from '../datasets/column-store/column-store.service.js';
import type { SegmentsService } from './segments.service.js';

/** After an append: its customers placed by nearest centroid (or core point), counted per segment. */
export async function assignImportedCustomers(
  dataSource: DataSource,
  segments: SegmentsService,
  dataset: DatasetEntity,
  importId: string,
): Promise<SegmentAssignmentRecord[]> {
  const job = await dataSource.getRepository(ImportJobEntity).findOneBy({ id: importId });
  if (!job || job.options.createsDataset) return [];
  const latest = await segments.latestSucceeded(dataset.id);
  if (!latest?.model) return [];
  // Only the numbers of the import's rows are read; their values come from the column store
  // (built by the importer, so nothing is parsed), shared with the worker thread.
  const numbers: { row_number: number }[] = await dataSource.query(
    'SELECT row_number FROM customer_rows WHERE dataset_id = $1 AND import_id = $2 ORDER BY row_number',
    [dataset.id, importId],
  );
  if (numbers.length === 0) return [];
  const { specs } = await columnSpecs(dataSource, dataset);
  const store = await ColumnStoreService.for(dataSource).load(dataset, specs);
  const rows = indicesOfRowNumbers(
    store,
    numbers.map((r) => r.row_number),
  ).filter((i) => i >= 0);
  const labels = await segments
    .workers()
    .run<Int32Array>({ kind: 'assign', specs, store, rows, target: dataset.targetColumn, model: latest.model! });
  const stored = latest.result!;
  const counts = new Map<number, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const records = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([segmentIndex, customers]) => ({
      segmentationId: latest.id,
      segmentIndex,
      name: segmentIndex < 0 ? 'noise' : (stored.segments.find((s) => s.index === segmentIndex)?.name ?? ''),
      customers,
    }));
  await dataSource.getRepository(ImportJobEntity).update({ id: importId }, { segmentAssignments: records as never });
  return records;
}
