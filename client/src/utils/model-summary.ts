import type { Algorithm, Metrics, ModelChange, ModelDetail, RankChange, TrainingRun } from '../graphql/model-operations';
import type { Role } from '../graphql/types';
import { formatAuc, formatInteger, formatNumber, formatPercent, plural } from './format';
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
  label: string;
  hint: string;
  /** Which way is better; null when the figure is context, not quality (rows, time). */
  better: 'higher' | 'lower' | null;
  format: (value: number | null) => string;
}

const decimals3 = (value: number | null): string => formatNumber(value, 3);
const auc = (value: number | null): string => formatAuc(value);

export const METRIC_COLUMNS: readonly MetricColumn[] = [
  {
    key: 'rocAuc',
    label: 'ROC AUC',
    hint: 'How well the model ranks responders above the rest (0.5 = chance, 1 = perfect)',
    better: 'higher',
    format: auc,
  },
  { key: 'prAuc', label: 'PR AUC', hint: 'Precision averaged over every share of responders found', better: 'higher', format: auc },
  { key: 'f1', label: 'F1', hint: 'Balance of precision and recall at the chosen threshold', better: 'higher', format: decimals3 },
  {
    key: 'precision',
    label: 'Precision',
    hint: 'Of the customers flagged, the share who responded',
    better: 'higher',
    format: (v) => formatPercent(v),
  },
  {
    key: 'recall',
    label: 'Recall',
    hint: 'Of the customers who responded, the share flagged',
    better: 'higher',
    format: (v) => formatPercent(v),
  },
  {
    key: 'logLoss',
    label: 'Log loss',
    hint: 'Penalty for confident wrong predictions (lower is better)',
    better: 'lower',
    format: decimals3,
  },
  {
    key: 'brierScore',
    label: 'Brier',
    hint: 'Mean squared error of the predicted chances (lower is better)',
    better: 'lower',
    format: decimals3,
  },
  {
    key: 'fitSeconds',
    label: 'Fit time',
    hint: 'Time spent training',
    better: null,
    format: (v) => (v === null ? '—' : `${formatNumber(v, v < 10 ? 2 : 0)} s`),
  },
  {
    key: 'trainRows',
    label: 'Train rows',
    hint: 'Customers the model learned from; the rest were kept aside to test it',
    better: null,
    format: (v) => formatInteger(v),
  },
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
  const share = (count: number): number => (total > 0 ? count / total : 0);
  return [
    {
      key: 'tp',
      title: 'Flagged, responded',
      count: tp,
      share: share(tp),
      good: true,
      meaning: `${plural(tp, 'customer')} the model would contact did respond.`,
    },
    {
      key: 'fp',
      title: 'Flagged, did not respond',
      count: fp,
      share: share(fp),
      good: false,
      meaning: `${plural(fp, 'contact')} would be wasted on customers who did not respond.`,
    },
    {
      key: 'fn',
      title: 'Not flagged, responded',
      count: fn,
      share: share(fn),
      good: false,
      meaning: `${plural(fn, 'responder')} would be missed.`,
    },
    {
      key: 'tn',
      title: 'Not flagged, did not respond',
      count: tn,
      share: share(tn),
      good: true,
      meaning: `${plural(tn, 'customer')} rightly left out.`,
    },
  ];
}

/** The confusion matrix in one sentence, for the card's summary. */
export function confusionSummary(metrics: Metrics): string {
  const flagged = metrics.truePositives + metrics.falsePositives;
  const responders = metrics.truePositives + metrics.falseNegatives;
  const total = flagged + metrics.trueNegatives + metrics.falseNegatives;
  return (
    `Flagging customers above a ${formatPercent(metrics.threshold)} predicted chance picks ${formatInteger(flagged)} of ${plural(total, 'test customer')}: ` +
    `${formatPercent(metrics.precision)} of them respond, and they include ${formatPercent(metrics.recall)} of the ${formatInteger(responders)} responders.`
  );
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

const METRIC_NAMES: Record<string, string> = {
  rocAuc: 'ROC AUC',
  prAuc: 'PR AUC',
  f1: 'F1',
  precision: 'Precision',
  recall: 'Recall',
  accuracy: 'Accuracy',
  logLoss: 'Log loss',
  brierScore: 'Brier',
};
const LOWER_IS_BETTER = new Set(['logLoss', 'brierScore']);

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
      const name = METRIC_NAMES[metric.metric] ?? metric.metric;
      const rounded = Math.round(metric.delta * 1000) / 1000;
      if (rounded === 0) return { text: `${name} unchanged`, tone: 'same' as const };
      const improved = LOWER_IS_BETTER.has(metric.metric) ? rounded < 0 : rounded > 0;
      return {
        text: `${name} ${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), 3)}`,
        tone: improved ? ('better' as const) : ('worse' as const),
      };
    });
  // Three "unchanged" badges say less than one.
  return notes.length > 1 && notes.every((note) => note.tone === 'same') ? [{ text: 'Same scores', tone: 'same' }] : notes;
}

/** "Income 3 → 1", "Recency new in the top list", at most `limit` of them. */
export function movedFeatureNotes(moved: readonly RankChange[], limit = 3): string[] {
  return moved.slice(0, limit).map((feature) => {
    const name = feature.label || feature.feature;
    if (feature.rankBefore === null) return `${name}: new at #${feature.rankAfter ?? '?'}`;
    if (feature.rankAfter === null) return `${name}: dropped from #${feature.rankBefore}`;
    return `${name}: #${feature.rankBefore} → #${feature.rankAfter}`;
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
  const what = count > 0 ? plural(count, 'model') : 'models';
  switch (run.status) {
    case 'QUEUED':
      return { fraction: null, label: `Waiting to train ${what}…`, detail: '', tone: 'accent' };
    case 'RUNNING': {
      const fraction = Math.min(1, Math.max(0, run.progress));
      return {
        fraction,
        label: `Training ${what}… ${Math.floor(fraction * 100)}%`,
        detail: 'Fitting, testing on held-out customers, then explaining',
        tone: 'accent',
      };
    }
    case 'SUCCEEDED':
      return { fraction: 1, label: 'Training finished', detail: `${what} ready`, tone: 'success' };
    case 'FAILED':
      return { fraction: 1, label: 'Training failed', detail: run.error ?? '', tone: 'danger' };
  }
}

export function isRunFinished(status: TrainingRun['status']): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}
