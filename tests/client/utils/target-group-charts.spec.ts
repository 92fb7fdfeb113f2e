import { describe, expect, it } from 'vitest';
import type { ProfitPoint } from '../../../client/src/graphql/target-group-operations';
import {
  bestLabel,
  groupLabel,
  profitChartData,
  profitChartOptions,
  rateBars,
  rateChartData,
  rateChartOptions,
  rateTooltip,
} from '../../../client/src/utils/target-group-charts';

// The demo's N = 3 group: 184 of 2,000 customers, 83 responders; 281 responders in all.
const group = { matchedCustomers: 184, responders: 83, share: 0.092, responseRate: 83 / 184, baseRate: 0.1405 };

describe('the response-rate chart', () => {
  it('sets the group against everyone else and all customers, from exact counts', () => {
    const bars = rateBars(group);
    expect(bars.map((bar) => bar.label)).toEqual(['This group', 'Everyone else', 'All customers']);
    expect(bars[1]).toMatchObject({ customers: 1816, responders: 198 });
    expect(bars[1]!.rate).toBeCloseTo(198 / 1816, 10);
    expect(bars[2]).toMatchObject({ customers: 2000, responders: 281, rate: 0.1405 });
    expect(rateTooltip(bars[0]!)).toBe('45.1% — 83 of 184 customers responded');
  });

  it('has no group bar figures to invent when nobody matches', () => {
    const bars = rateBars({ matchedCustomers: 0, responders: 0, share: 0, responseRate: 0, baseRate: 0.14 });
    expect(bars.map((bar) => bar.label)).toEqual(['This group', 'Everyone else']);
    expect(rateTooltip(bars[1]!)).toBe('14.0%');
  });

  it('draws percentages with the group in the accent colour', () => {
    const data = rateChartData(rateBars(group));
    expect(data.datasets[0]!.data).toEqual([45.1, 10.9, 14.1]);
    expect((data.datasets[0]!.backgroundColor as string[])[0]).not.toBe((data.datasets[0]!.backgroundColor as string[])[1]);
    const options = rateChartOptions(rateBars(group));
    expect(options.scales?.y?.suggestedMax).toBe(55);
  });
});

describe('the profit chart', () => {
  const curve: ProfitPoint[] = Array.from({ length: 100 }, (_, i) => ({
    k: i + 1,
    contacted: (i + 1) * 20,
    responders: i,
    profit: i * 11 - (i + 1) * 60,
    withinCapacity: i < 30,
  }));

  it('draws the part within capacity and the rest, joined at the last list that fits', () => {
    const data = profitChartData(curve, null, null);
    expect(data.datasets).toHaveLength(2);
    expect(data.datasets[0]!.data).toHaveLength(30);
    expect(data.datasets[1]!.data[0]).toEqual({ x: 30, y: curve[29]!.profit });
    expect(data.datasets[1]!.data).toHaveLength(71);
  });

  it('marks the best list and the group', () => {
    const data = profitChartData(
      curve.map((point) => ({ ...point, withinCapacity: true })),
      curve[4]!,
      { share: 0.092, profit: 361 },
    );
    expect(data.datasets.map((dataset) => dataset.label)).toEqual(['Profit, best-rated customers first', bestLabel(), groupLabel()]);
    expect(data.datasets[1]!.data).toEqual([{ x: 5, y: curve[4]!.profit }]);
    expect(data.datasets[2]!.data).toEqual([{ x: 9.2, y: 361 }]);
    expect(profitChartOptions().scales?.x?.max).toBe(100);
  });
});
