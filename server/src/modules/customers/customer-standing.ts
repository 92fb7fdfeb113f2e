/**
 * Where one customer stands among all of the dataset's customers for a model: their decile
 * (by the same rule as the scored lists: 1 = the best-rated tenth) from every customer's
 * predicted probability, computed once per model in slices that leave the event loop free.
 */
import { takeRows, type FeatureTable } from '../training/data/feature-table.js';
import type { TrainedModel } from '../training/model-registry.js';
import { decileOf } from '../scoring/list-ranking.js';

/** Rows predicted between two turns of the event loop. */
const SLICE = 4096;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every row's probability, sorted from highest to lowest. */
export async function sortedProbabilities(model: Pick<TrainedModel, 'predictProba'>, table: FeatureTable): Promise<Float64Array> {
  const all = new Float64Array(table.rowCount);
  for (let start = 0; start < table.rowCount; start += SLICE) {
    const end = Math.min(table.rowCount, start + SLICE);
    const rows = Int32Array.from({ length: end - start }, (_, k) => start + k);
    all.set(model.predictProba(takeRows(table, rows)), start);
    await turn();
  }
  return all.sort().reverse();
}

/**
 * The decile of probability `p` among `sortedDesc` (highest first): its rank is the number of
 * customers rated strictly higher, and the decile follows the scored lists' rule (decileOf).
 */
export function decileAmong(sortedDesc: Float64Array, p: number): number {
  const n = sortedDesc.length;
  if (n === 0) return 1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedDesc[mid] > p) lo = mid + 1;
    else hi = mid;
  }
  return decileOf(Math.min(lo, n - 1), n);
}
