import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { Algorithm, ModelDetail } from '../graphql/model-operations';
import { chartFrame } from './chart-data';
import { t, translatedLabels } from '../i18n';
import { formatAuc, formatNumber, formatPercent } from './format';

/**
 * Model results -> chart.js scatter charts with lines (ROC, precision/recall, cumulative
 * lift, calibration). Every model keeps one colour on every chart, so a reader who found
 * "the green one" on the ROC chart finds it again on the lift chart.
 */
export const ALGORITHM_LABELS: Record<Algorithm, string> = translatedLabels('models.algorithm', [
  'LOGISTIC_REGRESSION',
  'RANDOM_FOREST',
  'GRADIENT_BOOSTING',
  'DECISION_TREE',
] as const);

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
  const name = algorithmLabel(model.algorithm);
  return model.isFeatured ? t('models.legendFeatured', { name }) : name;
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

/**
 * Every model's curve (with dots when `pointRadius` is given: few points, each a decile or a
 * bin) and the dashed reference line between two points.
 */
function curvesWithReference(
  models: readonly ModelDetail[],
  points: (model: ModelDetail) => XY[],
  reference: { label: string; from: XY; to: XY },
  pointRadius?: number,
): LineData {
  return {
    datasets: [
      ...models.map((model) => ({ ...modelLine(model, points(model)), ...(pointRadius === undefined ? {} : { pointRadius }) })),
      referenceLine(reference.label, [reference.from, reference.to]),
    ],
  };
}

export function rocChartData(models: readonly ModelDetail[]): LineData {
  return curvesWithReference(models, (model) => model.rocCurve.map(({ x, y }) => ({ x, y })), {
    label: t('models.reference.random'),
    from: { x: 0, y: 0 },
    to: { x: 1, y: 1 },
  });
}

/** Precision against recall; the reference is what contacting people at random would give. */
export function prChartData(models: readonly ModelDetail[]): LineData {
  const first = models[0];
  const rate = first ? testPositiveRate(first) : 0;
  return curvesWithReference(models, (model) => model.prCurve.map(({ x, y }) => ({ x, y })), {
    label: t('models.reference.random'),
    from: { x: 0, y: rate },
    to: { x: 1, y: rate },
  });
}

/** Cumulative lift by decile: x is the share of customers contacted (best predicted first). */
export function liftChartData(models: readonly ModelDetail[]): LineData {
  const deciles = models.flatMap((model) => model.lift.map((point) => point.share));
  const xMax = deciles.length ? Math.max(...deciles) : 1;
  const xMin = deciles.length ? Math.min(...deciles) : 0;
  return curvesWithReference(
    models,
    (model) => model.lift.map((point) => ({ x: point.share, y: point.cumulativeLift })),
    { label: t('models.reference.contactRandom'), from: { x: xMin, y: 1 }, to: { x: xMax, y: 1 } },
    3,
  );
}

/** Predicted against observed response rate per bin; empty bins are skipped by the server. */
export function calibrationChartData(models: readonly ModelDetail[]): LineData {
  return curvesWithReference(
    models,
    (model) => model.calibration.map((bin) => ({ x: bin.meanPredicted, y: bin.observedRate })),
    { label: t('models.reference.calibrated'), from: { x: 0, y: 0 }, to: { x: 1, y: 1 } },
    3,
  );
}

export interface AxisText {
  x: string;
  y: string;
}

export type CurveKind = 'roc' | 'pr' | 'lift' | 'calibration';

/** A chart's axis titles in the active language; `short` gives the names a tooltip line uses. */
export function curveAxes(kind: CurveKind, short = false): AxisText {
  const suffix = short ? 'Short' : '';
  return { x: t(`models.axis.${kind}.x${suffix}`), y: t(`models.axis.${kind}.y${suffix}`) };
}

/** The tooltip line for a point: percentages for rates, "2.4×" for lift. */
export function curveTooltip(kind: CurveKind, label: string, point: XY): string {
  if (kind === 'lift') return t('models.tooltip.lift', { label, lift: formatNumber(point.y, 2), share: formatPercent(point.x, 0) });
  const axes = curveAxes(kind, true);
  return t('models.tooltip.rates', { label, y: axes.y, yValue: formatPercent(point.y), x: axes.x, xValue: formatPercent(point.x) });
}

/**
 * An axis title on two lines when it names the technical term in brackets: "Responders found" /
 * "(true positive rate)". Polish and Russian titles run half as long again as English ones and
 * would be cut at the chart's edge on one line.
 */
export function axisTitleLines(text: string): string | string[] {
  const open = text.indexOf(' (');
  return open > 0 ? [text.slice(0, open), text.slice(open + 1)] : text;
}

export function curveChartOptions(kind: CurveKind): ChartOptions<'scatter'> {
  const axes = curveAxes(kind);
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
        title: { display: true, text: axisTitleLines(axes.x), color: TEXT },
      },
      y: {
        type: 'linear',
        min: unitRange ? 0 : undefined,
        max: unitRange ? 1 : undefined,
        beginAtZero: true,
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (value) => (unitRange ? formatPercent(Number(value), 0) : `${formatNumber(Number(value), 1)}×`) },
        title: { display: true, text: axisTitleLines(axes.y), color: TEXT },
      },
    },
  };
}
