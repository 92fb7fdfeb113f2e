import type { DatasetDetail, ImportJob } from '../graphql/types';
import { formatDateTime, formatInteger, formatPercent, formatRelative } from './format';
import { countText, t } from '../i18n';
import { STATUS_LABELS } from './upload-progress';

/** The newest import by creation time (the server's order is not relied upon). */
export function latestImport<T extends Pick<ImportJob, 'createdAt'>>(imports: readonly T[]): T | null {
  let latest: T | null = null;
  for (const job of imports) {
    if (!latest || new Date(job.createdAt).getTime() > new Date(latest.createdAt).getTime()) latest = job;
  }
  return latest;
}

/** Imports newest first, for the history table. */
export function importsNewestFirst<T extends Pick<ImportJob, 'createdAt'>>(imports: readonly T[]): T[] {
  return [...imports].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
}

export interface Fact {
  key: string;
  label: string;
  value: string;
  hint?: string;
  /** A value in words rather than a figure: shown smaller so it fits its card. */
  textual?: boolean;
}

type FactsInput = Pick<DatasetDetail, 'rowCount' | 'columns' | 'targetColumn' | 'positiveLabel' | 'positiveRate'> & {
  imports: ReadonlyArray<Pick<ImportJob, 'createdAt' | 'status'>>;
};

/** The headline facts of a dataset, worded for the Overview cards. */
export function datasetFacts(dataset: FactsInput, now: Date = new Date()): Fact[] {
  const target = dataset.columns.find((column) => column.name === dataset.targetColumn);
  const used = dataset.columns.filter((column) => column.kind !== 'IGNORED' && column.kind !== 'IDENTIFIER' && !column.isTarget).length;
  const last = latestImport(dataset.imports);
  const responders = dataset.positiveRate !== null ? Math.round(dataset.positiveRate * dataset.rowCount) : null;
  return [
    { key: 'rows', label: t('facts.customers'), value: formatInteger(dataset.rowCount), hint: t('facts.customersHint') },
    {
      key: 'columns',
      label: t('facts.columns'),
      value: formatInteger(dataset.columns.length),
      hint: t('facts.columnsHint', { count: formatInteger(used) }),
    },
    {
      key: 'target',
      label: t('facts.target'),
      value: target?.label ?? dataset.targetColumn ?? t('facts.notSet'),
      textual: true,
      hint: dataset.targetColumn
        ? dataset.positiveLabel
          ? t('facts.targetHint', { label: dataset.positiveLabel })
          : dataset.targetColumn
        : t('facts.chooseTarget'),
    },
    {
      key: 'positive-rate',
      label: t('facts.responseRate'),
      value: formatPercent(dataset.positiveRate),
      hint: responders !== null ? countText('facts.respondedHint', responders) : t('facts.needsTarget'),
    },
    {
      key: 'last-import',
      label: t('facts.lastImport'),
      value: last ? formatRelative(last.createdAt, now) : t('facts.none'),
      hint: last ? `${STATUS_LABELS[last.status]} · ${formatDateTime(last.createdAt)}` : undefined,
    },
  ];
}
