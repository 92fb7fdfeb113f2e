/**
 * Every sentence part the server writes about a feature, from its label and phrasing model:
 * conditions ("with at most one teenager at home"), figures ("1965", "€500", "29 days"),
 * comparisons with everyone else ("spent far more on wines (median 383 vs 107)") and short
 * tags ("more children at home"). Sentences come from ICU MessageFormat templates
 * (messages-en.ts) with parameters, so a translation swaps the catalogue, not the code.
 */
import { isMaterialDifference, roundShown } from '../../domain/number-format.js';
import { isNoToken, positiveTest } from '../../domain/yes-no.js';
import { inSentence } from '../../common/format.js';
import { formatTemplate, message as catalogueMessage, type MessageParams } from './catalogue.js';
import type { Locale } from './locale.js';
import { formatCurrencyIn, formatDateIn, formatMoneyIn, formatNumberIn, formatPercentIn, joinAndIn, joinOrIn } from './locale-format.js';
import { countNoun, eventIn, labelTerm, phraseIn, type Gender } from './lexicon.js';
import type { MessageKey } from './messages-en.js';
import { inferPhrasing, isPluralPhrase, type Phrasing } from './phrasing.js';
import { inferLevelWords, levelWords, sharedVerb } from './category-levels.js';

/** What the sentences need beyond the feature itself: the dataset's currency (ISO code), if set, and the reader's language. */
export interface PhraseContext {
  currency?: string | null;
  /** The language to write in (default English). */
  locale?: Locale;
}

type Params = MessageParams;

/** One catalogue message with its parameters, in a language (default English). */
export function message(key: MessageKey, params: Params = {}, locale: Locale = 'en'): string {
  return catalogueMessage(key, params, locale);
}

/**
 * A phrase template ("spent {value} on wine") with its value, in the language: one the app
 * inferred is translated, one a person typed stays as typed; a broken template falls back to "<value>".
 */
export function fillVerb(verb: string, value: string, locale: Locale = 'en'): string {
  const template = phraseIn(verb, locale);
  try {
    return formatTemplate(template, { value }, locale);
  } catch {
    return template.replaceAll('{value}', value);
  }
}

/** A label mid-sentence in the language, with the grammar its sentences need (gender, plural). */
function labelIn(label: string, locale: Locale): { label: string; gender: Gender; plural: 'yes' | 'no' } {
  const text = labelInText(label);
  const term = labelTerm(label, locale);
  if (!term) return { label: text, gender: 'm', plural: isPluralPhrase(text) ? 'yes' : 'no' };
  return { label: term.text, gender: term.gender, plural: term.plural ? 'yes' : 'no' };
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
const shown = (x: number) => roundShown(x);

/** An amount of money in the dataset's currency: "€500", "$1,250"; without a currency, "500". */
export function formatAmount(x: number, ctx: PhraseContext = {}): string {
  if (!ctx.currency || !Number.isFinite(x)) return formatMoneyIn(x, ctx.locale);
  return formatCurrencyIn(x, ctx.currency, ctx.locale);
}

/** One value of the feature, in its own terms: a year as "1965", money with the currency, a duration with its unit. */
export function formatValue(x: number, p: Phrasing, ctx: PhraseContext = {}): string {
  const locale = ctx.locale ?? 'en';
  if (!Number.isFinite(x)) return formatNumberIn(x, locale);
  switch (p.kind) {
    case 'MONEY':
      return formatAmount(x, ctx);
    case 'YEAR':
      return String(Math.round(x));
    case 'DATE':
      return formatDateIn(x, locale);
    case 'DURATION':
      return message(`unit.${p.unit ?? 'day'}`, { n: shown(x) }, locale);
    case 'PERCENTAGE':
      // English and Polish write "12.3%", Spanish and Russian "12,3 %" (as Intl's percent style does).
      return locale === 'pl' || locale === 'en' ? `${formatNumberIn(x, locale)}%` : `${formatNumberIn(x, locale)} %`;
    default:
      return formatNumberIn(x, locale);
  }
}

export interface Clause {
  /** withAfterWho: a with-clause said among who-clauses ("who have no teenagers at home"). */
  relative: 'who' | 'whose' | 'with' | 'withAfterWho';
  body: string;
  /** The grammatical gender of the label a whose-clause speaks of (Spanish "cuyo" / "cuya"). */
  gender?: Gender;
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

function whose(rawLabel: string, value: string, locale: Locale): Clause {
  const term = labelIn(rawLabel, locale);
  return { relative: 'whose', gender: term.gender, body: message('body.whose', { ...term, value }, locale) };
}

/** The counted thing's forms for the count templates, in the language (English: one / other). */
function countParams(p: Phrasing, label: string, locale: Locale): Params {
  const one = p.one ?? label;
  const other = p.other ?? label;
  if (locale === 'en') return { one, other };
  return countNoun(one, other, locale);
}

/** One condition as a clause: "with no teenagers at home", "who spent at least €500 on wines", "who did not accept campaign 5". */
export function conditionClause(f: Feature, c: ConditionBounds, ctx: PhraseContext = {}, positiveLevel?: string | null): Clause {
  const locale = ctx.locale ?? 'en';
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  const term = labelIn(f.label, locale);
  if (c.levels) {
    if (c.levels.length === 1 && (p.kind === 'FACT' || f.kind === 'BINARY')) {
      const level = c.levels[0];
      const yes = positiveTest(positiveLevel)(level);
      const no = positiveLevel ? !yes : isNoToken(level);
      if (yes)
        return p.yes
          ? { relative: 'who', body: phraseIn(p.yes, locale) }
          : { relative: 'whose', gender: term.gender, body: message('body.factYes', term, locale) };
      if (no)
        return p.no
          ? { relative: 'who', body: phraseIn(p.no, locale) }
          : { relative: 'whose', gender: term.gender, body: message('body.factNo', term, locale) };
    }
    const said = levelsSaid(f, p, c.levels, locale);
    if (said) return { relative: 'who', body: said };
    return whose(f.label, joinOrIn(c.levels, locale), locale);
  }
  const floor = NON_NEGATIVE.has(p.kind) ? 0 : -Infinity;
  const lo = c.min !== null && c.min > floor ? c.min : null;
  const hi = c.max;
  const kind = boundKind(lo, hi);
  const plain = (show: (x: number) => string) =>
    message(`bound.${kind}`, { min: lo === null ? '' : show(lo), max: hi === null ? '' : show(hi), gender: term.gender }, locale);
  switch (p.kind) {
    case 'COUNT':
      if (kind === 'known') return whose(f.label, message('bound.known', term, locale), locale);
      return {
        relative: 'with',
        body: message(`count.${kind}`, { min: lo ?? 0, max: hi ?? 0, ...countParams(p, label, locale) }, locale),
      };
    case 'MONEY': {
      const value =
        kind === 'max' && hi === 0 && p.verb
          ? message('money.nothing', { zero: formatAmount(0, ctx) }, locale)
          : plain((x) => formatAmount(x, ctx));
      return p.verb ? { relative: 'who', body: fillVerb(p.verb, value, locale) } : whose(f.label, value, locale);
    }
    case 'YEAR':
    case 'DATE': {
      const prefix = p.kind === 'YEAR' ? 'year' : 'date';
      const show = (x: number) => formatValue(x, p, ctx);
      const value =
        kind === 'known'
          ? message('bound.known', term, locale)
          : message(`${prefix}.${kind}`, { min: lo === null ? '' : show(lo), max: hi === null ? '' : show(hi) }, locale);
      if (p.verb) return { relative: 'who', body: fillVerb(p.verb, value, locale) };
      // "whose last order date is …", not "whose last order is …" (English; the translations name dates as dates).
      const dated = locale === 'en' && p.kind === 'DATE' && !/date|day|since|time/i.test(label);
      return whose(dated ? `${f.label} date` : f.label, value, locale);
    }
    case 'DURATION': {
      const length = (x: number) => formatValue(x, p, ctx);
      if (p.event && kind !== 'known') {
        const ev = eventIn(p.event, locale);
        const unit = p.unit ?? 'day';
        const who = (key: MessageKey, params: Params): Clause => ({
          relative: 'who',
          body: message(key, { ...ev, unit, ...params }, locale),
        });
        if (kind === 'max' && hi === 0) return who('event.today', {});
        if (kind === 'max' && hi === 1) return who('event.maxOne', {});
        if (kind === 'max') return who('event.max', { max: length(hi!) });
        if (kind === 'min') return who('event.min', { min: length(lo!) });
        if (kind === 'exact') return who('event.exact', { min: length(lo!) });
        return who('event.range', { minNumber: formatNumberIn(lo!, locale), max: length(hi!) });
      }
      const value =
        kind === 'range' ? message('bound.rangeUnit', { minNumber: formatNumberIn(lo!, locale), max: length(hi!) }, locale) : plain(length);
      return p.verb ? { relative: 'who', body: fillVerb(p.verb, value, locale) } : whose(f.label, value, locale);
    }
    default:
      return whose(
        f.label,
        plain((x) => formatValue(x, p, ctx)),
        locale,
      );
  }
}

/** A category's words per level: its phrasing's, else (never set) those inferred for the columns the app knows. */
function categoryWords(f: Feature, p: Phrasing): Record<string, string> | null {
  if (p.kind !== 'CATEGORY' && f.kind !== 'CATEGORICAL') return null;
  return p.levels === undefined ? inferLevelWords(f.feature, f.label) : p.levels;
}

/** One level as a who-clause in the language ("have a PhD"), or null when it has no words. */
function levelSaid(f: Feature, p: Phrasing, level: string, locale: Locale): string | null {
  const words = levelWords(categoryWords(f, p), level);
  return words === null ? null : phraseIn(words, locale);
}

/** "are married or living together", "have a PhD or a master’s degree"; null unless every level has words. */
function levelsSaid(f: Feature, p: Phrasing, levels: readonly string[], locale: Locale): string | null {
  const said = levels.map((level) => levelSaid(f, p, level, locale));
  if (said.length === 0 || said.some((text) => text === null)) return null;
  const predicates = said as string[];
  const shared = locale === 'en' ? sharedVerb(predicates) : null;
  return shared ? `${shared.verb} ${joinOrIn(shared.rests, locale)}` : joinOrIn(predicates, locale);
}

/** The condition on its own (a chip, a table row). */
export function conditionText(f: Feature, c: ConditionBounds, ctx: PhraseContext = {}, positiveLevel?: string | null): string {
  return conditionClause(f, c, ctx, positiveLevel).body;
}

/** The clause with its relative word: "who accepted campaign 5", "with no teenagers at home", "whose education is PhD". */
export function clauseText(clause: Clause, locale: Locale = 'en'): string {
  return message('clause', { relative: clause.relative, body: clause.body, gender: clause.gender ?? 'm' }, locale);
}

/** "Customers who have bought within the last 29 days, who have no teenagers at home and who earn at least 70,000 a year." */
export function whoSentence(clauses: readonly Clause[], locale: Locale = 'en'): string {
  if (clauses.length === 0) return message('sentence.all', {}, locale);
  // "Customers who have bought … and with no teenagers" joins two shapes: among who/whose
  // clauses a with-clause is said as one more who-clause ("and who have no teenagers at home").
  const mixed = clauses.some((c) => c.relative === 'with') && clauses.some((c) => c.relative !== 'with');
  const parts = clauses.map((c) => clauseText(mixed && c.relative === 'with' ? { ...c, relative: 'withAfterWho' } : c, locale));
  // A sentence ending in an abbreviation ("10 февраля 2019 г.") keeps one full stop.
  return message('sentence.customers', { clauses: joinAndIn(parts, locale) }, locale).replace(/\.\.$/, '.');
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

/** One figure of a comparison as shown: medians of whole-number features (counts, years) are whole. */
function showStat(stat: 'median' | 'mean', p: Phrasing, ctx: PhraseContext): (x: number) => string {
  return (x) => formatValue(stat === 'median' && (p.kind === 'COUNT' || p.kind === 'YEAR') ? Math.round(x) : x, p, ctx);
}

function figuresText(d: Difference, p: Phrasing, ctx: PhraseContext): string {
  if (!d.figures) return '';
  const { stat, group, rest } = d.figures;
  const show = showStat(stat, p, ctx);
  return message(stat === 'median' ? 'figures.median' : 'figures.mean', { group: show(group), rest: show(rest) }, ctx.locale);
}

/** Years and dates: their distance from zero means nothing, so any difference that shows is material. */
function materialFor(p: Phrasing, show: (x: number) => string): (a: number, b: number) => boolean {
  return p.kind === 'YEAR' || p.kind === 'DATE' ? (a, b) => show(a) !== show(b) : (a, b) => isMaterialDifference(a, b, show);
}

export interface ShownComparison {
  stat: 'median' | 'mean';
  group: number;
  rest: number;
  direction: 'higher' | 'lower';
  /** "median 383 vs 107", "on average 0.4 vs 0.1": what the text and the card quote. */
  text: string;
}

/**
 * The figures a comparison quotes: the medians when they differ materially as shown, else the
 * means (labelled "on average"); null when neither does, so no "higher" is written for
 * "median 2 vs 2" (the threshold is MATERIAL_DIFFERENCE in domain/number-format.ts).
 */
export function shownComparison(
  f: Feature,
  medians: { group: number; rest: number },
  means: { group: number; rest: number },
  ctx: PhraseContext = {},
): ShownComparison | null {
  const p = phrasingOf(f);
  for (const [stat, pair] of [
    ['median', medians],
    ['mean', means],
  ] as const) {
    const show = showStat(stat, p, ctx);
    if (!Number.isFinite(pair.group) || !Number.isFinite(pair.rest) || !materialFor(p, show)(pair.group, pair.rest)) continue;
    const direction = pair.group > pair.rest ? 'higher' : 'lower';
    return { stat, ...pair, direction, text: figuresText({ direction, strong: false, figures: { stat, ...pair } }, p, ctx) };
  }
  return null;
}

/** Whether two shares differ materially as shown ("7.3%" vs "7.8%" does not). */
export function sharesDiffer(group: number, rest: number, locale: Locale = 'en'): boolean {
  return isMaterialDifference(group, rest, (x) => formatPercentIn(x, locale));
}

/** A clause after "they": "have fewer children at home (median 0 vs 1)", "were born earlier (median 1965 vs 1970)", "accepted campaign 5 more often (64.0% vs 7.3%)". */
export function differencePhrase(f: Feature, d: Difference, ctx: PhraseContext = {}): string {
  const locale = ctx.locale ?? 'en';
  const say = (key: MessageKey, params: Params) => message(key, params, locale);
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  const term = labelIn(f.label, locale);
  const strong = d.strong ? 'yes' : 'no';
  const direction = d.direction;
  const percent = (x: number) => formatPercentIn(x, locale);
  const levelText = d.level !== undefined ? levelSaid(f, p, d.level, locale) : null;
  if (levelText !== null && d.shares)
    return say('compare.fact', { yes: levelText, strong, direction, group: percent(d.shares.group), rest: percent(d.shares.rest) });
  if (d.level !== undefined && d.shares) {
    return say('compare.category', {
      strong,
      direction,
      ...term,
      level: d.level,
      group: percent(d.shares.group),
      rest: percent(d.shares.rest),
    });
  }
  if (d.shares) {
    const shares = { group: percent(d.shares.group), rest: percent(d.shares.rest) };
    return p.yes
      ? say('compare.fact', { yes: phraseIn(p.yes, locale), strong, direction, ...shares })
      : say('compare.factGeneric', { ...term, strong, direction, ...shares });
  }
  const figures = figuresText(d, p, ctx);
  switch (p.kind) {
    case 'COUNT':
      return say('compare.count', { strong, direction, ...countParams(p, label, locale), figures });
    case 'MONEY':
      if (p.verb) return say('compare.verb', { clause: fillVerb(p.verb, say('compare.more', { strong, direction }), locale), figures });
      break;
    case 'YEAR':
    case 'DATE':
      if (p.verb) return say('compare.verb', { clause: fillVerb(p.verb, say('compare.later', { direction }), locale), figures });
      return say('compare.time', { direction, ...term, figures });
    case 'DURATION':
      if (p.event) return say('compare.recency', { ...eventIn(p.event, locale), direction, figures });
      if (p.unit === 'year' && p.verb && /\bold\b/.test(p.verb)) return say('compare.age', { direction, figures });
      if (!isPluralPhrase(label)) return say('compare.longer', { direction, ...term, figures });
      break;
    default:
      break;
  }
  return say(isPluralPhrase(label) ? 'compare.plural' : 'compare.level', { strong, direction, ...term, figures });
}

/** A short tag for names and captions: "more children at home", "high yearly household income", "often accepted campaign 5", "born earlier". */
export function tagPhrase(f: Feature, direction: 'higher' | 'lower', level?: string, ctx: PhraseContext = {}): string {
  const locale = ctx.locale ?? 'en';
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  const term = labelIn(f.label, locale);
  const said = level !== undefined ? levelSaid(f, p, level, locale) : null;
  if (said !== null) return message('tag.fact', { direction, yes: said }, locale);
  if (level !== undefined) return `${term.label} ${level}`;
  if (p.kind === 'FACT') return message('tag.fact', { direction, yes: p.yes ? phraseIn(p.yes, locale) : `yes for ${label}` }, locale);
  if (p.kind === 'COUNT') return message('tag.count', { direction, ...countParams(p, label, locale) }, locale);
  if ((p.kind === 'YEAR' || p.kind === 'DATE') && p.verb) {
    const clause = fillVerb(p.verb, message('compare.later', { direction }, locale), locale);
    return locale === 'en' ? clause.replace(/^(were|are|have) /, '') : clause;
  }
  if (p.kind === 'YEAR' || p.kind === 'DATE') return message('tag.time', { direction, ...term }, locale);
  const bare = (text: string) => text.replace(/ \(\)$/, '');
  if (p.kind === 'DURATION' && p.event) {
    if (locale === 'en') return direction === 'higher' ? `last ${p.event} long ago` : `${p.event} recently`;
    return bare(message('compare.recency', { ...eventIn(p.event, locale), direction, figures: '' }, locale));
  }
  if (p.kind === 'DURATION' && p.unit === 'year' && p.verb && /\bold\b/.test(p.verb)) {
    if (locale === 'en') return direction === 'higher' ? 'older' : 'younger';
    return bare(message('compare.age', { direction, figures: '' }, locale));
  }
  if (isPluralPhrase(label)) return message('tag.count', { direction, other: term.label, many: term.label }, locale);
  return message('tag.level', { direction, ...term }, locale);
}
