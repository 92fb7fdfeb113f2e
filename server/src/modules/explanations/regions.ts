import type { DependencePoint, PartialDependenceResult } from './partial-dependence.js';

/**
 * Regions of interest on a partial dependence curve: where the predicted response is
 * meaningfully above the baseline, i.e. where the marketing manager should look.
 *
 * A grid point qualifies when its mean prediction is at least `minRelativeLift` above the
 * curve's baseline (relative: 0.2 = 20 % higher) and, when given, above the base rate.
 *
 * Numeric/date features: neighbouring qualifying grid points merge into one region. A region
 * covers the stretches of its grid points (see partialDependence: from the midpoint with the
 * previous grid point to the midpoint with the next), so its bounds are those midpoints, and
 * null where it reaches the first or last grid point (open-ended to the data's end: a region
 * at the highest incomes includes every higher income). Midpoints rather than grid values
 * because the regions then tile the axis with no gaps between neighbouring regions. When every
 * observed value is a whole number, the half-open stretch [a, b) is reported as the equivalent
 * whole-number range [ceil(a), ceil(b) - 1], which reads naturally ("Recency 0 to 29").
 *
 * Categorical and binary features: one region listing every qualifying level (levels have no
 * order, so "adjacent" does not apply).
 *
 * `customers` counts the rows of the PDP's X (all of them, not only the sample) in the region;
 * `meanPrediction` is the customer-weighted mean of its grid points' predictions.
 */

export interface RegionOptions {
  minRelativeLift?: number;
  /** The observed response rate; a region must also be above it. */
  baseRate?: number;
}

export interface InterestRegion {
  min: number | null;
  max: number | null;
  levels: string[] | null;
  meanPrediction: number;
  customers: number;
}

export function regionsOfInterest(pdp: PartialDependenceResult, options: RegionOptions = {}): InterestRegion[] {
  const minRelativeLift = options.minRelativeLift ?? 0.2;
  if (!(minRelativeLift >= 0)) throw new Error(`regionsOfInterest: minRelativeLift must be >= 0, got ${minRelativeLift}.`);
  if (options.baseRate !== undefined && !(options.baseRate >= 0 && options.baseRate <= 1)) {
    throw new Error(`regionsOfInterest: baseRate must be within [0, 1], got ${options.baseRate}.`);
  }
  const threshold = pdp.baseline * (1 + minRelativeLift);
  const qualifies = (p: DependencePoint) =>
    p.meanPrediction >= threshold &&
    p.meanPrediction > pdp.baseline &&
    (options.baseRate === undefined || p.meanPrediction > options.baseRate);

  if (pdp.discrete) {
    const chosen = pdp.points.filter(qualifies);
    return chosen.length === 0 ? [] : [{ min: null, max: null, levels: chosen.map((p) => p.value), ...summary(chosen) }];
  }
  const regions: InterestRegion[] = [];
  let start = -1;
  pdp.points.forEach((point, k) => {
    if (qualifies(point) && start < 0) start = k;
    const endsHere = start >= 0 && (k === pdp.points.length - 1 || !qualifies(pdp.points[k + 1]));
    if (!endsHere) return;
    const run = pdp.points.slice(start, k + 1);
    const lower = run[0].lower;
    const upper = run[run.length - 1].upper;
    const region = {
      min: lower === null ? null : pdp.integerValued ? Math.ceil(lower) : lower,
      max: upper === null ? null : pdp.integerValued ? Math.ceil(upper) - 1 : upper,
      levels: null,
      ...summary(run),
    };
    // With whole-number data a stretch between two close grid points can hold no value at all.
    if (region.customers > 0 || !pdp.integerValued) regions.push(region);
    start = -1;
  });
  return regions;
}

function summary(points: DependencePoint[]): { meanPrediction: number; customers: number } {
  const customers = points.reduce((sum, p) => sum + p.customers, 0);
  const meanPrediction =
    customers > 0
      ? points.reduce((sum, p) => sum + p.meanPrediction * p.customers, 0) / customers
      : points.reduce((sum, p) => sum + p.meanPrediction, 0) / points.length;
  return { meanPrediction, customers };
}
