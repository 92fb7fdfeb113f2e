/** The segmentation settings form's defaults: the RFM columns detected from names and kinds (no rows needed). */
import type { DataSource } from 'typeorm';
import { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import type { FeatureTable } from '../training/data/feature-table.js';
import { detectRfmColumns } from './rfm.js';

export interface SegmentationDefaults {
  recency: string | null;
  frequency: string[];
  monetary: string[];
  numericColumns: string[];
}

export async function segmentationDefaults(dataSource: DataSource, dataset: DatasetEntity): Promise<SegmentationDefaults> {
  const columns = await dataSource
    .getRepository(DatasetColumnEntity)
    .find({ where: { datasetId: dataset.id }, order: { position: 'ASC' } });
  const usable = columns.filter(
    (c) => c.name !== dataset.targetColumn && !c.knownAfterContact && ['NUMERIC', 'BINARY', 'CATEGORICAL', 'DATE'].includes(c.kind),
  );
  const shape: FeatureTable = {
    rowCount: 0,
    features: usable.map((c) =>
      c.kind === 'CATEGORICAL'
        ? { name: c.name, kind: 'CATEGORICAL', codes: new Int32Array(0), levels: [] }
        : { name: c.name, kind: c.kind as 'NUMERIC', values: new Float64Array(0) },
    ) as FeatureTable['features'],
  };
  const rfm = detectRfmColumns(shape);
  return {
    recency: rfm.recency,
    frequency: rfm.frequency,
    monetary: rfm.monetary,
    numericColumns: usable.filter((c) => c.kind === 'NUMERIC').map((c) => c.name),
  };
}
