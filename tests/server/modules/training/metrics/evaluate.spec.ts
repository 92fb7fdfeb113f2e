/**
 * The metrics against hand-computed tiny cases and against scikit-learn 1.2.1 on a
 * 40-row case with ties. The scikit-learn figures were produced by
 *   /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import *; \
 *     from sklearn.calibration import calibration_curve; y=np.array(Y); p=np.array(P); yh=(p>=0.3).astype(int); \
 *     print(roc_auc_score(y,p), average_precision_score(y,p), accuracy_score(y,yh), precision_score(y,yh), \
 *           recall_score(y,yh), f1_score(y,yh), log_loss(y,p), brier_score_loss(y,p), confusion_matrix(y,yh).ravel(), \
 *           calibration_curve(y,p,n_bins=10,strategy='uniform'), len(roc_curve(y,p,drop_intermediate=False)[0]), \
 *           len(roc_curve(y,p)[0]))"
 * with Y and P the arrays below; the max-F1 cut was found by scanning f1_score over every distinct p.
 */
import { describe, expect, it } from 'vitest';
import { chooseThreshold, confusionMatrix } from '../../../../../server/src/modules/training/metrics/classification-metrics.js';
import { curves, evaluate } from '../../../../../server/src/modules/training/metrics/evaluate.js';
import { calibration, liftByDecile } from '../../../../../server/src/modules/training/metrics/gains-calibration.js';
import { precisionRecallCurve, prAuc } from '../../../../../server/src/modules/training/metrics/precision-recall.js';
import { logLoss } from '../../../../../server/src/modules/training/metrics/probability-metrics.js';
import { rocAuc, rocCurve } from '../../../../../server/src/modules/training/metrics/roc-auc.js';

const Y = [0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1];
const P = [
  0.53, 0.31, 0.36, 0.28, 0.42, 0.14, 0.21, 0.21, 0.17, 0.27, 0.06, 0.28, 0.04, 0.36, 0.73, 0.33, 0.19, 0.49, 0.21, 0.15, 0.39, 0.1, 0.23,
  0.01, 0.14, 0.54, 0.64, 0.49, 0.38, 0.18, 0.39, 0.17, 0.32, 0.28, 0.14, 0.47, 0.45, 0.22, 0.4, 0.11,
];

describe('metrics on a hand-computed 4-row case', () => {
  // Scores 0.9 (1), 0.6 (0), 0.6 (1), 0.2 (0): the tie at 0.6 mixes a positive and a negative.
  const y = [1, 0, 1, 0];
  const p = [0.9, 0.6, 0.6, 0.2];

  it('counts pairs for ROC AUC with ties at half credit', () => {
    // Positive-negative pairs: (0.9,0.6) win, (0.9,0.2) win, (0.6,0.6) tie, (0.6,0.2) win -> 3.5 / 4.
    expect(rocAuc(y, p)).toBeCloseTo(0.875, 12);
  });

  it('moves tied scores together in the ROC curve', () => {
    const points = rocCurve(y, p).map(({ x, y: tpr }) => [x, tpr]);
    expect(points).toEqual([
      [0, 0],
      [0, 0.5],
      [0.5, 1],
      [1, 1],
    ]);
  });

  it('weights precision by added recall for average precision', () => {
    // Cut 0.9: P=1, R=0.5. Cut 0.6: P=2/3, R=1. AP = 0.5*1 + 0.5*2/3.
    expect(prAuc(y, p)).toBeCloseTo(0.5 + 1 / 3, 12);
    expect(precisionRecallCurve(y, p).map((q) => [q.x, q.y])).toEqual([
      [0, 1],
      [0.5, 1],
      [1, 2 / 3],
    ]);
  });

  it('builds the confusion matrix and threshold metrics with >= as the rule', () => {
    const m = confusionMatrix(y, p, 0.6);
    expect(m).toEqual({ truePositives: 2, falsePositives: 1, trueNegatives: 1, falseNegatives: 0 });
    const all = evaluate(y, p, 0.6);
    expect(all.accuracy).toBeCloseTo(0.75, 12);
    expect(all.precision).toBeCloseTo(2 / 3, 12);
    expect(all.recall).toBe(1);
    expect(all.f1).toBeCloseTo(0.8, 12);
    expect(all.brierScore).toBeCloseTo((0.01 + 0.36 + 0.16 + 0.04) / 4, 12);
    expect(all.logLoss).toBeCloseTo(-(Math.log(0.9) + Math.log(0.4) + Math.log(0.6) + Math.log(0.8)) / 4, 12);
  });

  it('returns precision/f1 of 0 when nothing is called positive', () => {
    const none = evaluate(y, p, 0.95);
    expect([none.precision, none.recall, none.f1, none.truePositives]).toEqual([0, 0, 0, 0]);
  });

  it('clips log loss so a certain mistake is finite', () => {
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-15), 6);
  });

  it('is undefined (NaN) for AUCs when a class is absent, and rejects bad input', () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
    expect(rocCurve([0, 0], [0.2, 0.3])).toEqual([]);
    expect(() => evaluate([0, 2], [0.1, 0.2], 0.5)).toThrow(/0\/1/);
    expect(() => evaluate([0, 1], [0.1, 1.2], 0.5)).toThrow(/\[0, 1\]/);
    expect(() => evaluate([0, 1], [0.1], 0.5)).toThrow(/2 labels but 1/);
    expect(() => rocAuc([0, 1], [0.1, NaN])).toThrow(/NaN/);
  });
});

describe('metrics against scikit-learn 1.2.1 (40 rows with ties)', () => {
  it('matches the threshold-free metrics', () => {
    expect(rocAuc(Y, P)).toBeCloseTo(0.70875, 12);
    expect(prAuc(Y, P)).toBeCloseTo(0.7413959617941399, 12);
    expect(logLoss(Y, P)).toBeCloseTo(0.7150633629371784, 12);
    expect(evaluate(Y, P, 0.3).brierScore).toBeCloseTo(0.2551725, 12);
  });

  it('matches the metrics at threshold 0.3', () => {
    const m = evaluate(Y, P, 0.3);
    // confusion_matrix(...).ravel() is tn, fp, fn, tp = 13, 7, 9, 11.
    expect([m.trueNegatives, m.falsePositives, m.falseNegatives, m.truePositives]).toEqual([13, 7, 9, 11]);
    expect(m.accuracy).toBeCloseTo(0.6, 12);
    expect(m.precision).toBeCloseTo(0.6111111111111112, 12);
    expect(m.recall).toBeCloseTo(0.55, 12);
    expect(m.f1).toBeCloseTo(0.5789473684210527, 12);
    expect(m.threshold).toBe(0.3);
  });

  it('drops at least the intermediate ROC points scikit-learn drops, keeping the exact area', () => {
    // drop_intermediate=False gives 31 points (origin + 30 distinct scores); True gives 22. That drops
    // only mid-run points of horizontal/vertical runs; we also drop mid-points of straight diagonal runs.
    const curve = rocCurve(Y, P, { maxPoints: 1000 });
    expect(curve.length).toBeLessThanOrEqual(22);
    for (let k = 1; k < curve.length - 1; k++) {
      const [a, b, c] = [curve[k - 1], curve[k], curve[k + 1]];
      expect(Math.abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x))).toBeGreaterThan(1e-12);
    }
    // The trapezoid area of the (collinear-free) curve is the exact AUC.
    let area = 0;
    for (let k = 1; k < curve.length; k++) area += ((curve[k].x - curve[k - 1].x) * (curve[k].y + curve[k - 1].y)) / 2;
    expect(area).toBeCloseTo(0.70875, 12);
  });

  it('matches calibration_curve with 10 uniform bins (empty bins left out)', () => {
    const bins = calibration(Y, P);
    expect(bins.map((b) => b.observedRate)).toEqual(
      [0.0, 0.5555555555555556, 0.4444444444444444, 0.3333333333333333, 1.0, 0.5, 1.0, 1.0].map((v) => expect.closeTo(v, 12)),
    );
    expect(bins.map((b) => b.meanPredicted)).toEqual(
      [0.0525, 0.15444444444444444, 0.24333333333333332, 0.36, 0.464, 0.535, 0.64, 0.73].map((v) => expect.closeTo(v, 12)),
    );
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(40);
  });

  it('chooses the max-F1 cut (0.11, F1 0.714) and returns the midpoint to the next score (0.10)', () => {
    const threshold = chooseThreshold(Y, P);
    expect(threshold).toBeCloseTo(0.105, 12);
    expect(evaluate(Y, P, threshold).f1).toBeCloseTo(0.7142857142857143, 12);
  });
});

describe('curves', () => {
  it('thins a long ROC curve to at most 200 points keeping its ends and area', () => {
    // 5,000 rows, distinct scores, a noisy but informative model.
    const n = 5000;
    const y: number[] = [];
    const p: number[] = [];
    let seed = 1;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < n; i++) {
      const label = next() < 0.2 ? 1 : 0;
      y.push(label);
      p.push(Math.min(1, Math.max(0, 0.3 * label + 0.7 * next())));
    }
    const roc = rocCurve(y, p);
    expect(roc.length).toBeLessThanOrEqual(200);
    expect(roc.length).toBeGreaterThan(100);
    expect(roc[0]).toEqual({ x: 0, y: 0, threshold: null });
    expect([roc[roc.length - 1].x, roc[roc.length - 1].y]).toEqual([1, 1]);
    let area = 0;
    for (let k = 1; k < roc.length; k++) area += ((roc[k].x - roc[k - 1].x) * (roc[k].y + roc[k - 1].y)) / 2;
    expect(area).toBeCloseTo(rocAuc(y, p), 2);
    for (let k = 1; k < roc.length; k++) expect(roc[k].threshold!).toBeLessThan(roc[k - 1].threshold ?? Infinity);
  });

  it('computes cumulative gains and lift by decile', () => {
    // 20 rows: the 4 responders are ranked 1st, 2nd, 5th and 20th.
    const p = Array.from({ length: 20 }, (_, i) => 1 - i / 20);
    const y = p.map((_, i) => (i === 0 || i === 1 || i === 4 || i === 19 ? 1 : 0));
    const lift = liftByDecile(y, p);
    expect(lift).toHaveLength(10);
    expect(lift[0]).toMatchObject({
      decile: 1,
      share: 0.1,
      rows: 2,
      responders: 2,
      responseRate: 1,
      cumulativeGain: 0.5,
      cumulativeLift: 5,
      lift: 5,
    });
    expect(lift[2]).toMatchObject({ decile: 3, share: 0.3, responders: 1, cumulativeGain: 0.75 });
    expect(lift[2].cumulativeLift).toBeCloseTo(2.5, 12);
    expect(lift[9]).toMatchObject({ share: 1, cumulativeGain: 1, cumulativeLift: 1 });
  });

  it('bundles roc, pr, lift and calibration', () => {
    const all = curves(Y, P);
    expect(all.roc).toEqual(rocCurve(Y, P));
    expect(all.pr[0]).toEqual({ x: 0, y: 1, threshold: null });
    expect(all.pr[all.pr.length - 1].x).toBe(1);
    expect(all.lift).toHaveLength(10);
    expect(all.calibration).toHaveLength(8);
  });
});
