/**
 * One number, one format: every figure a manager reads, on the server (sentences, briefs,
 * exports) and in the client (cards, tables, chart tooltips), goes through these functions,
 * so a card and the sentence beside it can never show the same figure two ways.
 *
 * The rules (also in README.md, "One number, one format"):
 * - shares (response rates, sizes of groups) as percentages with one decimal: "16.8%";
 *   exactly 0 and 100 without a decimal; tiny non-zero shares "less than 0.1%", near-total
 *   ones "more than 99.9%";
 * - lifts with one decimal: "3.8" (written "3.8 times" or "3.8×" by the caller);
 * - AUC (ROC AUC, PR AUC) with two decimals: "0.84";
 * - counts as whole numbers with thousands separators: "2,240";
 * - money with the dataset's currency when one is set: "€1,250"; whole from 100, cents below;
 * - other figures: whole from 100, one decimal from 10, two below ("70,000", "12.3", "0.45");
 * - medians of whole-number features (counts, years) as whole numbers: "median 2", never "2.5";
 * - dates in one style, day month year: "1 March 2013" (with a time: "1 March 2013, 14:05");
 * - "higher"/"lower", "more"/"fewer" and arrows only for a material difference: the two figures
 *   as shown differ AND they differ by at least MATERIAL_DIFFERENCE (10 %) of the larger one.
 *
 * Every function takes an optional BCP 47 locale (default 'en') for the separators, the decimal
 * mark and the percent sign; thousands are grouped from four digits in every language ("1.234"
 * in Spanish, "1 234" in Polish and Russian, as phrasing/locale-format.ts writes them); the words around the figures belong to the message catalogues.
 * This file is plain TypeScript with no imports, so the client imports it as it is.
 */

/** What "material" means: the larger figure is at least this share bigger than the smaller. */
export const MATERIAL_DIFFERENCE = 0.1;

/** The placeholder for a figure that does not exist (null, NaN). */
export const NO_FIGURE = '—';

export const DEFAULT_LOCALE = 'en';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    // Thousands always grouped, four-digit numbers too: Intl leaves "1234" alone in Spanish and
    // Polish (CLDR's minimum grouping digits of 2), the issue and the phrasing catalogues write
    // "1.234" and "1 234"; English groups them anyway.
    format = new Intl.NumberFormat(locale, { useGrouping: 'always', ...options });
    cache.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options, kept: building one costs about as much as
 * wording a whole reason, and a scored list words a date in most of its rows.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** "-0" never shows. */
function noNegativeZero(text: string): string {
  return /^-0([.,\s]0*)?$/.test(text) ? text.slice(1) : text;
}

/** How many decimals a plain figure keeps: whole from 100, one from 10, else two. */
export function figureDigits(x: number): number {
  const abs = Math.abs(x);
  return abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
}

/** A figure rounded as it is shown (for comparisons and chart values). */
export function roundShown(x: number, digits = figureDigits(x)): number {
  return Number(x.toFixed(digits));
}

/** A count: 2240 -> "2,240". */
export function formatCount(n: number | null | undefined, locale = DEFAULT_LOCALE): string {
  if (!finite(n)) return NO_FIGURE;
  return noNegativeZero(numberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(n)));
}

/**
 * A plain figure: 70000 -> "70,000"; 12.34 -> "12.3"; 0.456 -> "0.46". `digits` fixes the
 * largest number of decimals (trailing zeros dropped); large magnitudes never get decimals.
 */
export function formatFigure(x: number | null | undefined, digits?: number, locale = DEFAULT_LOCALE): string {
  if (!finite(x)) return NO_FIGURE;
  const decimals = digits === undefined ? figureDigits(x) : Math.abs(x) >= 1000 ? 0 : digits;
  return noNegativeZero(numberFormat(locale, { maximumFractionDigits: decimals }).format(x));
}

/** A figure with exactly `digits` decimals (metrics in a table): 0.8371 -> "0.837" for 3. */
export function formatFixed(x: number | null | undefined, digits: number, locale = DEFAULT_LOCALE): string {
  if (!finite(x)) return NO_FIGURE;
  return noNegativeZero(numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x));
}

/**
 * A share as a percentage with one decimal: 0.168 -> "16.8%"; 0 -> "0%"; 1 -> "100%"; tiny
 * shares "less than 0.1%". `digits` = 0 for axis ticks and coarse captions.
 */
export function formatShare(share: number | null | undefined, digits = 1, locale = DEFAULT_LOCALE): string {
  if (!finite(share)) return NO_FIGURE;
  const percent = (d: number, x: number) =>
    numberFormat(locale, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
  const scale = 10 ** (digits + 2);
  const step = 1 / scale;
  // Words only in English; other languages get the signs (their words belong to their catalogues).
  const english = /^en\b/.test(locale);
  if (share > 0 && share < step) return `${english ? 'less than ' : '< '}${percent(digits, step)}`;
  if (share < 1 && share > 1 - step) return `${english ? 'more than ' : '> '}${percent(digits, 1 - step)}`;
  const rounded = Math.round(share * scale) / scale;
  if (Math.abs(rounded) < step / 2) return percent(0, 0);
  if (Math.abs(rounded - 1) < step / 2) return percent(0, 1);
  return noNegativeZero(percent(digits, rounded));
}

/** A lift with one decimal: 3.7826 -> "3.8", 12.44 -> "12.4". */
export function formatLift(lift: number | null | undefined, locale = DEFAULT_LOCALE): string {
  return formatFixed(lift, 1, locale);
}

/** ROC AUC and PR AUC with two decimals: 0.8371 -> "0.84". */
export function formatAuc(auc: number | null | undefined, locale = DEFAULT_LOCALE): string {
  return formatFixed(auc, 2, locale);
}

/**
 * Money: whole from 100 (or when whole), cents below; with the dataset's currency (ISO code)
 * when one is set: 1250 -> "€1,250" (EUR) or "1,250" (none).
 */
export function formatMoney(x: number | null | undefined, currency?: string | null, locale = DEFAULT_LOCALE): string {
  if (!finite(x)) return NO_FIGURE;
  const digits = Math.abs(x) >= 100 || Number.isInteger(x) ? 0 : 2;
  const value = digits === 0 ? Math.round(x) : x;
  const plain = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (!currency) return noNegativeZero(numberFormat(locale, plain).format(value));
  try {
    return numberFormat(locale, { style: 'currency', currency, ...plain }).format(value);
  } catch {
    return `${numberFormat(locale, plain).format(value)} ${currency}`;
  }
}

/** A median or mean of a feature: whole for whole-number features (counts, years), else a plain figure. */
export function formatAverage(x: number | null | undefined, wholeNumbers: boolean, locale = DEFAULT_LOCALE): string {
  if (!finite(x)) return NO_FIGURE;
  return wholeNumbers ? formatCount(x, locale) : formatFigure(x, undefined, locale);
}

/** Dates read day month year in English ("1 March 2013"), as the locale writes them elsewhere. */
function dateLocale(locale: string): string {
  return locale === 'en' || locale === 'en-US' ? 'en-GB' : locale;
}

function toDate(value: Date | string | number): Date {
  // A number is a day count since 1970-01-01 (how the datasets store dates).
  return value instanceof Date ? value : typeof value === 'number' ? new Date(value * 86_400_000) : new Date(value);
}

/** "1 March 2013" from a Date, an ISO string or a day number since 1970-01-01 (in UTC). */
export function formatDate(value: Date | string | number | null | undefined, locale = DEFAULT_LOCALE): string {
  if (value === null || value === undefined) return NO_FIGURE;
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return NO_FIGURE;
  return dateTimeFormat(dateLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "1 March 2013, 14:05" in the reader's time zone (for runs, uploads, sign-ins). */
export function formatDateTime(value: Date | string | null | undefined, locale = DEFAULT_LOCALE, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return NO_FIGURE;
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return NO_FIGURE;
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone };
  const day = dateTimeFormat(dateLocale(locale), options).format(date);
  const time = dateTimeFormat(dateLocale(locale), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(date);
  return `${day}, ${time}`;
}

/**
 * Whether two figures differ enough to say "higher"/"lower" (or draw an arrow): they read
 * differently as shown (`shown` is the format the reader sees) and the larger is at least
 * MATERIAL_DIFFERENCE bigger than the smaller in magnitude.
 */
export function isMaterialDifference(a: number, b: number, shown: (x: number) => string = (x) => formatFigure(x)): boolean {
  if (!finite(a) || !finite(b)) return false;
  if (shown(a) === shown(b)) return false;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale > 0 && Math.abs(a - b) >= MATERIAL_DIFFERENCE * scale;
}

/** 'higher' / 'lower' for a material difference of `group` against `rest`, else null. */
export function materialDirection(group: number, rest: number, shown?: (x: number) => string): 'higher' | 'lower' | null {
  if (!isMaterialDifference(group, rest, shown)) return null;
  return group > rest ? 'higher' : 'lower';
}
