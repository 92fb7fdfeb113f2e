import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import type { CampaignOutcome } from '../graphql/types';
import { t } from '../i18n';
import { formatInteger, formatPercent, toPercentValue } from './format';

/**
 * Dataset.campaigns -> a chart.js bar chart of response rates in percent. The target (the
 * campaign the models learn to predict) is drawn in the accent colour, past campaigns in a
 * calm neutral, so the eye lands on what the next campaign is measured against.
 */
export interface ChartPalette {
  target: string;
  targetBorder: string;
  past: string;
  pastBorder: string;
  grid: string;
  text: string;
}

export const DEFAULT_PALETTE: ChartPalette = {
  target: '#2f5bd3',
  targetBorder: '#2448ad',
  past: '#b7c3d9',
  pastBorder: '#98a7c2',
  grid: '#e6e9f0',
  text: '#4a5468',
};

export interface CampaignBar {
  column: string;
  label: string;
  percent: number;
  responded: number;
  total: number;
  isTarget: boolean;
}

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Campaigns by number everywhere ("Campaign 2" before "Campaign 10"), whatever the file's column order. */
export function byCampaignNumber<T extends { label?: string | null; column: string }>(campaigns: readonly T[]): T[] {
  return [...campaigns].sort((a, b) => naturalOrder.compare(a.label || a.column, b.label || b.column));
}

/**
 * One bar per campaign: past campaigns in natural label order ("Campaign 2" before
 * "Campaign 10"), whatever order the file's columns had, and the target last — it is the
 * most recent outcome and the one the next campaign is compared with.
 */
export function campaignBars(campaigns: readonly CampaignOutcome[], targetColumn: string | null): CampaignBar[] {
  const bars = campaigns.map((campaign) => ({
    column: campaign.column,
    label: campaign.label || campaign.column,
    percent: toPercentValue(campaign.rate),
    responded: campaign.responded,
    total: campaign.total,
    isTarget: targetColumn !== null && campaign.column === targetColumn,
  }));
  return bars.sort((a, b) => Number(a.isTarget) - Number(b.isTarget) || naturalOrder.compare(a.label, b.label));
}

export function campaignChartData(
  campaigns: readonly CampaignOutcome[],
  targetColumn: string | null,
  palette: ChartPalette = DEFAULT_PALETTE,
): ChartData<'bar', number[], string> {
  const bars = campaignBars(campaigns, targetColumn);
  return {
    labels: bars.map((bar) => (bar.isTarget ? t('campaigns.targetSuffix', { label: bar.label }) : bar.label)),
    datasets: [
      {
        label: t('campaigns.series'),
        data: bars.map((bar) => bar.percent),
        backgroundColor: bars.map((bar) => (bar.isTarget ? palette.target : palette.past)),
        borderColor: bars.map((bar) => (bar.isTarget ? palette.targetBorder : palette.pastBorder)),
        borderWidth: 1,
        borderRadius: 6,
        maxBarThickness: 56,
      },
    ],
  };
}

/** The tooltip line for a bar: "14.9% — 334 of 2,240 customers responded". */
export function campaignTooltip(bar: CampaignBar): string {
  return t('campaigns.tooltip', {
    percent: formatPercent(bar.percent / 100),
    responded: formatInteger(bar.responded),
    total: formatInteger(bar.total),
  });
}

/** A y-axis ceiling with headroom above the tallest bar, on a round step. */
export function suggestedPercentMax(bars: readonly CampaignBar[]): number {
  const tallest = Math.max(0, ...bars.map((bar) => bar.percent));
  if (tallest <= 0) return 10;
  const step = tallest > 50 ? 10 : 5;
  return Math.min(100, Math.ceil((tallest * 1.15) / step) * step);
}

export function campaignChartOptions(
  campaigns: readonly CampaignOutcome[],
  targetColumn: string | null,
  palette: ChartPalette = DEFAULT_PALETTE,
): ChartOptions<'bar'> {
  const bars = campaignBars(campaigns, targetColumn);
  return {
    ...chartFrame(400),
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<'bar'>) => {
            const bar = bars[item.dataIndex];
            return bar ? campaignTooltip(bar) : '';
          },
        },
      },
    },
    scales: {
      x: { grid: { display: false }, ticks: { color: palette.text } },
      y: {
        beginAtZero: true,
        suggestedMax: suggestedPercentMax(bars),
        grid: { color: palette.grid },
        ticks: { color: palette.text, callback: (value) => `${value}%` },
        title: { display: true, text: t('campaigns.axis'), color: palette.text },
      },
    },
  };
}

/** What every chart shares: it fills its box, and animates only when motion is welcome. */
export interface ChartFrame {
  responsive: true;
  maintainAspectRatio: false;
  animation: false | { duration: number };
}

export function chartFrame(duration = 300): ChartFrame {
  return { responsive: true, maintainAspectRatio: false, animation: prefersReducedMotion() ? false : { duration } };
}

/** Charts appear without animation for people who ask their system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
