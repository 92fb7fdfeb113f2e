/**
 * Every sentence part the server writes about a feature, from its label and phrasing model:
 * conditions ("with at most one teenager at home"), figures ("1965", "€500", "29 days"),
 * comparisons with everyone else ("spent far more on wines (median 383 vs 107)") and short
 * tags ("more children at home"). Sentences come from ICU MessageFormat templates
 * (messages-en.ts) with parameters, so a translation swaps the catalogue, not the code.
 */
import { roundShown } from '../../domain/number-format.js';
import { isNoToken, positiveTest } from '../../domain/yes-no.js';
import { inSentence } from '../../common/format.js';
import { formatTemplate, message as catalogueMessage, type MessageParams } from './catalogue.js';
import type { Locale } from './locale.js';
import { formatCurrencyIn, formatDateIn, formatMoneyIn, formatNumberIn, joinAndIn, joinOrIn } from './locale-format.js';
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
export function labelIn(label: string, locale: Locale): { label: string; gender: Gender; plural: 'yes' | 'no' } {
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
export function countParams(p: Phrasing, label: string, locale: Locale): Params {
  const one = p.one ?? label;
  const other = p.other ?? label;
  if (locale === 'en') return { one, other };
  return countNoun(one, other, locale);
}

const PARTICIPLE = /^(?:\w+ed|bought|sold|made|sent|won|paid|spent|seen|given|taken|done)$/i;

/**
 * English: a counted thing that ends in a past participle ("earlier campaigns accepted",
 * "emails opened") reads stiffly after "have" ("who have at least one earlier campaign
 * accepted"); its verb goes first instead: "who accepted at least one earlier campaign".
 * The other languages' catalogues word these nouns as nouns ("campaña anterior aceptada").
 */
function participleCount(p: Phrasing): { participle: string; one: string; other: string } | null {
  const one = (p.one ?? '').trim().split(/\s+/);
  const other = (p.other ?? '').trim().split(/\s+/);
  const last = other.at(-1) ?? '';
  if (one.length < 2 || other.length < 2 || one.at(-1) !== last || !PARTICIPLE.test(last)) return null;
  return { participle: last, one: one.slice(0, -1).join(' '), other: other.slice(0, -1).join(' ') };
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
    case 'COUNT': {
      if (kind === 'known') return whose(f.label, message('bound.known', term, locale), locale);
      const done = locale === 'en' ? participleCount(p) : null;
      if (done)
        return { relative: 'who', body: `${done.participle} ${message(`count.${kind}`, { min: lo ?? 0, max: hi ?? 0, ...done }, 'en')}` };
      return {
        relative: 'with',
        body: message(`count.${kind}`, { min: lo ?? 0, max: hi ?? 0, ...countParams(p, label, locale) }, locale),
      };
    }
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
export function levelSaid(f: Feature, p: Phrasing, level: string, locale: Locale): string | null {
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
