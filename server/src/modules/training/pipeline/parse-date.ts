/**
 * The one date rule of the product (importer, feature tables and target groups share it,
 * so a condition "Dt_Customer >= 2013-01-01" means the same everywhere).
 */

export type DateFormat = 'ISO' | 'MDY' | 'DMY';

const MS_PER_DAY = 86_400_000;
const DATE_PART = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[T ].*)?$/;

/**
 * Whole days since 1970-01-01 UTC of a date written as text, or NaN if it is not a real
 * date in that format. A four-digit first part is always year-month-day (nobody writes
 * the year first in the other orders); otherwise the format decides between M/D/Y and
 * D/M/Y, and ISO accepts only year-first. Separators may be `-`, `/` or `.`; a time after
 * `T` or a space is ignored (the day counts, not the hour). Two-digit years pivot like
 * strptime's %y: 00-68 -> 2000s, 69-99 -> 1900s.
 */
export function parseDate(text: string, format: DateFormat = 'ISO'): number {
  const match = DATE_PART.exec(text.trim());
  if (!match) return Number.NaN;
  const [a, b, c] = [match[1], match[2], match[3]];
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    [year, month, day] = [Number(a), Number(b), Number(c)];
    if (c.length > 2) return Number.NaN;
  } else {
    if (format === 'ISO' || a.length > 2 || (c.length !== 2 && c.length !== 4)) return Number.NaN;
    [month, day] = format === 'MDY' ? [Number(a), Number(b)] : [Number(b), Number(a)];
    year = c.length === 2 ? pivotYear(Number(c)) : Number(c);
  }
  // Date.UTC reads years 0-99 as 1900-1999; no campaign data is that old anyway.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The ISO text (YYYY-MM-DD) of a day number, for labels and conditions. */
export function formatDay(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

function pivotYear(twoDigits: number): number {
  return twoDigits <= 68 ? 2000 + twoDigits : 1900 + twoDigits;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
