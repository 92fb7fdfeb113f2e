/**
 * The written target-group brief, in the shape of shared/examples/target-group-description.md:
 * who, how many, how they respond, what else sets them apart, what it is worth, how sure we are.
 * Every figure comes from the exact counts passed in; nothing is recomputed here.
 */
import { whoSentence, type DescribedCondition } from './condition-text.js';
import type { DistinguishingFeature } from './group-stats.js';
import { differencePhrase, formatAmount, type PhraseContext } from '../phrasing/phrase.js';
import { isPluralPhrase } from '../phrasing/phrasing.js';
import { capitalise, formatCount, formatLift, formatPercent, inHundred, inSentence, joinAnd, plural } from '../../common/format.js';
import type { GroupStats } from './types.js';

export interface DescriptionInput {
  conditions: readonly DescribedCondition[];
  stats: GroupStats;
  totalCustomers: number;
  holdout?: GroupStats | null;
  meanPredicted?: number | null;
  distinguishing?: readonly DistinguishingFeature[];
  money?: {
    costPerContact: number;
    valuePerResponse: number;
    groupProfit: number;
    everyoneProfit: number;
    best?: { k: number; contacted: number; profit: number } | null;
  } | null;
  stability?: {
    nResamples: number;
    lift: { low: number; high: number } | null;
    unstable: boolean;
    reasons: string[];
    conditions?: { label: string; reappeared: number }[];
  } | null;
  /** Labels of the group's drivers whose direction the models disagree on. */
  disagreements?: readonly string[];
  /** Whether the search found a group better than the base rate. */
  found?: boolean;
  minShare?: number;
  /** The dataset's currency (ISO code) for money figures. */
  currency?: string | null;
}

const CAVEAT = 'These are associations in past data, not causes: a campaign aimed at this group is a well-founded bet, not a guarantee.';

function liftPhrase(lift: number): string {
  if (Math.abs(lift - 1) < 0.05) return 'about the same as the base rate';
  if (lift < 1) return `below the base rate (${formatLift(lift)} times it)`;
  return `${formatLift(lift)} times the base rate`;
}

function respondSentence(s: GroupStats, subject: 'group' | 'holdout'): string {
  const n = s.matchedCustomers;
  const rate = `${inHundred(s.responseRate)}, against ${inHundred(s.baseRate).replace('about ', '')} across all customers — ${liftPhrase(s.lift)}`;
  if (subject === 'holdout') {
    if (n === 0) return 'None of the customers the model never saw in training match, so there is no held-out check.';
    return `On the customers the model never saw in training, ${formatCount(s.responders)} of ${plural(n, 'matching customer')} responded (${inHundred(s.responseRate)} against ${inHundred(s.baseRate).replace('about ', '')}, ${liftPhrase(s.lift)}).`;
  }
  if (n === 1)
    return `The one customer ${s.responders === 1 ? 'responded' : 'did not respond'} to the last campaign, against ${inHundred(s.baseRate).replace('about ', '')} across all customers; one customer is too few to judge.`;
  if (s.responders === 0)
    return `None of them responded to the last campaign, against ${inHundred(s.baseRate).replace('about ', '')} across all customers.`;
  return `${capitalise(formatCount(s.responders))} of them responded to the last campaign: ${rate}.`;
}

/** "spend far more on wines (median 383 vs 107)", "have fewer children at home (median 0 vs 1)", "accepted campaign 5 more often (64.0 % vs 7.3 %)". */
function apartPhrase(f: DistinguishingFeature, ctx: PhraseContext): string {
  const strong = f.score >= 1;
  const feature = { feature: f.feature, label: f.label, kind: f.kind, unit: f.unit, phrasing: f.phrasing };
  if (f.level !== undefined) {
    const shares = { group: f.groupShare!, rest: f.restShare! };
    return differencePhrase(
      feature,
      f.kind === 'BINARY' ? { direction: f.direction, strong, shares } : { direction: f.direction, strong, shares, level: f.level },
      ctx,
    );
  }
  // Medians when they differ once rounded as shown, else means (labelled as such).
  const sameMedian = Math.abs(f.groupMedian! - f.restMedian!) < 1e-9;
  const figures = sameMedian
    ? { stat: 'mean' as const, group: f.groupMean!, rest: f.restMean! }
    : { stat: 'median' as const, group: f.groupMedian!, rest: f.restMedian! };
  // DATE columns are stored as day numbers: a higher value is a later date.
  return differencePhrase(feature, { direction: f.direction, strong, figures }, ctx);
}

function moneySentences(m: NonNullable<DescriptionInput['money']>, groupSize: number, ctx: PhraseContext): string {
  const formatMoney = (x: number) => formatAmount(x, ctx);
  const outcome = (profit: number) =>
    Math.abs(profit) < 0.5 ? 'break even' : profit > 0 ? `earn about ${formatMoney(profit)}` : `lose about ${formatMoney(-profit)}`;
  const groupOutcome = (profit: number) =>
    Math.abs(profit) < 0.5 ? 'breaks even' : profit > 0 ? `earns about ${formatMoney(profit)}` : `loses about ${formatMoney(-profit)}`;
  let text = `At ${formatMoney(m.costPerContact)} per contact and ${formatMoney(m.valuePerResponse)} per response, `;
  text += groupSize > 0 ? `contacting this group ${groupOutcome(m.groupProfit)}; ` : '';
  text += `contacting everyone would ${outcome(m.everyoneProfit)}.`;
  if (m.best && m.best.profit > 0) {
    text += ` The most profitable list is the ${m.best.k === 100 ? 'whole base' : `${m.best.k} % of customers the model rates highest`} (${plural(m.best.contacted, 'contact')}), which would ${outcome(m.best.profit)}.`;
  }
  return text;
}

export function describeTargetGroup(input: DescriptionInput): string {
  const s = input.stats;
  const ctx: PhraseContext = { currency: input.currency ?? null };
  const paragraphs: string[] = [];
  const found = input.found ?? input.conditions.length > 0;
  if (!found) {
    const min = input.minShare !== undefined ? ` of at least ${formatPercent(input.minShare)} of the customers` : '';
    paragraphs.push(
      `**Who to contact next time.** No combination of the strongest drivers picks out a group${min} that responds better than average, so there is no target group to recommend; the figures below are for all customers.`,
    );
  } else {
    paragraphs.push(`**Who to contact next time.** ${whoSentence(input.conditions, ctx)}`);
  }
  paragraphs.push(`**How many.** ${capitalise(plural(s.matchedCustomers, 'customer'))}, ${formatPercent(s.share)} of the base.`);
  if (s.matchedCustomers === 0) {
    paragraphs.push(
      '**How they respond.** No customer matches all of these conditions, so there is nothing to measure: loosen a condition or ask for fewer drivers.',
    );
    paragraphs.push(`**How sure we are.** ${CAVEAT}`);
    return paragraphs.join('\n\n');
  }
  let respond = respondSentence(s, 'group');
  if (input.holdout) respond += ` ${respondSentence(input.holdout, 'holdout')}`;
  if (input.meanPredicted !== null && input.meanPredicted !== undefined)
    respond += ` The model gives them an average response probability of ${formatPercent(input.meanPredicted)}.`;
  paragraphs.push(`**How they respond.** ${respond}`);
  const apart = (input.distinguishing ?? []).map((f) => apartPhrase(f, ctx));
  if (apart.length > 0) paragraphs.push(`**What else sets them apart.** Compared with the other customers, they ${joinAnd(apart)}.`);
  if (input.money) paragraphs.push(`**What it is worth.** ${moneySentences(input.money, s.matchedCustomers, ctx)}`);
  const sure: string[] = [];
  const st = input.stability;
  if (st?.lift && found) {
    sure.push(
      `Resampling the customers ${plural(st.nResamples, 'time')}, the group's lift stays between ${formatLift(st.lift.low)} and ${formatLift(st.lift.high)} (95 % of resamples).`,
    );
  }
  const back = (st?.conditions ?? []).map(
    (c) => `${inSentence(c.label)} in ${formatCount(c.reappeared)} of ${formatCount(st!.nResamples)}`,
  );
  if (back.length > 0 && found && !st?.unstable)
    sure.push(`A fresh search on each resample brought ${back.length === 1 ? 'the condition' : 'the conditions'} back (${joinAnd(back)}).`);
  if (st?.unstable && found) sure.push(`Treat this group with caution: ${joinAnd(st.reasons)}.`);
  if (s.matchedCustomers < 30) sure.push(`With only ${plural(s.matchedCustomers, 'customer')} the response rate is a rough guide.`);
  for (const label of input.disagreements ?? []) {
    const verb = isPluralPhrase(label) ? 'move' : 'moves';
    sure.push(`The models disagree on which way ${inSentence(label)} ${verb} the response, so that condition is less certain.`);
  }
  sure.push(CAVEAT);
  paragraphs.push(`**How sure we are.** ${sure.join(' ')}`);
  return paragraphs.join('\n\n');
}
