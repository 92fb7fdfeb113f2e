/**
 * Beam search for the best conjunction of at most `topN` conditions (one per feature) over
 * the top-N drivers' candidate conditions, scored as a subgroup-discovery quality:
 *
 *   quality = share^sizeExponent * (responseRate - baseRate)
 *
 * sizeExponent = 1 is weighted relative accuracy (WRAcc), which favours big groups with a
 * modest lift; the default 0.5 (the binomial-test quality) balances size against lift, which
 * suits a campaign brief better than either extreme. Simply AND-ing every region tends to give
 * a tiny group; the search instead keeps a condition only when it pays for the customers it
 * removes.
 */
import { countAnd, fullBitset, and, bitsetFrom, type Bitset } from './bitset.js';
import { candidateConditions, conditionBitset, conditionKey, type RawCondition } from './conditions.js';
import type { TargetDriver, TargetGroupData } from './types.js';

export interface RuleSearchOptions {
  topN?: number;
  /** Smallest group, as a share of the customers searched (default 0.05). */
  minShare?: number;
  /** Most customers the campaign can contact (in the whole data). */
  capacity?: number;
  beamWidth?: number;
  sizeExponent?: number;
  /** Rows to search on (1 = use); default all rows. The caller passes the training rows so the holdout stays honest. */
  rows?: Uint8Array;
  /**
   * A group found with fewer drivers (their conditions are among this search's candidates).
   * The search starts from it: it is the best until something beats it, and its extensions
   * are explored, so N + 1 drivers never give a worse group than N.
   */
  seed?: readonly RawCondition[];
}

export interface RuleSearchResult {
  /** In driver-importance order. Empty when no group beats the base rate within the limits. */
  conditions: RawCondition[];
  found: boolean;
  quality: number;
  /** Counts on the searched rows. */
  matched: number;
  positives: number;
  searchedRows: number;
  candidatesTried: number;
}

interface BeamEntry {
  picks: number[];
  bits: Bitset;
  count: number;
  positives: number;
  quality: number;
}

export function topDrivers(drivers: readonly TargetDriver[], topN: number): TargetDriver[] {
  return [...drivers].sort((a, b) => b.importance - a.importance || a.feature.localeCompare(b.feature)).slice(0, topN);
}

export function validateSearchOptions(
  drivers: readonly TargetDriver[],
  data: TargetGroupData,
  options: RuleSearchOptions,
): Required<Omit<RuleSearchOptions, 'capacity' | 'rows' | 'seed'>> {
  const topN = options.topN ?? 3;
  const minShare = options.minShare ?? 0.05;
  const beamWidth = options.beamWidth ?? 5;
  const sizeExponent = options.sizeExponent ?? 0.5;
  if (!Number.isInteger(topN) || topN < 1) throw new Error(`topN must be a whole number >= 1, got ${topN}.`);
  if (!(minShare >= 0 && minShare <= 1)) throw new Error(`minShare must be within [0, 1], got ${minShare}.`);
  if (!Number.isInteger(beamWidth) || beamWidth < 1) throw new Error(`beamWidth must be a whole number >= 1, got ${beamWidth}.`);
  if (!(sizeExponent >= 0 && sizeExponent <= 1)) throw new Error(`sizeExponent must be within [0, 1], got ${sizeExponent}.`);
  if (options.capacity !== undefined && !(options.capacity >= 1))
    throw new Error(`capacity must be at least 1 customer, got ${options.capacity}.`);
  if (data.target.length !== data.rowCount) throw new Error(`The target has ${data.target.length} values for ${data.rowCount} rows.`);
  if (options.rows && options.rows.length !== data.rowCount)
    throw new Error(`rows has ${options.rows.length} entries for ${data.rowCount} rows.`);
  for (const d of drivers) if (!Number.isFinite(d.importance)) throw new Error(`The driver "${d.feature}" has no finite importance.`);
  return { topN, minShare, beamWidth, sizeExponent };
}

export function searchRules(drivers: readonly TargetDriver[], data: TargetGroupData, options: RuleSearchOptions = {}): RuleSearchResult {
  const { topN, minShare, beamWidth, sizeExponent } = validateSearchOptions(drivers, data, options);
  const chosen = topDrivers(drivers, topN);
  const rows = options.rows ?? null;
  const scope = rows ? bitsetFrom(data.rowCount, (i) => rows[i] === 1) : fullBitset(data.rowCount);
  const responders = bitsetFrom(data.rowCount, (i) => data.target[i] === 1);
  const base = countAnd(scope, scope, responders);
  const total = base.count;
  const empty: RuleSearchResult = {
    conditions: [],
    found: false,
    quality: 0,
    matched: total,
    positives: base.positives,
    searchedRows: total,
    candidatesTried: 0,
  };
  if (total === 0) return empty;
  const baseRate = base.positives / total;
  const minCount = Math.max(1, Math.ceil(minShare * total));
  const maxCount = options.capacity === undefined ? Infinity : (options.capacity * total) / data.rowCount;

  const candidates = candidateConditions(chosen, data, rows);
  const candidateBits = candidates.map((c) => and(conditionBitset(c, data), scope));
  const quality = (count: number, positives: number) => (count / total) ** sizeExponent * (positives / count - baseRate);

  let beam: BeamEntry[] = [{ picks: [], bits: scope, count: total, positives: base.positives, quality: 0 }];
  let best: BeamEntry | null = null;
  const seed = seedEntry(options.seed ?? [], candidates, candidateBits, scope, responders, quality);
  if (seed && seed.count <= maxCount && seed.quality > 0) best = seed;
  for (let depth = 0; depth < topN; depth++) {
    const next = new Map<string, BeamEntry>();
    // The seed competes at its own depth, so the beam also grows from it.
    if (seed && seed.picks.length === depth + 1 && seed.picks.length <= topN) next.set(seed.picks.join(','), seed);
    for (const entry of beam) {
      const used = new Set(entry.picks.map((p) => candidates[p].feature));
      candidates.forEach((candidate, c) => {
        if (used.has(candidate.feature)) return;
        const picks = [...entry.picks, c].sort((a, b) => a - b);
        const key = picks.join(',');
        if (next.has(key)) return;
        const { count, positives } = countAnd(entry.bits, candidateBits[c], responders);
        // A condition that removes nobody adds words, not information.
        if (count < minCount || count === entry.count) return;
        next.set(key, { picks, bits: candidateBits[c], count, positives, quality: quality(count, positives) });
      });
    }
    const ranked = [...next.values()].sort(
      (a, b) => b.quality - a.quality || b.count - a.count || a.picks.join(',').localeCompare(b.picks.join(',')),
    );
    for (const entry of ranked) {
      if (entry.count <= maxCount && entry.quality > 0 && (best === null || entry.quality > best.quality + 1e-12)) best = entry;
    }
    beam = ranked.slice(0, beamWidth).map((e) => ({ ...e, bits: e.picks.reduce((acc, p) => and(acc, candidateBits[p]), scope) }));
    if (beam.length === 0) break;
  }
  if (!best) return { ...empty, candidatesTried: candidates.length };
  const order = new Map(chosen.map((d, i) => [d.feature, i]));
  const conditions = best.picks.map((p) => candidates[p]).sort((a, b) => order.get(a.feature)! - order.get(b.feature)!);
  return {
    conditions,
    found: true,
    quality: best.quality,
    matched: best.count,
    positives: best.positives,
    searchedRows: total,
    candidatesTried: candidates.length,
  };
}

/** The seed group as a beam entry over this search's candidates; null when it has no conditions. */
function seedEntry(
  conditions: readonly RawCondition[],
  candidates: readonly RawCondition[],
  candidateBits: readonly Bitset[],
  scope: Bitset,
  responders: Bitset,
  quality: (count: number, positives: number) => number,
): BeamEntry | null {
  if (conditions.length === 0) return null;
  const index = new Map(candidates.map((c, i) => [conditionKey(c), i]));
  const picks = conditions.map((c) => {
    const i = index.get(conditionKey(c));
    if (i === undefined) throw new Error(`The seed condition on "${c.feature}" is not among the candidates.`);
    return i;
  });
  picks.sort((a, b) => a - b);
  const bits = picks.reduce((acc, p) => and(acc, candidateBits[p]), scope);
  const { count, positives } = countAnd(bits, bits, responders);
  return count > 0 ? { picks, bits, count, positives, quality: quality(count, positives) } : null;
}

export interface TopNStep extends RuleSearchResult {
  topN: number;
}

/**
 * The searches for 1, 2, ..., upTo drivers, each seeded with the previous one's group, so
 * quality never decreases with N (the top N + 1 drivers include the top N, and the search for
 * N + 1 starts from N's best). Deterministic: the answer for N does not depend on upTo.
 */
export function searchRulesByTopN(
  drivers: readonly TargetDriver[],
  data: TargetGroupData,
  options: RuleSearchOptions,
  upTo: number,
): TopNStep[] {
  const steps: TopNStep[] = [];
  let seed: RawCondition[] = [];
  for (let n = 1; n <= upTo; n++) {
    const result = searchRules(drivers, data, { ...options, topN: n, seed });
    steps.push({ ...result, topN: n });
    seed = result.conditions;
  }
  return steps;
}

export { conditionKey };
