/**
 * Number and word formatting for text a manager reads: thousands separators, no more
 * decimals than the reader can use, singular/plural right, never NaN or null.
 */
import * as figures from '../domain/number-format.js';
import type { ColumnUnit } from '../domain/units.js';

/** The rules live in domain/number-format.ts (shared with the client); these wrappers write "unknown" for a missing figure. */
const known =
  <A extends unknown[]>(f: (x: number, ...rest: A) => string) =>
  (x: number, ...rest: A): string =>
    Number.isFinite(x) ? f(x, ...rest) : 'unknown';

/** 70000 -> "70,000"; 0.5 -> "0.5"; 1234.567 -> "1,235"; 12.34 -> "12.3". */
export const formatNumber = known((x: number) => figures.formatFigure(x));

/** Whole amounts for money: 403.6 -> "404", 3046 -> "3,046"; small prices keep cents (2.5 -> "2.50"). */
export const formatMoney = known((x: number) => figures.formatMoney(x));

export const formatCount = known((n: number) => figures.formatCount(n));

/** "1 customer", "2 customers", "1,200 customers". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${Math.round(n) === 1 ? singular : pluralForm}`;
}

/** A share as a percentage with one decimal: 0.045 -> "4.5%"; tiny non-zero shares never read as "0.0%". */
export const formatPercent = known((share: number) => figures.formatShare(share));

/** 4.2857 -> "4.3"; 12.44 -> "12.4". */
export const formatLift = known((lift: number) => figures.formatLift(lift));

/** "about 64 in 100"; rare rates use 1,000 so they do not all read as "about 0 in 100". */
export function inHundred(rate: number): string {
  if (rate > 0 && rate < 0.01) return `about ${formatCount(rate * 1000)} in 1,000`;
  return `about ${formatCount(rate * 100)} in 100`;
}

/** Days since 1970-01-01 -> "1 March 2013". */
export const formatDate = known((days: number) => figures.formatDate(days));

/** A value with its unit: "29 days", "70,000", "3 years", "1 March 2013". */
export function formatWithUnit(x: number, unit: ColumnUnit | undefined, kind?: string): string {
  if (unit === 'date' || kind === 'DATE') return formatDate(x);
  if (unit === 'currency') return formatMoney(x);
  if (unit === 'days') return x === 1 ? '1 day' : `${formatNumber(x)} days`;
  if (unit === 'years') return x === 1 ? '1 year' : `${formatNumber(x)} years`;
  if (unit === 'seconds') return x === 1 ? '1 second' : `${formatNumber(x)} seconds`;
  return formatNumber(x);
}

/** "A", "A or B", "A, B or C". */
export function joinOr(items: readonly string[]): string {
  return joinWith(items, 'or');
}

export function joinAnd(items: readonly string[]): string {
  return joinWith(items, 'and');
}

function joinWith(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/**
 * A column label inside a sentence. The app's labels are sentence-case ("Accepted campaign 5",
 * "Amount spent on wines"), so mid-sentence their first letter drops; acronyms and codes
 * ("RFM score", "ID") keep theirs.
 */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
