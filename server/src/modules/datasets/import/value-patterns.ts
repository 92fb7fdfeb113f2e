/**
 * How single CSV values look: missing tokens and number shapes (date shapes are the domain's
 * date rule, domain/dates.ts). Shared by pass 1 (inference counts shapes over the whole
 * column) and pass 2 (normalisation parses each value with the column's resolved style), so
 * both passes agree by construction.
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
