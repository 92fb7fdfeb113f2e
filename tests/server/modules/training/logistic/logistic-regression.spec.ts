import { describe, expect, it } from 'vitest';
import { createRng, randomNormal } from '../../../../../server/src/common/random.js';
import { takeRows, type FeatureTable } from '../../../../../server/src/modules/training/data/feature-table.js';
import {
  loadLogisticRegression,
  LogisticRegressionModel,
  trainLogisticRegression,
} from '../../../../../server/src/modules/training/logistic/logistic-regression.js';
import { rocAuc } from '../../../../../server/src/modules/training/metrics/roc-auc.js';

/**
 * n customers, ~21 % responders: response rises with Spend, is higher for PhDs and
 * for Loan = 1, and does not depend on Noise. Spend is missing for 5 % of rows.
 */
function campaignTable(n: number, seed: number): { table: FeatureTable; y: Uint8Array } {
  const rng = createRng(seed);
  const spend = new Float64Array(n);
  const noise = new Float64Array(n);
  const loan = new Float64Array(n);
  const education = new Int32Array(n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = 500 + 200 * randomNormal(rng);
    spend[i] = rng() < 0.05 ? NaN : s;
    noise[i] = randomNormal(rng);
    loan[i] = rng() < 0.3 ? 1 : 0;
    education[i] = Math.floor(rng() * 3);
    const z = -2.6 + 1.5 * ((s - 500) / 200) + (education[i] === 2 ? 1 : 0) + 0.8 * loan[i];
    y[i] = rng() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  const table: FeatureTable = {
    rowCount: n,
    features: [
      { name: 'Spend', kind: 'NUMERIC', values: spend },
      { name: 'Noise', kind: 'NUMERIC', values: noise },
      { name: 'Loan', kind: 'BINARY', values: loan },
      { name: 'Education', kind: 'CATEGORICAL', levels: ['Basic', 'Graduation', 'PhD'], codes: education },
    ],
  };
  return { table, y };
}

describe('trainLogisticRegression', () => {
  const { table, y } = campaignTable(1000, 5);
  const model = trainLogisticRegression(table, y);

  it('converges and finds the effects that generated the data', () => {
    expect(model.diagnostics.converged).toBe(true);
    expect(model.diagnostics.gradientNorm).toBeLessThanOrEqual(1e-8);
    const coefficient = (column: string) => model.coefficients[model.pipeline.columnNames.indexOf(column)];
    expect(coefficient('Spend')).toBeGreaterThan(1);
    expect(coefficient('Loan')).toBeGreaterThan(0.3);
    expect(coefficient('Education=PhD')).toBeGreaterThan(coefficient('Education=Basic') + 0.5);
    expect(Math.abs(coefficient('Noise'))).toBeLessThan(0.3);
    expect(model.coefficientTable()[0]).toMatchObject({ column: 'Spend', feature: 'Spend' });
  });

  it('predicts probabilities that rank unseen rows well', () => {
    const fresh = campaignTable(1000, 6);
    const p = model.predictProba(fresh.table);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
    expect(rocAuc(fresh.y, p)).toBeGreaterThan(0.8);
    // Mean prediction ~ response rate on training rows: an unpenalised intercept keeps it calibrated.
    const mean = model.predictProba(table).reduce((s, v) => s + v, 0) / table.rowCount;
    expect(mean).toBeCloseTo(y.reduce((s, v) => s + v, 0) / y.length, 2);
  });

  it('gives identical predictions after a JSON round trip', () => {
    const restored = loadLogisticRegression(JSON.parse(JSON.stringify(model.toJSON())));
    expect(restored).toBeInstanceOf(LogisticRegressionModel);
    expect(Array.from(restored.predictProba(table))).toEqual(Array.from(model.predictProba(table)));
    expect(restored.diagnostics).toEqual(model.diagnostics);
    expect(() => loadLogisticRegression({ ...model.toJSON(), coefficients: [1] })).toThrow(/1 coefficients/);
    expect(() => loadLogisticRegression({ ...model.toJSON(), format: 'x' } as never)).toThrow(/format/);
  });

  it('predicts on rows in another order, matching levels by text, and with an unseen level', () => {
    const rows = [3, 1, 2];
    const subset = takeRows(table, rows);
    const education = subset.features[3];
    if (education.kind !== 'CATEGORICAL') throw new Error('Education should be categorical');
    const newLevels = ['PhD', 'Graduation', 'Basic', 'Doctorate'];
    // Same customers, the categorical recoded against a reordered level list; the first one gets a level never seen.
    const codes = Int32Array.from(education.codes, (code, k) => (k === 0 ? 3 : newLevels.indexOf(education.levels[code])));
    const recoded: FeatureTable = {
      ...subset,
      features: subset.features.map((f) => (f.kind === 'CATEGORICAL' ? { ...f, levels: newLevels, codes } : f)),
    };
    const p = model.predictProba(recoded);
    const original = model.predictProba(subset);
    expect(p[1]).toBeCloseTo(original[1], 12);
    expect(p[2]).toBeCloseTo(original[2], 12);
    expect(Number.isFinite(p[0]) && p[0] > 0 && p[0] < 1).toBe(true);
  });

  it("raises responders' probabilities with classWeight 'balanced' without hurting ranking much", () => {
    const balanced = trainLogisticRegression(table, y, { classWeight: 'balanced' });
    const mean = (m: LogisticRegressionModel) => m.predictProba(table).reduce((s, v) => s + v, 0) / table.rowCount;
    // Weighted to a 50/50 balance, the average prediction moves from the ~21 % base rate towards 0.5.
    expect(mean(balanced)).toBeGreaterThan(mean(model) + 0.15);
    const fresh = campaignTable(1000, 6);
    expect(Math.abs(rocAuc(fresh.y, balanced.predictProba(fresh.table)) - rocAuc(fresh.y, model.predictProba(fresh.table)))).toBeLessThan(
      0.02,
    );
  });

  it('shrinks coefficients as C falls', () => {
    const strong = trainLogisticRegression(table, y, { C: 0.001 });
    const norm = (m: LogisticRegressionModel) => Math.hypot(...m.coefficients);
    expect(norm(strong)).toBeLessThan(norm(model) / 5);
  });

  it('reports progress ending at 1', () => {
    const fractions: number[] = [];
    trainLogisticRegression(table, y, { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions[fractions.length - 1]).toBe(1);
    for (let k = 1; k < fractions.length; k++) expect(fractions[k]).toBeGreaterThanOrEqual(fractions[k - 1]);
  });

  it('validates options and data up front', () => {
    expect(() => trainLogisticRegression(table, y, { C: 0 })).toThrow(/C must be/);
    expect(() => trainLogisticRegression(table, y, { maxIter: 0.5 })).toThrow(/maxIter/);
    expect(() => trainLogisticRegression(table, y, { tol: -1 })).toThrow(/tol/);
    expect(() => trainLogisticRegression(table, y, { classWeight: { 0: 1, 1: -2 } })).toThrow(/classWeight/);
    expect(() => trainLogisticRegression(table, y.slice(1))).toThrow(/999 values for 1000 rows/);
    expect(() => trainLogisticRegression(table, new Uint8Array(1000))).toThrow(/both responders/);
  });
});
