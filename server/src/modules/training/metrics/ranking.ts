/**
 * The shared first step of every threshold-sweeping metric: rows ordered by score (highest
 * first) collapsed to one step per DISTINCT score, with the cumulative true and false
 * positives when everything scoring at least that much is called positive. Tied scores
 * must move together (a threshold cannot split them), as in scikit-learn's
 * `_binary_clf_curve`, or curves and AUCs would depend on row order.
 */

export interface ThresholdSteps {
  /** Distinct scores, descending. */
  thresholds: Float64Array;
  /** Cumulative true positives at `score >= thresholds[k]`. */
  tps: Float64Array;
  /** Cumulative false positives at `score >= thresholds[k]`. */
  fps: Float64Array;
  positives: number;
  negatives: number;
}

/** Labels must be 0/1 and as many as the scores; scores must not be NaN. */
export function checkLabelsAndScores(
  where: string,
  yTrue: ArrayLike<number>,
  scores: ArrayLike<number>,
  { probabilities = false } = {},
): void {
  if (scores.length !== yTrue.length) throw new Error(`${where}: ${yTrue.length} labels but ${scores.length} scores.`);
  if (yTrue.length === 0) throw new Error(`${where}: no rows to evaluate.`);
  for (let i = 0; i < yTrue.length; i++) {
    if (yTrue[i] !== 0 && yTrue[i] !== 1) throw new Error(`${where}: labels must be 0/1 (row ${i} is ${yTrue[i]}).`);
    const s = scores[i];
    if (Number.isNaN(s) || (probabilities && !(s >= 0 && s <= 1))) {
      throw new Error(
        `${where}: row ${i} has ${probabilities ? 'probability' : 'score'} ${s}${probabilities ? ' (must be in [0, 1])' : ''}.`,
      );
    }
  }
}

/** Row indices ordered by descending score (stable, so ties keep file order). */
export function orderByScoreDescending(scores: ArrayLike<number>): Int32Array {
  const order = new Int32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[b] - scores[a] || a - b);
}

export function thresholdSteps(yTrue: ArrayLike<number>, scores: ArrayLike<number>): ThresholdSteps {
  const order = orderByScoreDescending(scores);
  const n = order.length;
  const thresholds: number[] = [];
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (yTrue[i] === 1) tp++;
    else fp++;
    // Close a step only where the next score differs (or at the end).
    if (k === n - 1 || scores[order[k + 1]] !== scores[i]) {
      thresholds.push(scores[i]);
      tps.push(tp);
      fps.push(fp);
    }
  }
  return {
    thresholds: Float64Array.from(thresholds),
    tps: Float64Array.from(tps),
    fps: Float64Array.from(fps),
    positives: tp,
    negatives: fp,
  };
}
