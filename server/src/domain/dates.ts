/**
 * The product's one date rule: how a text is read as a date (the importer's rules, which
 * decide what a DATE column may hold), and day numbers, the form every date takes once read
 * (whole days since 1970-01-01 UTC). Training, target groups, the column store and the
 * client all read dates through this file, so "Dt_Customer >= 2013-01-01" means the same
 * everywhere.
 */

export const MS_PER_DAY = 86_400_000;

/** Which part comes first: ISO is YYYY-MM-DD; MDY and DMY allow `/`, `-` or `.` between parts. */
export type DateFormat = 'ISO' | 'MDY' | 'DMY';
export type DateSeparator = '/' | '-' | '.';

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;

export type DateShape =
  | { kind: 'iso'; year: number; month: number; day: number }
  | { kind: 'dmy'; separator: DateSeparator; first: number; second: number; year: number };

/** The date-like structure of a trimmed value, or null (time-of-day parts are accepted and ignored). */
export function dateShape(value: string): DateShape | null {
  const c = value.charCodeAt(0);
  if (c < 48 || c > 57) return null; // fast exit for text
  let m = ISO_DATE.exec(value);
  if (m) return { kind: 'iso', year: +m[1], month: +m[2], day: +m[3] };
  m = DMY_DATE.exec(value);
  if (m) return { kind: 'dmy', separator: m[2] as DateSeparator, first: +m[1], second: +m[3], year: +m[4] };
  return null;
}

/** Days since 1970-01-01 of a calendar date, or null when it does not exist (e.g. 31/2). */
export function epochDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || year < 1) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(t / MS_PER_DAY);
}

/** How people write the format: ('MDY', '/') -> "M/D/YYYY". */
export function datePattern(format: DateFormat, separator: DateSeparator = '/'): string {
  if (format === 'ISO') return 'YYYY-MM-DD';
  return format === 'MDY' ? `M${separator}D${separator}YYYY` : `D${separator}M${separator}YYYY`;
}

/** Days since 1970-01-01 of `value` read with `format`, or null when it does not fit. */
export function parseDateValue(value: string, format: DateFormat): number | null {
  const shape = dateShape(value.trim());
  if (!shape) return null;
  if (shape.kind === 'iso') return format === 'ISO' ? epochDay(shape.year, shape.month, shape.day) : null;
  if (format === 'ISO') return null;
  return format === 'MDY' ? epochDay(shape.year, shape.first, shape.second) : epochDay(shape.year, shape.second, shape.first);
}

/** The day number of a stored value for numeric arrays: missing or not a date in `format` -> NaN. */
export function dayNumber(value: string | null, format: DateFormat = 'ISO'): number {
  return value === null ? Number.NaN : (parseDateValue(value, format) ?? Number.NaN);
}

/** Day number -> "2011-01-26" (fractions round to the nearest day). */
export function isoDate(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

/** "2011-01-26" (optionally with a time) -> day number, or null when it is not a real ISO date. */
export function isoToDay(text: string): number | null {
  return parseDateValue(text, 'ISO');
}

/** Day number -> the Date at midnight UTC of that day (fractions round to the nearest day). */
export function dateOfDay(day: number): Date {
  return new Date(Math.round(day) * MS_PER_DAY);
}
