/**
 * The matched customers as CSV lines for a campaign tool or spreadsheet: identifier, the
 * columns the conditions use, and the predicted probability. Lines are yielded one at a time
 * so a million-row audience never sits in memory as one string.
 *
 * Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) get a leading apostrophe (OWASP "CSV injection"); plain numbers such as -3 are left
 * alone because they cannot run anything and are common in real exports.
 */
import { isoDate } from '../../domain/dates.js';
import type { RawCondition } from './conditions.js';
import { rowMatcher } from './conditions.js';
import { isTextColumn, type TargetGroupData } from './types.js';

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function neutraliseFormula(cell: string): string {
  if (cell.length === 0 || PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 quoting after formula neutralisation. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface AudienceOptions {
  /** Decimals for the predicted probability (default 4). */
  probabilityDecimals?: number;
}

/** Header line, then one line per matched customer (no line endings). */
export function* audienceCsvLines(data: TargetGroupData, conditions: readonly RawCondition[], options: AudienceOptions = {}): Generator<string> {
  const decimals = options.probabilityDecimals ?? 4;
  const features = [...new Set(conditions.map((c) => c.feature))];
  const matchers = conditions.map((c) => {
    const column = data.columns[c.feature];
    if (!column) throw new Error(`Unknown column "${c.feature}".`);
    return rowMatcher(c, column);
  });
  const idName = data.identifier?.name ?? 'row';
  const header = [idName, ...features];
  if (data.predicted) header.push('predicted_probability');
  yield header.map(csvCell).join(',');
  for (let i = 0; i < data.rowCount; i++) {
    if (!matchers.every((m) => m(i))) continue;
    const cells: string[] = [csvCell(data.identifier ? data.identifier.values[i] : i + 1)];
    for (const feature of features) {
      const column = data.columns[feature];
      if (isTextColumn(column)) cells.push(csvCell(column.values[i]));
      else cells.push(csvCell(column.kind === 'DATE' && !Number.isNaN(column.values[i]) ? isoDate(column.values[i]) : column.values[i]));
    }
    if (data.predicted) cells.push(Number.isNaN(data.predicted[i]) ? '' : data.predicted[i].toFixed(decimals));
    yield cells.join(',');
  }
}
