import { t } from '../i18n';
import { intlLocale } from '../i18n/locale';

/**
 * Number and date formatting for people, in the active locale (i18n/locale.ts): "45,211"
 * in English, "45.211" in Spanish, "45 211" (narrow no-break space) in Polish and Russian.
 * Reading the locale is reactive, so figures re-render when the language changes.
 */
const DASH = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale();
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 45211 -> "45,211"; null/NaN -> "—". */
export function formatInteger(value: number | null | undefined): string {
  return isFiniteNumber(value) ? numberFormat({ maximumFractionDigits: 0 }).format(Math.round(value)) : DASH;
}

/**
 * A number with up to `digits` decimals, trailing zeros dropped: 1234.5 -> "1,234.5".
 * Large magnitudes lose decimals because they add noise, not information.
 */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (!isFiniteNumber(value)) return DASH;
  const decimals = Math.abs(value) >= 1000 ? 0 : digits;
  return numberFormat({ maximumFractionDigits: decimals }).format(value);
}

/**
 * A fraction in [0, 1] as a percentage: 0.1491 -> "14.9%". Rates below one percent keep a
 * second decimal so a 0.4% response rate does not read as "0%".
 */
export function formatPercent(fraction: number | null | undefined, digits = 1): string {
  if (!isFiniteNumber(fraction)) return DASH;
  const percent = fraction * 100;
  const decimals = percent !== 0 && Math.abs(percent) < 1 ? Math.max(digits, 2) : digits;
  return numberFormat({ style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(fraction);
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

/** An ISO timestamp as "Mar 4, 2025, 14:05"; invalid or missing -> "—". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  return new Intl.DateTimeFormat(intlLocale(), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
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
