import { describe, expect, it } from 'vitest';
import { explainModel } from '../../../../server/src/modules/explanations/explain-model.js';
import { drawLabels, syntheticCustomers, truePredict } from './synthetic-data.js';

const X = syntheticCustomers(1200);
const y = drawLabels(truePredict(X));

describe('explainModel', () => {
  const progress: number[] = [];
  const result = explainModel(
    truePredict,
    X,
    y,
    { labels: { recency: 'Days since last purchase' }, nRepeats: 3, gridResolution: 15, sampleSize: 400, iceCount: 10 },
    (f) => progress.push(f),
  );

  it('ranks the drivers first and labels features', () => {
    expect(new Set(result.importance.slice(0, 3).map((f) => f.feature))).toEqual(new Set(['recency', 'income', 'education']));
    expect(result.importance.find((f) => f.feature === 'recency')!.label).toBe('Days since last purchase');
    expect(result.importance.find((f) => f.feature === 'income')!.label).toBe('income');
    expect(result.baseRate).toBeCloseTo(y.reduce((a, b) => a + b, 0) / y.length, 12);
  });

  it('explains every feature with PDP, ICE, histogram, regions, and ALE for numeric ones only', () => {
    expect(Object.keys(result.dependence).sort()).toEqual(X.features.map((f) => f.name).sort());
    const recency = result.dependence.recency;
    expect(recency.points.length).toBeLessThanOrEqual(15);
    expect(recency.ice).toHaveLength(10);
    expect(recency.ale).not.toBeNull();
    expect(recency.disagreement!.disagree).toBe(false);
    expect(recency.regions).toHaveLength(1);
    expect(recency.regions[0].max).toBeLessThanOrEqual(31);
    expect(result.dependence.education.ale).toBeNull();
    expect(result.dependence.education.regions[0].levels).toEqual(['PhD']);
    expect(result.dependence.complained.ale).toBeNull();
    expect(result.dependence.noise1.regions).toEqual([]);
  });

  it('survives JSON unchanged (plain arrays, no NaN or typed arrays)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('reports progress that only grows and ends at 1', () => {
    expect(progress.length).toBeGreaterThan(X.features.length);
    for (let k = 1; k < progress.length; k++) expect(progress[k]).toBeGreaterThanOrEqual(progress[k - 1]);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress[0]).toBeGreaterThan(0);
  });

  it('leaves out a feature with no observed value instead of failing', () => {
    const withEmpty = {
      ...X,
      features: [...X.features, { name: 'empty', kind: 'NUMERIC' as const, values: new Float64Array(X.rowCount).fill(NaN) }],
    };
    const r = explainModel(truePredict, withEmpty, y, { nRepeats: 1, gridResolution: 5, sampleSize: 100, features: ['empty', 'recency'] });
    expect(Object.keys(r.dependence)).toEqual(['recency']);
    expect(r.importance.map((f) => f.feature).sort()).toEqual(['empty', 'recency']);
  });

  it('checks its parameters up front', () => {
    expect(() => explainModel(truePredict, X, y, { nRepeats: 0 })).toThrow(/nRepeats must be an integer >= 1/);
    expect(() => explainModel(truePredict, X, y, { gridResolution: 1 })).toThrow(/gridResolution must be an integer >= 2/);
  });
});
