/**
 * The matched customers as CSV lines for a campaign tool or spreadsheet: identifier, the
 * columns the conditions use, and the predicted probability. Lines are yielded one at a time
 * so a million-row audience never sits in memory as one string (cells: common/csv.ts).
 */
import { csvCell } from '../../common/csv.js';
import { isoDate } from '../../domain/dates.js';
import type { RawCondition } from './conditions.js';
import { rowMatcher } from './conditions.js';
import { isTextColumn, type TargetGroupData } from './types.js';

export interface AudienceOptions {
  /** Decimals for the predicted probability (default 4). */
  probabilityDecimals?: number;
}

/** Header line, then one line per matched customer (no line endings). */
export function* audienceCsvLines(
  data: TargetGroupData,
  conditions: readonly RawCondition[],
  options: AudienceOptions = {},
): Generator<string> {
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
