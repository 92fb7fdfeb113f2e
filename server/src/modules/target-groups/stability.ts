/**
 * How much the group depends on the particular customers in the data: the rule search is
 * re-run on bootstrap resamples (seeded), and the group found on the full data is re-measured
 * on each resample. A condition that rarely comes back, or a lift whose lower end is near 1,
 * marks the group as unstable.
 */
import { message } from '../phrasing/catalogue.js';
import { formatCountIn, formatLiftIn } from '../phrasing/locale-format.js';
import { plainLabel } from '../phrasing/lexicon.js';
import type { Locale } from '../phrasing/locale.js';
import { createRng } from '../../common/random.js';
import { searchRulesByTopN, topDrivers, type RuleSearchOptions } from './rule-search.js';
import type { RawCondition } from './conditions.js';
import type { ColumnData, TargetDriver, TargetGroupData } from './types.js';
import { isTextColumn } from './types.js';

export interface StabilityOptions extends RuleSearchOptions {
  nResamples?: number;
  randomState?: number;
  /** Resamples larger than this are drawn at this size to bound the time on big data. */
  maxRows?: number;
  /** A condition must come back in at least this share of resamples (default 0.5). */
  minReappearance?: number;
  /** The language of the reasons (default English). */
  locale?: Locale;
}

export interface StabilityResult {
  nResamples: number;
  resampleSize: number;
  /** For each condition of the group: in how many resamples the search used its feature again. */
  conditions: { feature: string; label: string; reappeared: number; share: number }[];
  /** Every feature any resample's group used, with its count. */
  featureCounts: Record<string, number>;
  lift: { low: number; high: number; median: number } | null;
  unstable: boolean;
  reasons: string[];
}

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (h - lo);
}

export function takeColumn(column: ColumnData, idx: Int32Array): ColumnData {
  if (isTextColumn(column)) return { ...column, values: Array.from(idx, (i) => column.values[i]) };
  return { ...column, values: Float64Array.from(idx, (i) => column.values[i]) };
}

export function groupStability(
  drivers: readonly TargetDriver[],
  data: TargetGroupData,
  group: { conditions: readonly (RawCondition & { label?: string })[]; mask: Uint8Array },
  options: StabilityOptions = {},
): StabilityResult {
  const nResamples = options.nResamples ?? 20;
  const minReappearance = options.minReappearance ?? 0.5;
  if (!Number.isInteger(nResamples) || nResamples < 1) throw new Error(`nResamples must be a whole number >= 1, got ${nResamples}.`);
  const pool: number[] = [];
  for (let i = 0; i < data.rowCount; i++) if (!options.rows || options.rows[i]) pool.push(i);
  const size = Math.min(pool.length, options.maxRows ?? 200_000);
  const rng = createRng(options.randomState ?? 0);
  const features = [...new Set(group.conditions.map((c) => c.feature))];
  const reappeared = new Map(features.map((f) => [f, 0]));
  const featureCounts: Record<string, number> = {};
  const lifts: number[] = [];
  const searchOptions: RuleSearchOptions = {
    topN: options.topN,
    minShare: options.minShare,
    beamWidth: options.beamWidth,
    sizeExponent: options.sizeExponent,
  };
  if (options.capacity !== undefined) searchOptions.capacity = (options.capacity * size) / data.rowCount;

  const searched = topDrivers(drivers, options.topN ?? 3).map((d) => d.feature);
  for (let r = 0; r < nResamples && size > 0; r++) {
    const idx = new Int32Array(size);
    for (let k = 0; k < size; k++) idx[k] = pool[Math.floor(rng() * pool.length)];
    const columns: Record<string, ColumnData> = {};
    // Only the searched drivers' columns: copying every column would dominate the time.
    for (const name of searched) columns[name] = takeColumn(data.columns[name], idx);
    const sample: TargetGroupData = { rowCount: size, columns, target: Uint8Array.from(idx, (i) => data.target[i]) };
    // The same seeded search over 1..N drivers as the group itself was found with.
    const found = searchRulesByTopN(drivers, sample, searchOptions, options.topN ?? 3).at(-1)!;
    for (const c of found.conditions) featureCounts[c.feature] = (featureCounts[c.feature] ?? 0) + 1;
    for (const f of features) if (found.conditions.some((c) => c.feature === f)) reappeared.set(f, reappeared.get(f)! + 1);
    let matched = 0;
    let responders = 0;
    let positives = 0;
    for (const i of idx) {
      positives += data.target[i];
      if (group.mask[i]) {
        matched++;
        responders += data.target[i];
      }
    }
    if (matched > 0 && positives > 0) lifts.push(responders / matched / (positives / size));
  }

  lifts.sort((a, b) => a - b);
  const lift = lifts.length > 0 ? { low: quantile(lifts, 0.025), high: quantile(lifts, 0.975), median: quantile(lifts, 0.5) } : null;
  const labelOf = (f: string) => group.conditions.find((c) => c.feature === f)?.label ?? f;
  const conditions = features.map((feature) => ({
    feature,
    label: labelOf(feature),
    reappeared: reappeared.get(feature)!,
    share: reappeared.get(feature)! / nResamples,
  }));
  const reasons: string[] = [];
  const locale = options.locale ?? 'en';
  for (const c of conditions) {
    if (c.share < minReappearance)
      reasons.push(
        message(
          'stability.condition',
          {
            label: plainLabel(labelOf(c.feature), locale).text,
            count: formatCountIn(c.reappeared, locale),
            total: formatCountIn(nResamples, locale),
          },
          locale,
        ),
      );
  }
  if (lift && lift.low < 1.1 && group.conditions.length > 0)
    reasons.push(message('stability.lowLift', { lift: formatLiftIn(lift.low, locale) }, locale));
  if (group.conditions.length > 0 && lifts.length < nResamples) reasons.push(message('stability.empty', {}, locale));
  return { nResamples, resampleSize: size, conditions, featureCounts, lift, unstable: reasons.length > 0, reasons };
}
