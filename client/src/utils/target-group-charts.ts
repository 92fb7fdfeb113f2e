import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { ProfitPoint } from '../graphql/target-group-operations';
import { countText, t } from '../i18n';
import { chartFrame } from './chart-data';
import { formatInteger, formatPercent, toPercentValue } from './format';
import type { XY } from './model-charts';
import { formatAmount } from './target-group-profit';

/**
 * Target-group results -> chart.js: the group's response rate against everyone else's, and
 * the profit curve with the best list and the group marked.
 */
const ACCENT = '#2f5bd3';
const NEUTRAL = '#b7c3d9';
const NEUTRAL_BORDER = '#98a7c2';
const BEYOND = '#c4cbd8';
const BEST = '#1f8a5b';
const GROUP = '#b45309';
const GRID = '#e6e9f0';
const TEXT = '#4a5468';

export interface RateBar {
  label: string;
  /** The group's own bar (drawn in the accent colour). */
  isGroup?: boolean;
  rate: number;
  responders: number | null;
  customers: number | null;
}

/**
 * The group, everyone else, and all customers. The counts of everyone else follow from the
 * group's share of the base and the base rate (both exact counts over the same customers).
 */
export function rateBars(group: {
  matchedCustomers: number;
  responders: number;
  share: number;
  responseRate: number;
  baseRate: number;
}): RateBar[] {
  const all: RateBar = { label: t('targetGroup.rate.all'), rate: group.baseRate, responders: null, customers: null };
  if (group.share > 0) {
    const total = Math.round(group.matchedCustomers / group.share);
    const totalResponders = Math.round(group.baseRate * total);
    all.customers = total;
    all.responders = totalResponders;
    const restCustomers = total - group.matchedCustomers;
    const restResponders = totalResponders - group.responders;
    const rest: RateBar = {
      label: t('targetGroup.rate.rest'),
      rate: restCustomers > 0 ? restResponders / restCustomers : 0,
      responders: restResponders,
      customers: restCustomers,
    };
    const mine = {
      label: groupLabel(),
      isGroup: true,
      rate: group.responseRate,
      responders: group.responders,
      customers: group.matchedCustomers,
    };
    return [mine, rest, all];
  }
  return [
    { label: groupLabel(), isGroup: true, rate: 0, responders: 0, customers: 0 },
    { ...all, label: t('targetGroup.rate.rest') },
  ];
}

/** "45.1% — 83 of 184 customers responded". */
export function rateTooltip(bar: RateBar): string {
  if (bar.customers === null || bar.responders === null) return formatPercent(bar.rate);
  return countText('targetGroup.rate.tooltip', bar.customers, { rate: formatPercent(bar.rate), responders: formatInteger(bar.responders) });
}

export function rateChartData(bars: readonly RateBar[]): ChartData<'bar', number[], string> {
  return {
    labels: bars.map((bar) => bar.label),
    datasets: [
      {
        label: t('targetGroup.rate.series'),
        data: bars.map((bar) => toPercentValue(bar.rate)),
        backgroundColor: bars.map((bar) => (bar.isGroup ? ACCENT : NEUTRAL)),
        borderColor: bars.map((bar) => (bar.isGroup ? ACCENT : NEUTRAL_BORDER)),
        borderWidth: 1,
        borderRadius: 6,
        maxBarThickness: 64,
      },
    ],
  };
}

export function rateChartOptions(bars: readonly RateBar[]): ChartOptions<'bar'> {
  const tallest = Math.max(0, ...bars.map((bar) => toPercentValue(bar.rate)));
  return {
    ...chartFrame(),
    plugins: {
      legend: { display: false },
      tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => (bars[item.dataIndex] ? rateTooltip(bars[item.dataIndex]!) : '') } },
    },
    scales: {
      x: { grid: { display: false }, ticks: { color: TEXT } },
      y: {
        beginAtZero: true,
        suggestedMax: Math.min(100, Math.ceil((tallest * 1.15) / 5) * 5 || 10),
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (value) => `${value}%` },
        title: { display: true, text: t('targetGroup.rate.axis'), color: TEXT },
      },
    },
  };
}

/** The series names of the profit chart, in the reader's language. */
export function bestLabel(): string {
  return t('targetGroup.profitChart.best');
}
export function groupLabel(): string {
  return t('targetGroup.rate.group');
}

/**
 * Profit against the share of customers contacted: the part within capacity in the accent
 * colour, beyond it in grey, with the best list and the group as marked points.
 */
export function profitChartData(
  curve: readonly ProfitPoint[],
  best: ProfitPoint | null,
  group: { share: number; profit: number } | null,
): ChartData<'scatter', XY[]> {
  const within = curve.filter((point) => point.withinCapacity);
  // Contacts grow with k, so the points beyond capacity are a tail; it starts at the last point within, so the lines join.
  const firstBeyond = curve.findIndex((point) => !point.withinCapacity);
  const beyond = firstBeyond < 0 ? [] : curve.slice(Math.max(0, firstBeyond - 1));
  const line = (points: readonly ProfitPoint[]): XY[] => points.map((point) => ({ x: point.k, y: point.profit }));
  const datasets: ChartData<'scatter', XY[]>['datasets'] = [
    {
      label: t('targetGroup.profitChart.curve'),
      data: line(within),
      showLine: true,
      borderColor: ACCENT,
      backgroundColor: ACCENT,
      borderWidth: 3,
      pointRadius: 0,
      pointHoverRadius: 4,
      order: 2,
    },
  ];
  if (beyond.length > 0) {
    datasets.push({
      label: t('targetGroup.profitChart.beyond'),
      data: line(beyond),
      showLine: true,
      borderColor: BEYOND,
      backgroundColor: BEYOND,
      borderWidth: 2,
      borderDash: [5, 4],
      pointRadius: 0,
      pointHoverRadius: 3,
      order: 3,
    });
  }
  if (best)
    datasets.push({
      label: bestLabel(),
      data: [{ x: best.k, y: best.profit }],
      backgroundColor: BEST,
      borderColor: '#fff',
      borderWidth: 2,
      pointRadius: 7,
      pointHoverRadius: 8,
      order: 0,
    });
  if (group)
    datasets.push({
      label: groupLabel(),
      data: [{ x: toPercentValue(group.share), y: group.profit }],
      backgroundColor: GROUP,
      borderColor: '#fff',
      borderWidth: 2,
      pointRadius: 7,
      pointHoverRadius: 8,
      pointStyle: 'rectRot',
      order: 1,
    });
  return { datasets };
}

export function profitChartOptions(currency?: string | null): ChartOptions<'scatter'> {
  return {
    ...chartFrame(),
    interaction: { mode: 'nearest', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { color: TEXT, usePointStyle: true } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'scatter'>) => {
            const point = item.parsed as XY;
            return t('targetGroup.profitChart.tooltip', {
              series: item.dataset.label ?? '',
              share: formatPercent(point.x / 100),
              profit: formatAmount(point.y, currency),
            });
          },
        },
      },
    },
    scales: {
      x: {
        type: 'linear',
        min: 0,
        max: 100,
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (value) => `${value}%` },
        title: { display: true, text: t('targetGroup.profitChart.xAxis'), color: TEXT },
      },
      y: {
        grid: { color: (context) => (context.tick.value === 0 ? '#8590a6' : GRID) },
        ticks: { color: TEXT, callback: (value) => formatAmount(Number(value), currency) },
        title: { display: true, text: t('targetGroup.profitChart.yAxis'), color: TEXT },
      },
    },
  };
}
