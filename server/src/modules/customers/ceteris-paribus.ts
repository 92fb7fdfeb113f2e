/**
 * A customer's ceteris-paribus curve (their ICE line): the model's probability as one feature
 * moves over values customers actually have (quantiles of the training rows for numbers and
 * dates, the seen levels for categories) while everything else stays theirs.
 */
import { isCategorical, type Feature, type FeatureTable } from '../training/data/feature-table.js';

export interface CurvePoint {
  /** The feature's value in the table's terms (days before the reference for dates), or a level. */
  value: number | string;
  probability: number;
}

const MAX_LEVELS = 40;

/** `row` is a one-row table; the curve covers up to `points` values of `feature` seen in `background`. */
export function ceterisParibus(
  predict: (table: FeatureTable) => Float64Array,
  row: FeatureTable,
  background: FeatureTable,
  feature: string,
  points = 25,
): CurvePoint[] {
  const index = row.features.findIndex((f) => f.name === feature);
  const seen = background.features.find((f) => f.name === feature);
  if (index < 0 || !seen) throw new Error(`The model does not use "${feature}".`);
  const grid: (number | string)[] = isCategorical(seen) ? seenLevels(seen.levels, seen.codes) : quantileGrid(seen.values, points);
  const n = grid.length;
  const features = row.features.map((f, j): Feature => {
    if (j === index) {
      return isCategorical(f)
        ? { name: f.name, kind: 'CATEGORICAL', levels: grid as string[], codes: Int32Array.from(grid, (_, i) => i) }
        : { name: f.name, kind: f.kind, values: Float64Array.from(grid as number[]) };
    }
    return isCategorical(f) ? { ...f, codes: new Int32Array(n).fill(f.codes[0]) } : { ...f, values: new Float64Array(n).fill(f.values[0]) };
  });
  const p = predict({ rowCount: n, features });
  return grid.map((value, i) => ({ value, probability: p[i] }));
}

/** Distinct quantiles of the present values (at most `points`). */
export function quantileGrid(values: Float64Array, points: number): number[] {
  const present = Array.from(values).filter((v) => !Number.isNaN(v));
  present.sort((a, b) => a - b);
  if (present.length === 0) return [];
  const grid: number[] = [];
  for (let k = 0; k < points; k++) {
    const v = present[Math.round((k / Math.max(1, points - 1)) * (present.length - 1))];
    if (grid.length === 0 || grid[grid.length - 1] !== v) grid.push(v);
  }
  return grid;
}

/** The most frequent levels in the rows (at most MAX_LEVELS), most frequent first. */
function seenLevels(levels: string[], codes: Int32Array): string[] {
  const counts = new Float64Array(levels.length);
  for (const c of codes) if (c >= 0) counts[c]++;
  return levels
    .map((level, c) => ({ level, count: counts[c] }))
    .filter((l) => l.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_LEVELS)
    .map((l) => l.level);
}
