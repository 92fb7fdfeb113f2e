/**
 * One customer's value of a feature as a short fact, the way a reason starts: "Bought 12 days
 * ago", "Has 2 teenagers at home", "Accepted campaign 5", "Yearly household income (€58,138)",
 * "Year of birth (1957)". Through the feature's phrasing model and the one number format, in
 * the reader's language (catalogue keys fact.*): the count decides the noun's form, money
 * carries the dataset's currency, years have no separator, dates read as dates.
 *
 * Only English writes a yes/no fact as its verb phrase ("Did not accept campaign 5"): the
 * translated phrases speak of customers in the plural (and Polish and Russian past tenses have
 * a gender a single customer's record does not give), so the other languages name the label
 * and say yes or no.
 */
import { capitalise } from '../../common/format.js';
import { isNoToken, positiveTest } from '../../domain/yes-no.js';
import { message } from './catalogue.js';
import { countNoun, eventIn, standaloneLabel } from './lexicon.js';
import type { Locale } from './locale.js';
import { formatDateIn } from './locale-format.js';
import { fillVerb, formatValue, phrasingOf, type Feature, type PhraseContext } from './phrase.js';

export interface FactFeature extends Feature {
  /** BINARY: the level that means yes (else the usual yes tokens). */
  positiveLevel?: string | null;
}

export interface FactContext extends PhraseContext {
  /** DATE values: the day number (since 1970-01-01) of a stored value; NaN when unreadable. */
  parseDay?: (value: string) => number;
}

/** A unit the figures already carry, taken off a label shown beside them: "Last call duration (s)" -> "Last call duration". */
function bareLabel(label: string): string {
  return label.replace(/\s*\((s|sec|secs|seconds|days?|years?|%|€|\$|£|eur|usd)\)\s*$/i, '').trim();
}

/** The customer's value of `f` as a fact starting a sentence; `value` as stored (null or '' = unknown). */
export function customerFact(f: FactFeature, value: string | null, ctx: FactContext = {}): string {
  const locale: Locale = ctx.locale ?? 'en';
  const label = standaloneLabel(bareLabel(f.label), locale);
  const text = value?.trim() ?? '';
  if (text === '') return message('fact.unknown', { label }, locale);
  const p = phrasingOf(f);
  const labelled = (shown: string) => message('fact.value', { label, value: shown }, locale);

  if (f.kind === 'BINARY' || p.kind === 'FACT') {
    const yes = positiveTest(f.positiveLevel)(text);
    const no = f.positiveLevel ? !yes : isNoToken(text);
    if (!yes && !no) return labelled(text);
    const phrase = yes ? p.yes : p.no;
    if (locale === 'en' && phrase) return capitalise(phrase);
    return message('fact.yesNo', { label, answer: yes ? 'yes' : 'no' }, locale);
  }
  if (f.kind === 'DATE' || p.kind === 'DATE') {
    const day = ctx.parseDay?.(text) ?? Number.NaN;
    return labelled(Number.isFinite(day) ? formatDateIn(day, locale) : text);
  }
  if (f.kind === 'CATEGORICAL' || p.kind === 'CATEGORY') return labelled(text);
  const x = Number(text);
  if (!Number.isFinite(x)) return labelled(text);
  if (p.kind === 'COUNT' && Number.isInteger(x) && x >= 0) {
    const one = p.one ?? f.label;
    const other = p.other ?? f.label;
    const noun = locale === 'en' ? { one, other } : countNoun(one, other, locale);
    return message('fact.count', { n: x, ...noun }, locale);
  }
  if (p.kind === 'DURATION' && p.event && x >= 0) {
    const unit = p.unit ?? 'day';
    const ago = message(`unit.${unit}`, { n: x }, locale);
    const ev = eventIn(p.event, locale);
    // `kind` lets a translation name a known event as a noun ("Última compra", "Ostatni zakup").
    const kind = p.event.trim().toLowerCase() === 'bought' ? 'bought' : 'other';
    return capitalise(message('fact.event', { ...ev, kind, label, ago, when: x === 0 ? 'today' : 'ago' }, locale));
  }
  // English past-tense who-clauses read for one customer too: "Spent $546 on meat", "Born in 1957".
  if (locale === 'en' && p.verb && p.kind === 'MONEY' && /^spent /.test(p.verb))
    return capitalise(fillVerb(p.verb, formatValue(x, p, ctx)));
  if (locale === 'en' && p.verb && p.kind === 'YEAR' && /^were born /.test(p.verb))
    return capitalise(fillVerb(p.verb.replace(/^were /, ''), message('year.exact', { min: formatValue(x, p, ctx), max: '' })));
  return labelled(formatValue(x, p, ctx));
}
