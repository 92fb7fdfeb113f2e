import type { Column, ColumnKind } from '../graphql/types';
import { formatInteger, formatNumber, formatPercent } from './format';

/** How the schema table sums up a column's values, by kind. */
export const KIND_LABELS: Record<ColumnKind, string> = {
  NUMERIC: 'Number',
  CATEGORICAL: 'Category',
  BINARY: 'Yes / no',
  DATE: 'Date',
  IDENTIFIER: 'Identifier',
  IGNORED: 'Ignored',
};

export const KIND_HINTS: Record<ColumnKind, string> = {
  NUMERIC: 'Amounts, counts and other measurements',
  CATEGORICAL: 'A small set of named groups',
  BINARY: 'Two values, such as yes/no or 0/1',
  DATE: 'Calendar dates',
  IDENTIFIER: 'Customer IDs: used to match rows, never to predict',
  IGNORED: 'Left out of models and summaries',
};

/**
 * Units worth printing after a range. The server names kinds of quantity, not symbols:
 * "currency" has no symbol to show and "count" is plain from the numbers.
 */
const SHOWN_UNITS = new Set(['days', 'seconds', 'years']);

/** "0 – 99 days" for numbers with a range; else the top levels with their counts. */
export function valueSummary(column: Pick<Column, 'kind' | 'min' | 'max' | 'unit' | 'topLevels' | 'distinct'>, maxLevels = 3): string {
  // An identifier's most frequent values say nothing; how many there are does.
  if (column.kind === 'IDENTIFIER') return `${formatInteger(column.distinct)} different values`;
  if (column.kind === 'NUMERIC' && column.min !== null && column.max !== null) {
    // Years read wrong with a thousands separator ("1,957"); "years" as a unit adds nothing to them.
    if (column.unit && /^years?$/i.test(column.unit) && column.min >= 1000) return `${String(column.min)} – ${String(column.max)}`;
    const unit = column.unit && SHOWN_UNITS.has(column.unit) ? ` ${column.unit}` : '';
    return `${formatNumber(column.min)} – ${formatNumber(column.max)}${unit}`;
  }
  if (column.topLevels.length > 0) {
    const shown = column.topLevels.slice(0, maxLevels).map((level) => `${level.value || '(empty)'} (${formatInteger(level.count)})`);
    const more = column.topLevels.length > maxLevels ? ` +${column.topLevels.length - maxLevels} more` : '';
    return shown.join(', ') + more;
  }
  return '—';
}

/** "12 (0.5%)" — missing values with their share of the rows. */
export function missingSummary(missing: number, rowCount: number): string {
  if (missing === 0) return '0';
  return rowCount > 0 ? `${formatInteger(missing)} (${formatPercent(missing / rowCount)})` : formatInteger(missing);
}

export interface ColumnBadge {
  key: 'target' | 'past' | 'after' | 'id';
  text: string;
  tone: 'accent' | 'info' | 'warn' | 'neutral';
  title: string;
}

export function columnBadges(
  column: Pick<Column, 'name' | 'isTarget' | 'isPastCampaign' | 'knownAfterContact'>,
  idColumn: string | null,
): ColumnBadge[] {
  const badges: ColumnBadge[] = [];
  if (column.isTarget) badges.push({ key: 'target', text: 'Target', tone: 'accent', title: 'The outcome the models learn to predict' });
  if (column.isPastCampaign)
    badges.push({ key: 'past', text: 'Past campaign', tone: 'info', title: 'A previous campaign’s outcome, shown on the Overview chart' });
  if (column.knownAfterContact)
    badges.push({
      key: 'after',
      text: 'After contact',
      tone: 'warn',
      title: 'Known only after contacting the customer: left out of models',
    });
  if (idColumn !== null && column.name === idColumn)
    badges.push({ key: 'id', text: 'Customer ID', tone: 'neutral', title: 'Matches rows when appending files' });
  return badges;
}

/** Only the fields that changed, so an update never overwrites what the user left alone. */
export function columnChanges<T extends Record<string, unknown>>(original: T, edited: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as Array<keyof T>) {
    if (edited[key] !== original[key]) changes[key] = edited[key];
  }
  return changes;
}
