/**
 * Words the app inferred from column names, in the reader's language. Each language has a
 * translation table (lexicon-es.ts, lexicon-pl.ts, lexicon-ru.ts) keyed by the English text the
 * app infers for known columns ("children at home", "spent {value} on wines", "accepted
 * campaign #"); a text found there is translated with its grammar (gender, noun forms after
 * numbers), anything else is what a person typed and stays as typed (a label in quotes).
 */
import { inSentence } from '../../common/format.js';
import type { Locale } from './locale.js';
import { LEXICON_ES } from './lexicon-es.js';
import { isPluralPhrase } from './phrasing.js';
import { LEXICON_PL } from './lexicon-pl.js';
import { LEXICON_RU } from './lexicon-ru.js';
import type { CountNoun, Gender, LexiconData } from './lexicon.types.js';

export type { CountNoun, Gender, LexiconData } from './lexicon.types.js';

const LEXICONS: Partial<Record<Locale, LexiconData>> = { es: LEXICON_ES, pl: LEXICON_PL, ru: LEXICON_RU };

/** The lexicon key of an English text, and the numbers taken out of it: "Accepted campaign 5" -> ["accepted campaign #", ["5"]]. */
function keyOf(text: string): [string, string[]] {
  const numbers = text.match(/\d+/g) ?? [];
  return [text.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' '), numbers];
}

function putNumbers(text: string, numbers: readonly string[]): string {
  let i = 0;
  return text.replace(/#/g, () => numbers[i++] ?? '#');
}

export interface Term {
  text: string;
  gender: Gender;
  plural: boolean;
  translated: boolean;
}

const isPluralGender = (g: Gender) => g === 'p' || g === 'mp' || g === 'fp';

/** English: a plural noun phrase by its head noun (phrasing.ts's rule, kept here to avoid an import cycle). */
function isPluralLabel(label: string): boolean {
  return isPluralPhrase(label);
}

/** A column label mid-sentence: translated when the app inferred it, else quoted as typed. Null in English. */
export function labelTerm(label: string, locale: Locale): Term | null {
  const lexicon = LEXICONS[locale];
  if (!lexicon) return null;
  const [key, numbers] = keyOf(label);
  const entry = Object.hasOwn(lexicon.labels, key) ? lexicon.labels[key] : undefined;
  if (entry) return { text: putNumbers(entry[0], numbers), gender: entry[1], plural: isPluralGender(entry[1]), translated: true };
  return { text: lexicon.quoted.replace('{text}', label.trim()), gender: lexicon.quotedGender, plural: false, translated: false };
}

/** A label inside a sentence that names it plainly (in quotes where the language wants them): translated, else as typed. */
export function plainLabel(label: string, locale: Locale): { text: string; plural: boolean } {
  const lexicon = LEXICONS[locale];
  const lower = inSentence(label.trim());
  if (!lexicon) return { text: lower, plural: isPluralLabel(lower) };
  const [key, numbers] = keyOf(label);
  const entry = Object.hasOwn(lexicon.labels, key) ? lexicon.labels[key] : undefined;
  if (!entry) return { text: label.trim(), plural: false };
  return { text: putNumbers(entry[0], numbers), plural: isPluralGender(entry[1]) };
}

/** A label on its own (a table header, a chart axis): translated with a capital, else as typed. */
export function standaloneLabel(label: string, locale: Locale): string {
  const lexicon = LEXICONS[locale];
  if (!lexicon) return label;
  const [key, numbers] = keyOf(label);
  const entry = Object.hasOwn(lexicon.labels, key) ? lexicon.labels[key] : undefined;
  if (!entry) return label;
  const text = putNumbers(entry[0], numbers);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The counted thing in every form a language needs, by its English plural; typed nouns give their own two forms. */
export function countNoun(one: string, other: string, locale: Locale): Required<CountNoun> {
  const lexicon = LEXICONS[locale];
  const [key, numbers] = keyOf(other);
  const entry = lexicon && Object.hasOwn(lexicon.counts, key) ? lexicon.counts[key] : undefined;
  if (!entry) return { one, few: other, many: other, other, acc: one, gender: 'm' };
  const put = (t: string | undefined, fallback: string) => putNumbers(t ?? fallback, numbers);
  // Russian: the form after 2–4 is also the one for fractions; Spanish: one plural for all.
  const few = put(entry.few, entry.other ?? entry.one);
  return {
    one: put(entry.one, entry.one),
    few,
    many: put(entry.many, entry.other ?? few),
    other: put(entry.other, few),
    acc: put(entry.acc, entry.one),
    gender: entry.gender ?? 'm',
  };
}

/** A phrase the app inferred (a who-clause with {value}, a yes/no phrase) in the language; typed ones as typed. */
export function phraseIn(text: string, locale: Locale): string {
  const lexicon = LEXICONS[locale];
  if (!lexicon) return text;
  const [key, numbers] = keyOf(text);
  return Object.hasOwn(lexicon.phrases, key) ? putNumbers(lexicon.phrases[key], numbers) : text;
}

/** An event ("bought") as the language's templates take it: {event} and {past}. */
export function eventIn(event: string, locale: Locale): { event: string; past: string } {
  const lexicon = LEXICONS[locale];
  const key = event.trim().toLowerCase();
  if (lexicon && Object.hasOwn(lexicon.events, key)) return lexicon.events[key];
  return { event, past: event };
}

/** Every lexicon, for the tests that check them. */
export const ALL_LEXICONS = LEXICONS;
