import { describe, expect, it } from 'vitest';
import type { Feature, FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { fitScaler, skewness, transform, type FittedScaler } from '../../../../server/src/modules/segments/scaling.js';

const num = (name: string, values: number[]): Feature => ({ name, kind: 'NUMERIC', values: Float64Array.from(values) });
const column = (m: { rows: number; cols: number; data: Float64Array }, j: number) =>
  Array.from({ length: m.rows }, (_, i) => m.data[i * m.cols + j]);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

// Spend-like: most small, a few huge (skewness well above 1); age-like: symmetric.
const spend = [0, 1, 2, 3, 5, 8, 10, 20, 50, 2000];
const age = [20, 30, 40, 50, 60, 25, 35, 45, 55, 65];
const base: FeatureTable = {
  rowCount: 10,
  features: [
    num('MntWines', spend),
    num('Age', age),
    num('Balance', [-5, 1, 2, 3, 5, 8, 10, 20, 50, 2000]),
    { name: 'Education', kind: 'CATEGORICAL', levels: ['Basic', 'PhD', 'Master'], codes: Int32Array.from([0, 1, 2, 1, 1, -1, 0, 2, 1, 0]) },
  ],
};

describe('scaling', () => {
  it('skewness matches the biased Fisher-Pearson definition', () => {
    // scipy.stats.skew([1, 2, 3, 10]) == 1.0182337649086284
    expect(skewness([1, 2, 3, 10])).toBeCloseTo(1.0182337649086284, 12);
    expect(skewness(age)).toBeCloseTo(0, 10);
  });

  it('standard-scales, log1p-transforming only skewed non-negative columns, and one-hots categories', () => {
    const scaler = fitScaler(base, ['MntWines', 'Age', 'Balance', 'Education']);
    const [wines, ageCol, balance] = scaler.columns as Extract<FittedScaler['columns'][number], { kind: 'numeric' }>[];
    expect(wines.log1p).toBe(true);
    expect(ageCol.log1p).toBe(false);
    expect(balance.log1p).toBe(false); // skewed but negative values: log1p would be undefined
    expect(scaler.outputNames).toEqual(['MntWines', 'Age', 'Balance', 'Education=Basic', 'Education=PhD', 'Education=Master']);
    const X = transform(scaler, base);
    for (const j of [0, 1, 2]) {
      expect(mean(column(X, j))).toBeCloseTo(0, 10);
      expect(sd(column(X, j))).toBeCloseTo(1, 10);
    }
    const logged = spend.map(Math.log1p);
    expect(X.data[9 * X.cols]).toBeCloseTo((Math.log1p(2000) - mean(logged)) / sd(logged), 10);
    expect(column(X, 4)).toEqual([0, 1, 0, 1, 1, 0, 0, 0, 1, 0]);
    expect([3, 4, 5].map((j) => X.data[5 * X.cols + j])).toEqual([0, 0, 0]); // missing level: all zero
  });

  it('robust scaling centres on the median and divides by the IQR', () => {
    const scaler = fitScaler(base, ['Age'], { method: 'robust' });
    const X = transform(scaler, base);
    // numpy: median 42.5, percentiles 25/75 = 31.25 / 53.75
    expect(X.data[0]).toBeCloseTo((20 - 42.5) / (53.75 - 31.25), 12);
  });

  it('imputes missing values with the fitted median and places new customers with the fitted parameters', () => {
    const scaler = fitScaler(base, ['Age', 'MntWines', 'Education']);
    const stored: FittedScaler = JSON.parse(JSON.stringify(scaler));
    const fresh: FeatureTable = {
      rowCount: 2,
      features: [
        num('Age', [NaN, 40]),
        num('MntWines', [3, 1e6]),
        // Different level order and an unseen level: matched by text, unseen = all zero.
        { name: 'Education', kind: 'CATEGORICAL', levels: ['PhD', 'Unknown'], codes: Int32Array.from([0, 1]) },
      ],
    };
    const X = transform(stored, fresh);
    const ageScaling = scaler.columns[0] as { center: number; scale: number; median: number };
    expect(ageScaling.median).toBe(42.5);
    expect(X.data[0]).toBeCloseTo((42.5 - ageScaling.center) / ageScaling.scale, 12);
    expect(X.data[X.cols + 0]).toBeCloseTo((40 - mean(age)) / sd(age), 12);
    expect(X.data.subarray(2, 5)).toEqual(Float64Array.from([0, 1, 0]));
    expect(X.data.subarray(X.cols + 2, X.cols + 5)).toEqual(Float64Array.from([0, 0, 0]));
    // Same scaling as the fitted table: the same row gives the same vector.
    const again = transform(stored, base);
    expect(again.data.subarray(0, again.cols)).toEqual(transform(scaler, base).data.subarray(0, again.cols));
  });

  it('names the problem when a column is missing or changed kind', () => {
    const scaler = fitScaler(base, ['Age']);
    expect(() => transform(scaler, { rowCount: 1, features: [num('Other', [1])] })).toThrow(/lack the column "Age"/);
    expect(() => fitScaler(base, ['Nope'])).toThrow(/Unknown feature "Nope"/);
    expect(() => fitScaler(base, [])).toThrow(/at least one feature/);
  });
});
