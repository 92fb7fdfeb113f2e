import { describe, expect, it } from 'vitest';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { partialDependence, type PartialDependenceResult } from '../../../../server/src/modules/explanations/partial-dependence.js';
import { regionsOfInterest } from '../../../../server/src/modules/explanations/regions.js';
import { column, sigmoid, syntheticCustomers, truePredict } from './synthetic-data.js';

const X = syntheticCustomers(3000);
const baseRateOf = (p: Float64Array) => p.reduce((a, b) => a + b, 0) / p.length;

/** A hand-made numeric curve: grid 10, 20, ..., predictions as given, 100 customers per point. */
function curve(predictions: number[], baseline: number, integerValued: boolean): PartialDependenceResult {
  const grid = predictions.map((_, k) => 10 * (k + 1) + (integerValued ? 0 : 0.25));
  return {
    feature: 'x',
    kind: 'NUMERIC',
    baseline,
    sampleSize: 100,
    points: grid.map((v, k) => ({
      value: String(v),
      numericValue: v,
      meanPrediction: predictions[k],
      customers: 100,
      lower: k === 0 ? null : (grid[k - 1] + v) / 2,
      upper: k === grid.length - 1 ? null : (v + grid[k + 1]) / 2,
    })),
    ice: [],
    iceRows: [],
    histogram: [],
    missing: 0,
    integerValued,
    discrete: false,
  };
}

describe('regionsOfInterest', () => {
  it('finds the stretch below recency 30 for a step model', () => {
    const pdp = partialDependence(truePredict, X, 'recency');
    const regions = regionsOfInterest(pdp, { baseRate: baseRateOf(truePredict(X)) });
    expect(regions).toHaveLength(1);
    const [region] = regions;
    expect(region.min).toBeNull();
    expect(region.max).toBeGreaterThanOrEqual(27);
    expect(region.max).toBeLessThanOrEqual(31);
    expect(region.levels).toBeNull();
    expect(region.meanPrediction).toBeGreaterThan(1.2 * pdp.baseline);
    const recency = column(X, 'recency');
    expect(region.customers).toBe(recency.filter((r) => r <= region.max!).length);
  });

  it('gives the right level set for a categorical driver, and the right value for a binary one', () => {
    const model = (t: FeatureTable) => {
      const e = column(t, 'education');
      const c = column(t, 'complained');
      return Float64Array.from({ length: t.rowCount }, (_, i) => sigmoid(-2 + 1.5 * (e[i] >= 2 ? 1 : 0) + 1.5 * c[i]));
    };
    const p = model(X);
    const regions = regionsOfInterest(partialDependence(model, X, 'education'), { baseRate: baseRateOf(p) });
    expect(regions).toHaveLength(1);
    expect(regions[0].levels).toEqual(['Master', 'PhD']);
    expect(regions[0].min).toBeNull();
    const edu = column(X, 'education');
    expect(regions[0].customers).toBe(edu.filter((c) => c >= 2).length);
    const binary = regionsOfInterest(partialDependence(model, X, 'complained'), { baseRate: baseRateOf(p) });
    expect(binary.map((r) => r.levels)).toEqual([['1']]);
  });

  it('finds a closed region in the middle of the range with whole-number bounds', () => {
    const bump = (t: FeatureTable) => column(t, 'recency').map((r) => (r >= 40 && r < 60 ? 0.4 : 0.1)) as Float64Array;
    const regions = regionsOfInterest(partialDependence(bump, X, 'recency'));
    expect(regions).toHaveLength(1);
    expect(regions[0].min).toBeGreaterThanOrEqual(38);
    expect(regions[0].min).toBeLessThanOrEqual(42);
    expect(regions[0].max).toBeGreaterThanOrEqual(57);
    expect(regions[0].max).toBeLessThanOrEqual(61);
    expect(regions[0].meanPrediction).toBeCloseTo(0.4, 12);
  });

  it('merges adjacent qualifying points and uses midpoint bounds, open at the ends', () => {
    const pdp = curve([0.3, 0.3, 0.1, 0.1, 0.25, 0.1, 0.26, 0.3], 0.2, false);
    const regions = regionsOfInterest(pdp);
    expect(regions.map((r) => [r.min, r.max])).toEqual([
      [null, 25.25],
      [45.25, 55.25],
      [65.25, null],
    ]);
    expect(regions.map((r) => r.customers)).toEqual([200, 100, 200]);
    expect(regions[2].meanPrediction).toBeCloseTo(0.28, 12);
  });

  it('reports whole-number data as whole-number bounds of the same half-open stretches', () => {
    const regions = regionsOfInterest(curve([0.1, 0.3, 0.3, 0.1], 0.2, true));
    expect(regions).toEqual([{ min: 15, max: 34, levels: null, meanPrediction: 0.3, customers: 200 }]);
  });

  it('applies the relative-lift threshold and the base rate', () => {
    const pdp = curve([0.23, 0.25, 0.1], 0.2, false);
    // Only 0.25 is 20 % above 0.2; at 10 % both 0.23 and 0.25 are.
    expect(regionsOfInterest(pdp).map((r) => [r.min, r.max])).toEqual([[15.25, 25.25]]);
    expect(regionsOfInterest(pdp, { minRelativeLift: 0.1 }).map((r) => [r.min, r.max])).toEqual([[null, 25.25]]);
    expect(regionsOfInterest(pdp, { baseRate: 0.26 })).toEqual([]);
    expect(() => regionsOfInterest(pdp, { minRelativeLift: -0.1 })).toThrow(/minRelativeLift must be >= 0/);
    expect(() => regionsOfInterest(pdp, { baseRate: 2 })).toThrow(/baseRate must be within \[0, 1\]/);
  });
});
