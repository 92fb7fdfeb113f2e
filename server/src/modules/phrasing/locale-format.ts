/**
 * Figures and lists inside sentences, in the reader's language. English keeps the rules of
 * common/format.ts exactly ("70,000", "4.5 %", "1 March 2013", "A, B and C"); the others use
 * Intl with the same rounding: "70 000" and "4,5 %" in Polish and Russian, "70.000" and
 * "4,5 %" in Spanish (thousands always grouped, as the issue asks: 1 234,5 / 1.234,5),
 * "1 de marzo de 2013", "1 marca 2013", "1 марта 2013 г.", "A, B y C" / "A, B i C" / "A, B и C".
 */
import {
  formatCount as formatCountEn,
  formatDate as formatDateEn,
  formatMoney as formatMoneyEn,
  formatNumber as formatNumberEn,
  formatPercent as formatPercentEn,
  joinAnd as joinAndEn,
  joinOr as joinOrEn,
} from '../../common/format.js';
import { dateOfDay } from '../../domain/dates.js';
import { dateTimeFormat, formatLift } from '../../domain/number-format.js';
import { INTL_TAGS, type Locale } from './locale.js';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(INTL_TAGS[locale], { useGrouping: 'always', ...options })));
  return format;
}

/** Whole from 100, one decimal from 10, else two (as common/format.ts). */
function digitsFor(x: number): number {
  const abs = Math.abs(x);
  return abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
}

export function formatNumberIn(x: number, locale: Locale = 'en'): string {
  if (locale === 'en' || !Number.isFinite(x)) return formatNumberEn(x);
  const text = numberFormat(locale, { maximumFractionDigits: digitsFor(x), minimumFractionDigits: 0 }).format(x);
  return text.replace(/^-0$/, '0');
}

export function formatCountIn(n: number, locale: Locale = 'en'): string {
  if (locale === 'en' || !Number.isFinite(n)) return formatCountEn(n);
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(n));
}

/** Money without a currency: whole from 100 or for whole amounts, else cents. */
export function formatMoneyIn(x: number, locale: Locale = 'en'): string {
  if (locale === 'en' || !Number.isFinite(x)) return formatMoneyEn(x);
  if (Math.abs(x) >= 100 || Number.isInteger(x)) return formatCountIn(x, locale);
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
}

/** Money in a currency (ISO code): "€500" / "500 €" / "500,50 zł"; an unknown code goes after the amount. */
export function formatCurrencyIn(x: number, currency: string, locale: Locale = 'en'): string {
  const digits = Math.abs(x) >= 100 || Number.isInteger(x) ? 0 : 2;
  const format = currencyFormat(locale, currency, digits);
  return format ? format.format(x) : `${formatMoneyIn(x, locale)} ${currency}`;
}

/** Kept per language, currency and digits (a scored list words money in most rows); null: a code Intl does not know. */
const currencyFormats = new Map<string, Intl.NumberFormat | null>();
function currencyFormat(locale: Locale, currency: string, digits: number): Intl.NumberFormat | null {
  const key = `${locale}|${currency}|${digits}`;
  let format = currencyFormats.get(key);
  if (format !== undefined) return format;
  try {
    format = new Intl.NumberFormat(INTL_TAGS[locale], {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(locale === 'en' ? {} : { useGrouping: 'always' as const }),
    });
  } catch {
    format = null;
  }
  currencyFormats.set(key, format);
  return format;
}

/**
 * A share as a percentage with one decimal ("4,5 %"; Polish writes "4,5%"). Tiny and nearly
 * whole shares come back as null so the caller can say "less than 0.1 %" in words.
 */
export function formatPercentIn(share: number, locale: Locale = 'en'): string {
  if (locale === 'en' || !Number.isFinite(share)) return formatPercentEn(share);
  const pct = Math.round(share * 1000) / 10;
  const whole = pct === 0 || pct === 100;
  const text = numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: whole ? 0 : 1,
    maximumFractionDigits: whole ? 0 : 1,
  }).format(pct / 100);
  if (share > 0 && share < 0.001)
    return LESS_THAN[locale](numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(0.001));
  if (share < 1 && share > 0.999)
    return MORE_THAN[locale](numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(0.999));
  return text;
}

const LESS_THAN: Record<Locale, (x: string) => string> = {
  en: (x) => `less than ${x}`,
  es: (x) => `menos del ${x}`,
  pl: (x) => `mniej niż ${x}`,
  ru: (x) => `менее ${x}`,
};
const MORE_THAN: Record<Locale, (x: string) => string> = {
  en: (x) => `more than ${x}`,
  es: (x) => `más del ${x}`,
  pl: (x) => `ponad ${x}`,
  ru: (x) => `более ${x}`,
};

/** 4.2857 -> "4.3" / "4,3": one decimal, as every lift (domain/number-format.ts). */
export function formatLiftIn(lift: number, locale: Locale = 'en'): string {
  if (!Number.isFinite(lift)) return 'unknown';
  return formatLift(lift, INTL_TAGS[locale]);
}

/** Days since 1970-01-01 as a date in words: "1 March 2013", "1 de marzo de 2013", "1 marca 2013", "1 марта 2013 г.". */
export function formatDateIn(days: number, locale: Locale = 'en'): string {
  if (locale === 'en') return formatDateEn(days);
  return dateTimeFormat(INTL_TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dateOfDay(days));
}

/** "A, B and C" / "A, B y C" (Spanish "e" before an i-sound) / "A, B i C" / "A, B и C". */
export function joinAndIn(items: readonly string[], locale: Locale = 'en'): string {
  if (locale === 'en') return joinAndEn(items);
  return listFormat(locale, 'conjunction').format(items);
}

export function joinOrIn(items: readonly string[], locale: Locale = 'en'): string {
  if (locale === 'en') return joinOrEn(items);
  return listFormat(locale, 'disjunction').format(items);
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: Locale, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(INTL_TAGS[locale], { type })));
  return format;
}
