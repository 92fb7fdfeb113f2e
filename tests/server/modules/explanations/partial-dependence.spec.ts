import { describe, expect, it } from 'vitest';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { partialDependence } from '../../../../server/src/modules/explanations/partial-dependence.js';
import { column, syntheticCustomers, truePredict } from './synthetic-data.js';

const X = syntheticCustomers(3000);

/** Additive on the probability scale, so the PDP is known exactly. */
const additive = (t: FeatureTable) => {
  const r = column(t, 'recency');
  const e = column(t, 'education');
  return Float64Array.from({ length: t.rowCount }, (_, i) => 0.1 + 0.3 * (r[i] < 30 ? 1 : 0) + 0.2 * (e[i] === 3 ? 1 : 0));
};

describe('partialDependence', () => {
  it('recovers an additive effect exactly: a step of 0.3 falling across recency 30', () => {
    const pdp = partialDependence(additive, X, 'recency', { sampleSize: 500 });
    const below = pdp.points.filter((p) => p.numericValue! < 30);
    const above = pdp.points.filter((p) => p.numericValue! >= 30);
    expect(below.length).toBeGreaterThan(3);
    expect(above.length).toBeGreaterThan(3);
    for (const p of below) expect(p.meanPrediction - above[0].meanPrediction).toBeCloseTo(0.3, 12);
    for (const p of above) expect(p.meanPrediction).toBeCloseTo(above[0].meanPrediction, 12);
    expect(pdp.sampleSize).toBe(500);
  });

  it('puts the numeric grid at quantiles between the percentiles, with customers per stretch', () => {
    const pdp = partialDependence(truePredict, X, 'income', { gridResolution: 20, sampleSize: 200 });
    const income = Array.from(column(X, 'income')).sort((a, b) => a - b);
    const q = (p: number) => income[Math.round(p * (income.length - 1))];
    expect(pdp.points).toHaveLength(20);
    expect(pdp.points[0].numericValue!).toBeCloseTo(q(0.05), -2);
    expect(pdp.points[19].numericValue!).toBeCloseTo(q(0.95), -2);
    expect(pdp.points[10].numericValue!).toBeCloseTo(q(0.05 + (0.9 * 10) / 19), -2);
    // Quantile spacing: each interior stretch holds about n * 0.9 / 19 customers.
    for (const p of pdp.points.slice(1, -1)) expect(p.customers).toBeGreaterThan((0.6 * (3000 * 0.9)) / 19);
    expect(pdp.points.reduce((s, p) => s + p.customers, 0)).toBe(3000);
    expect(pdp.points[0].lower).toBeNull();
    expect(pdp.points[19].upper).toBeNull();
    expect(pdp.points[3].lower).toBeCloseTo((pdp.points[2].numericValue! + pdp.points[3].numericValue!) / 2, 9);
    expect(pdp.histogram[0].from).toBe(income[0]);
    expect(pdp.histogram[19].to).toBe(income[income.length - 1]);
    expect(pdp.histogram.map((h) => h.count)).toEqual(pdp.points.map((p) => p.customers));
    // Increasing in income, as the model is.
    for (let k = 1; k < 20; k++) expect(pdp.points[k].meanPrediction).toBeGreaterThan(pdp.points[k - 1].meanPrediction);
  });

  it('uses every distinct value when there are few, and counts missing values apart', () => {
    const kids = column(X, 'kids') as Float64Array;
    const withMissing: FeatureTable = {
      ...X,
      features: X.features.map((f) => (f.name === 'kids' ? { ...f, values: kids.map((v, i) => (i % 10 === 0 ? NaN : v)) } : f)),
    };
    const pdp = partialDependence(truePredict, withMissing, 'kids');
    expect(pdp.points.map((p) => p.numericValue)).toEqual([0, 1, 2]);
    expect(pdp.points.map((p) => p.value)).toEqual(['0', '1', '2']);
    expect(pdp.missing).toBe(300);
    expect(pdp.points.map((p) => p.customers)).toEqual([0, 1, 2].map((v) => kids.filter((x, i) => x === v && i % 10 !== 0).length));
    expect(pdp.integerValued).toBe(true);
  });

  it('treats a categorical feature per level present in the data, and binary per value', () => {
    const edu = X.features.find((f) => f.name === 'education')!;
    const withUnused: FeatureTable = {
      ...X,
      features: X.features.map((f) => (f === edu && f.kind === 'CATEGORICAL' ? { ...f, levels: [...f.levels, 'Unused'] } : f)),
    };
    const pdp = partialDependence(additive, withUnused, 'education');
    expect(pdp.points.map((p) => p.value)).toEqual(['Basic', 'Graduation', 'Master', 'PhD']);
    expect(pdp.points.every((p) => p.numericValue === null)).toBe(true);
    expect(pdp.points[3].meanPrediction - pdp.points[0].meanPrediction).toBeCloseTo(0.2, 12);
    expect(pdp.discrete).toBe(true);
    const binary = partialDependence(truePredict, X, 'complained');
    expect(binary.points.map((p) => p.value)).toEqual(['0', '1']);
    expect(binary.points[0].customers + binary.points[1].customers).toBe(3000);
  });

  it('returns ICE curves of sampled rows that show an interaction the average hides', () => {
    const interaction = (t: FeatureTable) => {
      const r = column(t, 'recency');
      const e = column(t, 'education');
      return Float64Array.from({ length: t.rowCount }, (_, i) => 0.1 + 0.4 * (r[i] < 30 && e[i] === 3 ? 1 : 0));
    };
    const pdp = partialDependence(interaction, X, 'recency', { iceCount: 40, sampleSize: 400 });
    const edu = column(X, 'education');
    const first = 0;
    const last = pdp.points.length - 1;
    expect(pdp.ice).toHaveLength(40);
    expect(new Set(pdp.iceRows).size).toBe(40);
    let phd = 0;
    pdp.ice.forEach((curve, i) => {
      const jump = curve[first] - curve[last];
      if (edu[pdp.iceRows[i]] === 3) phd++;
      expect(jump).toBeCloseTo(edu[pdp.iceRows[i]] === 3 ? 0.4 : 0, 12);
    });
    expect(phd).toBeGreaterThan(0);
    const pdpJump = pdp.points[first].meanPrediction - pdp.points[last].meanPrediction;
    expect(pdpJump).toBeGreaterThan(0.02);
    expect(pdpJump).toBeLessThan(0.2);
  });

  it('predicts in few large batches, and chunking does not change the result', () => {
    let calls = 0;
    const counting = (t: FeatureTable) => (calls++, truePredict(t));
    const whole = partialDependence(counting, X, 'income', { sampleSize: 1000 });
    expect(calls).toBe(2); // the grid table and the unchanged rows
    const chunked = partialDependence(truePredict, X, 'income', { sampleSize: 1000, maxRowsPerPredict: 777 });
    expect(chunked.points).toEqual(whole.points);
    expect(chunked.ice).toEqual(whole.ice);
  });

  it('averages over a seeded sample, with the baseline the mean unchanged prediction', () => {
    const a = partialDependence(truePredict, X, 'income', { sampleSize: 300, randomState: 3 });
    const b = partialDependence(truePredict, X, 'income', { sampleSize: 300, randomState: 3 });
    const c = partialDependence(truePredict, X, 'income', { sampleSize: 300, randomState: 4 });
    expect(a).toEqual(b);
    expect(c.baseline).not.toBe(a.baseline);
    const all = partialDependence(truePredict, X, 'income', { sampleSize: 10_000 });
    expect(all.sampleSize).toBe(3000);
    expect(all.baseline).toBeCloseTo(truePredict(X).reduce((s, p) => s + p, 0) / 3000, 12);
  });

  it('checks its parameters up front with clear messages', () => {
    expect(() => partialDependence(truePredict, X, 'nope')).toThrow(/Unknown feature "nope"/);
    expect(() => partialDependence(truePredict, X, 'income', { gridResolution: 1 })).toThrow(/gridResolution must be an integer >= 2/);
    expect(() => partialDependence(truePredict, X, 'income', { sampleSize: 0 })).toThrow(/sampleSize must be an integer >= 1/);
    expect(() => partialDependence(truePredict, X, 'income', { iceCount: -1 })).toThrow(/iceCount must be an integer >= 0/);
    expect(() => partialDependence(truePredict, X, 'income', { percentiles: [0.9, 0.1] })).toThrow(/percentiles must be \[low, high\]/);
    const empty: FeatureTable = { rowCount: 2, features: [{ name: 'x', kind: 'NUMERIC', values: new Float64Array([NaN, NaN]) }] };
    expect(() => partialDependence(truePredict, empty, 'x')).toThrow(/"x" has no observed values/);
  });
});
