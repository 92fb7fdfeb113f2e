import type { Algorithm, Metrics, ModelChange, ModelDetail, RankChange, TrainingRun } from '../graphql/model-operations';
import type { Role } from '../graphql/types';
import { countText, t } from '../i18n';
import { formatAuc, formatInteger, formatNumber, formatPercent } from './format';
import { algorithmLabel } from './model-charts';

/**
 * The words and figures around the Models page's charts: the comparison table's columns,
 * the confusion matrix told in plain language, each algorithm's version history and the
 * training progress bar.
 */

/** Who may train (the server checks too; this only shapes the page). */
export function canTrainModels(role: Role | undefined): boolean {
  return role === 'ANALYST' || role === 'IMPORTER' || role === 'ADMIN';
}

/** Who may choose the model the other pages use. */
export function canActivateModels(role: Role | undefined): boolean {
  return role === 'ANALYST' || role === 'ADMIN';
}

export interface MetricColumn {
  key: 'rocAuc' | 'prAuc' | 'f1' | 'precision' | 'recall' | 'logLoss' | 'brierScore' | 'fitSeconds' | 'trainRows';
  /** The column's name in the active language (read from the catalogue on every access). */
  readonly label: string;
  readonly hint: string;
  /** Which way is better; null when the figure is context, not quality (rows, time). */
  better: 'higher' | 'lower' | null;
  format: (value: number | null) => string;
}

const decimals3 = (value: number | null): string => formatNumber(value, 3);
const auc = (value: number | null): string => formatAuc(value);

/** A metric's name in the active language: "Precision", "Precisión". */
export function metricName(key: string): string {
  const path = `models.metric.${key}`;
  const name = t(path);
  return name === path ? key : name;
}

function metricColumn(key: MetricColumn['key'], better: MetricColumn['better'], format: MetricColumn['format']): MetricColumn {
  return {
    key,
    better,
    format,
    get label() {
      return metricName(key);
    },
    get hint() {
      return t(`models.metricHint.${key}`);
    },
  };
}

export const METRIC_COLUMNS: readonly MetricColumn[] = [
  metricColumn('rocAuc', 'higher', auc),
  metricColumn('prAuc', 'higher', auc),
  metricColumn('f1', 'higher', decimals3),
  metricColumn('precision', 'higher', (v) => formatPercent(v)),
  metricColumn('recall', 'higher', (v) => formatPercent(v)),
  metricColumn('logLoss', 'lower', decimals3),
  metricColumn('brierScore', 'lower', decimals3),
  metricColumn('fitSeconds', null, (v) => (v === null ? '—' : t('format.duration.s', { s: formatNumber(v, v < 10 ? 2 : 0) }))),
  metricColumn('trainRows', null, (v) => formatInteger(v)),
];

type TableModel = Pick<ModelDetail, 'id' | 'metrics' | 'fitSeconds' | 'trainRows'>;

export function metricValue(model: TableModel, key: MetricColumn['key']): number | null {
  if (key === 'fitSeconds') return model.fitSeconds;
  if (key === 'trainRows') return model.trainRows;
  return model.metrics[key];
}

/** The id of the best model on a metric, or null when it has no direction or a single model. */
export function bestModelId(models: readonly TableModel[], column: MetricColumn): string | null {
  if (!column.better || models.length < 2) return null;
  let best: TableModel | null = null;
  let bestValue = 0;
  for (const model of models) {
    const value = metricValue(model, column.key);
    if (value === null || !Number.isFinite(value)) continue;
    if (!best || (column.better === 'higher' ? value > bestValue : value < bestValue)) {
      best = model;
      bestValue = value;
    }
  }
  return best?.id ?? null;
}

export interface ConfusionCell {
  key: 'tp' | 'fp' | 'fn' | 'tn';
  title: string;
  count: number;
  share: number;
  meaning: string;
  good: boolean;
}

/** The four outcomes on the test rows at the model's threshold, each told in a sentence. */
export function confusionCells(metrics: Metrics): ConfusionCell[] {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn } = metrics;
  const total = tp + fp + fn + tn;
  const cell = (key: ConfusionCell['key'], count: number, good: boolean): ConfusionCell => ({
    key,
    title: t(`models.confusion.title.${key}`),
    count,
    share: total > 0 ? count / total : 0,
    good,
    meaning: countText(`models.confusion.meaning.${key}`, count),
  });
  return [cell('tp', tp, true), cell('fp', fp, false), cell('fn', fn, false), cell('tn', tn, true)];
}

/** The confusion matrix in one sentence, for the card's summary. */
export function confusionSummary(metrics: Metrics): string {
  const flagged = metrics.truePositives + metrics.falsePositives;
  const responders = metrics.truePositives + metrics.falseNegatives;
  const total = flagged + metrics.trueNegatives + metrics.falseNegatives;
  return t('models.confusion.summary', {
    threshold: formatPercent(metrics.threshold),
    flagged: formatInteger(flagged),
    total: countText('models.confusion.ofTestCustomers', total),
    precision: formatPercent(metrics.precision),
    recall: formatPercent(metrics.recall),
    responders: countText('models.confusion.ofResponders', responders),
  });
}

export interface HistoryGroup<T> {
  algorithm: Algorithm;
  label: string;
  versions: T[];
}

/** Every version grouped by algorithm, newest version first; groups in label order. */
export function modelHistory<T extends Pick<ModelDetail, 'algorithm' | 'version'>>(models: readonly T[]): HistoryGroup<T>[] {
  const groups = new Map<Algorithm, T[]>();
  for (const model of models) groups.set(model.algorithm, [...(groups.get(model.algorithm) ?? []), model]);
  return [...groups.entries()]
    .map(([algorithm, versions]) => ({
      algorithm,
      label: algorithmLabel(algorithm),
      versions: [...versions].sort((a, b) => b.version - a.version),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

const LOWER_IS_BETTER = new Set(['logLoss', 'brierScore']);

export interface ModelStatus {
  label: string;
  hint: string;
  tone: 'accent' | 'info' | 'neutral';
}

/**
 * A version's one state in words: featured (the model the other pages use; it is also its
 * algorithm's active version), active (its algorithm's version in comparisons and pickers)
 * or not in use (an earlier version, kept to go back to).
 */
export function modelStatus(model: Pick<ModelDetail, 'isActive' | 'isFeatured'>): ModelStatus {
  const state = model.isFeatured ? 'featured' : model.isActive ? 'active' : 'inactive';
  const tone = model.isFeatured ? 'accent' : model.isActive ? 'info' : 'neutral';
  return { label: t(`models.status.${state}`), hint: t(`models.status.${state}Hint`), tone };
}

export interface ChangeNote {
  text: string;
  tone: 'better' | 'worse' | 'same';
}

/** "ROC AUC +0.012" notes against the previous version; the main quality figures only. */
export function metricChangeNotes(change: ModelChange | null, shown: readonly string[] = ['rocAuc', 'prAuc', 'f1']): ChangeNote[] {
  if (!change) return [];
  const notes: ChangeNote[] = change.metrics
    .filter((metric) => shown.includes(metric.metric))
    .sort((a, b) => shown.indexOf(a.metric) - shown.indexOf(b.metric))
    .map((metric) => {
      const name = metricName(metric.metric);
      const rounded = Math.round(metric.delta * 1000) / 1000;
      if (rounded === 0) return { text: t('models.history.unchanged', { name }), tone: 'same' as const };
      const improved = LOWER_IS_BETTER.has(metric.metric) ? rounded < 0 : rounded > 0;
      return {
        text: `${name} ${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), 3)}`,
        tone: improved ? ('better' as const) : ('worse' as const),
      };
    });
  // Three "unchanged" badges say less than one.
  return notes.length > 1 && notes.every((note) => note.tone === 'same') ? [{ text: t('models.history.sameScores'), tone: 'same' }] : notes;
}

/** "Income 3 → 1", "Recency new in the top list", at most `limit` of them. */
export function movedFeatureNotes(moved: readonly RankChange[], limit = 3): string[] {
  return moved.slice(0, limit).map((feature) => {
    const name = feature.label || feature.feature;
    if (feature.rankBefore === null) return t('models.history.movedNew', { name, rank: feature.rankAfter ?? '?' });
    if (feature.rankAfter === null) return t('models.history.movedDropped', { name, rank: feature.rankBefore });
    return t('models.history.movedRank', { name, before: feature.rankBefore, after: feature.rankAfter });
  });
}

export interface TrainingView {
  fraction: number | null;
  label: string;
  detail: string;
  tone: 'accent' | 'success' | 'danger';
}

/** The progress bar for a run: queued shows activity without a figure, running its share. */
export function trainingView(run: Pick<TrainingRun, 'status' | 'progress' | 'algorithms' | 'error'>): TrainingView {
  const count = run.algorithms.length;
  // Each sentence counts the models in its own words (Russian "обучения 2 моделей", "2 модели готовы").
  const counted = (key: string, named: Record<string, unknown> = {}) =>
    count > 0 ? countText(`models.train.${key}`, count, named) : t(`models.train.${key}All`, named);
  switch (run.status) {
    case 'QUEUED':
      return { fraction: null, label: counted('waiting'), detail: '', tone: 'accent' };
    case 'RUNNING': {
      const fraction = Math.min(1, Math.max(0, run.progress));
      return {
        fraction,
        label: counted('running', { percent: formatPercent(Math.floor(fraction * 100) / 100, 0) }),
        detail: t('models.train.runningDetail'),
        tone: 'accent',
      };
    }
    case 'SUCCEEDED':
      return { fraction: 1, label: t('models.train.finished'), detail: counted('ready'), tone: 'success' };
    case 'FAILED':
      return { fraction: 1, label: t('models.train.failed'), detail: run.error ?? '', tone: 'danger' };
  }
}

export function isRunFinished(status: TrainingRun['status']): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}
