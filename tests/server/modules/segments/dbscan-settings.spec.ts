import { describe, expect, it } from 'vitest';
import { createMatrix } from '../../../../server/src/modules/segments/dense-matrix.js';
import { chooseDbscanSettings, USEFUL } from '../../../../server/src/modules/segments/dbscan-settings.js';
import { runDbscan } from '../../../../server/src/modules/segments/dbscan.js';
import { MIN_SEGMENT_FOR_ADVICE, segmentationWarnings } from '../../../../server/src/modules/segments/choice-reasons.js';
import { adjustedRandIndex, blobs } from './cluster-fixtures.js';

describe('DBSCAN settings chosen from the data', () => {
  it('finds planted groups of different density: no giant cluster, little noise, and says how', () => {
    const dense = blobs(
      [
        [0, 0],
        [6, 0],
      ],
      300,
      0.5,
      31,
    );
    const loose = blobs([[0, 9]], 300, 1.2, 32);
    const X = createMatrix(dense.X.rows + loose.X.rows, 2);
    X.data.set(dense.X.data);
    X.data.set(loose.X.data, dense.X.data.length);
    const truth = Int32Array.from([...dense.truth, ...Array.from(loose.truth, () => 2)]);
    const settings = chooseDbscanSettings(X);
    expect(settings.found).toBe(true);
    expect(settings.candidates.length).toBeGreaterThan(5);
    const result = runDbscan(X, { eps: settings.eps, minPts: settings.minPts });
    expect(result.clusterCount).toBe(3);
    expect(result.noiseCount / X.rows).toBeLessThanOrEqual(USEFUL.maxNoise);
    const inliers = [...result.labels.keys()].filter((i) => result.labels[i] >= 0);
    expect(
      adjustedRandIndex(
        inliers.map((i) => result.labels[i]),
        inliers.map((i) => truth[i]),
      ),
    ).toBeGreaterThanOrEqual(0.9);
    expect(settings.reason).toMatch(new RegExp(`^eps = ${settings.eps.toFixed(2)}, minPts = ${settings.minPts}: .*3 groups`));
  });

  it('says it cannot when the customers form one cloud', () => {
    const { X } = blobs([[0, 0, 0]], 800, 1, 33);
    const settings = chooseDbscanSettings(X);
    expect(settings.found).toBe(false);
    expect(settings.candidates.every((c) => !c.useful)).toBe(true);
    expect(settings.reason).toMatch(/found no dense groups of useful size.*k-means suits these customers better/);
  });

  it('keeps eps and minPts that were given', () => {
    const { X } = blobs([[0, 0]], 50, 1, 34);
    expect(chooseDbscanSettings(X, { eps: 0.5, minPts: 4 })).toMatchObject({
      eps: 0.5,
      minPts: 4,
      reason: 'eps = 0.50 and minPts = 4, as asked.',
    });
  });
});

describe('segmentation warnings', () => {
  it('warns about one segment holding over 80%, tiny segments and much noise, suggesting k-means after DBSCAN', () => {
    const w = segmentationWarnings('DBSCAN', [1900, 5, 5], 2000, 90);
    expect(w[0]).toMatch(/^One segment holds 95\.0% of the customers.*Try k-means/);
    expect(w[1]).toMatch(new RegExp(`^2 segments have fewer than ${MIN_SEGMENT_FOR_ADVICE} customers: too few to tell`));
    expect(w[1]).not.toMatch(/k-means/);
    expect(segmentationWarnings('KMEANS', [700, 700, 600], 2000, 0)).toEqual([]);
    expect(segmentationWarnings('DBSCAN', [300, 300], 2000, 1400).at(-1)).toMatch(/^1,400 customers \(70\.0%\) fit no segment/);
    expect(segmentationWarnings('DBSCAN', [], 100, 100)[0]).toMatch(/No dense group was found/);
  });
});
