import { describe, expect, it } from 'vitest';
import { fitNewton, log1pExp, sigmoid } from '../../../../../server/src/modules/training/logistic/newton-solver.js';
import { sklearnFits, syntheticLogistic, TRUE_COEFFICIENTS, TRUE_INTERCEPT, type SklearnFit } from './synthetic-data.js';

/**
 * scikit-learn 1.2.1 LogisticRegression(C, class_weight, tol=1e-12, max_iter=100000) on
 * syntheticLogistic(600, 7), used when Python is absent; produced by sklearnFit() in
 * synthetic-data.ts (the same script, fed that matrix as JSON on stdin).
 */
const STORED: Record<Case, SklearnFit> = {
  'C=1': { coefficients: [2.082950109503618, -0.9532264867334922, -0.030614044348206595], intercept: -0.21408684968869282 },
  'C=0.05': { coefficients: [1.4250217896551443, -0.6716566369795504, -0.016945660446299186], intercept: -0.19382167371720102 },
  'C=1 balanced': { coefficients: [2.071528541323355, -0.9464930942824797, -0.032203005501024486], intercept: -0.0068760074058650126 },
};

const CASES = [
  ['C=1', 1, null],
  ['C=0.05', 0.05, null],
  ['C=1 balanced', 1, 'balanced'],
] as const;
type Case = (typeof CASES)[number][0];

function balancedWeights(y: Uint8Array): Float64Array {
  const positives = y.reduce((s, v) => s + v, 0);
  return Float64Array.from(y, (v) => y.length / (2 * (v === 1 ? positives : y.length - positives)));
}

describe('fitNewton', () => {
  it('recovers known coefficients (sign and magnitude) on 3,000 synthetic rows', () => {
    const { x, y } = syntheticLogistic(3000, 11);
    const fit = fitNewton(x, y, new Float64Array(x.rows).fill(1), { lambda: 1, maxIter: 100, tol: 1e-8 });
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThanOrEqual(10);
    expect(fit.gradientNorm).toBeLessThanOrEqual(1e-8);
    fit.coefficients.forEach((c, j) => expect(Math.abs(c - TRUE_COEFFICIENTS[j])).toBeLessThan(0.15));
    expect(Math.abs(fit.intercept - TRUE_INTERCEPT)).toBeLessThan(0.15);
    expect(fit.coefficients[0]).toBeGreaterThan(0);
    expect(fit.coefficients[1]).toBeLessThan(0);
  });

  describe('against scikit-learn on syntheticLogistic(600, 7)', () => {
    const { x, y } = syntheticLogistic(600, 7);
    const live = sklearnFits(
      x,
      y,
      CASES.map(([, C, classWeight]) => ({ C, classWeight })),
    );
    if (!live) console.warn('scikit-learn is not available: comparing with the stored coefficients.');

    it.each(CASES.map((c, k) => [...c, k] as const))('matches LogisticRegression(%s) coefficients', (key, C, classWeight, k) => {
      const reference = live?.[k] ?? STORED[key];
      const weights = classWeight === 'balanced' ? balancedWeights(y) : new Float64Array(x.rows).fill(1);
      const fit = fitNewton(x, y, weights, { lambda: 1 / C, maxIter: 100, tol: 1e-10 });
      expect(fit.converged).toBe(true);
      // lbfgs stops a little short of the optimum Newton reaches; 1e-4 is far below any practical effect.
      fit.coefficients.forEach((c, j) => expect(c).toBeCloseTo(reference.coefficients[j], 4));
      expect(fit.intercept).toBeCloseTo(reference.intercept, 4);
    });
  });

  it('stays finite on perfectly separable data thanks to the L2 penalty', () => {
    const n = 200;
    const data = Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? -1 - i / n : 1 + i / n));
    const y = Uint8Array.from({ length: n }, (_, i) => (i < n / 2 ? 0 : 1));
    const fit = fitNewton({ rows: n, cols: 1, data }, y, new Float64Array(n).fill(1), { lambda: 1, maxIter: 100, tol: 1e-8 });
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.coefficients[0])).toBe(true);
    expect(fit.coefficients[0]).toBeGreaterThan(3);
  });

  it('reports each iteration with a non-increasing loss', () => {
    const { x, y } = syntheticLogistic(500, 3);
    const losses: number[] = [];
    fitNewton(x, y, new Float64Array(x.rows).fill(1), {
      lambda: 1,
      maxIter: 100,
      tol: 1e-8,
      onIteration: (info) => losses.push(info.loss),
    });
    expect(losses[0]).toBeCloseTo(Math.log(2), 12); // all-zero start: every probability 0.5
    for (let k = 1; k < losses.length; k++) expect(losses[k]).toBeLessThanOrEqual(losses[k - 1]);
  });

  it('stops at maxIter and says it did not converge', () => {
    const { x, y } = syntheticLogistic(500, 3);
    const fit = fitNewton(x, y, new Float64Array(x.rows).fill(1), { lambda: 1, maxIter: 1, tol: 1e-12 });
    expect(fit.iterations).toBe(1);
    expect(fit.converged).toBe(false);
  });

  it('computes sigmoid and log(1 + e^z) without overflow', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
    expect(log1pExp(800)).toBe(800);
    expect(log1pExp(-800)).toBe(0);
    expect(log1pExp(0)).toBeCloseTo(Math.log(2), 15);
  });
});
