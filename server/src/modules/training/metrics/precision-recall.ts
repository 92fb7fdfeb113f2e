import { thinCurve, type CurvePoint } from './curve-thinning.js';
import { checkLabelsAndScores, thresholdSteps } from './ranking.js';

/**
 * Average precision, scikit-learn's `average_precision_score`: the precision at each
 * distinct threshold weighted by the recall it adds, sum((R_k - R_{k-1}) * P_k). It is a
 * step-wise area, deliberately not the trapezoid, which is optimistic for PR curves.
 * NaN when there are no positives.
 */
export function prAuc(yTrue: ArrayLike<number>, scores: ArrayLike<number>): number {
  checkLabelsAndScores('prAuc', yTrue, scores);
  const steps = thresholdSteps(yTrue, scores);
  if (steps.positives === 0) return Number.NaN;
  let area = 0;
  let previousTp = 0;
  for (let k = 0; k < steps.thresholds.length; k++) {
    const tp = steps.tps[k];
    if (tp > previousTp) area += ((tp - previousTp) / steps.positives) * (tp / (tp + steps.fps[k]));
    previousTp = tp;
  }
  return area;
}

/**
 * Precision (y) against recall (x), one point per distinct threshold from the strictest
 * (highest score) on, stopping where recall first reaches 1 like scikit-learn; a final
 * (recall 0, precision 1) anchor is put first, threshold null. Thinned to `maxPoints`.
 * Empty when there are no positives.
 */
export function precisionRecallCurve(
  yTrue: ArrayLike<number>,
  scores: ArrayLike<number>,
  options: { maxPoints?: number } = {},
): CurvePoint[] {
  checkLabelsAndScores('precisionRecallCurve', yTrue, scores);
  const steps = thresholdSteps(yTrue, scores);
  if (steps.positives === 0) return [];
  const points: CurvePoint[] = [{ x: 0, y: 1, threshold: null }];
  for (let k = 0; k < steps.thresholds.length; k++) {
    const tp = steps.tps[k];
    points.push({ x: tp / steps.positives, y: tp / (tp + steps.fps[k]), threshold: steps.thresholds[k] });
    if (tp === steps.positives) break;
  }
  return thinCurve(points, options.maxPoints ?? 200);
}
