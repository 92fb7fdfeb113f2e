/** Segmenting a loaded dataset as the app does: labels and phrasing models as the importer gives them, its campaigns as the heatmap's columns. */
import type { LoadedDataset } from './datasets.js';
import { isCategorical, type NumericFeature } from '../../server/src/modules/training/data/feature-table.js';
import { columnLabel } from '../../server/src/modules/datasets/import/column-labels.js';
import { inferPhrasing, type Phrasing } from '../../server/src/modules/phrasing/phrasing.js';
import { segmentCustomers } from '../../server/src/modules/segments/segment-customers.js';
import type { SegmentationResult } from '../../server/src/modules/segments/segment-customers.types.js';

/** Labels and phrasing models as the importer gives them. */
export function wordsFor(data: LoadedDataset) {
  const labels: Record<string, string> = {};
  const phrasings: Record<string, Phrasing> = {};
  for (const f of data.table.features) {
    labels[f.name] = columnLabel(f.name);
    const values = isCategorical(f) ? [] : [...f.values].filter((v) => !Number.isNaN(v));
    phrasings[f.name] = inferPhrasing({
      name: f.name,
      label: labels[f.name],
      kind: isCategorical(f) ? 'CATEGORICAL' : f.kind,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
    });
  }
  labels.Response = columnLabel('Response');
  return { labels, phrasings };
}

/** One segmentation of the data with its AcceptedCmp columns and Response as campaigns. */
export function segmentDataset(
  data: LoadedDataset,
  algorithm: 'KMEANS' | 'RFM_SCORES' | 'DBSCAN',
  currency: string | null = null,
): SegmentationResult {
  const accepted = data.table.features.filter((f): f is NumericFeature => /^AcceptedCmp\d$/.test(f.name));
  const campaigns = [
    ...accepted.map((f) => ({ column: f.name, values: f.values })),
    { column: 'Response', values: Float64Array.from(data.y) },
  ];
  return segmentCustomers(data.table, campaigns, { algorithm, randomState: 0, ...wordsFor(data), currency });
}
