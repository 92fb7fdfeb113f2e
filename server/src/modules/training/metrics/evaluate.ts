/**
 * One call for everything the app shows about a trained model, always on HELD-OUT rows
 * (the threshold comes from training predictions; see chooseThreshold).
 */
import { accuracy, confusionMatrix, f1, precision, recall, type ConfusionMatrix } from './classification-metrics.js';
import type { CurvePoint } from './curve-thinning.js';
import { calibration, liftByDecile, type CalibrationBin, type LiftPoint } from './gains-calibration.js';
import { precisionRecallCurve, prAuc } from './precision-recall.js';
import { brierScore, logLoss } from './probability-metrics.js';
import { rocAuc, rocCurve } from './roc-auc.js';
import { checkLabelsAndScores } from './ranking.js';

export type { CurvePoint } from './curve-thinning.js';
export type { CalibrationBin, LiftPoint } from './gains-calibration.js';
export type { ConfusionMatrix } from './classification-metrics.js';

/** Field for field the GraphQL `Metrics` type. rocAuc/prAuc are NaN if a class is absent. */
export interface Metrics extends ConfusionMatrix {
  rocAuc: number;
  prAuc: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  logLoss: number;
  brierScore: number;
  threshold: number;
}

export interface Curves {
  roc: CurvePoint[];
  pr: CurvePoint[];
  lift: LiftPoint[];
  calibration: CalibrationBin[];
}

export function evaluate(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>, threshold: number): Metrics {
  checkLabelsAndScores('evaluate', yTrue, probabilities, { probabilities: true });
  if (!(threshold >= 0 && threshold <= 1)) throw new Error(`evaluate: threshold must be in [0, 1] (got ${threshold}).`);
  const m = confusionMatrix(yTrue, probabilities, threshold);
  return {
    rocAuc: rocAuc(yTrue, probabilities),
    prAuc: prAuc(yTrue, probabilities),
    accuracy: accuracy(m),
    precision: precision(m),
    recall: recall(m),
    f1: f1(m),
    logLoss: logLoss(yTrue, probabilities),
    brierScore: brierScore(yTrue, probabilities),
    threshold,
    ...m,
  };
}

export function curves(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>, options: { maxPoints?: number } = {}): Curves {
  return {
    roc: rocCurve(yTrue, probabilities, options),
    pr: precisionRecallCurve(yTrue, probabilities, options),
    lift: liftByDecile(yTrue, probabilities),
    calibration: calibration(yTrue, probabilities),
  };
}
