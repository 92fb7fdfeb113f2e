import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './cluster-fixtures.js';

describe('adjustedRandIndex (test helper)', () => {
  it('is 1 for the same partition under renamed labels', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBeCloseTo(1, 12);
  });

  it('matches the value scikit-learn documents for a partial agreement', () => {
    // sklearn.metrics.adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) == 0.5714285714285715
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714285715, 12);
  });

  it('is about 0 for unrelated labellings', () => {
    const a = Array.from({ length: 4000 }, (_, i) => i % 4);
    const b = Array.from({ length: 4000 }, (_, i) => (Math.floor(i / 1000) % 4 === 0 ? (i * 7) % 3 : (i * 13) % 3));
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.02);
  });
});
