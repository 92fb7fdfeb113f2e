import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { Algorithm, ModelDetail } from '../graphql/model-operations';
import { chartFrame } from './chart-data';
import { formatAuc, formatNumber, formatPercent } from './format';

/**
 * Model results -> chart.js scatter charts with lines (ROC, precision/recall, cumulative
 * lift, calibration). Every model keeps one colour on every chart, so a reader who found
 * "the green one" on the ROC chart finds it again on the lift chart.
 */
export const ALGORITHM_LABELS: Record<Algorithm, string> = {
  LOGISTIC_REGRESSION: 'Logistic regression',
  RANDOM_FOREST: 'Random forest',
  GRADIENT_BOOSTING: 'Gradient boosting',
  DECISION_TREE: 'Decision tree',
};

export const ALGORITHM_COLORS: Record<Algorithm, string> = {
  LOGISTIC_REGRESSION: '#2f5bd3',
  RANDOM_FOREST: '#1f8a5b',
  GRADIENT_BOOSTING: '#b45309',
  DECISION_TREE: '#8e44ad',
};

export const REFERENCE_COLOR = '#98a7c2';
const GRID = '#e6e9f0';
const TEXT = '#4a5468';

export type XY = { x: number; y: number };
export type LineData = ChartData<'scatter', XY[]>;
type LineDataset = LineData['datasets'][number];

export function algorithmLabel(algorithm: Algorithm): string {
  return ALGORITHM_LABELS[algorithm] ?? algorithm;
}

/** "Logistic regression (featured)" — the legend says which model the other pages use. */
export function modelLegendLabel(model: Pick<ModelDetail, 'algorithm' | 'isFeatured'>): string {
  return `${algorithmLabel(model.algorithm)}${model.isFeatured ? ' (featured)' : ''}`;
}

/** "Random forest (featured) · ROC AUC 0.912" — one model in a page's model picker. */
export function modelOptionLabel(model: Pick<ModelDetail, 'algorithm' | 'isFeatured'> & { metrics: { rocAuc: number } }): string {
  return `${modelLegendLabel(model)} · ROC AUC ${formatAuc(model.metrics.rocAuc)}`;
}

/** The model a page shows: the chosen one while it is still there, else the featured one, else the first. */
export function shownModel<T extends { id: string; isFeatured: boolean }>(models: readonly T[], chosenId: string | null): T | null {
  return models.find((model) => model.id === chosenId) ?? models.find((model) => model.isFeatured) ?? models[0] ?? null;
}

/** The active model of each algorithm, the best ROC AUC first (ties: by name, for a stable order). */
export function activeModels<T extends Pick<ModelDetail, 'isActive' | 'algorithm'> & { metrics: { rocAuc: number } }>(
  models: readonly T[],
): T[] {
  return models
    .filter((model) => model.isActive)
    .sort((a, b) => b.metrics.rocAuc - a.metrics.rocAuc || algorithmLabel(a.algorithm).localeCompare(algorithmLabel(b.algorithm)));
}

function modelLine(model: ModelDetail, points: XY[]): LineDataset {
  const color = ALGORITHM_COLORS[model.algorithm] ?? TEXT;
  return {
    label: modelLegendLabel(model),
    data: points,
    showLine: true,
    borderColor: color,
    backgroundColor: color,
    // The featured model is drawn thicker: it is the one the campaign will use.
    borderWidth: model.isFeatured ? 3 : 2,
    pointRadius: 0,
    pointHoverRadius: 4,
    tension: 0,
  };
}

function referenceLine(label: string, points: XY[]): LineDataset {
  return {
    label,
    data: points,
    showLine: true,
    borderColor: REFERENCE_COLOR,
    backgroundColor: REFERENCE_COLOR,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
    pointHoverRadius: 0,
  };
}

/** Share of responders among the test rows, from the confusion matrix. */
export function testPositiveRate(model: Pick<ModelDetail, 'metrics'>): number {
  const { truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn } = model.metrics;
  const total = tp + fp + tn + fn;
  return total > 0 ? (tp + fn) / total : 0;
}

export function rocChartData(models: readonly ModelDetail[]): LineData {
  return {
    datasets: [
      ...models.map((model) =>
        modelLine(
          model,
          model.rocCurve.map(({ x, y }) => ({ x, y })),
        ),
      ),
      referenceLine('Random guess', [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ]),
    ],
  };
}

/** Precision against recall; the reference is what contacting people at random would give. */
export function prChartData(models: readonly ModelDetail[]): LineData {
  const first = models[0];
  const rate = first ? testPositiveRate(first) : 0;
  return {
    datasets: [
      ...models.map((model) =>
        modelLine(
          model,
          model.prCurve.map(({ x, y }) => ({ x, y })),
        ),
      ),
      referenceLine('Random guess', [
        { x: 0, y: rate },
        { x: 1, y: rate },
      ]),
    ],
  };
}

/** Cumulative lift by decile: x is the share of customers contacted (best predicted first). */
export function liftChartData(models: readonly ModelDetail[]): LineData {
  const deciles = models.flatMap((model) => model.lift.map((point) => point.share));
  const xMax = deciles.length ? Math.max(...deciles) : 1;
  const xMin = deciles.length ? Math.min(...deciles) : 0;
  return {
    datasets: [
      ...models.map((model) => ({
        ...modelLine(
          model,
          model.lift.map((point) => ({ x: point.share, y: point.cumulativeLift })),
        ),
        pointRadius: 3,
      })),
      referenceLine('Contacting at random', [
        { x: xMin, y: 1 },
        { x: xMax, y: 1 },
      ]),
    ],
  };
}

/** Predicted against observed response rate per bin; empty bins are skipped by the server. */
export function calibrationChartData(models: readonly ModelDetail[]): LineData {
  return {
    datasets: [
      ...models.map((model) => ({
        ...modelLine(
          model,
          model.calibration.map((bin) => ({ x: bin.meanPredicted, y: bin.observedRate })),
        ),
        pointRadius: 3,
      })),
      referenceLine('Perfectly calibrated', [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ]),
    ],
  };
}

export interface AxisText {
  x: string;
  y: string;
}

export type CurveKind = 'roc' | 'pr' | 'lift' | 'calibration';

export const CURVE_AXES: Record<CurveKind, AxisText> = {
  roc: { x: 'Non-responders wrongly flagged (false positive rate)', y: 'Responders found (true positive rate)' },
  pr: { x: 'Responders found (recall)', y: 'Flagged who respond (precision)' },
  lift: { x: 'Customers contacted, best predicted first', y: 'Cumulative lift (× random)' },
  calibration: { x: 'Predicted chance of responding', y: 'Share who actually responded' },
};

/** The tooltip line for a point: percentages for rates, "2.4×" for lift. */
export function curveTooltip(kind: CurveKind, label: string, point: XY): string {
  if (kind === 'lift') return `${label}: ${formatNumber(point.y, 2)}× at ${formatPercent(point.x, 0)} contacted`;
  const axes = CURVE_AXES[kind];
  return `${label}: ${shortAxis(axes.y)} ${formatPercent(point.y)}, ${shortAxis(axes.x)} ${formatPercent(point.x)}`;
}

function shortAxis(text: string): string {
  return text.replace(/\s*\(.*\)$/, '').toLowerCase();
}

export function curveChartOptions(kind: CurveKind): ChartOptions<'scatter'> {
  const axes = CURVE_AXES[kind];
  const unitRange = kind !== 'lift';
  return {
    ...chartFrame(),
    interaction: { mode: 'nearest', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, boxHeight: 7, color: TEXT } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'scatter'>) => curveTooltip(kind, item.dataset.label ?? '', item.parsed as XY),
        },
      },
    },
    scales: {
      x: {
        type: 'linear',
        min: unitRange ? 0 : undefined,
        max: unitRange ? 1 : undefined,
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (value) => formatPercent(Number(value), 0) },
        title: { display: true, text: axes.x, color: TEXT },
      },
      y: {
        type: 'linear',
        min: unitRange ? 0 : undefined,
        max: unitRange ? 1 : undefined,
        beginAtZero: true,
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (value) => (unitRange ? formatPercent(Number(value), 0) : `${formatNumber(Number(value), 1)}×`) },
        title: { display: true, text: axes.y, color: TEXT },
      },
    },
  };
}
