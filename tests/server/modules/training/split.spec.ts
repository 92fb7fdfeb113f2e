import { describe, expect, it } from 'vitest';
import { stratifiedSample, stratifiedSplit } from '../../../../server/src/modules/training/split.js';

/** 1M labels with a 15 % response rate (deterministic). */
function labels(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => ((i * 2654435761) % 100 < 15 ? 1 : 0));
}

describe('stratifiedSplit', () => {
  it('splits a million rows without overflowing the stack, keeping each class share', () => {
    const y = labels(1_000_000);
    const { train, test } = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
    expect(train.length + test.length).toBe(1_000_000);
    expect(test.length).toBe(250_000);
    const rate = (rows: Int32Array) => rows.reduce((sum, r) => sum + y[r], 0) / rows.length;
    expect(rate(test)).toBeCloseTo(rate(train), 4);
    const seen = new Uint8Array(y.length);
    for (const r of train) seen[r]++;
    for (const r of test) seen[r]++;
    expect(seen.every((count) => count === 1)).toBe(true);
    expect(test.every((r, i) => i === 0 || r > test[i - 1])).toBe(true);
  });

  it('is reproducible for a seed', () => {
    const y = labels(2000);
    expect(stratifiedSplit(y, { randomState: 3 }).test).toEqual(stratifiedSplit(y, { randomState: 3 }).test);
    expect(stratifiedSplit(y, { randomState: 3 }).test).not.toEqual(stratifiedSplit(y, { randomState: 4 }).test);
  });
});

describe('stratifiedSample', () => {
  it('draws a stated-size sample of 750,000 rows with the same response rate', () => {
    const y = labels(1_000_000);
    const { train } = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
    const sample = stratifiedSample(y, train, 200_000, 1);
    expect(sample.length).toBe(200_000);
    const rate = (rows: Int32Array) => rows.reduce((sum, r) => sum + y[r], 0) / rows.length;
    expect(rate(sample)).toBeCloseTo(rate(train), 3);
    const inTrain = new Set(train);
    expect(sample.every((r) => inTrain.has(r))).toBe(true);
    expect(new Set(sample).size).toBe(sample.length);
  });

  it('returns the rows themselves when they are under the cap', () => {
    const rows = Int32Array.from([1, 5, 9]);
    expect(stratifiedSample(labels(10), rows, 100)).toBe(rows);
  });
});
