import { dateShape, parseDateValue, type DateFormat } from '../../../server/src/domain/dates';
import { columnUnitOf } from '../../../server/src/domain/units';
import { t } from '../i18n';
import { formatDate, formatInteger, formatMoney, formatNumber } from './format';

/**
 * One stored value of a column as people read it, by the column's kind and unit, in the
 * active locale: "54191" of a money column -> "€54,191" / "54 191 €", "1/31/2013" of a date
 * column -> "31 January 2013" / "31 stycznia 2013". The stored text stays what the what-if
 * sends to the server; only what is shown changes.
 */
export interface ValueColumn {
  kind: string;
  unit: string | null;
  /** A few stored values of the column (they tell how its dates are written). */
  examples?: readonly string[];
}

/**
 * How a column writes its dates, read from values: ISO, or a first or second part above 12
 * settles day-month against month-day. Null when every value could be either (the value is
 * then shown as stored rather than guessed).
 */
export function dateFormatOf(values: readonly string[]): DateFormat | null {
  for (const value of values) {
    const shape = dateShape(value.trim());
    if (!shape) continue;
    if (shape.kind === 'iso') return 'ISO';
    if (shape.first > 12) return 'DMY';
    if (shape.second > 12) return 'MDY';
  }
  return null;
}

/** Units written after the figure ("29 days"); money, counts and dates are written by their own rules. */
const WORDED_UNITS = new Set(['days', 'seconds', 'years']);

export function columnValueText(value: string, column: ValueColumn, currency?: string | null): string {
  const trimmed = value.trim();
  if (column.kind === 'DATE') {
    const format = dateFormatOf([trimmed, ...(column.examples ?? [])]);
    const day = format ? parseDateValue(trimmed, format) : null;
    return day === null ? value : formatDate(day);
  }
  if (column.kind !== 'NUMERIC' || trimmed === '') return value;
  const figure = Number(trimmed);
  if (!Number.isFinite(figure)) return value;
  const unit = columnUnitOf(column.unit);
  if (unit === 'currency') return formatMoney(figure, currency);
  if (unit === 'count') return formatInteger(figure);
  // A year of birth reads wrong with a thousands separator ("1,957") and needs no unit.
  if (unit === 'years' && figure >= 1000) return String(figure);
  if (unit && WORDED_UNITS.has(unit)) return `${formatNumber(figure)} ${t(`columns.unit.${unit}`)}`;
  return formatNumber(figure);
}
