import { t } from '../i18n';
import { intlLocale } from '../i18n/locale';

/**
 * Number and date formatting for people, by the rules the server writes its sentences with
 * (server/src/domain/number-format.ts: shares and lifts one decimal, AUC two, counts with
 * separators, money with the currency, one date style), in the active locale (i18n/locale.ts):
 * "45,211" in English, "45.211" in Spanish, "45 211" in Polish and Russian. Reading the locale is
 * reactive, so figures re-render when the language changes; a card and the sentence beside it
 * show the same figure.
 */
import * as rules from '../../../server/src/domain/number-format';

const DASH = rules.NO_FIGURE;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions, locale = intlLocale()): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { useGrouping: 'always', ...options })));
  return format;
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A number as a person types it in their language: "2,5" is 2.5 in Polish, Spanish and Russian,
 * "1 234,5" and "1.234,5" are 1234.5 there, "1,234.5" is 1234.5 in English. Spaces (also the
 * no-break ones Intl writes) and the locale's group separator are dropped, its decimal separator
 * read as the decimal point. Empty -> null; anything else unreadable -> NaN.
 */
export function readNumber(text: string, locale = intlLocale()): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parts = numberFormat({}, locale).formatToParts(1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  let normalized = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  if (!/\s/.test(group)) normalized = normalized.split(group).join('');
  normalized = normalized.split(decimal).join('.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/** A number for an input the person may edit, as readNumber reads it back: 2.5 -> "2,5" in Polish; no grouping. */
export function numberForInput(value: number, locale = intlLocale()): string {
  return numberFormat({ useGrouping: false, maximumFractionDigits: 10 }, locale).format(value);
}

/** 45211 -> "45,211"; null/NaN -> "—". */
export function formatInteger(value: number | null | undefined, locale = intlLocale()): string {
  return rules.formatCount(value, locale);
}

/**
 * A number with up to `digits` decimals, trailing zeros dropped: 1234.5 -> "1,234.5".
 * Large magnitudes lose decimals because they add noise, not information.
 */
export function formatNumber(value: number | null | undefined, digits = 2, locale = intlLocale()): string {
  return rules.formatFigure(value, digits, locale);
}

/** A fraction in [0, 1] as a percentage with one decimal: 0.1491 -> "14.9%"; 0 decimals for axis ticks; tiny ones never "0.0%". */
export function formatPercent(fraction: number | null | undefined, digits = 1, locale = intlLocale()): string {
  return rules.formatShare(fraction, digits, locale);
}

/** A lift with one decimal: "3.8". */
export function formatLift(value: number | null | undefined, locale = intlLocale()): string {
  return rules.formatLift(value, locale);
}

/** ROC AUC / PR AUC with two decimals: "0.84". */
export function formatAuc(value: number | null | undefined, locale = intlLocale()): string {
  return rules.formatAuc(value, locale);
}

/** Money with the dataset's currency when set: "€1,250"; "1,250" without one. */
export function formatMoney(value: number | null | undefined, currency?: string | null, locale = intlLocale()): string {
  return rules.formatMoney(value, currency, locale);
}

/** A date of the data ("1 March 2013"): a Date, an ISO string or a day number since 1970-01-01. */
export function formatDate(value: Date | string | number | null | undefined, locale = intlLocale()): string {
  return rules.formatDate(value, locale);
}

/** A fraction as a percentage number for charts, rounded to 0.1: 0.14906 -> 14.9. */
export function toPercentValue(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 -> "1.5 KB" (powers of 1024, as file managers show sizes). */
export function formatBytes(bytes: number | null | undefined): string {
  if (!isFiniteNumber(bytes) || bytes < 0) return DASH;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const decimals = unit === 0 || value >= 100 ? 0 : 1;
  const figure = numberFormat({ minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  return `${figure} ${t(`format.bytes.${BYTE_UNITS[unit]}`)}`;
}

/** An ISO timestamp as "4 March 2025, 14:05" (the reader's time zone); invalid or missing -> "—". */
export function formatDateTime(iso: string | null | undefined, locale = intlLocale()): string {
  return rules.formatDateTime(iso, locale);
}

/** "3 minutes ago" style text, relative to `now` (injectable for tests). */
export function formatRelative(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return DASH;
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return DASH;
  const seconds = Math.round((then - now.getTime()) / 1000);
  const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  const rtf = new Intl.RelativeTimeFormat(intlLocale(), { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return t('format.justNow');
}

/** The time between two ISO timestamps: "42 s", "3 min 5 s", "1 h 2 min". */
export function formatDuration(startIso: string | null | undefined, endIso: string | null | undefined): string {
  if (!startIso || !endIso) return DASH;
  const ms = new Date(endIso).getTime() - new Date(startIso).getTime();
  if (!Number.isFinite(ms) || ms < 0) return DASH;
  const total = Math.round(ms / 1000);
  if (total < 60) return t('format.duration.s', { s: total });
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return t('format.duration.minS', { min: minutes, s: total % 60 });
  return t('format.duration.hMin', { h: Math.floor(minutes / 60), min: minutes % 60 });
}

/** "1 row" / "2 rows". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : pluralForm}`;
}
