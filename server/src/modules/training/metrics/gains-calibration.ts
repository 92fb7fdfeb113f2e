/**
 * The two views a marketing manager reads besides ROC: "if I contact the top 20 % the
 * model ranks highest, what share of all responders do I reach?" (cumulative gains and
 * lift by decile) and "when the model says 30 %, do 30 % respond?" (calibration).
 */
import { checkLabelsAndScores, orderByScoreDescending } from './ranking.js';

export interface LiftPoint {
  /** 1 = the 10 % of rows scored highest. */
  decile: number;
  /** Share of all rows contacted down to and including this decile. */
  share: number;
  rows: number;
  responders: number;
  /** Response rate within this decile alone. */
  responseRate: number;
  /** Share of all responders reached down to this decile (the cumulative gains curve). */
  cumulativeGain: number;
  /** Cumulative response rate over the base rate; 1 means no better than random. */
  cumulativeLift: number;
  /** This decile's response rate over the base rate. */
  lift: number;
}

export interface CalibrationBin {
  lower: number;
  upper: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

/**
 * Rows sorted by probability (highest first; ties keep row order) cut into ten groups
 * of as-equal-as-possible size, boundaries at round(n * d / 10). With fewer than ten
 * rows some deciles are empty and report zero rows and rates of 0.
 */
export function liftByDecile(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>): LiftPoint[] {
  checkLabelsAndScores('liftByDecile', yTrue, probabilities);
  const n = yTrue.length;
  const order = orderByScoreDescending(probabilities);
  let totalPositives = 0;
  for (let i = 0; i < n; i++) totalPositives += yTrue[i];
  const baseRate = totalPositives / n;
  const points: LiftPoint[] = [];
  let start = 0;
  let cumulativeResponders = 0;
  for (let decile = 1; decile <= 10; decile++) {
    const end = Math.round((n * decile) / 10);
    let responders = 0;
    for (let k = start; k < end; k++) responders += yTrue[order[k]];
    cumulativeResponders += responders;
    const rows = end - start;
    const responseRate = rows === 0 ? 0 : responders / rows;
    const cumulativeRate = end === 0 ? 0 : cumulativeResponders / end;
    points.push({
      decile,
      share: end / n,
      rows,
      responders,
      responseRate,
      cumulativeGain: totalPositives === 0 ? 0 : cumulativeResponders / totalPositives,
      cumulativeLift: baseRate === 0 ? 0 : cumulativeRate / baseRate,
      lift: baseRate === 0 ? 0 : responseRate / baseRate,
    });
    start = end;
  }
  return points;
}

/**
 * Reliability diagram over `nBins` equal-width bins of [0, 1], scikit-learn's
 * `calibration_curve(strategy='uniform')`: bin k holds (k/nBins, (k+1)/nBins], with 0 in
 * the first bin. Empty bins are left out, as scikit-learn does, since they have no rate.
 */
export function calibration(yTrue: ArrayLike<number>, probabilities: ArrayLike<number>, nBins = 10): CalibrationBin[] {
  checkLabelsAndScores('calibration', yTrue, probabilities, { probabilities: true });
  if (!Number.isInteger(nBins) || nBins < 1) throw new Error(`nBins must be a positive integer (got ${nBins}).`);
  const count = new Float64Array(nBins);
  const sumPredicted = new Float64Array(nBins);
  const sumObserved = new Float64Array(nBins);
  for (let i = 0; i < yTrue.length; i++) {
    const p = probabilities[i];
    const bin = binOf(p, nBins);
    count[bin]++;
    sumPredicted[bin] += p;
    sumObserved[bin] += yTrue[i];
  }
  const bins: CalibrationBin[] = [];
  for (let b = 0; b < nBins; b++) {
    if (count[b] === 0) continue;
    bins.push({
      lower: b / nBins,
      upper: (b + 1) / nBins,
      count: count[b],
      meanPredicted: sumPredicted[b] / count[b],
      observedRate: sumObserved[b] / count[b],
    });
  }
  return bins;
}

/** The bin whose edges (k * (1 / nBins), as numpy's linspace makes them) enclose p, right edge included. */
function binOf(p: number, nBins: number): number {
  const width = 1 / nBins;
  let bin = Math.min(nBins - 1, Math.floor(p * nBins));
  while (bin > 0 && p <= bin * width) bin--;
  while (bin < nBins - 1 && p > (bin + 1) * width) bin++;
  return bin;
}
