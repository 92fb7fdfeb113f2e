/**
 * Ranks, deciles and the gains of a scored list. The order is the probability, highest
 * first, ties broken by the row's place in the file, so the same list scored by the same
 * model always ranks (and splits into deciles) the same way. Pure, shared by the runner,
 * the download of the top k % and the page's figures.
 */

/** rank[i] = the 0-based place of row i (0 = the best-rated row). */
export function ranksOf(probabilities: Float64Array): Int32Array {
  const n = probabilities.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => probabilities[b] - probabilities[a] || a - b);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]] = r;
  return rank;
}

/** 1 = the best-rated tenth, 10 = the lowest; the first deciles take the extra rows of an uneven split. */
export function decileOf(rank: number, n: number): number {
  return Math.floor((rank * 10) / n) + 1;
}

/** How many rows "the top k %" of n rows is: rounded up, so the top 10 % is exactly decile 1. */
export function topCount(n: number, percent: number): number {
  if (!(percent > 0) || n <= 0) return 0;
  if (percent >= 100) return n;
  return Math.min(n, Math.ceil(Number(((n * percent) / 100).toFixed(9))));
}

export interface GainPoint {
  percent: number;
  customers: number;
  expectedResponders: number;
}

/** Expected responders (the sum of the probabilities) among the top k % for k = 0..100. */
export function gainsOf(probabilities: Float64Array, rank: Int32Array): GainPoint[] {
  const n = probabilities.length;
  const byRank = new Float64Array(n);
  for (let i = 0; i < n; i++) byRank[rank[i]] = probabilities[i];
  const points: GainPoint[] = [];
  let sum = 0;
  let taken = 0;
  for (let percent = 0; percent <= 100; percent++) {
    const customers = topCount(n, percent);
    for (; taken < customers; taken++) sum += byRank[taken];
    points.push({ percent, customers, expectedResponders: sum });
  }
  return points;
}
