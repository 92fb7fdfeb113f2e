/**
 * The rule search on a stated sample: above SEARCH_SAMPLE_ROWS searched customers, the search
 * for the group's conditions (and its bootstrap) runs on a seeded sample of that many, drawn
 * separately from responders and non-responders so the response rate is the file's. Only
 * finding the conditions is sampled: every count shown (group size, responders, lift, held-out
 * figures) is recounted exactly over every customer.
 */
import { createRng } from '../../common/random.js';
import { takeColumn } from './stability.js';
import type { ColumnData, TargetGroupData } from './types.js';

/** 100,000 customers: at a 15 % response rate 15,000 responders, so a 2 % group still has ~300 of them. */
export const SEARCH_SAMPLE_ROWS = 100_000;

export interface SearchSample {
  /** The sampled customers (only the searched columns), every one of them searchable. */
  data: TargetGroupData;
  /** Their rows in the full data, ascending. */
  rows: Int32Array;
}

/** A sample of the rows in `scope` (all rows when undefined), or null when there are no more than `max`. */
export function searchSample(
  data: TargetGroupData,
  scope: Uint8Array | undefined,
  features: readonly string[],
  max = SEARCH_SAMPLE_ROWS,
  seed = 0,
): SearchSample | null {
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < data.rowCount; i++) {
    if (scope && !scope[i]) continue;
    (data.target[i] ? positives : negatives).push(i);
  }
  const total = positives.length + negatives.length;
  if (total <= max) return null;
  const rng = createRng(seed);
  const take = (from: number[], k: number) => {
    // Partial Fisher-Yates: the first k are a uniform sample.
    for (let j = 0; j < k; j++) {
      const r = j + Math.floor(rng() * (from.length - j));
      [from[j], from[r]] = [from[r], from[j]];
    }
    return from.slice(0, k);
  };
  const wantPositives = Math.round((max * positives.length) / total);
  const rows = Int32Array.from([...take(positives, wantPositives), ...take(negatives, max - wantPositives)]).sort();
  const columns: Record<string, ColumnData> = {};
  for (const name of features) if (data.columns[name]) columns[name] = takeColumn(data.columns[name], rows);
  return {
    data: { rowCount: rows.length, columns, target: Uint8Array.from(rows, (i) => data.target[i]), currency: data.currency },
    rows,
  };
}
