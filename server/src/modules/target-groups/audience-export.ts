/**
 * The matched customers as CSV for a campaign tool or spreadsheet: identifier, the columns the
 * conditions use, and the predicted probability. The match (which customers) is computed in a
 * worker thread and comes back as row indices; the lines are then written page by page from the
 * dataset's column store, so a million-row audience never sits in memory as text
 * (cells: common/csv.ts).
 */
import { csvCell } from '../../common/csv.js';
import { columnOf, isNumberColumn, textAt, type ColumnStore } from '../datasets/column-store/column-store.js';
import { isoDate } from '../../domain/dates.js';
import type { RawCondition } from './conditions.js';
import { matchMask } from './group-stats.js';
import type { TargetGroupData } from './types.js';

/** The matched customers: their rows in the column store and their positions among customers with a known response. */
export interface AudienceMatch {
  rows: Int32Array;
  positions: Int32Array;
}

export interface AudienceSource {
  /** The headers the app adds, in the reader's language (the file's own column names stay as they are). */
  headers?: { row: string; predicted: string };
  store: ColumnStore;
  /** The identifier column (its values start each line), or null: customers are numbered. */
  idColumn: string | null;
  /** The model's probability per position, or null when it cannot be given. */
  predicted: Float64Array | null;
  /** Decimals for the predicted probability (default 4). */
  probabilityDecimals?: number;
}

const PAGE = 5000;

/** Which customers of `data` (built over the store rows `kept`) meet every condition. */
export function audienceMatch(data: TargetGroupData, kept: Int32Array, conditions: readonly RawCondition[]): AudienceMatch {
  for (const c of conditions) if (!data.columns[c.feature]) throw new Error(`Unknown column "${c.feature}".`);
  const mask = matchMask(conditions, data);
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i];
  const rows = new Int32Array(n);
  const positions = new Int32Array(n);
  for (let i = 0, k = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    rows[k] = kept[i];
    positions[k++] = i;
  }
  return { rows, positions };
}

/** The header line, then pages of up to 5,000 lines joined by CRLF (no trailing line ending). */
export function* audienceCsvPages(source: AudienceSource, conditions: readonly RawCondition[], match: AudienceMatch): Generator<string> {
  const decimals = source.probabilityDecimals ?? 4;
  const features = [...new Set(conditions.map((c) => c.feature))];
  const columns = features.map((feature) => columnOf(source.store, feature));
  const ids = source.idColumn ? columnOf(source.store, source.idColumn) : null;
  const header = [source.idColumn ?? source.headers?.row ?? 'row', ...features];
  if (source.predicted) header.push(source.headers?.predicted ?? 'predicted_probability');
  yield header.map(csvCell).join(',');
  for (let start = 0; start < match.rows.length; start += PAGE) {
    const lines: string[] = [];
    for (let k = start; k < Math.min(match.rows.length, start + PAGE); k++) {
      const row = match.rows[k];
      const position = match.positions[k];
      const cells: string[] = [csvCell(ids ? textAt(ids, row) : position + 1)];
      for (const column of columns) {
        if (!isNumberColumn(column)) cells.push(csvCell(textAt(column, row)));
        else {
          const value = column.values[row];
          cells.push(csvCell(column.kind === 'DATE' && !Number.isNaN(value) ? isoDate(value) : value));
        }
      }
      if (source.predicted) {
        const p = source.predicted[position];
        cells.push(Number.isNaN(p) ? '' : p.toFixed(decimals));
      }
      lines.push(cells.join(','));
    }
    yield lines.join('\r\n');
  }
}
