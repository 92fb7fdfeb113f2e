import { describe, expect, it } from 'vitest';
import { createRng, randomNormal } from '../../../../server/src/common/random.js';
import { createMatrix } from '../../../../server/src/modules/segments/dense-matrix.js';
import { projectSegments } from '../../../../server/src/modules/segments/pca.js';

describe('projectSegments', () => {
  it('samples at most maxPoints, keeps their rows and segments, and explains variance in order', () => {
    const rng = createRng(5);
    const n = 5000;
    const X = createMatrix(n, 3);
    // Variances 9, 1, 0.01: the first axis explains about 9 / 10.01.
    for (let i = 0; i < n; i++) {
      X.data[i * 3] = 3 * randomNormal(rng);
      X.data[i * 3 + 1] = randomNormal(rng);
      X.data[i * 3 + 2] = 0.1 * randomNormal(rng);
    }
    const labels = Int32Array.from({ length: n }, (_, i) => (X.data[i * 3] > 0 ? 1 : 0));
    const { points, explained } = projectSegments(X, labels, { maxPoints: 1000, randomState: 1 });
    expect(points.length).toBe(1000);
    expect(new Set(points.map((p) => p.row)).size).toBe(1000);
    for (const p of points) expect(p.segment).toBe(labels[p.row]);
    expect(explained[0]).toBeCloseTo(9 / 10.01, 1);
    expect(explained[1]).toBeCloseTo(1 / 10.01, 1);
    // The first axis is the x column up to sign.
    const sign = Math.sign(points[0].x * X.data[points[0].row * 3]);
    for (const p of points.slice(0, 50)) expect(Math.abs(p.x - sign * X.data[p.row * 3])).toBeLessThan(0.5);
  });

  it('handles a single feature (y = 0)', () => {
    const X = { rows: 4, cols: 1, data: Float64Array.from([1, 2, 3, 4]) };
    const { points, explained } = projectSegments(X, Int32Array.from([0, 0, 1, 1]));
    expect(points.every((p) => p.y === 0)).toBe(true);
    expect(explained).toEqual([1, 0]);
  });
});
