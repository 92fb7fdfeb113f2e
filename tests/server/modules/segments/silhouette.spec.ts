import { describe, expect, it } from 'vitest';
import { fromArrays } from '../../../../server/src/modules/segments/dense-matrix.js';
import { pairwiseDistances, silhouetteFromDistances, silhouetteScore } from '../../../../server/src/modules/segments/silhouette.js';
import { blobs, FOUR_CENTRES } from './cluster-fixtures.js';

/** The textbook definition, point by point, with no shared code. */
function naiveSilhouette(points: number[][], labels: number[]): number {
  const dist = (p: number[], q: number[]) => Math.hypot(...p.map((x, i) => x - q[i]));
  const clusters = [...new Set(labels)];
  const scores = points.map((p, i) => {
    const own = points.filter((_, j) => j !== i && labels[j] === labels[i]);
    if (own.length === 0) return 0;
    const a = own.reduce((s, q) => s + dist(p, q), 0) / own.length;
    const b = Math.min(
      ...clusters
        .filter((c) => c !== labels[i])
        .map((c) => {
          const other = points.filter((_, j) => labels[j] === c);
          return other.reduce((s, q) => s + dist(p, q), 0) / other.length;
        }),
    );
    return (b - a) / Math.max(a, b);
  });
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}

describe('silhouette', () => {
  it('equals scikit-learn on a small example with a singleton cluster', () => {
    // sklearn.metrics.silhouette_score([[0],[1],[4],[10],[11],[13],[30]], [0,0,0,1,1,1,2]) == 0.6410411613325682
    const X = fromArrays([[0], [1], [4], [10], [11], [13], [30]]);
    const labels = Int32Array.from([0, 0, 0, 1, 1, 1, 2]);
    expect(silhouetteFromDistances(pairwiseDistances(X), labels, 3)).toBeCloseTo(0.6410411613325682, 6);
  });

  it('equals the textbook definition on random labels in 3-D', () => {
    const { X } = blobs(FOUR_CENTRES, 30, 2, 3);
    const labels = Int32Array.from({ length: X.rows }, (_, i) => (i * 7) % 3);
    const points = Array.from({ length: X.rows }, (_, i) => Array.from(X.data.subarray(i * 3, i * 3 + 3)));
    expect(silhouetteFromDistances(pairwiseDistances(X), labels, 3)).toBeCloseTo(naiveSilhouette(points, [...labels]), 5);
  });

  it('leaves noise (-1) out and is NaN with a single cluster', () => {
    const X = fromArrays([[0], [1], [10], [11], [500]]);
    const withNoise = silhouetteFromDistances(pairwiseDistances(X), Int32Array.from([0, 0, 1, 1, -1]), 2);
    const without = silhouetteFromDistances(pairwiseDistances(fromArrays([[0], [1], [10], [11]])), Int32Array.from([0, 0, 1, 1]), 2);
    expect(withNoise).toBeCloseTo(without, 12);
    expect(silhouetteFromDistances(pairwiseDistances(X), Int32Array.from([0, 0, 0, 0, 0]), 1)).toBeNaN();
  });

  it('scores well-separated planted blobs near 1 and shuffled labels near 0, also on a sample', () => {
    const { X, truth } = blobs(FOUR_CENTRES, 400, 0.5, 4);
    expect(silhouetteScore(X, truth, { sampleSize: 600 })).toBeGreaterThan(0.8);
    const shuffled = Int32Array.from(truth, (_, i) => i % 4);
    expect(Math.abs(silhouetteScore(X, shuffled, { sampleSize: 600 }))).toBeLessThan(0.1);
  });
});
