import { thinCurve, type CurvePoint } from './curve-thinning.js';
import { checkLabelsAndScores, thresholdSteps } from './ranking.js';

/**
 * Area under the ROC curve by the rank-sum (Mann-Whitney U) formula, with ties given
 * half credit, which matches scikit-learn's `roc_auc_score`. O(n log n).
 * NaN when only one class is present (the area is undefined, as scikit-learn says).
 */
export function rocAuc(yTrue: ArrayLike<number>, scores: ArrayLike<number>): number {
  checkLabelsAndScores('rocAuc', yTrue, scores);
  const n = yTrue.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSumPositives = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (yTrue[order[k]] === 1) {
        positives++;
        rankSumPositives += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * The ROC curve (x = false positive rate, y = true positive rate) with one point per
 * distinct score, from (0, 0) — nothing called positive, threshold null — to (1, 1),
 * thinned to at most `maxPoints`. A point's threshold means "score >= threshold is
 * called positive". Empty when only one class is present.
 */
export function rocCurve(yTrue: ArrayLike<number>, scores: ArrayLike<number>, options: { maxPoints?: number } = {}): CurvePoint[] {
  checkLabelsAndScores('rocCurve', yTrue, scores);
  const steps = thresholdSteps(yTrue, scores);
  if (steps.positives === 0 || steps.negatives === 0) return [];
  const points: CurvePoint[] = [{ x: 0, y: 0, threshold: null }];
  for (let k = 0; k < steps.thresholds.length; k++) {
    points.push({ x: steps.fps[k] / steps.negatives, y: steps.tps[k] / steps.positives, threshold: steps.thresholds[k] });
  }
  return thinCurve(points, options.maxPoints ?? 200);
}
