import { describe, expect, it } from 'vitest';
import { explainModel } from '../../../../server/src/modules/explanations/explain-model.js';
import { mergeExplanations, splitFeatures } from '../../../../server/src/modules/explanations/merge-explanations.js';
import { drawLabels, syntheticCustomers, truePredict } from './synthetic-data.js';

const X = syntheticCustomers(600);
const y = drawLabels(truePredict(X));
const names = X.features.map((f) => f.name);
const options = { nRepeats: 3, gridResolution: 10, sampleSize: 200, iceCount: 5, randomState: 7 };

describe('mergeExplanations', () => {
  it('equals explaining every feature at once, for any split into parts', () => {
    const whole = explainModel(truePredict, X, y, options);
    for (const parts of [2, 3]) {
      const pieces = splitFeatures(names, parts).map((features) => explainModel(truePredict, X, y, { ...options, features }));
      expect(pieces).toHaveLength(parts);
      expect(JSON.stringify(mergeExplanations(pieces, names))).toBe(JSON.stringify(whole));
    }
  });

  it('refuses parts from different rows, or a feature explained twice', () => {
    const a = explainModel(truePredict, X, y, { ...options, features: ['recency'] });
    const other = explainModel(truePredict, syntheticCustomers(300), y.subarray(0, 300), { ...options, features: ['income'] });
    expect(() => mergeExplanations([a, other], names)).toThrow(/different rows/);
    expect(() => mergeExplanations([a, a], names)).toThrow(/two parts/);
    expect(() => mergeExplanations([], names)).toThrow(/no parts/);
  });
});

describe('splitFeatures', () => {
  it('deals the features round-robin into non-empty parts', () => {
    expect(splitFeatures(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
    expect(splitFeatures(['a'], 3)).toEqual([['a']]);
    expect(() => splitFeatures(['a'], 0)).toThrow(/parts/);
  });
});
