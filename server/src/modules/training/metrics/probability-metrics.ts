/** Metrics of the probabilities themselves (how well calibrated and sharp they are). */
import { checkLabelsAndScores } from './ranking.js';

/** scikit-learn's clipping (1.2's eps), so a confident mistake costs ~34.5, not Infinity. */
export const LOG_LOSS_EPSILON = 1e-15;

/** Mean negative log-likelihood (binary cross-entropy) with probabilities clipped to [eps, 1 - eps]. */
export function logLoss(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  checkLabelsAndScores('logLoss', yTrue, probabilities, { probabilities: true });
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = Math.min(Math.max(probabilities[i], LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
    sum -= yTrue[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / yTrue.length;
}

/** Mean squared difference between probability and outcome (0 is perfect). */
export function brierScore(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  checkLabelsAndScores('brierScore', yTrue, probabilities, { probabilities: true });
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += (probabilities[i] - yTrue[i]) ** 2;
  return sum / yTrue.length;
}
