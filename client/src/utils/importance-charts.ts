import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { FeatureAgreement, FeatureImportance } from '../graphql/explanation-operations';
import { chartFrame } from './chart-data';
import { t } from '../i18n';
import { formatNumber } from './format';
import { algorithmLabel } from './model-charts';

/**
 * Feature importance -> a chart.js horizontal bar chart with ± one standard deviation
 * whiskers (drawn by the errorBars plugin), optionally beside a second model's bars; and
 * whether the models of a run agree on each feature, as a badge.
 */
const ACCENT = '#2f5bd3';
const NEUTRAL = '#b7c3d9';
const SECOND = '#e08a3c';
const GRID = '#e6e9f0';
const TEXT = '#4a5468';

export function rankImportance(items: readonly FeatureImportance[]): FeatureImportance[] {
  return [...items].sort((a, b) => b.importance - a.importance || a.label.localeCompare(b.label));
}

/** The N most important features: the ones the Target group page builds conditions on. */
export function topFeatures(items: readonly FeatureImportance[], topN: number): FeatureImportance[] {
  return rankImportance(items).slice(0, Math.max(0, Math.floor(topN)));
}

export interface ImportanceSeries {
  name: string;
  items: readonly FeatureImportance[];
}

export interface ImportanceChart {
  data: ChartData<'bar', Array<number | null>, string>;
  /** ± one standard deviation per bar, dataset by dataset, for the error-bars plugin. */
  spreads: Array<Array<number | null>>;
  features: string[];
}

/**
 * Bars in the first model's order (at most `limit`), its top N in the accent colour; a
 * second model's bars sit beside them for the same features.
 */
export function importanceChart(primary: ImportanceSeries, secondary: ImportanceSeries | null, topN: number, limit = 12): ImportanceChart {
  const ranked = rankImportance(primary.items).slice(0, limit);
  const features = ranked.map((item) => item.feature);
  const byFeature = new Map((secondary?.items ?? []).map((item) => [item.feature, item]));
  const datasets: ImportanceChart['data']['datasets'] = [
    {
      label: primary.name,
      data: ranked.map((item) => item.importance),
      backgroundColor: ranked.map((_, index) => (index < topN ? ACCENT : NEUTRAL)),
      borderRadius: 4,
      maxBarThickness: 22,
    },
  ];
  const spreads: ImportanceChart['spreads'] = [ranked.map((item) => item.stdDev)];
  if (secondary) {
    datasets.push({
      label: secondary.name,
      data: features.map((feature) => byFeature.get(feature)?.importance ?? null),
      backgroundColor: SECOND,
      borderRadius: 4,
      maxBarThickness: 22,
    });
    spreads.push(features.map((feature) => byFeature.get(feature)?.stdDev ?? null));
  }
  return { data: { labels: ranked.map((item) => item.label || item.feature), datasets }, spreads, features };
}

/** The value axis's extent, so whiskers never run off the chart (negative importances included). */
export function importanceRange(chart: Pick<ImportanceChart, 'data' | 'spreads'>): { min: number; max: number } {
  let min = 0;
  let max = 0;
  chart.data.datasets.forEach((dataset, datasetIndex) => {
    dataset.data.forEach((value, index) => {
      if (value === null) return;
      const spread = Math.abs(chart.spreads[datasetIndex]?.[index] ?? 0);
      min = Math.min(min, value - spread);
      max = Math.max(max, value + spread);
    });
  });
  return { min, max };
}

export function importanceChartOptions(chart: ImportanceChart): ChartOptions<'bar'> {
  const range = importanceRange(chart);
  return {
    indexAxis: 'y',
    ...chartFrame(),
    plugins: {
      legend: { display: chart.data.datasets.length > 1, position: 'bottom', labels: { color: TEXT } },
      errorBars: { spreads: chart.spreads, color: '#1c2434' },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar'>) => {
            const spread = chart.spreads[item.datasetIndex]?.[item.dataIndex];
            const value = formatNumber(item.parsed.x, 3);
            return `${item.dataset.label}: ${value}${spread ? ` ± ${formatNumber(spread, 3)}` : ''}`;
          },
        },
      },
    },
    scales: {
      x: {
        // A whisker a hair below zero is not worth a whole negative tick of empty chart.
        suggestedMin: range.min < -0.05 * range.max ? range.min : 0,
        suggestedMax: range.max,
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (value) => formatNumber(Number(value), 3) },
        title: { display: true, text: t('drivers.importance.axis'), color: TEXT },
      },
      y: { grid: { display: false }, ticks: { color: TEXT } },
    },
  };
}

/* ---- Agreement between models ---- */

export interface AgreementBadge {
  text: string;
  tone: 'success' | 'info' | 'warn';
  title: string;
}

const DIRECTIONS = new Set(['increasing', 'decreasing', 'flat', 'mixed']);

/** A curve's direction as the server names it ("increasing"; for levels "above: A, B") in the reader's language. */
export function directionText(direction: string): string {
  if (DIRECTIONS.has(direction)) return t(`drivers.direction.${direction}`);
  const above = /^above:\s*(.*)$/.exec(direction);
  return above ? t('drivers.direction.above', { levels: above[1] ?? '' }) : direction;
}

export function agreementBadge(agreement: FeatureAgreement | undefined): AgreementBadge | null {
  if (!agreement) return null;
  const detail = agreement.models
    .map((model) => `${algorithmLabel(model.algorithm)}: #${formatNumber(model.rank, 1)}, ${directionText(model.direction)}`)
    .join('\n');
  if (!agreement.directionAgreement) return { text: t('drivers.agreement.direction'), tone: 'warn', title: detail };
  if (!agreement.rankAgreement) return { text: t('drivers.agreement.rank'), tone: 'info', title: detail };
  return { text: t('drivers.agreement.agree'), tone: 'success', title: detail };
}
