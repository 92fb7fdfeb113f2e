/**
 * One call from a model's drivers and the dataset's rows to everything the GraphQL
 * TargetGroup shows: the searched conditions with their wording, exact counts overall and on
 * the held-out rows, the written brief, stability, distinguishing features and money figures.
 * The result is plain JSON (no typed arrays, no NaN).
 */
import { conditionClauseText, conditionText, type DescribedCondition } from './condition-text.js';
import { describeTargetGroup as writeDescription } from './describe.js';
import { distinguishingFeatures, matchMask, meanPredicted, statsFor, type DistinguishingFeature } from './group-stats.js';
import { campaignProfit, profitCurve, validateMoney, type ProfitCurve } from './profit.js';
import { conditionKey, searchRulesByTopN, topDrivers, validateSearchOptions, type TopNStep } from './rule-search.js';
import type { Locale } from '../phrasing/locale.js';
import { groupStability, type StabilityResult } from './stability.js';
import { searchSample } from './search-sample.js';
import type { GroupCondition, GroupStats, TargetDriver, TargetGroupData } from './types.js';
import { type PhraseContext } from '../phrasing/phrase.js';
import { sharesDiffer, shownComparison } from '../phrasing/phrase-difference.js';

export interface TargetGroupOptions {
  topN?: number;
  minShare?: number;
  capacity?: number;
  costPerContact?: number;
  valuePerResponse?: number;
  /** Bootstrap resamples for stability; 0 skips it (default 20). */
  bootstrap?: number;
  /** Searched customers above which the search runs on a sample of this many (default SEARCH_SAMPLE_ROWS). */
  searchSampleRows?: number;
  randomState?: number;
  beamWidth?: number;
  sizeExponent?: number;
  /** The language of every text (default English). */
  locale?: Locale;
}

/** How far the slider's default and the "same group" note look: the page offers 1 to 10 drivers. */
export const SLIDER_MAX_TOP_N = 10;
/** The suggested N is the smallest whose quality is within this share of the best N's. */
export const SUGGESTED_QUALITY_SHARE = 0.95;

export interface TargetGroupResult {
  topN: number;
  found: boolean;
  /** The rule search's objective on the rows it searched (share^0.5 x (rate - base rate)); 0 when nothing was found. */
  quality: number;
  /** quality for 1, 2, ... drivers (up to max(topN, 10), at most the number of drivers). */
  qualityByTopN: number[];
  /** The range of N around topN that describe exactly this group. */
  sameGroupFrom: number;
  sameGroupTo: number;
  /** The smallest N whose quality is within 5 % of the best N's (1..10). */
  suggestedTopN: number;
  description: string;
  conditions: GroupCondition[];
  matchedCustomers: number;
  share: number;
  responseRate: number;
  baseRate: number;
  lift: number;
  responders: number;
  /** On the held-out test rows; all zeros when the data has no test rows. */
  holdout: GroupStats;
  meanPredicted: number | null;
  distinguishingFeatures: DistinguishingFeature[];
  stability: StabilityResult | null;
  profit: {
    costPerContact: number;
    valuePerResponse: number;
    groupProfit: number;
    everyoneProfit: number;
    curve: ProfitCurve | null;
  } | null;
  /** Group drivers whose direction the models disagree on. */
  disagreements: string[];
}

export function describeTargetGroup(
  drivers: readonly TargetDriver[],
  data: TargetGroupData,
  options: TargetGroupOptions = {},
): TargetGroupResult {
  const { topN, minShare } = validateSearchOptions(drivers, data, options);
  const hasMoney = options.costPerContact !== undefined || options.valuePerResponse !== undefined;
  if (hasMoney) {
    if (options.costPerContact === undefined || options.valuePerResponse === undefined)
      throw new Error('Give both costPerContact and valuePerResponse, or neither.');
    validateMoney({ costPerContact: options.costPerContact, valuePerResponse: options.valuePerResponse, capacity: options.capacity });
  }
  const bootstrap = options.bootstrap ?? 20;
  if (!Number.isInteger(bootstrap) || bootstrap < 0) throw new Error(`bootstrap must be a whole number >= 0, got ${bootstrap}.`);
  if (data.testMask && data.testMask.length !== data.rowCount)
    throw new Error(`testMask has ${data.testMask.length} entries for ${data.rowCount} rows.`);
  if (data.predicted && data.predicted.length !== data.rowCount)
    throw new Error(`predicted has ${data.predicted.length} values for ${data.rowCount} rows.`);

  // Search on the training rows only, so the held-out figures are an honest check of the rule.
  const trainRows = data.testMask ? Uint8Array.from(data.testMask, (t) => (t ? 0 : 1)) : undefined;
  const hasTrain = trainRows ? trainRows.some((v) => v === 1) : true;
  const searchOptions = {
    topN,
    minShare,
    capacity: options.capacity,
    beamWidth: options.beamWidth,
    sizeExponent: options.sizeExponent,
    rows: hasTrain ? trainRows : undefined,
  };
  const upTo = Math.max(topN, Math.min(SLIDER_MAX_TOP_N, drivers.length));
  // A large base is searched on a stated sample (search-sample.ts); counts below stay exact.
  const sample = searchSample(
    data,
    searchOptions.rows,
    topDrivers(drivers, upTo).map((d) => d.feature),
    options.searchSampleRows,
    options.randomState ?? 0,
  );
  const searchData = sample?.data ?? data;
  const sampledOptions = sample
    ? {
        ...searchOptions,
        rows: undefined,
        // The capacity's share of the sample, as the full search gives it its share of the training rows.
        capacity: options.capacity === undefined ? undefined : Math.max(1, (options.capacity * sample.rows.length) / data.rowCount),
      }
    : searchOptions;
  const steps = searchRulesByTopN(drivers, searchData, sampledOptions, upTo);
  const search = steps[topN - 1];
  const { sameGroupFrom, sameGroupTo } = sameGroupRange(steps, topN);
  const byFeature = new Map(topDrivers(drivers, topN).map((d) => [d.feature, d]));
  const conditions: GroupCondition[] = search.conditions.map((c) => {
    const driver = byFeature.get(c.feature)!;
    const described: DescribedCondition = {
      ...c,
      label: driver.label,
      kind: driver.kind,
      unit: driver.unit,
      phrasing: driver.phrasing,
      positiveLabel: driver.positiveLabel,
    };
    const condition: GroupCondition = {
      feature: c.feature,
      label: driver.label,
      kind: driver.kind,
      min: c.min,
      max: c.max,
      levels: c.levels,
      text: conditionText(described, { currency: data.currency, locale: options.locale }),
      clause: conditionClauseText(described, { currency: data.currency, locale: options.locale }),
      ...(driver.phrasing ? { phrasing: driver.phrasing } : {}),
      ...(driver.positiveLabel ? { positiveLabel: driver.positiveLabel } : {}),
    };
    if (driver.unit) condition.unit = driver.unit;
    return condition;
  });

  const mask = matchMask(search.conditions, data);
  const stats = statsFor(mask, data.target);
  const holdout = data.testMask ? statsFor(mask, data.target, data.testMask) : null;
  const predictedMean = meanPredicted(mask, data.predicted);
  const apart =
    stats.matchedCustomers > 0 && search.found
      ? materialDifferences(
          distinguishingFeatures(
            mask,
            data,
            conditions.map((c) => c.feature),
            12,
          ),
          { currency: data.currency, locale: options.locale },
        )
      : [];
  const stability =
    bootstrap > 0 && search.found
      ? groupStability(
          drivers,
          searchData,
          { conditions, mask: sample ? Uint8Array.from(sample.rows, (i) => mask[i]) : mask },
          { ...sampledOptions, nResamples: bootstrap, randomState: options.randomState ?? 0, locale: options.locale },
        )
      : null;

  let profit: TargetGroupResult['profit'] = null;
  if (hasMoney) {
    const cost = options.costPerContact!;
    const value = options.valuePerResponse!;
    const curve = data.predicted
      ? profitCurve(data.predicted, data.target, { costPerContact: cost, valuePerResponse: value, capacity: options.capacity })
      : null;
    const everyone = data.rowCount;
    const allResponders = data.target.reduce((s, v) => s + v, 0);
    profit = {
      costPerContact: cost,
      valuePerResponse: value,
      groupProfit: campaignProfit(stats.matchedCustomers, stats.responders, cost, value),
      everyoneProfit: campaignProfit(everyone, allResponders, cost, value),
      curve,
    };
  }
  const disagreements = topDrivers(drivers, topN)
    .filter((d) => d.directionAgreed === false && conditions.some((c) => c.feature === d.feature))
    .map((d) => d.label);

  const description = writeDescription({
    conditions: conditions.map((c) => ({ ...c })),
    stats,
    totalCustomers: data.rowCount,
    holdout,
    meanPredicted: predictedMean,
    distinguishing: apart,
    money: profit && { ...profit, best: profit.curve?.best ?? null },
    stability,
    disagreements,
    found: search.found,
    minShare,
    currency: data.currency,
    locale: options.locale,
  });
  const emptyHoldout = { matchedCustomers: 0, responders: 0, share: 0, responseRate: 0, baseRate: 0, lift: 0 };
  return {
    topN,
    found: search.found,
    quality: search.quality,
    qualityByTopN: steps.map((s) => s.quality),
    sameGroupFrom,
    sameGroupTo,
    suggestedTopN: suggestedTopN(steps.slice(0, SLIDER_MAX_TOP_N)),
    description,
    conditions,
    matchedCustomers: stats.matchedCustomers,
    share: stats.share,
    responseRate: stats.responseRate,
    baseRate: stats.baseRate,
    lift: stats.lift,
    responders: stats.responders,
    holdout: holdout ?? emptyHoldout,
    meanPredicted: predictedMean,
    distinguishingFeatures: apart,
    stability,
    profit,
    disagreements,
  };
}

const groupKey = (step: TopNStep) => step.conditions.map(conditionKey).sort().join('&');

/** The N next to topN (inclusive) whose search found exactly topN's conditions. */
export function sameGroupRange(steps: readonly TopNStep[], topN: number): { sameGroupFrom: number; sameGroupTo: number } {
  const key = groupKey(steps[topN - 1]);
  let from = topN;
  let to = topN;
  while (from > 1 && groupKey(steps[from - 2]) === key) from--;
  while (to < steps.length && groupKey(steps[to]) === key) to++;
  return { sameGroupFrom: from, sameGroupTo: to };
}

/** The smallest N whose quality is within SUGGESTED_QUALITY_SHARE of the best: the strongest group with the fewest words. */
export function suggestedTopN(steps: readonly { quality: number }[]): number {
  const best = Math.max(0, ...steps.map((s) => s.quality));
  if (!(best > 0)) return 1;
  const index = steps.findIndex((s) => s.quality >= SUGGESTED_QUALITY_SHARE * best);
  return index + 1;
}

/**
 * The distinguishing features worth a sentence: only those whose figures, as shown, differ
 * materially (domain/number-format.ts), each with the figures the text and the card quote;
 * at most `limit`, strongest first.
 */
export function materialDifferences(features: DistinguishingFeature[], ctx: PhraseContext, limit = 3): DistinguishingFeature[] {
  const out: DistinguishingFeature[] = [];
  for (const f of features) {
    if (out.length >= limit) break;
    if (f.level !== undefined) {
      if (sharesDiffer(f.groupShare!, f.restShare!)) out.push(f);
      continue;
    }
    const shown = shownComparison(
      { feature: f.feature, label: f.label, kind: f.kind, unit: f.unit, phrasing: f.phrasing },
      { group: f.groupMedian!, rest: f.restMedian! },
      { group: f.groupMean!, rest: f.restMean! },
      ctx,
    );
    if (shown) out.push({ ...f, direction: shown.direction, stat: shown.stat, figures: shown.text });
  }
  return out;
}
