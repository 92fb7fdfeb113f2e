/**
 * How single CSV values look: missing tokens, number shapes and date shapes. Shared by
 * pass 1 (inference counts shapes over the whole column) and pass 2 (normalisation parses
 * each value with the column's resolved style), so both passes agree by construction.
 */

/**
 * Tokens meaning "no value", compared case-insensitively after trimming. Beyond the usual
 * NA, N/A, null and ?, `#N/A` (Excel) and `NaN` (pandas) are included because real exports
 * use them and they would otherwise turn a numeric column into text.
 */
export const MISSING_TOKENS: ReadonlySet<string> = new Set(['', 'na', 'n/a', 'null', '?', '#n/a', 'nan']);

/** `value` must already be trimmed. */
export function isMissingToken(value: string): boolean {
  return value.length <= 4 && MISSING_TOKENS.has(value.toLowerCase());
}

/** Shapes a numeric text can have; the column's mix of shapes decides its style. */
export const NumberShape = {
  None: 0,
  /** 42, -7 */
  Integer: 1,
  /** 1.5, .5, 1e3, -2.5E-3 */
  DotDecimal: 2,
  /** 1,5 / 0,125 / 1234,5: a decimal comma, as nothing else reads this way */
  CommaDecimal: 3,
  /** 1,500: thousands separator or decimal comma, the column must tell */
  CommaAmbiguous: 4,
  /** 1,234,567 / 1,234.5: thousands separators with a decimal dot */
  CommaThousands: 5,
  /** 1.234.567 / 1.234,5: thousands dots with a decimal comma */
  DotThousands: 6,
} as const;
export type NumberShape = (typeof NumberShape)[keyof typeof NumberShape];

const INTEGER = /^[+-]?\d+$/;
const DOT_DECIMAL = /^[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_AMBIGUOUS = /^[+-]?[1-9]\d{0,2},\d{3}$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;
const COMMA_THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:(?:\.\d{3})+,\d+|(?:\.\d{3}){2,})$/;

/** `value` must be trimmed and not missing. */
export function numberShape(value: string): NumberShape {
  if (INTEGER.test(value)) return NumberShape.Integer;
  if (DOT_DECIMAL.test(value)) return NumberShape.DotDecimal;
  if (value.indexOf(',') >= 0) {
    if (COMMA_AMBIGUOUS.test(value)) return NumberShape.CommaAmbiguous;
    if (COMMA_DECIMAL.test(value)) return NumberShape.CommaDecimal;
    if (COMMA_THOUSANDS.test(value)) return NumberShape.CommaThousands;
  }
  if (DOT_THOUSANDS.test(value)) return NumberShape.DotThousands;
  return NumberShape.None;
}

/**
 * The number a text stands for under a column style, or NaN when the text does not fit it.
 * decimalComma: `,` is the decimal mark and `.` groups thousands; otherwise `.` is the
 * decimal mark and `,` groups thousands.
 */
export function parseNumber(value: string, decimalComma: boolean): number {
  const shape = numberShape(value);
  switch (shape) {
    case NumberShape.Integer:
      return Number(value);
    case NumberShape.DotDecimal:
      return decimalComma ? NaN : Number(value);
    case NumberShape.CommaDecimal:
    case NumberShape.DotThousands:
      return decimalComma ? Number(value.replace(/\./g, '').replace(',', '.')) : NaN;
    case NumberShape.CommaThousands:
      return decimalComma ? NaN : Number(value.replace(/,/g, ''));
    case NumberShape.CommaAmbiguous:
      return Number(decimalComma ? value.replace(',', '.') : value.replace(/,/g, ''));
    default:
      return NaN;
  }
}

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

const MS_PER_DAY = 86_400_000;

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
  return format === 'MDY'
    ? epochDay(shape.year, shape.first, shape.second)
    : epochDay(shape.year, shape.second, shape.first);
}

/** 15000 -> "2011-01-26". */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
