import { describe, expect, it } from 'vitest';
import { fromArrays } from '../../../../server/src/modules/segments/dense-matrix.js';
import { assignNearest, chooseK, fitKMeans, kmeansSegments } from '../../../../server/src/modules/segments/kmeans.js';
import { kChoiceReason } from '../../../../server/src/modules/segments/choice-reasons.js';
import { adjustedRandIndex, blobs, FOUR_CENTRES } from './cluster-fixtures.js';

describe('k-means', () => {
  it('recovers four planted blobs (ARI >= 0.9) and reports their centres', () => {
    const { X, truth } = blobs(FOUR_CENTRES, 250, 1, 11);
    const fit = fitKMeans(X, 4, { randomState: 3 });
    expect(adjustedRandIndex(fit.labels, truth)).toBeGreaterThanOrEqual(0.9);
    for (const centre of FOUR_CENTRES) {
      const nearest = Math.min(
        ...Array.from({ length: 4 }, (_, j) => Math.hypot(...centre.map((x, t) => x - fit.centroids.data[j * 3 + t]))),
      );
      expect(nearest).toBeLessThan(0.3);
    }
  });

  it('keeps the restart with the lowest inertia, reproducibly', () => {
    const { X } = blobs(FOUR_CENTRES, 100, 1.5, 12);
    const one = fitKMeans(X, 4, { nInit: 1, randomState: 5 });
    const many = fitKMeans(X, 4, { nInit: 6, randomState: 5 });
    expect(many.inertia).toBeLessThanOrEqual(one.inertia + 1e-9);
    expect(fitKMeans(X, 4, { nInit: 6, randomState: 5 }).labels).toEqual(many.labels);
    // Inertia is the sum of squared distances to the assigned centroid.
    const recount = Array.from({ length: X.rows }, (_, i) => {
      const c = many.labels[i];
      return [0, 1, 2].reduce((s, t) => s + (X.data[i * 3 + t] - many.centroids.data[c * 3 + t]) ** 2, 0);
    }).reduce((a, b) => a + b, 0);
    expect(many.inertia).toBeCloseTo(recount, 6);
  });

  it('chooses the planted k by silhouette and reports inertia falling with k', () => {
    const { X } = blobs(FOUR_CENTRES, 150, 0.8, 13);
    const result = chooseK(X, { kMin: 2, kMax: 7, randomState: 1 });
    expect(result.k).toBe(4);
    expect(result.choices.map((c) => c.k)).toEqual([2, 3, 4, 5, 6, 7]);
    for (let i = 1; i < result.choices.length; i++) expect(result.choices[i].inertia).toBeLessThan(result.choices[i - 1].inertia);
  });

  it('on more rows than sampleSize chooses k on a sample and still labels every row', () => {
    const { X, truth } = blobs(FOUR_CENTRES, 800, 1, 14);
    const { fit, choice } = kmeansSegments(X, { kMax: 6, sampleSize: 500, randomState: 2 });
    expect(choice!.sample!.length).toBe(500);
    expect(fit.k).toBe(4);
    expect(fit.labels.length).toBe(3200);
    expect(adjustedRandIndex(fit.labels, truth)).toBeGreaterThanOrEqual(0.9);
  });

  it('assignNearest picks the closest centroid', () => {
    const centroids = fromArrays([
      [0, 0],
      [10, 0],
      [0, 10],
    ]);
    const { labels, distances } = assignNearest(
      centroids,
      fromArrays([
        [1, 1],
        [9, -1],
        [-2, 12],
        [6, 5],
      ]),
    );
    expect([...labels]).toEqual([0, 1, 2, 1]);
    expect(distances[0]).toBeCloseTo(2, 12);
    expect(() => assignNearest(centroids, fromArrays([[1, 2, 3]]))).toThrow(/columns/);
  });

  it('rejects impossible k with a clear message', () => {
    const X = fromArrays([[0], [1], [2]]);
    expect(() => fitKMeans(X, 5)).toThrow(/Cannot form 5 segments from 3 customers/);
    expect(() => fitKMeans(X, 0)).toThrow(/positive integer/);
  });

  it('chooses k from 3 to 8 by default; k = 2 is scored for the chart, said why, and can still be asked for', () => {
    const { X } = blobs(
      [
        [0, 0],
        [12, 0],
      ],
      150,
      1,
      21,
    );
    const result = chooseK(X, { randomState: 1 });
    expect(result.choices.map((c) => c.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(result.choices[0].eligible).toBe(false);
    expect(result.k).toBeGreaterThanOrEqual(3);
    expect(result.choices[0].silhouette).toBeGreaterThan(result.choices.find((c) => c.k === result.k)!.silhouette);
    expect(kChoiceReason(result, result.k)).toMatch(/ask for k = 2/);
    expect(fitKMeans(X, 2, { randomState: 1 }).k).toBe(2);
    expect(kChoiceReason(null, 2)).toBe('k = 2, as asked.');
  });

  it('does not choose a k whose smallest segment holds under 5 % of the customers', () => {
    // Three large groups and a far-away handful (2 % of the customers).
    const big = blobs(
      [
        [0, 0],
        [10, 0],
        [0, 10],
      ],
      196,
      1,
      22,
    );
    const tiny = blobs([[14, 14]], 12, 0.5, 23);
    const data = new Float64Array([...big.X.data, ...tiny.X.data]);
    const X = { rows: big.X.rows + tiny.X.rows, cols: 2, data };
    const result = chooseK(X, { randomState: 1, silhouetteTolerance: 0 });
    const four = result.choices.find((c) => c.k === 4)!;
    expect(four.smallestShare).toBeLessThan(0.05);
    expect(four.eligible).toBe(false);
    // Silhouette alone would split off the handful.
    expect(four.silhouette).toBeGreaterThan(result.choices.find((c) => c.k === 3)!.silhouette);
    expect(result.k).toBe(3);
    expect(kChoiceReason(result, result.k)).toMatch(
      /k = 3: the best-separated grouping .* at least 5% of the customers\..*left out: a segment would hold under 5%/,
    );
  });

  it('breaks a near-tie of silhouettes in favour of the finer split, and says so', () => {
    const { X } = blobs(FOUR_CENTRES, 150, 0.8, 13);
    const strict = chooseK(X, { randomState: 1, silhouetteTolerance: 0 });
    const loose = chooseK(X, { randomState: 1, silhouetteTolerance: 1 });
    expect(strict.k).toBe(4);
    expect(loose.k).toBe(8);
    expect(kChoiceReason(loose, loose.k)).toMatch(/k = 4 separates best .* so the finer split wins/);
  });
});
