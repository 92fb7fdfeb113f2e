/**
 * Our partial dependence against scikit-learn 1.x's `partial_dependence` on the same rows and
 * the same (hand-written logistic) model. Where the grids are defined the same way (few
 * distinct values, categorical levels) the curves must be equal; for a continuous feature the
 * grids differ on purpose and the test pins down how:
 * - scikit-learn spaces 30 points EVENLY between the 5 % and 95 % percentiles, taken with
 *   scipy's mquantiles (alphap = betap = 0.4); we take the quantiles themselves (numpy's
 *   linear method), so the end points nearly coincide and the inner points follow the data.
 * - scikit-learn uses the unique values only when there are strictly fewer than
 *   grid_resolution; we also do when there are exactly as many.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng, randomNormal } from '../../../../server/src/common/random.js';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { partialDependence } from '../../../../server/src/modules/explanations/partial-dependence.js';
import { runSklearnProgram, sklearnAvailable } from '../../../helpers/sklearn.js';
import { column, sigmoid } from './synthetic-data.js';

const hasSklearn = sklearnAvailable();
if (!hasSklearn) console.warn('Skipping: scikit-learn is not available for the reference comparison.');

const COEF = { x: 0.8, k: -0.5, c2: 1, intercept: -1 };
const SCRIPT = `
import json, sys
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.inspection import partial_dependence
d = json.load(sys.stdin)
c = d["coef"]
class Fixed(ClassifierMixin, BaseEstimator):
    def fit(self, X, y):
        self.classes_ = np.array([0, 1]); self.fitted_ = True; return self
    def predict_proba(self, X):
        z = c["intercept"] + c["x"] * X[:, 0] + c["k"] * X[:, 1] + c["c2"] * (X[:, 2] == 2)
        p = 1 / (1 + np.exp(-z))
        return np.column_stack([1 - p, p])
X = np.array(d["X"], dtype=float)
m = Fixed().fit(X, np.array([0, 1] * (len(X) // 2)))
out = {}
for j, name in enumerate(["x", "k", "c"]):
    r = partial_dependence(m, X, [j], grid_resolution=30, percentiles=(0.05, 0.95), kind="average",
                           categorical_features=[2] if j == 2 else None)
    out[name] = {"values": r["values"][0].tolist(), "average": r["average"][0].tolist()}
print(json.dumps(out))
`;

function data(n: number): FeatureTable {
  const rng = createRng(21);
  return {
    rowCount: n,
    features: [
      { name: 'x', kind: 'NUMERIC', values: Float64Array.from({ length: n }, () => Math.exp(randomNormal(rng))) },
      { name: 'k', kind: 'NUMERIC', values: Float64Array.from({ length: n }, () => Math.floor(rng() * 5)) },
      { name: 'c', kind: 'CATEGORICAL', levels: ['a', 'b', 'c'], codes: Int32Array.from({ length: n }, () => Math.floor(rng() * 3)) },
    ],
  };
}

const predict = (t: FeatureTable) => {
  const [x, k, c] = ['x', 'k', 'c'].map((n) => column(t, n));
  return Float64Array.from({ length: t.rowCount }, (_, i) =>
    sigmoid(COEF.intercept + COEF.x * x[i] + COEF.k * k[i] + COEF.c2 * (c[i] === 2 ? 1 : 0)),
  );
};

describe.skipIf(!hasSklearn)('partialDependence vs scikit-learn partial_dependence', () => {
  const X = data(600);
  const rows = Array.from({ length: X.rowCount }, (_, i) => ['x', 'k', 'c'].map((n) => column(X, n)[i]));
  let reference: Record<string, { values: number[]; average: number[] }>;
  beforeAll(() => {
    reference = JSON.parse(runSklearnProgram(SCRIPT, JSON.stringify({ coef: COEF, X: rows }))!);
  });
  const ours = (feature: string) => partialDependence(predict, X, feature, { sampleSize: X.rowCount });

  it('matches exactly on a feature with few distinct values', () => {
    const pdp = ours('k');
    expect(pdp.points.map((p) => p.numericValue)).toEqual(reference.k.values);
    pdp.points.forEach((p, i) => expect(p.meanPrediction).toBeCloseTo(reference.k.average[i], 12));
  });

  it('matches exactly on a categorical feature (levels in code order)', () => {
    const pdp = ours('c');
    expect(pdp.points.map((p) => p.value)).toEqual(['a', 'b', 'c']);
    pdp.points.forEach((p, i) => expect(p.meanPrediction).toBeCloseTo(reference.c.average[i], 12));
  });

  it('shares the end points of a continuous grid but places inner points at quantiles', () => {
    const pdp = ours('x');
    const grid = pdp.points.map((p) => p.numericValue!);
    const ref = reference.x.values;
    expect(grid).toHaveLength(30);
    expect(ref).toHaveLength(30);
    const spread = ref[29] - ref[0];
    // Different quantile definitions: close, not equal (most visible in a skewed tail).
    expect(Math.abs(grid[0] - ref[0])).toBeLessThan(0.03 * spread);
    expect(Math.abs(grid[29] - ref[29])).toBeLessThan(0.03 * spread);
    // x is log-normal (skewed): quantile points crowd at low values where the customers are,
    // scikit-learn's are evenly spaced, so our median grid point lies well below theirs.
    expect(grid[15]).toBeLessThan(ref[15] - 0.1 * spread);
    const below = Array.from(column(X, 'x')).filter((v) => v <= grid[15]).length;
    expect(below).toBeGreaterThan(0.45 * X.rowCount);
    expect(below).toBeLessThan(0.6 * X.rowCount);
    // Same model, same rows: at the (nearly) shared first point the averages nearly agree.
    expect(Math.abs(pdp.points[0].meanPrediction - reference.x.average[0])).toBeLessThan(0.01);
  });
});
