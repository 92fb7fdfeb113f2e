import { describe, expect, it } from 'vitest';
import { createRng, randomNormal } from '../../../../server/src/common/random.js';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { accumulatedLocalEffects, pdpAleDisagreement } from '../../../../server/src/modules/explanations/ale.js';
import { partialDependence } from '../../../../server/src/modules/explanations/partial-dependence.js';
import { column, syntheticCustomers, truePredict } from './synthetic-data.js';

/** x1 uniform on [0, 1]; x2 = x1 + small noise (strongly correlated); x3 independent. */
function correlated(n: number): FeatureTable {
  const rng = createRng(11);
  const x1 = Float64Array.from({ length: n }, () => rng());
  const x2 = x1.map((v) => v + 0.05 * randomNormal(rng));
  const x3 = Float64Array.from({ length: n }, () => rng());
  return {
    rowCount: n,
    features: [
      { name: 'x1', kind: 'NUMERIC', values: x1 },
      { name: 'x2', kind: 'NUMERIC', values: x2 },
      { name: 'x3', kind: 'NUMERIC', values: x3 },
    ],
  };
}
const C = correlated(2000);

/** A bump only where no customer is: high x1 with low x2. Plus an additive x3 effect. */
const offManifold = (t: FeatureTable) => {
  const [a, b, c] = ['x1', 'x2', 'x3'].map((n) => column(t, n));
  return Float64Array.from({ length: t.rowCount }, (_, i) => 0.2 + 0.6 * (a[i] > 0.5 && b[i] < 0.2 ? 1 : 0) + 0.3 * c[i]);
};

describe('accumulatedLocalEffects', () => {
  it('recovers a linear effect exactly, centred on the baseline', () => {
    const linear = (t: FeatureTable) => column(t, 'recency').map((r) => 0.1 + 0.005 * r) as Float64Array;
    const X = syntheticCustomers(1500);
    const ale = accumulatedLocalEffects(linear, X, 'recency', { sampleSize: 1000 });
    for (let k = 1; k < ale.points.length; k++) {
      const a = ale.points[k - 1];
      const b = ale.points[k];
      expect(b.meanPrediction - a.meanPrediction).toBeCloseTo(0.005 * (b.value - a.value), 12);
    }
    const centre = ale.binCounts.reduce((s, n, k) => s + (n * (ale.points[k].effect + ale.points[k + 1].effect)) / 2, 0);
    expect(centre).toBeCloseTo(0, 9);
    expect(ale.points.every((p) => Math.abs(p.meanPrediction - ale.baseline - p.effect) < 1e-12)).toBe(true);
    expect(ale.points[0].value).toBe(0);
    expect(ale.points[ale.points.length - 1].value).toBe(99);
    expect(ale.binCounts.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('stays flat where the PDP extrapolates into combinations no customer has, and flags it', () => {
    const pdp = partialDependence(offManifold, C, 'x1');
    const ale = accumulatedLocalEffects(offManifold, C, 'x1');
    const pdpValues = pdp.points.map((p) => p.meanPrediction);
    // PDP: for x1 > 0.5 about 20 % of customers have x2 < 0.2, so it rises by about 0.6 * 0.2.
    expect(Math.max(...pdpValues) - Math.min(...pdpValues)).toBeGreaterThan(0.08);
    const aleValues = ale.points.map((p) => p.meanPrediction);
    expect(Math.max(...aleValues) - Math.min(...aleValues)).toBeLessThan(0.02);
    const verdict = pdpAleDisagreement(pdp, ale);
    expect(verdict.disagree).toBe(true);
    expect(verdict.score).toBeGreaterThan(0.3);
    expect(verdict.maxDifference).toBeGreaterThan(0.04);
  });

  it('agrees with the PDP on an independent feature with an additive effect', () => {
    const pdp = partialDependence(offManifold, C, 'x3');
    const ale = accumulatedLocalEffects(offManifold, C, 'x3');
    const verdict = pdpAleDisagreement(pdp, ale);
    expect(verdict.disagree).toBe(false);
    expect(verdict.maxDifference).toBeLessThan(0.01);
    const pdpRange = pdp.points[pdp.points.length - 1].meanPrediction - pdp.points[0].meanPrediction;
    expect(pdpRange).toBeCloseTo(0.3 * (pdp.points[pdp.points.length - 1].numericValue! - pdp.points[0].numericValue!), 9);
  });

  it('on the PDP grid, matches a step exactly for an independent feature (no false warning)', () => {
    const X = syntheticCustomers(1500);
    const pdp = partialDependence(truePredict, X, 'recency');
    const grid = pdp.points.map((p) => p.numericValue!);
    const onGrid = accumulatedLocalEffects(truePredict, X, 'recency', { grid });
    expect(onGrid.points.slice(1, -1).map((p) => p.value)).toEqual(grid);
    const verdict = pdpAleDisagreement(pdp, onGrid);
    expect(verdict.disagree).toBe(false);
    expect(verdict.score).toBeLessThan(0.1);
    // With its own quantile edges the step falls between other points and is smeared by
    // interpolation, which is why the comparison wants the shared grid.
    const ownEdges = pdpAleDisagreement(pdp, accumulatedLocalEffects(truePredict, X, 'recency', { gridResolution: 15 }));
    expect(ownEdges.score).toBeGreaterThan(verdict.score);
    expect(() => accumulatedLocalEffects(truePredict, X, 'recency', { grid: [3, 2] })).toThrow(
      /grid must be finite and strictly increasing/,
    );
  });

  it('does not flag a flat, irrelevant feature', () => {
    const X = syntheticCustomers(1000);
    const verdict = pdpAleDisagreement(partialDependence(truePredict, X, 'noise1'), accumulatedLocalEffects(truePredict, X, 'noise1'));
    expect(verdict).toEqual({ score: 0, maxDifference: 0, disagree: false });
  });

  it('checks its parameters up front with clear messages', () => {
    const X = syntheticCustomers(100);
    expect(() => accumulatedLocalEffects(truePredict, X, 'education')).toThrow(
      /"education" is CATEGORICAL; ALE needs a NUMERIC or DATE feature/,
    );
    expect(() => accumulatedLocalEffects(truePredict, X, 'income', { gridResolution: 0 })).toThrow(
      /gridResolution must be an integer >= 1/,
    );
    expect(() => accumulatedLocalEffects(truePredict, X, 'nope')).toThrow(/Unknown feature "nope"/);
    const pdp = partialDependence(truePredict, X, 'income');
    expect(() => pdpAleDisagreement(pdp, accumulatedLocalEffects(truePredict, X, 'recency'))).toThrow(
      /PDP of "income" but ALE of "recency"/,
    );
    expect(() => pdpAleDisagreement(pdp, accumulatedLocalEffects(truePredict, X, 'income'), { threshold: -1 })).toThrow(
      /threshold must be >= 0/,
    );
  });
});
