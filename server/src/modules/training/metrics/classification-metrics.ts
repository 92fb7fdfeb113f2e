/**
 * Metrics of hard decisions at a threshold, and the choice of that threshold. The rule
 * everywhere: probability >= threshold is called a responder.
 */
import { checkLabelsAndScores, thresholdSteps } from './ranking.js';

export interface ConfusionMatrix {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

export function confusionMatrix(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>, threshold: number): ConfusionMatrix {
  checkLabelsAndScores('confusionMatrix', yTrue, probabilities);
  if (Number.isNaN(threshold)) throw new Error('confusionMatrix: threshold must be a number (got NaN).');
  const m: ConfusionMatrix = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (let i = 0; i < yTrue.length; i++) {
    const called = probabilities[i] >= threshold;
    if (yTrue[i] === 1) {
      if (called) m.truePositives++;
      else m.falseNegatives++;
    } else if (called) m.falsePositives++;
    else m.trueNegatives++;
  }
  return m;
}

export function accuracy(m: ConfusionMatrix): number {
  return (m.truePositives + m.trueNegatives) / (m.truePositives + m.trueNegatives + m.falsePositives + m.falseNegatives);
}

/** 0 when nothing is called positive (scikit-learn's zero_division result, without the warning). */
export function precision(m: ConfusionMatrix): number {
  const called = m.truePositives + m.falsePositives;
  return called === 0 ? 0 : m.truePositives / called;
}

/** 0 when there are no positives. */
export function recall(m: ConfusionMatrix): number {
  const actual = m.truePositives + m.falseNegatives;
  return actual === 0 ? 0 : m.truePositives / actual;
}

/** Harmonic mean of precision and recall, 2TP / (2TP + FP + FN); 0 when that is 0/0. */
export function f1(m: ConfusionMatrix): number {
  const denominator = 2 * m.truePositives + m.falsePositives + m.falseNegatives;
  return denominator === 0 ? 0 : (2 * m.truePositives) / denominator;
}

/**
 * The threshold that maximises F1 on the given rows. Callers pass TRAINING predictions:
 * choosing it on the test rows would leak them into the reported test metrics.
 *
 * A 0.5 default is wrong for campaigns (15 % responders: a model may rarely predict above
 * 0.5), and F1 balances finding responders against wasting contacts. The returned value
 * sits midway between the best cut's lowest included score and the next lower score, so
 * it reproduces the same calls on these rows while not hugging one training row's score.
 * Ties in F1 go to the higher threshold (fewer contacts for the same F1).
 */
export function chooseThreshold(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  checkLabelsAndScores('chooseThreshold', yTrue, probabilities);
  const steps = thresholdSteps(yTrue, probabilities);
  if (steps.positives === 0) throw new Error('chooseThreshold: needs at least one positive row.');
  let best = -1;
  let bestF1 = -1;
  for (let k = 0; k < steps.thresholds.length; k++) {
    const tp = steps.tps[k];
    const score = (2 * tp) / (tp + steps.positives + steps.fps[k]);
    if (score > bestF1) {
      bestF1 = score;
      best = k;
    }
  }
  const cut = steps.thresholds[best];
  const below = best + 1 < steps.thresholds.length ? steps.thresholds[best + 1] : cut;
  return (cut + below) / 2;
}
