/**
 * The smallest change that would make a customer likely to respond (a counterfactual): among
 * the features marked actionable, the fewest changes, then the smallest, that lift the
 * model's probability to its threshold or above.
 *
 * The search, in words:
 * 1. Candidate values: for each actionable feature, the values training customers actually
 *    have at the 0th, 5th, ..., 100th percentiles (numbers) or the levels they have
 *    (categories), so no value outside what customers have is ever proposed.
 * 2. A change's size is how far it moves the customer along that feature's distribution: the
 *    difference of the two values' percentiles (0..1; a new level counts 0.5). A set of
 *    changes costs the sum of its sizes.
 * 3. Fewest first: every single change is scored (one batch); if any crosses the threshold the
 *    cheapest of those wins. Otherwise every pair of features over their deciles' values is
 *    scored (exhaustive); else a beam of the 25 pairs that raise the chance most is extended
 *    by every third change. The cheapest set that crosses wins; ties go to the higher chance.
 * 4. When no set of up to three changes crosses, the set that comes closest is returned
 *    (reached = false), so the page can say how far the best it found gets.
 * Pure: the model is only asked for probabilities of whole tables.
 */
import { isCategorical, type Feature, type FeatureTable, type PredictProba } from '../training/data/feature-table.js';
import { quantileGrid } from './ceteris-paribus.js';

export interface CounterfactualChange {
  feature: string;
  /** The feature's value in the table's terms (a number, or a level); null = missing. */
  from: number | string | null;
  to: number | string;
}

export interface Counterfactual {
  changes: CounterfactualChange[];
  /** The probability with the customer's values, and with the changes. */
  before: number;
  after: number;
  /** Whether `after` reaches the threshold. */
  reached: boolean;
  /** Sum of the changes' percentile distances (see above). */
  cost: number;
}

export interface CounterfactualOptions {
  threshold: number;
  /** Features that may change (names); the others stay as they are. */
  actionable: readonly string[];
  maxChanges?: number;
}

type Move = { j: number; to: number | string; cost: number };

const SINGLE_POINTS = 21;
const PAIR_POINTS = 11;
const BEAM = 25;

/** `row` is a one-row table with the model's features; `background` the training rows (candidate values and their percentiles). */
export function smallestChange(
  predict: PredictProba,
  row: FeatureTable,
  background: FeatureTable,
  options: CounterfactualOptions,
): Counterfactual | null {
  const before = predict(row)[0];
  if (before >= options.threshold) return { changes: [], before, after: before, reached: true, cost: 0 };
  const maxChanges = Math.max(1, Math.min(3, options.maxChanges ?? 3));
  const movesOf = (points: number) => candidateMoves(row, background, options.actionable, points);
  const singles = movesOf(SINGLE_POINTS);
  if (singles.length === 0) return null;
  const result = (set: readonly Move[], p: number): Counterfactual => ({
    changes: set.map((m) => ({ feature: row.features[m.j].name, from: valueAt(row.features[m.j]), to: m.to })),
    before,
    after: p,
    reached: p >= options.threshold,
    cost: set.reduce((s, m) => s + m.cost, 0),
  });

  let best: { set: Move[]; p: number } = { set: [], p: before };
  const consider = (sets: Move[][]) => {
    if (sets.length === 0) return null;
    const p = predict(withChanges(row, sets));
    let winner: { set: Move[]; p: number; cost: number } | null = null;
    sets.forEach((set, i) => {
      if (p[i] > best.p) best = { set, p: p[i] };
      if (p[i] < options.threshold) return;
      const cost = set.reduce((s, m) => s + m.cost, 0);
      if (!winner || cost < winner.cost - 1e-12 || (Math.abs(cost - winner.cost) <= 1e-12 && p[i] > winner.p))
        winner = { set, p: p[i], cost };
    });
    return { p, winner: winner as { set: Move[]; p: number; cost: number } | null };
  };

  const one = consider(singles.map((m) => [m]))!;
  if (one.winner) return result(one.winner.set, one.winner.p);
  if (maxChanges < 2) return result(best.set, best.p);

  const pairMoves = movesOf(PAIR_POINTS);
  const pairs: Move[][] = [];
  for (let a = 0; a < pairMoves.length; a++)
    for (let b = a + 1; b < pairMoves.length; b++) if (pairMoves[a].j !== pairMoves[b].j) pairs.push([pairMoves[a], pairMoves[b]]);
  const two = consider(pairs);
  if (two?.winner) return result(two.winner.set, two.winner.p);
  if (maxChanges < 3 || !two) return result(best.set, best.p);

  const beam = pairs
    .map((set, i) => ({ set, p: two.p[i] }))
    .sort((x, y) => y.p - x.p)
    .slice(0, BEAM);
  const triples: Move[][] = [];
  for (const { set } of beam) for (const m of singles) if (set.every((s) => s.j !== m.j)) triples.push([...set, m]);
  const three = consider(triples);
  if (three?.winner) return result(three.winner.set, three.winner.p);
  return result(best.set, best.p);
}

/** The customer's value of a one-row table's feature (null = missing). */
function valueAt(f: Feature): number | string | null {
  if (isCategorical(f)) return f.codes[0] < 0 ? null : f.levels[f.codes[0]];
  return Number.isNaN(f.values[0]) ? null : f.values[0];
}

/** Every change to a value customers have, with its percentile distance from the customer's value. */
function candidateMoves(row: FeatureTable, background: FeatureTable, actionable: readonly string[], points: number): Move[] {
  const wanted = new Set(actionable);
  const moves: Move[] = [];
  row.features.forEach((f, j) => {
    if (!wanted.has(f.name)) return;
    const seen = background.features.find((b) => b.name === f.name);
    if (!seen || seen.kind !== f.kind) return;
    const current = valueAt(f);
    if (isCategorical(seen)) {
      const counts = new Map<string, number>();
      for (const c of seen.codes) if (c >= 0) counts.set(seen.levels[c], (counts.get(seen.levels[c]) ?? 0) + 1);
      for (const level of counts.keys()) if (level !== current) moves.push({ j, to: level, cost: 0.5 });
      return;
    }
    if (f.kind !== 'NUMERIC') return;
    const sorted = Float64Array.from(seen.values.filter((v) => !Number.isNaN(v))).sort();
    if (sorted.length === 0) return;
    const percentile = (v: number) => upperBound(sorted, v) / sorted.length;
    const from = typeof current === 'number' ? percentile(current) : 0.5;
    for (const v of quantileGrid(sorted, points)) if (v !== current) moves.push({ j, to: v, cost: Math.abs(percentile(v) - from) });
  });
  return moves;
}

function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One row per set: the customer's row with that set's changes. */
function withChanges(row: FeatureTable, sets: readonly (readonly Move[])[]): FeatureTable {
  const n = sets.length;
  const features = row.features.map((f, j): Feature => {
    if (isCategorical(f)) {
      const levels = [...f.levels];
      const codes = new Int32Array(n).fill(f.codes[0]);
      sets.forEach((set, i) => {
        const move = set.find((m) => m.j === j);
        if (!move) return;
        let code = levels.indexOf(move.to as string);
        if (code < 0) code = levels.push(move.to as string) - 1;
        codes[i] = code;
      });
      return { name: f.name, kind: 'CATEGORICAL', levels, codes };
    }
    const values = new Float64Array(n).fill(f.values[0]);
    sets.forEach((set, i) => {
      const move = set.find((m) => m.j === j);
      if (move) values[i] = move.to as number;
    });
    return { name: f.name, kind: f.kind, values };
  });
  return { rowCount: n, features };
}
