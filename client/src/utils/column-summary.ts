import { COLUMN_KINDS, type Column, type ColumnKind } from '../graphql/types';
import { countText, t, translatedLabels } from '../i18n';
import { formatInteger, formatNumber, formatPercent } from './format';

/** How the schema table sums up a column's values, by kind. */
export const KIND_LABELS: Record<ColumnKind, string> = translatedLabels('columns.kind', COLUMN_KINDS);

export const KIND_HINTS: Record<ColumnKind, string> = translatedLabels('columns.kindHint', COLUMN_KINDS);

/**
 * Units worth printing after a range. The server names kinds of quantity, not symbols:
 * "currency" has no symbol to show and "count" is plain from the numbers.
 */
const SHOWN_UNITS = new Set(['days', 'seconds', 'years']);

/** "0 – 99 days" for numbers with a range; else the top levels with their counts. */
export function valueSummary(column: Pick<Column, 'kind' | 'min' | 'max' | 'unit' | 'topLevels' | 'distinct'>, maxLevels = 3): string {
  // An identifier's most frequent values say nothing; how many there are does.
  if (column.kind === 'IDENTIFIER') return countText('columns.distinctValues', column.distinct);
  if (column.kind === 'NUMERIC' && column.min !== null && column.max !== null) {
    // Years read wrong with a thousands separator ("1,957"); "years" as a unit adds nothing to them.
    if (column.unit && /^years?$/i.test(column.unit) && column.min >= 1000) return `${String(column.min)} – ${String(column.max)}`;
    const unit = column.unit && SHOWN_UNITS.has(column.unit) ? ` ${t(`columns.unit.${column.unit}`)}` : '';
    return `${formatNumber(column.min)} – ${formatNumber(column.max)}${unit}`;
  }
  if (column.topLevels.length > 0) {
    const shown = column.topLevels
      .slice(0, maxLevels)
      .map((level) => `${level.value || t('common.empty')} (${formatInteger(level.count)})`);
    const more = column.topLevels.length > maxLevels ? ` ${countText('columns.more', column.topLevels.length - maxLevels)}` : '';
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
  const badge = (key: ColumnBadge['key'], tone: ColumnBadge['tone']): ColumnBadge => ({
    key,
    tone,
    text: t(`columns.badge.${key}`),
    title: t(`columns.badge.${key}Title`),
  });
  if (column.isTarget) badges.push(badge('target', 'accent'));
  if (column.isPastCampaign) badges.push(badge('past', 'info'));
  if (column.knownAfterContact) badges.push(badge('after', 'warn'));
  if (idColumn !== null && column.name === idColumn) badges.push(badge('id', 'neutral'));
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
