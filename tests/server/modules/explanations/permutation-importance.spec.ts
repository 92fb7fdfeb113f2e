import { describe, expect, it } from 'vitest';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { permutationImportance } from '../../../../server/src/modules/explanations/permutation-importance.js';
import { column, drawLabels, sigmoid, syntheticCustomers, truePredict } from './synthetic-data.js';

const X = syntheticCustomers(2000);
const y = drawLabels(truePredict(X));

describe('permutationImportance', () => {
  it('ranks the true drivers above the features the model ignores, which score exactly 0', () => {
    const result = permutationImportance(truePredict, X, y, { nRepeats: 5 });
    const order = result.features.map((f) => f.feature);
    expect(new Set(order.slice(0, 3))).toEqual(new Set(['recency', 'income', 'education']));
    for (const f of result.features.slice(3)) {
      expect(f.importanceMean).toBe(0);
      expect(f.importanceStd).toBe(0);
    }
    expect(result.features[0].importanceMean).toBeGreaterThan(0.02);
    expect(result.baselineScore).toBeGreaterThan(0.6);
    expect(result.features.every((f) => f.repeats.length === 5)).toBe(true);
  });

  it('gives a feature the model uses but that is unrelated to y an importance within 2 std of zero', () => {
    const noisy = (t: FeatureTable) => {
      const base = truePredict(t);
      const n1 = column(t, 'noise1');
      return base.map((p, i) => sigmoid(Math.log(p / (1 - p)) + 0.3 * n1[i]));
    };
    const result = permutationImportance(noisy, X, y, { nRepeats: 10, features: ['noise1', 'recency'] });
    const noise = result.features.find((f) => f.feature === 'noise1')!;
    expect(noise.importanceStd).toBeGreaterThan(0);
    expect(Math.abs(noise.importanceMean)).toBeLessThan(2 * noise.importanceStd + 1e-12);
    expect(result.features[0].feature).toBe('recency');
  });

  it('stores the raw repeats, mean and population std consistently, sorted most important first', () => {
    const result = permutationImportance(truePredict, X, y, { nRepeats: 4 });
    for (const f of result.features) {
      const m = f.repeats.reduce((a, b) => a + b, 0) / f.repeats.length;
      const s = Math.sqrt(f.repeats.reduce((a, b) => a + (b - m) ** 2, 0) / f.repeats.length);
      expect(f.importanceMean).toBeCloseTo(m, 12);
      expect(f.importanceStd).toBeCloseTo(s, 12);
    }
    const means = result.features.map((f) => f.importanceMean);
    expect(means).toEqual([...means].sort((a, b) => b - a));
  });

  it('permutes a categorical feature as one block: each call sees a permutation of the original codes', () => {
    const original = Array.from(column(X, 'education')).sort();
    const originalIncome = Array.from(column(X, 'income')).sort();
    let calls = 0;
    const watching = (t: FeatureTable) => {
      calls++;
      expect(Array.from(column(t, 'education')).sort()).toEqual(original);
      expect(Array.from(column(t, 'income')).sort()).toEqual(originalIncome);
      return truePredict(t);
    };
    const result = permutationImportance(watching, X, y, { nRepeats: 3, features: ['education', 'income'] });
    expect(calls).toBe(1 + 2 * 3);
    expect(result.features.map((f) => f.feature).sort()).toEqual(['education', 'income']);
    expect(result.features.find((f) => f.feature === 'education')!.importanceMean).toBeGreaterThan(0);
  });

  it('a categorical block matters at least as much as any one of its one-hot columns alone', () => {
    // The same model on an exploded table (one BINARY column per level) where each dummy is
    // permuted on its own, which is what grouping avoids.
    const effect = [-1, 0, 0.7, 1.4];
    const edu = column(X, 'education');
    const yEdu = drawLabels(
      Float64Array.from(edu, (c) => sigmoid(-1.5 + effect[c])),
      5,
    );
    const grouped = permutationImportance((t) => Float64Array.from(column(t, 'education'), (c) => sigmoid(effect[c])), X, yEdu, {
      features: ['education'],
    });
    const exploded: FeatureTable = {
      rowCount: X.rowCount,
      features: effect.map((_, k) => ({
        name: `edu${k}`,
        kind: 'BINARY' as const,
        values: Float64Array.from(edu, (c) => (c === k ? 1 : 0)),
      })),
    };
    const dummyPredict = (t: FeatureTable) =>
      Float64Array.from({ length: t.rowCount }, (_, i) => sigmoid(effect.reduce((z, e, k) => z + e * column(t, `edu${k}`)[i], 0)));
    const single = permutationImportance(dummyPredict, exploded, yEdu);
    expect(single.baselineScore).toBeCloseTo(grouped.baselineScore, 12);
    for (const f of single.features) expect(grouped.features[0].importanceMean).toBeGreaterThan(f.importanceMean);
  });

  it('is reproducible by randomState and independent of which other features are asked for', () => {
    const a = permutationImportance(truePredict, X, y, { nRepeats: 3, randomState: 7 });
    const b = permutationImportance(truePredict, X, y, { nRepeats: 3, randomState: 7, features: ['income'] });
    const c = permutationImportance(truePredict, X, y, { nRepeats: 3, randomState: 8, features: ['income'] });
    expect(b.features[0].repeats).toEqual(a.features.find((f) => f.feature === 'income')!.repeats);
    expect(c.features[0].repeats).not.toEqual(b.features[0].repeats);
  });

  it('checks its parameters up front with clear messages', () => {
    expect(() => permutationImportance(truePredict, X, y, { nRepeats: 0 })).toThrow(/nRepeats must be an integer >= 1/);
    expect(() => permutationImportance(truePredict, X, y, { randomState: 1.5 })).toThrow(/randomState must be an integer/);
    expect(() => permutationImportance(truePredict, X, y.slice(1))).toThrow(/y has 1999 labels but X has 2000 rows/);
    expect(() => permutationImportance(truePredict, X, new Uint8Array(2000))).toThrow(/needs both classes/);
    expect(() => permutationImportance(truePredict, X, y, { features: ['nope'] })).toThrow(/Unknown feature "nope"/);
    expect(() => permutationImportance(truePredict, X, y, { features: ['income', 'income'] })).toThrow(/duplicates/);
    expect(() => permutationImportance(() => new Float64Array(3), X, y)).toThrow(/predict returned 3 values for 2000 rows/);
  });
});
