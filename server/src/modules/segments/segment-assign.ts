/** Placing customers (new or old) in the segments of a stored segmentation. */
import type { FeatureTable } from '../training/data/feature-table.js';
import { fromArrays } from './dense-matrix.js';
import { assignToCores } from './dbscan.js';
import { assignNearest } from './kmeans.js';
import { buildRfmFeatures, RFM_NAMES, type RfmConfig, type RfmSources } from './rfm.js';
import { rfmSegmentOf, scoreRfmWithModel, type RfmParts, type RfmScoreModel } from './rfm-scores.js';
import { transform } from './scaling.js';
import type { SegmentationModel } from './segment-customers.types.js';

/** Segment of each customer of `table` (new or old) under a stored segmentation; -1 = noise. */
export function assignCustomers(model: SegmentationModel, table: FeatureTable): Int32Array {
  const source = model.rfm ? buildRfmFeatures(table, rfmConfigOf(model.rfm)).table : table;
  if (model.rfmScores) return assignByRfmScores(model.rfmScores, source);
  const X = transform(model.scaler, source);
  if (model.centroids) return assignNearest(fromArrays(model.centroids), X).labels;
  if (model.dbscan) return assignToCores(model.dbscan, X);
  throw new Error('The segmentation model has neither centroids nor core points.');
}

/**
 * New customers under RFM scores: scored with the stored cut points; a cell whose segment had
 * no customers in the run goes to the segment of the nearest (R, F) cell that has one.
 */
function assignByRfmScores(model: RfmScoreModel & { segments: string[] }, rfm: FeatureTable): Int32Array {
  const scored = scoreRfmWithModel(model, rfmParts(rfm));
  const present = new Map(model.segments.map((name, i) => [name, i]));
  const cells: { r: number; f: number; segment: number }[] = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      const segment = present.get(rfmSegmentOf(r, f));
      if (segment !== undefined) cells.push({ r, f, segment });
    }
  }
  return Int32Array.from(scored.segment, (name, i) => {
    const direct = present.get(name);
    if (direct !== undefined) return direct;
    let best = cells[0];
    for (const c of cells)
      if (Math.abs(c.r - scored.r[i]) + Math.abs(c.f - scored.f[i]) < Math.abs(best.r - scored.r[i]) + Math.abs(best.f - scored.f[i]))
        best = c;
    return best.segment;
  });
}

/** The recency, frequency and monetary parts of the RFM features (null where absent). */
export function rfmParts(rfm: FeatureTable): RfmParts {
  const part = (name: string) => (rfm.features.find((f) => f.name === name) as { values: Float64Array } | undefined)?.values ?? null;
  return { recency: part(RFM_NAMES.recency), frequency: part(RFM_NAMES.frequency), monetary: part(RFM_NAMES.monetary) };
}

function rfmConfigOf(sources: RfmSources): RfmConfig {
  return {
    recency: sources.recency,
    frequency: sources.frequency,
    monetary: sources.monetary,
    recencyForNever: sources.recencyForNever ?? undefined,
  };
}
