/**
 * The message catalogues, one per language (messages-en.ts is the source; messages-es.ts,
 * messages-pl.ts, messages-ru.ts hold the same keys), and `message(key, params, locale)` that
 * formats one with ICU MessageFormat (intl-messageformat) in that language: plural forms from
 * Intl.PluralRules (Russian and Polish: one / few / many / other), `{n, number}` and `#` in the
 * locale's digits. A key missing from a translation falls back to English (the catalogue test
 * fails on it, so it never ships that way).
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { INTL_TAGS, type Locale } from './locale.js';
import { MESSAGES_EN, type MessageKey } from './messages-en.js';
import { MESSAGES_ES } from './messages-es.js';
import { MESSAGES_PL } from './messages-pl.js';
import { MESSAGES_RU } from './messages-ru.js';

export const CATALOGUES: Record<Locale, Readonly<Record<string, string>>> = {
  en: MESSAGES_EN,
  es: MESSAGES_ES,
  pl: MESSAGES_PL,
  ru: MESSAGES_RU,
};

/**
 * Arguments a translation may use beyond the English message's, because the code passes them for
 * grammar English does not need: a noun's `few` / `many` / `acc` forms and `gender`, an event's
 * `past` tense (`event` / `past`: either form of an event), `thing` (what an error message names,
 * as a select key), `zero` (an amount of nothing), a duration's `unit`, `n` / `count` for plural
 * choice beside a formatted figure.
 */
export const GRAMMAR_ARGUMENTS = [
  'thing',
  'event',
  'gender',
  'few',
  'many',
  'acc',
  'past',
  'zero',
  'unit',
  'n',
  'count',
  'one',
  'other',
  'plural',
] as const;

export type MessageParams = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();
const intlCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let found = intlCache.get(key) as T | undefined;
  if (!found) intlCache.set(key, (found = make()));
  return found;
}

/**
 * `{n, number}` and `#` group thousands always, as every other figure the app writes
 * (phrasing/locale-format.ts): Intl alone leaves "2240" ungrouped in Spanish and Polish.
 */
const FORMATTERS: Formatters = {
  getNumberFormat: (locales, opts) =>
    cached(
      `n${JSON.stringify([locales, opts])}`,
      () => new Intl.NumberFormat(locales, { useGrouping: 'always', ...opts } as Intl.NumberFormatOptions),
    ),
  getDateTimeFormat: (...args) => cached(`d${JSON.stringify(args)}`, () => new Intl.DateTimeFormat(...args)),
  getPluralRules: (...args) => cached(`p${JSON.stringify(args)}`, () => new Intl.PluralRules(...args)),
};

/** One ICU template formatted in a language (compiled once per language and template). */
export function formatTemplate(template: string, params: MessageParams, locale: Locale = 'en'): string {
  const key = `${locale}\u0000${template}`;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(template, INTL_TAGS[locale], undefined, { formatters: FORMATTERS });
    compiled.set(key, message);
  }
  return String(message.format(params));
}

/** The template of a key in a language (English when the translation lacks it). */
export function templateOf(key: MessageKey, locale: Locale = 'en'): string {
  return CATALOGUES[locale][key] ?? MESSAGES_EN[key];
}

/** One catalogue message with its parameters, in the reader's language. */
export function message(key: MessageKey, params: MessageParams = {}, locale: Locale = 'en'): string {
  return formatTemplate(templateOf(key, locale), params, locale);
}
