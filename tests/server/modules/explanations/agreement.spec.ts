import { describe, expect, it } from 'vitest';
import { direction, modelAgreement, type ModelSummaryForAgreement } from '../../../../server/src/modules/explanations/agreement.js';
import { partialDependence } from '../../../../server/src/modules/explanations/partial-dependence.js';
import { permutationImportance } from '../../../../server/src/modules/explanations/permutation-importance.js';
import type { FeatureTable, PredictProba } from '../../../../server/src/modules/training/data/feature-table.js';
import { column, drawLabels, sigmoid, syntheticCustomers, truePredict } from './synthetic-data.js';

const X = syntheticCustomers(1500);
const y = drawLabels(truePredict(X));

function summarise(model: string, predict: PredictProba): ModelSummaryForAgreement {
  const importance = permutationImportance(predict, X, y, { nRepeats: 3 });
  const features = ['recency', 'income', 'education'];
  return {
    model,
    importance: Object.fromEntries(importance.features.map((f) => [f.feature, f.importanceMean])),
    dependence: Object.fromEntries(features.map((f) => [f, partialDependence(predict, X, f, { sampleSize: 300, gridResolution: 10 })])),
  };
}

/** Same drivers, but income's effect reversed, recency's almost gone, and noise used. */
const contrary = (t: FeatureTable) => {
  const r = column(t, 'recency');
  const inc = column(t, 'income');
  const e = column(t, 'education');
  const n1 = column(t, 'noise1');
  return Float64Array.from({ length: t.rowCount }, (_, i) =>
    sigmoid(-1 + 0.05 * (r[i] < 30 ? 1 : 0) - 0.00005 * inc[i] + (e[i] === 3 ? 1 : 0) + 0.5 * n1[i]),
  );
};

describe('modelAgreement', () => {
  const truth = summarise('truth', truePredict);
  const scaled = summarise('scaled', (t) => truePredict(t).map((p) => 0.5 * p) as Float64Array);
  const other = summarise('contrary', contrary);

  it('finds full agreement between a model and a monotone rescaling of it', () => {
    const result = modelAgreement([truth, scaled]);
    expect(result.rankCorrelation[0][1]).toBeCloseTo(1, 12);
    for (const f of result.features) expect(f.rankAgreement).toBe(true);
    const byName = Object.fromEntries(result.features.map((f) => [f.feature, f]));
    expect(byName.income.directions).toEqual({ truth: 'increasing', scaled: 'increasing' });
    expect(byName.recency.directions.truth).toBe('decreasing');
    expect(byName.education.directions.truth).toBe('above: PhD');
    expect(byName.income.directionAgreement).toBe(true);
  });

  it('detects a reversed direction and a far-apart rank', () => {
    const result = modelAgreement([truth, other]);
    const byName = Object.fromEntries(result.features.map((f) => [f.feature, f]));
    expect(byName.income.directions).toEqual({ truth: 'increasing', contrary: 'decreasing' });
    expect(byName.income.directionAgreement).toBe(false);
    expect(byName.education.directionAgreement).toBe(true);
    // Reversed against the data, income makes the contrary model worse: shuffling it helps,
    // so its importance is negative and it ranks last there, first in the truth.
    expect(byName.income.ranks).toEqual({ truth: 1, contrary: 8 });
    expect(byName.income.rankAgreement).toBe(false);
    expect(byName.recency.directions).toEqual({ truth: 'decreasing', contrary: 'flat' });
    expect(byName.recency.directionAgreement).toBe(false);
    expect(result.meanRankCorrelation).toBeLessThan(modelAgreement([truth, scaled]).meanRankCorrelation);
    // Features without a curve cannot be compared on direction.
    expect(byName.noise1.directions.truth).toBe('unknown');
    expect(byName.noise1.directionAgreement).toBe(false);
  });

  it('calls a curve flat, mixed, increasing or decreasing', () => {
    const c = (ys: number[]) => ({ baseline: 0.2, points: ys.map((m, k) => ({ value: String(k), numericValue: k, meanPrediction: m })) });
    expect(direction(c([0.2, 0.201, 0.2]))).toBe('flat');
    expect(direction(c([0.1, 0.3, 0.1, 0.3]))).toBe('mixed');
    expect(direction(c([0.1, 0.2, 0.3]))).toBe('increasing');
    expect(direction(c([0.3, 0.2, 0.1]))).toBe('decreasing');
    // A boosted model's recency curve on the demo data: one big fall, small wiggles around it.
    const wiggly = [
      0.195, 0.19, 0.194, 0.19, 0.22, 0.219, 0.212, 0.208, 0.213, 0.093, 0.09, 0.09, 0.088, 0.089, 0.091, 0.088, 0.079, 0.077, 0.082,
    ];
    expect(direction(c(wiggly))).toBe('decreasing');
    expect(direction(c([0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3]))).toBe('mixed'); // a U
    expect(direction(c([0.1, 0.25, 0.3, 0.3, 0.25, 0.12]))).toBe('mixed'); // a hill
  });

  it('checks its input', () => {
    expect(() => modelAgreement([])).toThrow(/at least one model/);
    expect(() => modelAgreement([truth, { ...other, importance: { recency: 1 } }])).toThrow(/different features/);
  });
});
