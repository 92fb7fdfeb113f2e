import { describe, expect, it } from 'vitest';
import { binTable, fitBinner, MAX_BINS, numericBin } from '../../../../../server/src/modules/training/trees/binning.js';
import { categorical, numeric, table } from './tree-fixtures.js';

describe('fitBinner / binTable', () => {
  it('puts a constant column into a single value bin and missing values into their own bin', () => {
    const t = table(numeric('x', [3, 3, 3, NaN, 3]));
    const binner = fitBinner(t);
    const data = binTable(binner, t);
    expect(binner.features[0].kind === 'numeric' && binner.features[0].thresholds.length).toBe(0);
    expect(Array.from(data.columns[0])).toEqual([0, 0, 0, 1, 0]);
    expect(data.missingBin[0]).toBe(1);
    expect(data.nBins[0]).toBe(2);
  });

  it('handles an all-missing column', () => {
    const t = table(numeric('x', [NaN, NaN, NaN]));
    const data = binTable(fitBinner(t), t);
    expect(Array.from(data.columns[0])).toEqual([1, 1, 1]);
  });

  it('gives each distinct value its own bin when there are fewer values than bins', () => {
    const t = table(numeric('x', [5, 1, 3, 1, 5, 9]));
    const binner = fitBinner(t);
    const spec = binner.features[0];
    if (spec.kind !== 'numeric') throw new Error('expected numeric');
    expect(Array.from(spec.thresholds)).toEqual([2, 4, 7]);
    expect(Array.from(binTable(binner, t).columns[0])).toEqual([2, 0, 1, 0, 2, 3]);
    // Unseen raw values fall into the bin their position implies.
    expect(numericBin(spec.thresholds, 0, spec.missingBin)).toBe(0);
    expect(numericBin(spec.thresholds, 4, spec.missingBin)).toBe(1);
    expect(numericBin(spec.thresholds, 100, spec.missingBin)).toBe(3);
    expect(numericBin(spec.thresholds, Infinity, spec.missingBin)).toBe(3);
  });

  it('caps many distinct values at maxBins roughly equal-frequency bins', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    const t = table(numeric('x', values));
    const data = binTable(fitBinner(t), t);
    const counts = new Int32Array(256);
    for (const b of data.columns[0]) counts[b]++;
    expect(data.missingBin[0]).toBe(MAX_BINS);
    const used = Array.from(counts.subarray(0, MAX_BINS));
    expect(Math.min(...used)).toBeGreaterThanOrEqual(35);
    expect(Math.max(...used)).toBeLessThanOrEqual(45);
    // Bins are ordered like the values.
    for (let i = 1; i < values.length; i++)
      if (values[i] > values[i - 1]) expect(data.columns[0][i]).toBeGreaterThanOrEqual(data.columns[0][i - 1]);
  });

  it('keeps a heavy tied value in one bin', () => {
    const values = [...Array(900).fill(0), ...Array.from({ length: 100 }, (_, i) => i + 1)];
    const binner = fitBinner(table(numeric('x', values)), undefined, { maxBins: 10 });
    const spec = binner.features[0];
    if (spec.kind !== 'numeric') throw new Error('expected numeric');
    expect(spec.thresholds.length).toBeLessThanOrEqual(9);
    expect(spec.thresholds[0]).toBeGreaterThan(0);
  });

  it('fits on the given training rows only', () => {
    const t = table(numeric('x', [1, 2, 3, 100, 200]));
    const spec = fitBinner(t, [0, 1, 2]).features[0];
    expect(spec.kind === 'numeric' && Array.from(spec.thresholds)).toEqual([1.5, 2.5]);
  });

  it('pools rare categorical levels and maps unseen levels to the same "other" bin, missing to its own', () => {
    const levels = ['a', 'b', 'rare'];
    const codes = [...Array(12).fill(0), ...Array(11).fill(1), 2, -1];
    const binner = fitBinner(table(categorical('c', levels, codes)));
    const spec = binner.features[0];
    if (spec.kind !== 'categorical') throw new Error('expected categorical');
    expect(spec.levels).toEqual(['a', 'b']);
    // A new table with its own level list, an unseen level and a missing value.
    const fresh = table(categorical('c', ['zzz', 'b', 'rare', 'a'], [0, 1, 2, 3, -1]));
    const data = binTable(binner, fresh);
    expect(Array.from(data.columns[0])).toEqual([spec.otherBin, 1, spec.otherBin, 0, spec.missingBin]);
    expect(data.categorical[0]).toBe(1);
  });

  it('matches features by name and rejects a table without them', () => {
    const binner = fitBinner(table(numeric('x', [1, 2]), numeric('z', [5, 6])));
    const reordered = table(numeric('z', [6, 5]), numeric('x', [2, 1]));
    expect(Array.from(binTable(binner, reordered).columns[0])).toEqual([1, 0]);
    expect(() => binTable(binner, table(numeric('x', [1])))).toThrow(/no feature "z"/);
  });

  it('validates options', () => {
    const t = table(numeric('x', [1, 2]));
    expect(() => fitBinner(t, undefined, { maxBins: 300 })).toThrow(/maxBins/);
    expect(() => fitBinner(t, undefined, { minCategoryCount: 0 })).toThrow(/minCategoryCount/);
    expect(() => fitBinner(t, [])).toThrow(/zero rows/);
  });
});
