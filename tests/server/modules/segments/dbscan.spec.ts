import { describe, expect, it } from 'vitest';
import { createMatrix, fromArrays, type DenseMatrix } from '../../../../server/src/modules/segments/dense-matrix.js';
import { kDistances, kneeIndex, runDbscan, suggestEps, assignToCores } from '../../../../server/src/modules/segments/dbscan.js';
import { adjustedRandIndex, blobs } from './cluster-fixtures.js';

const CENTRES = [
  [0, 0],
  [8, 0],
  [0, 8],
];
const OUTLIERS = [
  [20, 20],
  [-15, 22],
  [25, -18],
  [-20, -20],
  [4, 30],
];

function withOutliers(base: DenseMatrix): DenseMatrix {
  const m = createMatrix(base.rows + OUTLIERS.length, base.cols);
  m.data.set(base.data);
  OUTLIERS.forEach((o, i) => m.data.set(o, (base.rows + i) * base.cols));
  return m;
}

describe('DBSCAN', () => {
  it('k-distances equal a brute-force recount (the point itself counted first)', () => {
    const pts = [[0], [1], [3], [7], [15]];
    // 3rd nearest counting itself = 2nd nearest other point.
    const expected = pts.map((p) => pts.map((q) => Math.abs(p[0] - q[0])).sort((a, b) => a - b)[2]).sort((a, b) => a - b);
    expect([...kDistances(fromArrays(pts), 3)]).toEqual(expected);
  });

  it('finds the knee of a flat-then-steep curve', () => {
    const curve = Float64Array.from({ length: 100 }, (_, i) => (i < 90 ? 1 + i * 0.01 : 2 + (i - 89) * 5));
    expect(kneeIndex(curve)).toBeGreaterThanOrEqual(85);
    expect(kneeIndex(curve)).toBeLessThanOrEqual(90);
  });

  it('marks planted outliers as noise (-1) and recovers the blobs with the suggested eps', () => {
    const { X, truth } = blobs(CENTRES, 200, 0.6, 21);
    const data = withOutliers(X);
    const result = runDbscan(data, { minPts: 5 });
    const labels = result.labels;
    for (let i = X.rows; i < data.rows; i++) expect(labels[i]).toBe(-1);
    const inliers = Array.from({ length: X.rows }, (_, i) => i).filter((i) => labels[i] >= 0);
    expect(inliers.length).toBeGreaterThan(X.rows * 0.95);
    expect(
      adjustedRandIndex(
        inliers.map((i) => labels[i]),
        inliers.map((i) => truth[i]),
      ),
    ).toBeGreaterThanOrEqual(0.9);
    expect(result.clusterCount).toBe(3);
    expect(result.noiseCount).toBeGreaterThanOrEqual(OUTLIERS.length);
    expect(result.model.eps).toBeCloseTo(suggestEps(data, 5), 12);
  });

  it('on more rows than sampleSize runs on a sample and assigns the rest via core points', () => {
    const { X, truth } = blobs(CENTRES, 500, 0.6, 22);
    const data = withOutliers(X);
    const result = runDbscan(data, { minPts: 5, sampleSize: 600, randomState: 3 });
    expect(result.sampled).toBe(true);
    for (let i = X.rows; i < data.rows; i++) expect(result.labels[i]).toBe(-1);
    const inliers = Array.from({ length: X.rows }, (_, i) => i).filter((i) => result.labels[i] >= 0);
    expect(inliers.length).toBeGreaterThan(X.rows * 0.9);
    expect(
      adjustedRandIndex(
        inliers.map((i) => result.labels[i]),
        inliers.map((i) => truth[i]),
      ),
    ).toBeGreaterThanOrEqual(0.9);
    // The stored model places the customers the same way (new-customer path).
    const again = assignToCores(result.model, data);
    const agree = inliers.filter((i) => again[i] === result.labels[i]).length;
    expect(agree / inliers.length).toBeGreaterThan(0.97);
  });

  it('validates its parameters', () => {
    const X = fromArrays([[0], [1], [2]]);
    expect(() => runDbscan(X, { minPts: 5 })).toThrow(/at least minPts/);
    expect(() => runDbscan(X, { minPts: 2, eps: -1 })).toThrow(/eps must be positive/);
  });
});
