/**
 * Every sentence part the server writes about a feature, from its label and phrasing model:
 * conditions ("with at most one teenager at home"), figures ("1965", "€500", "29 days"),
 * comparisons with everyone else ("spent far more on wines (median 383 vs 107)") and short
 * tags ("more children at home"). Sentences come from ICU MessageFormat templates
 * (messages-en.ts) with parameters, so a translation swaps the catalogue, not the code.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { isNoToken, positiveTest } from '../../domain/yes-no.js';
import { formatDate, formatMoney, formatNumber, formatPercent, inSentence, joinAnd, joinOr } from '../../common/format.js';
import { MESSAGES_EN, type MessageKey } from './messages-en.js';
import { inferPhrasing, isPluralPhrase, type Phrasing } from './phrasing.js';

/** What the sentences need beyond the feature itself: the dataset's currency (ISO code), if set. */
export interface PhraseContext {
  currency?: string | null;
}

type Params = Record<string, string | number>;
const compiled = new Map<string, IntlMessageFormat>();

function format(template: string, params: Params): string {
  let message = compiled.get(template);
  if (!message) {
    message = new IntlMessageFormat(template, 'en-US');
    compiled.set(template, message);
  }
  return String(message.format(params));
}

/** One catalogue message with its parameters. */
export function message(key: MessageKey, params: Params = {}): string {
  return format(MESSAGES_EN[key], params);
}

/** A person's phrase template ("spent {value} on wine") with its value; a broken template falls back to "<value>". */
export function fillVerb(verb: string, value: string): string {
  try {
    return format(verb, { value });
  } catch {
    return verb.replaceAll('{value}', value);
  }
}

/** A feature as the sentences see it. */
export interface Feature {
  feature: string;
  label: string;
  phrasing?: Phrasing | null;
  /** Stored kind and legacy unit, for features without a phrasing (inferred then). */
  kind?: 'NUMERIC' | 'DATE' | 'BINARY' | 'CATEGORICAL';
  unit?: string | null;
}

/** The label mid-sentence, without a unit in brackets the figures already carry: "Last call duration (s)" -> "last call duration". */
export function labelInText(label: string): string {
  return inSentence(label.replace(/\s*\((s|sec|secs|seconds|days?|years?|%|€|\$|£|eur|usd)\)\s*$/i, ''));
}

export function phrasingOf(f: Feature): Phrasing {
  return f.phrasing ?? inferPhrasing({ name: f.feature, label: f.label, kind: f.kind ?? 'NUMERIC', unit: f.unit ?? null });
}

/** Rounded like every figure a manager reads: whole from 100, one decimal from 10, else two. */
function shown(x: number): number {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return Number(x.toFixed(digits));
}

/** An amount of money in the dataset's currency: "€500", "$1,250"; without a currency, "500". */
export function formatAmount(x: number, ctx: PhraseContext = {}): string {
  if (!ctx.currency || !Number.isFinite(x)) return formatMoney(x);
  const digits = Math.abs(x) >= 100 || Number.isInteger(x) ? 0 : 2;
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: ctx.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(x);
  } catch {
    return `${formatMoney(x)} ${ctx.currency}`;
  }
}

/** One value of the feature, in its own terms: a year as "1965", money with the currency, a duration with its unit. */
export function formatValue(x: number, p: Phrasing, ctx: PhraseContext = {}): string {
  if (!Number.isFinite(x)) return 'unknown';
  switch (p.kind) {
    case 'MONEY':
      return formatAmount(x, ctx);
    case 'YEAR':
      return String(Math.round(x));
    case 'DATE':
      return formatDate(x);
    case 'DURATION':
      return message(`unit.${p.unit ?? 'day'}`, { n: shown(x) });
    case 'PERCENTAGE':
      return `${formatNumber(x)} %`;
    default:
      return formatNumber(x);
  }
}

export interface Clause {
  relative: 'who' | 'whose' | 'with';
  body: string;
}

export interface ConditionBounds {
  min: number | null;
  max: number | null;
  levels: string[] | null;
}

type BoundKind = 'min' | 'max' | 'range' | 'exact' | 'known';

function boundKind(lo: number | null, hi: number | null): BoundKind {
  if (lo !== null && hi !== null) return lo === hi ? 'exact' : 'range';
  return lo !== null ? 'min' : hi !== null ? 'max' : 'known';
}

/** Bounds below zero say nothing for amounts that cannot be negative ("at least 0 children"). */
const NON_NEGATIVE = new Set(['COUNT', 'MONEY', 'DURATION', 'PERCENTAGE']);

function whose(label: string, value: string): Clause {
  return { relative: 'whose', body: message('body.whose', { label, plural: isPluralPhrase(label) ? 'yes' : 'no', value }) };
}

/** One condition as a clause: "with no teenagers at home", "who spent at least €500 on wines", "who did not accept campaign 5". */
export function conditionClause(f: Feature, c: ConditionBounds, ctx: PhraseContext = {}, positiveLevel?: string | null): Clause {
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  if (c.levels) {
    if (c.levels.length === 1 && (p.kind === 'FACT' || f.kind === 'BINARY')) {
      const level = c.levels[0];
      const yes = positiveTest(positiveLevel)(level);
      const no = positiveLevel ? !yes : isNoToken(level);
      if (yes) return p.yes ? { relative: 'who', body: p.yes } : { relative: 'whose', body: message('body.factYes', { label }) };
      if (no) return p.no ? { relative: 'who', body: p.no } : { relative: 'whose', body: message('body.factNo', { label }) };
    }
    return {
      relative: 'whose',
      body: message('body.whose', { label, plural: isPluralPhrase(label) ? 'yes' : 'no', value: joinOr(c.levels) }),
    };
  }
  const floor = NON_NEGATIVE.has(p.kind) ? 0 : -Infinity;
  const lo = c.min !== null && c.min > floor ? c.min : null;
  const hi = c.max;
  const kind = boundKind(lo, hi);
  const plain = (show: (x: number) => string) =>
    message(`bound.${kind}`, { min: lo === null ? '' : show(lo), max: hi === null ? '' : show(hi) });
  switch (p.kind) {
    case 'COUNT':
      if (kind === 'known') return whose(label, message('bound.known'));
      return {
        relative: 'with',
        body: message(`count.${kind}`, { min: lo ?? 0, max: hi ?? 0, one: p.one ?? label, other: p.other ?? label }),
      };
    case 'MONEY': {
      const value = kind === 'max' && hi === 0 && p.verb ? message('money.nothing') : plain((x) => formatAmount(x, ctx));
      return p.verb ? { relative: 'who', body: fillVerb(p.verb, value) } : whose(label, value);
    }
    case 'YEAR':
    case 'DATE': {
      const prefix = p.kind === 'YEAR' ? 'year' : 'date';
      const show = (x: number) => formatValue(x, p, ctx);
      const value =
        kind === 'known'
          ? message('bound.known')
          : message(`${prefix}.${kind}`, { min: lo === null ? '' : show(lo), max: hi === null ? '' : show(hi) });
      if (p.verb) return { relative: 'who', body: fillVerb(p.verb, value) };
      // "whose last order date is …", not "whose last order is …".
      return whose(p.kind === 'DATE' && !/date|day|since|time/i.test(label) ? `${label} date` : label, value);
    }
    case 'DURATION': {
      const length = (x: number) => formatValue(x, p, ctx);
      if (p.event && kind !== 'known') {
        if (kind === 'max' && hi === 0) return { relative: 'who', body: message('event.today', { event: p.event }) };
        if (kind === 'max' && hi === 1)
          return { relative: 'who', body: message('event.maxOne', { event: p.event, unit: p.unit ?? 'day' }) };
        if (kind === 'max') return { relative: 'who', body: message('event.max', { event: p.event, max: length(hi!) }) };
        if (kind === 'min') return { relative: 'who', body: message('event.min', { event: p.event, min: length(lo!) }) };
        if (kind === 'exact') return { relative: 'who', body: message('event.exact', { event: p.event, min: length(lo!) }) };
        return { relative: 'who', body: message('event.range', { event: p.event, minNumber: formatNumber(lo!), max: length(hi!) }) };
      }
      const value = kind === 'range' ? message('bound.rangeUnit', { minNumber: formatNumber(lo!), max: length(hi!) }) : plain(length);
      return p.verb ? { relative: 'who', body: fillVerb(p.verb, value) } : whose(label, value);
    }
    default:
      return whose(
        label,
        plain((x) => formatValue(x, p, ctx)),
      );
  }
}

/** The condition on its own (a chip, a table row). */
export function conditionText(f: Feature, c: ConditionBounds, ctx: PhraseContext = {}, positiveLevel?: string | null): string {
  return conditionClause(f, c, ctx, positiveLevel).body;
}

/** The clause with its relative word: "who accepted campaign 5", "with no teenagers at home", "whose education is PhD". */
export function clauseText(clause: Clause): string {
  return message('clause', { relative: clause.relative, body: clause.body });
}

/** "Customers who have bought within the last 29 days, with no teenagers at home and who earn at least 70,000 a year." */
export function whoSentence(clauses: readonly Clause[]): string {
  if (clauses.length === 0) return message('sentence.all');
  const parts = clauses.map(clauseText);
  return message('sentence.customers', { clauses: joinAnd(parts) });
}

/** How a group or segment differs from everyone else on one feature. */
export interface Difference {
  direction: 'higher' | 'lower';
  /** A large difference ("far more"). */
  strong: boolean;
  /** Numbers: the group's and everyone else's median (or mean when the medians are equal). */
  figures?: { stat: 'median' | 'mean'; group: number; rest: number };
  /** Yes/no facts and category levels: the share with it in the group and elsewhere. */
  shares?: { group: number; rest: number };
  level?: string;
}

function figuresText(d: Difference, p: Phrasing, ctx: PhraseContext): string {
  if (!d.figures) return '';
  const { stat, group, rest } = d.figures;
  // Medians of whole-number features are whole; durations and dates keep their own form.
  const show = (x: number) => formatValue(stat === 'median' && (p.kind === 'COUNT' || p.kind === 'YEAR') ? Math.round(x) : x, p, ctx);
  return message(stat === 'median' ? 'figures.median' : 'figures.mean', { group: show(group), rest: show(rest) });
}

/** A clause after "they": "have fewer children at home (median 0 vs 1)", "were born earlier (median 1965 vs 1970)", "accepted campaign 5 more often (64.0 % vs 7.3 %)". */
export function differencePhrase(f: Feature, d: Difference, ctx: PhraseContext = {}): string {
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  const strong = d.strong ? 'yes' : 'no';
  const direction = d.direction;
  if (d.level !== undefined && d.shares) {
    return message('compare.category', {
      strong,
      direction,
      label,
      level: d.level,
      group: formatPercent(d.shares.group),
      rest: formatPercent(d.shares.rest),
    });
  }
  if (d.shares) {
    const shares = { group: formatPercent(d.shares.group), rest: formatPercent(d.shares.rest) };
    return p.yes
      ? message('compare.fact', { yes: p.yes, strong, direction, ...shares })
      : message('compare.factGeneric', { label, strong, direction, ...shares });
  }
  const figures = figuresText(d, p, ctx);
  switch (p.kind) {
    case 'COUNT':
      return message('compare.count', { strong, direction, other: p.other ?? label, figures });
    case 'MONEY':
      if (p.verb) return message('compare.verb', { clause: fillVerb(p.verb, message('compare.more', { strong, direction })), figures });
      break;
    case 'YEAR':
    case 'DATE':
      if (p.verb) return message('compare.verb', { clause: fillVerb(p.verb, message('compare.later', { direction })), figures });
      return message('compare.time', { direction, label, figures });
    case 'DURATION':
      if (p.event) return message('compare.recency', { event: p.event, direction, figures });
      if (p.unit === 'year' && p.verb && /\bold\b/.test(p.verb)) return message('compare.age', { direction, figures });
      if (!isPluralPhrase(label)) return message('compare.longer', { direction, label, figures });
      break;
    default:
      break;
  }
  return message(isPluralPhrase(label) ? 'compare.plural' : 'compare.level', { strong, direction, label, figures });
}

/** A short tag for names and captions: "more children at home", "high yearly household income", "often accepted campaign 5", "born earlier". */
export function tagPhrase(f: Feature, direction: 'higher' | 'lower', level?: string): string {
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  if (level !== undefined) return `${label} ${level}`;
  if (p.kind === 'FACT') return message('tag.fact', { direction, yes: p.yes ?? `yes for ${label}` });
  if (p.kind === 'COUNT') return message('tag.count', { direction, other: p.other ?? label });
  if ((p.kind === 'YEAR' || p.kind === 'DATE') && p.verb)
    return fillVerb(p.verb, message('compare.later', { direction })).replace(/^(were|are|have) /, '');
  if (p.kind === 'YEAR' || p.kind === 'DATE') return message('tag.time', { direction, label });
  if (p.kind === 'DURATION' && p.event) return direction === 'higher' ? `last ${p.event} long ago` : `${p.event} recently`;
  if (p.kind === 'DURATION' && p.unit === 'year' && p.verb && /\bold\b/.test(p.verb)) return direction === 'higher' ? 'older' : 'younger';
  if (isPluralPhrase(label)) return message('tag.count', { direction, other: label });
  return message('tag.level', { direction, label });
}
