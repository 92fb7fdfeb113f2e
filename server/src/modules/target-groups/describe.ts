/**
 * The written target-group brief, in the shape of shared/examples/target-group-description.md:
 * who, how many, how they respond, what else sets them apart, what it is worth, how sure we are.
 * Every figure comes from the exact counts passed in; nothing is recomputed here.
 */
import { whoSentence, type DescribedCondition } from './condition-text.js';
import type { DistinguishingFeature } from './group-stats.js';
import { formatAmount, type PhraseContext } from '../phrasing/phrase.js';
import { differencePhrase } from '../phrasing/phrase-difference.js';
import { message } from '../phrasing/catalogue.js';
import { plainLabel } from '../phrasing/lexicon.js';
import type { Locale } from '../phrasing/locale.js';
import { formatCountIn, formatLiftIn, formatPercentIn, joinAndIn } from '../phrasing/locale-format.js';
import type { MessageKey } from '../phrasing/messages-en.js';
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
  /** The language to write in (default English). */
  locale?: Locale;
}

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "12 customers", "1 contact": a number of things with the noun in the form the number asks for. */
function counted(
  say: Say,
  locale: Locale,
  key: 'count.customers' | 'count.contacts' | 'count.matchingCustomers' | 'count.times',
  n: number,
) {
  return say(key, { n: Math.round(n), count: formatCountIn(n, locale) });
}

/** "about 64 in 100"; rare rates use 1,000 so they do not all read as "about 0 in 100". */
function rateText(say: Say, locale: Locale, rate: number, about = true): string {
  const per = rate > 0 && rate < 0.01 ? 1000 : 100;
  return say('describe.rate', { about: about ? 'yes' : 'no', count: formatCountIn(rate * per, locale), per: formatCountIn(per, locale) });
}

function liftPhrase(say: Say, locale: Locale, lift: number): string {
  const kind = Math.abs(lift - 1) < 0.05 ? 'same' : lift < 1 ? 'below' : 'above';
  const shown = formatLiftIn(lift, locale);
  return say('describe.lift', { kind, lift: shown, n: Number(formatLiftIn(lift, 'en')) });
}

function respondSentence(say: Say, locale: Locale, s: GroupStats, subject: 'group' | 'holdout'): string {
  const n = s.matchedCustomers;
  const base = rateText(say, locale, s.baseRate, false);
  if (subject === 'holdout') {
    if (n === 0) return say('describe.noHoldout');
    return say('describe.holdout', {
      responders: formatCountIn(s.responders, locale),
      customers: counted(say, locale, 'count.matchingCustomers', n),
      rate: rateText(say, locale, s.responseRate),
      base,
      lift: liftPhrase(say, locale, s.lift),
    });
  }
  if (n === 1) return say('describe.oneCustomer', { responded: s.responders === 1 ? 'yes' : 'no', base });
  if (s.responders === 0) return say('describe.noneResponded', { base });
  return say('describe.responded', {
    n: s.responders,
    count: formatCountIn(s.responders, locale),
    rate: rateText(say, locale, s.responseRate),
    base,
    lift: liftPhrase(say, locale, s.lift),
  });
}

/** "spend far more on wines (median 383 vs 107)", "have fewer children at home (median 0 vs 1)", "accepted campaign 5 more often (64.0% vs 7.3%)". */
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
  // The figures chosen for the card too (materialDifferences): medians when they differ
  // materially as shown, else means (labelled as such).
  const stat = f.stat ?? (Math.abs(f.groupMedian! - f.restMedian!) < 1e-9 ? 'mean' : 'median');
  const figures = stat === 'mean' ? { stat, group: f.groupMean!, rest: f.restMean! } : { stat, group: f.groupMedian!, rest: f.restMedian! };
  // DATE columns are stored as day numbers: a higher value is a later date.
  return differencePhrase(feature, { direction: f.direction, strong, figures }, ctx);
}

function moneySentences(say: Say, m: NonNullable<DescriptionInput['money']>, groupSize: number, ctx: PhraseContext): string {
  const locale = ctx.locale ?? 'en';
  const amount = (x: number) => formatAmount(x, ctx);
  const kindOf = (profit: number) => (Math.abs(profit) < 0.5 ? 'even' : profit > 0 ? 'earn' : 'lose');
  const outcome = (profit: number) => say('describe.outcome', { kind: kindOf(profit), amount: amount(Math.abs(profit)) });
  let text = say('describe.money', {
    cost: amount(m.costPerContact),
    value: amount(m.valuePerResponse),
    group: groupSize > 0 ? 'yes' : 'no',
    groupOutcome: say('describe.groupOutcome', { kind: kindOf(m.groupProfit), amount: amount(Math.abs(m.groupProfit)) }),
    outcome: outcome(m.everyoneProfit),
  });
  if (m.best && m.best.profit > 0) {
    text += ` ${say('describe.bestList', {
      whole: m.best.k === 100 ? 'yes' : 'no',
      k: formatCountIn(m.best.k, locale),
      contacts: counted(say, locale, 'count.contacts', m.best.contacted),
      outcome: outcome(m.best.profit),
    })}`;
  }
  return text;
}

export function describeTargetGroup(input: DescriptionInput): string {
  const s = input.stats;
  const locale = input.locale ?? 'en';
  const say: Say = (key, params = {}) => message(key, params, locale);
  const ctx: PhraseContext = { currency: input.currency ?? null, locale };
  const head = (key: MessageKey, text: string) => `**${say(key)}** ${text}`;
  const percent = (x: number) => formatPercentIn(x, locale);
  const paragraphs: string[] = [];
  const found = input.found ?? input.conditions.length > 0;
  if (!found) {
    const min = input.minShare !== undefined ? percent(input.minShare) : '';
    paragraphs.push(head('describe.head.who', say('describe.noGroup', { hasMin: min ? 'yes' : 'no', min })));
  } else {
    paragraphs.push(head('describe.head.who', whoSentence(input.conditions, ctx)));
  }
  paragraphs.push(
    head(
      'describe.head.howMany',
      say('describe.howMany', { customers: counted(say, locale, 'count.customers', s.matchedCustomers), share: percent(s.share) }),
    ),
  );
  const caveat = say('describe.caveat');
  if (s.matchedCustomers === 0) {
    paragraphs.push(head('describe.head.respond', say('describe.noMatch')));
    paragraphs.push(head('describe.head.sure', caveat));
    return paragraphs.join('\n\n');
  }
  let respond = respondSentence(say, locale, s, 'group');
  if (input.holdout) respond += ` ${respondSentence(say, locale, input.holdout, 'holdout')}`;
  if (input.meanPredicted !== null && input.meanPredicted !== undefined)
    respond += ` ${say('describe.predicted', { probability: percent(input.meanPredicted) })}`;
  paragraphs.push(head('describe.head.respond', respond));
  const apart = (input.distinguishing ?? []).map((f) => apartPhrase(f, ctx));
  if (apart.length > 0) paragraphs.push(head('describe.head.apart', say('describe.apart', { list: joinAndIn(apart, locale) })));
  if (input.money) paragraphs.push(head('describe.head.worth', moneySentences(say, input.money, s.matchedCustomers, ctx)));
  const sure: string[] = [];
  const st = input.stability;
  if (st?.lift && found) {
    sure.push(
      say('describe.resampled', {
        times: counted(say, locale, 'count.times', st.nResamples),
        low: formatLiftIn(st.lift.low, locale),
        high: formatLiftIn(st.lift.high, locale),
      }),
    );
  }
  const back = (st?.conditions ?? []).map((c) =>
    say('describe.cameBack', {
      label: plainLabel(c.label, locale).text,
      count: formatCountIn(c.reappeared, locale),
      total: formatCountIn(st!.nResamples, locale),
    }),
  );
  if (back.length > 0 && found && !st?.unstable) sure.push(say('describe.broughtBack', { n: back.length, list: joinAndIn(back, locale) }));
  if (st?.unstable && found) sure.push(say('describe.caution', { reasons: joinAndIn(st.reasons, locale) }));
  if (s.matchedCustomers < 30)
    sure.push(say('describe.fewCustomers', { customers: counted(say, locale, 'count.customers', s.matchedCustomers) }));
  for (const label of input.disagreements ?? []) {
    const term = plainLabel(label, locale);
    sure.push(say('describe.disagree', { label: term.text, plural: term.plural ? 'yes' : 'no' }));
  }
  sure.push(caveat);
  paragraphs.push(head('describe.head.sure', sure.join(' ')));
  return paragraphs.join('\n\n');
}
