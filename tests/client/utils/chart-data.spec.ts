import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TooltipItem } from 'chart.js';
import type { CampaignOutcome } from '../../../client/src/graphql/types';
import {
  campaignBars,
  campaignChartData,
  campaignChartOptions,
  campaignTooltip,
  chartFrame,
  DEFAULT_PALETTE,
  suggestedPercentMax,
} from '../../../client/src/utils/chart-data';

// Figures shaped like the iFood file: five past campaigns and the last one as target.
const campaigns: CampaignOutcome[] = [
  { column: 'AcceptedCmp1', label: 'Campaign 1', responded: 144, total: 2240, rate: 144 / 2240 },
  { column: 'AcceptedCmp2', label: 'Campaign 2', responded: 30, total: 2240, rate: 30 / 2240 },
  { column: 'Response', label: 'Last campaign', responded: 334, total: 2240, rate: 334 / 2240 },
];

describe('campaignChartData', () => {
  it('draws one bar per campaign, rates in percent', () => {
    const data = campaignChartData(campaigns, 'Response');
    expect(data.labels).toEqual(['Campaign 1', 'Campaign 2', 'Last campaign (target)']);
    expect(data.datasets).toHaveLength(1);
    expect(data.datasets[0]?.data).toEqual([6.4, 1.3, 14.9]);
  });

  it('orders past campaigns naturally and puts the target last, whatever the column order', () => {
    const shuffled: CampaignOutcome[] = [
      { column: 'Response', label: 'Last campaign', responded: 334, total: 2240, rate: 334 / 2240 },
      { column: 'AcceptedCmp10', label: 'Campaign 10', responded: 1, total: 10, rate: 0.1 },
      { column: 'AcceptedCmp3', label: 'Campaign 3', responded: 163, total: 2240, rate: 163 / 2240 },
      { column: 'AcceptedCmp1', label: 'Campaign 1', responded: 144, total: 2240, rate: 144 / 2240 },
    ];
    expect(campaignBars(shuffled, 'Response').map((bar) => bar.column)).toEqual([
      'AcceptedCmp1',
      'AcceptedCmp3',
      'AcceptedCmp10',
      'Response',
    ]);
    expect(campaignChartData(shuffled, 'Response').datasets[0]?.data).toEqual([6.4, 7.3, 10, 14.9]);
  });

  it('highlights only the target bar', () => {
    const data = campaignChartData(campaigns, 'Response');
    expect(data.datasets[0]?.backgroundColor).toEqual([DEFAULT_PALETTE.past, DEFAULT_PALETTE.past, DEFAULT_PALETTE.target]);
  });

  it('highlights nothing when the dataset has no target', () => {
    const data = campaignChartData(campaigns, null);
    expect(data.labels).not.toContain('Last campaign (target)');
    expect(new Set(data.datasets[0]?.backgroundColor as string[])).toEqual(new Set([DEFAULT_PALETTE.past]));
  });

  it('falls back to the column name when a label is empty, and copes with no campaigns', () => {
    const bars = campaignBars([{ column: 'Y', label: '', responded: 1, total: 4, rate: 0.25 }], 'Y');
    expect(bars[0]).toMatchObject({ label: 'Y', percent: 25, isTarget: true });
    expect(campaignChartData([], 'Y').datasets[0]?.data).toEqual([]);
  });
});

describe('campaign chart options', () => {
  it('tooltips tell the rate and the counts behind it', () => {
    const options = campaignChartOptions(campaigns, 'Response');
    const label = options.plugins?.tooltip?.callbacks?.label as (item: TooltipItem<'bar'>) => string;
    expect(label.call(undefined as never, { dataIndex: 2 } as TooltipItem<'bar'>)).toBe('14.9% — 334 of 2,240 customers responded');
    expect(campaignTooltip(campaignBars(campaigns, null)[1]!)).toBe('1.3% — 30 of 2,240 customers responded');
  });

  it('leaves headroom above the tallest bar on a round step, capped at 100', () => {
    const bars = campaignBars(campaigns, 'Response');
    const max = suggestedPercentMax(bars);
    expect(max).toBeGreaterThan(14.9);
    expect(max % 5).toBe(0);
    expect(suggestedPercentMax([])).toBe(10);
    expect(suggestedPercentMax(campaignBars([{ column: 'a', label: 'a', responded: 99, total: 100, rate: 0.99 }], null))).toBe(100);
  });

  it('labels the y axis ticks as percentages', () => {
    const options = campaignChartOptions(campaigns, 'Response');
    const y = options.scales?.y as { ticks: { callback: (value: number) => string } };
    expect(y.ticks.callback(20)).toBe('20%');
  });
});

describe('chartFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fills its box and animates for the given time', () => {
    expect(chartFrame()).toEqual({ responsive: true, maintainAspectRatio: false, animation: { duration: 300 } });
    expect(chartFrame(400).animation).toEqual({ duration: 400 });
  });

  it('does not animate for people who ask for less motion', () => {
    vi.stubGlobal('window', { matchMedia: (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) });
    expect(chartFrame().animation).toBe(false);
  });
});
