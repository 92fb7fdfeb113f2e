import { describe, expect, it } from 'vitest';
import { matchMask, statsFor } from '../../../../server/src/modules/target-groups/group-stats.js';
import { searchSample } from '../../../../server/src/modules/target-groups/search-sample.js';
import { describeTargetGroup } from '../../../../server/src/modules/target-groups/target-group.js';
import { demoTargetData, trueDrivers } from './demo-target-data.js';

describe('the rule search on a sample of a large base', () => {
  const { data } = demoTargetData(20_000, 4);
  const train = Uint8Array.from(data.testMask!, (t) => (t ? 0 : 1));

  it('is not drawn when the searched customers fit, and otherwise keeps the response rate and only searched customers', () => {
    expect(searchSample(data, train, ['Income'], 20_000)).toBeNull();
    const sample = searchSample(data, train, ['Income', 'Recency'], 4000, 3)!;
    expect(sample.rows.length).toBe(4000);
    expect(sample.data.rowCount).toBe(4000);
    expect(Object.keys(sample.data.columns)).toEqual(['Income', 'Recency']);
    expect(Array.from(sample.rows).every((r, k) => train[r] === 1 && (k === 0 || r > sample.rows[k - 1]))).toBe(true);
    const rate = (target: Uint8Array, rows?: Uint8Array) => {
      let n = 0;
      let p = 0;
      target.forEach((t, i) => {
        if (rows && !rows[i]) return;
        n++;
        p += t;
      });
      return p / n;
    };
    expect(rate(sample.data.target)).toBeCloseTo(rate(data.target, train), 3);
    expect(Array.from(sample.rows)).toEqual(Array.from(searchSample(data, train, ['Income'], 4000, 3)!.rows));
  });

  it('finds the group on the sample but counts it over every customer', () => {
    const full = describeTargetGroup(trueDrivers(), data, { topN: 3, bootstrap: 3 });
    const sampled = describeTargetGroup(trueDrivers(), data, { topN: 3, bootstrap: 3, searchSampleRows: 5000 });
    const exact = statsFor(matchMask(sampled.conditions, data), data.target);
    expect(sampled.matchedCustomers).toBe(exact.matchedCustomers);
    expect(sampled.responders).toBe(exact.responders);
    expect(sampled.stability?.resampleSize).toBe(5000);
    // The same drivers make the group, and its lift is close to the full search's.
    expect(sampled.conditions.map((c) => c.feature).sort()).toEqual(full.conditions.map((c) => c.feature).sort());
    expect(Math.abs(sampled.lift - full.lift) / full.lift).toBeLessThan(0.15);
  });
});
