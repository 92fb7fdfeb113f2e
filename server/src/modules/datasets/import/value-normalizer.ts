/**
 * Pass 2 of an import: each raw CSV value becomes the text stored for its column, or a
 * plain-language reason why it does not fit. Values are trimmed; missing tokens (empty,
 * NA, N/A, null, ?…) become null. NUMERIC values become canonical JS number text ("1,5" ->
 * "1.5", "1e3" -> "1000", "1,234,567" -> "1234567" when the column uses thousands commas).
 * DATE values stay as written but must be real dates in the column's format; BINARY values
 * stay as written but must be one of the column's two values (any letter case).
 * Text is never rewritten otherwise: a cell like `=cmd|' /C calc'!A0` is data and is stored
 * as is; escaping it is the job of whatever later writes a spreadsheet.
 */
import type { ColumnProfile } from './column-profile.js';
import { datePattern, parseDateValue } from '../../../domain/dates.js';
import { isMissingToken, parseNumber } from './value-patterns.js';

export type NormalizeColumn = Pick<ColumnProfile, 'name' | 'kind' | 'decimalComma' | 'dateFormat' | 'levels'> &
  Partial<Pick<ColumnProfile, 'datePattern'>>;

/** Why a value does not fit: an `import.*` catalogue key and its values (the caller adds the line). */
export interface ValueProblem {
  key: 'import.notNumber' | 'import.notDate' | 'import.notLevel';
  params: Record<string, string>;
}

export type NormalizeResult = { ok: true; value: string | null } | { ok: false; problem: ValueProblem };

const shown = (v: string): string => (v.length > 60 ? `${v.slice(0, 60)}…` : v);

export function normalizeValue(raw: string, column: NormalizeColumn): NormalizeResult {
  const value = raw.trim();
  if (isMissingToken(value)) return { ok: true, value: null };
  switch (column.kind) {
    case 'NUMERIC': {
      const n = parseNumber(value, column.decimalComma);
      if (Number.isFinite(n)) return { ok: true, value: String(n) };
      const comma = column.decimalComma ? 'yes' : 'no';
      return { ok: false, problem: { key: 'import.notNumber', params: { value: shown(value), column: column.name, comma } } };
    }
    case 'DATE': {
      const format = column.dateFormat ?? 'ISO';
      if (parseDateValue(value, format) !== null) return { ok: true, value };
      const pattern = column.datePattern ?? datePattern(format);
      return { ok: false, problem: { key: 'import.notDate', params: { value: shown(value), pattern, column: column.name } } };
    }
    case 'BINARY': {
      const levels = column.levels;
      if (!levels || levels.some((l) => l.toLowerCase() === value.toLowerCase())) return { ok: true, value };
      const [first, second] = levels;
      return { ok: false, problem: { key: 'import.notLevel', params: { value: shown(value), first, second, column: column.name } } };
    }
    default:
      return { ok: true, value };
  }
}

/** Whether a stored BINARY value is the positive one (letter case ignored). */
export function isPositiveValue(value: string | null, positiveLabel: string): boolean {
  return value !== null && value.toLowerCase() === positiveLabel.toLowerCase();
}
