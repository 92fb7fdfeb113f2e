import { describe, expect, it } from 'vitest';
import { decileOf, gainsOf, ranksOf, topCount } from '../../../../server/src/modules/scoring/list-ranking.js';

describe('ranks, deciles and gains of a scored list', () => {
  it('ranks by probability, highest first, ties in file order', () => {
    expect([...ranksOf(Float64Array.from([0.2, 0.9, 0.2, 0.5]))]).toEqual([2, 0, 3, 1]);
  });

  it('splits into ten deciles whose first tenth is exactly the top 10 %', () => {
    for (const n of [1, 7, 10, 23, 600, 1001]) {
      const counts = new Array(11).fill(0);
      for (let r = 0; r < n; r++) counts[decileOf(r, n)]++;
      expect(counts[1]).toBe(topCount(n, 10));
      let cumulative = 0;
      for (let d = 1; d <= 10; d++) {
        cumulative += counts[d];
        expect(cumulative).toBe(topCount(n, d * 10));
      }
    }
  });

  it('counts the top k % rounded up, all at 100 %, none at 0 %', () => {
    expect([0, 1, 10, 15, 33, 100].map((k) => topCount(600, k))).toEqual([0, 6, 60, 90, 198, 600]);
    expect(topCount(7, 10)).toBe(1);
    expect(topCount(3, 100)).toBe(3);
  });

  it('sums the expected responders of the best-rated rows', () => {
    const p = Float64Array.from([0.1, 0.8, 0.4, 0.3, 0.9, 0.2, 0.5, 0.6, 0.7, 0.05]);
    const gains = gainsOf(p, ranksOf(p));
    expect(gains).toHaveLength(101);
    expect(gains[0]).toEqual({ percent: 0, customers: 0, expectedResponders: 0 });
    expect(gains[20].customers).toBe(2);
    expect(gains[20].expectedResponders).toBeCloseTo(1.7, 12);
    expect(gains[100].expectedResponders).toBeCloseTo(4.55, 12);
  });
});
