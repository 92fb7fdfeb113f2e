import type { ChartData, ChartOptions } from 'chart.js';
import type { RegionBreakdown, RegionStat } from '../graphql/region-operations';
import { chartFrame } from './chart-data';
import { t } from '../i18n';
import { formatInteger, formatPercent } from './format';
import { segmentColor } from './segment-charts';

/**
 * Region breakdown -> the table rows, the bar chart (customers per region, stacked by segment
 * when a segmentation is shown) and the values the map colours regions by (response rate).
 */
const TEXT = '#4a5468';
const GRID = '#e6e9f0';
const CUSTOMERS = '#2f5bd3';

/**
 * Whether the regions can be drawn on a bundled map: countries, or US states. At least a fifth
 * of the customers must be on it (a State column may mix US states with other countries'
 * regions, which only the table and bars show).
 */
export function mapKind(b: Pick<RegionBreakdown, 'level' | 'regions'>): 'world' | 'us' | null {
  const mapped = b.regions.filter((r) => r.mapName !== null).reduce((s, r) => s + r.customers, 0);
  const total = b.regions.reduce((s, r) => s + r.customers, 0);
  if (mapped === 0 || mapped < 0.2 * total) return null;
  if (b.level === 'COUNTRY') return 'world';
  if (b.level === 'STATE') return 'us';
  return null;
}

/** "Loyal big spenders 40 % · Lapsed low spenders 35 % · …" for a region's segment mix. */
export function segmentMix(region: Pick<RegionStat, 'customers' | 'segments'>): string {
  if (region.segments.length === 0 || region.customers === 0) return '—';
  return [...region.segments]
    .sort((a, b) => b.customers - a.customers)
    .map((s) => `${s.name} ${formatPercent(s.customers / region.customers, 0)}`)
    .join(' · ');
}

/** "12.5 % (25 of 200)", or "unknown" when nobody's response is known. */
export function regionRate(region: Pick<RegionStat, 'rate' | 'responded' | 'known'>): string {
  return region.rate === null
    ? t('regions.unknown')
    : t('regions.rate', {
        rate: formatPercent(region.rate, 1),
        responded: formatInteger(region.responded),
        known: formatInteger(region.known),
      });
}

/** Customers per region (at most `limit` regions, largest first): one bar, or one stacked bar per segment. */
export function regionBarData(b: RegionBreakdown, limit = 20): ChartData<'bar', number[], string> {
  const regions = b.regions.slice(0, limit);
  const labels = regions.map((r) => r.name);
  const segments = new Map<number, string>();
  for (const r of regions) for (const s of r.segments) segments.set(s.segment, s.name);
  if (segments.size === 0)
    return { labels, datasets: [{ label: t('regions.customers'), data: regions.map((r) => r.customers), backgroundColor: CUSTOMERS }] };
  return {
    labels,
    datasets: [...segments.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([index, name]) => ({
        label: name,
        data: regions.map((r) => r.segments.find((s) => s.segment === index)?.customers ?? 0),
        backgroundColor: segmentColor(index),
        stack: 'customers',
      })),
  };
}

export function regionBarOptions(stacked: boolean): ChartOptions<'bar'> {
  return {
    ...chartFrame(),
    indexAxis: 'y',
    plugins: { legend: { display: stacked, position: 'bottom', labels: { boxWidth: 10, color: TEXT } } },
    scales: {
      x: {
        stacked,
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (v) => formatInteger(Number(v)) },
        title: { display: true, text: t('regions.customers'), color: TEXT },
      },
      y: { stacked, grid: { display: false }, ticks: { color: TEXT, autoSkip: false } },
    },
  };
}

/** Response rate by boundary name, for colouring the map (regions without a known rate are left out). */
export function mapValues(b: RegionBreakdown): Map<string, { rate: number; customers: number }> {
  const values = new Map<string, { rate: number; customers: number }>();
  for (const r of b.regions) if (r.mapName && r.rate !== null) values.set(r.mapName, { rate: r.rate, customers: r.customers });
  return values;
}
