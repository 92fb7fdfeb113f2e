import type { ChartData, ChartOptions } from 'chart.js';
import { dateOfDay } from '../../../server/src/domain/dates';
import type { PartialDependence } from '../graphql/explanation-operations';
import { countText } from '../i18n';
import { chartFrame } from './chart-data';
import type { RugBin, ShadeRegion } from './chart-plugins';
import { formatDate, formatNumber, formatPercent } from './format';
import type { XY } from './model-charts';

/**
 * Response curves -> chart.js: one partial dependence curve per driver with its regions of
 * interest, the customers' spread, ICE and ALE (importance bars: importance-charts.ts). DATE features arrive as "days before dateReference";
 * they are turned into calendar days here so axes and regions read as dates.
 */
const ACCENT = '#2f5bd3';
const REGION = '#1f8a5b';
const ALE = '#c0362c';
const GRID = '#e6e9f0';
const TEXT = '#4a5468';

/* ---- Response curves ---- */

export type CurveKind = 'numeric' | 'date' | 'levels';

export function curveKind(pd: Pick<PartialDependence, 'kind' | 'dateReference' | 'points'>): CurveKind {
  if (pd.kind === 'CATEGORICAL' || pd.kind === 'BINARY' || pd.points.some((point) => point.numericValue === null)) return 'levels';
  if (pd.kind === 'DATE' && pd.dateReference !== null) return 'date';
  return 'numeric';
}

/** "Days before the reference day" -> days since 1970-01-01 (what the x axis uses). */
export function dayFromDaysBefore(dateReference: number, daysBefore: number): number {
  return dateReference - daysBefore;
}

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDay(epochDay: number, precise = false): string {
  return precise ? formatDate(epochDay) : monthYear.format(dateOfDay(epochDay));
}

/** Years read wrong with a thousands separator ("1,957"). */
function isYearLike(pd: Pick<PartialDependence, 'feature' | 'label' | 'points'>): boolean {
  return (
    /year/i.test(`${pd.feature} ${pd.label}`) &&
    pd.points.every((point) => point.numericValue === null || (point.numericValue >= 1000 && point.numericValue <= 3000))
  );
}

/** An x-axis value as people read it: a date, a year, or a number with separators. */
export function formatX(
  pd: Pick<PartialDependence, 'kind' | 'dateReference' | 'feature' | 'label' | 'points'>,
  x: number,
  precise = false,
): string {
  const kind = curveKind(pd);
  if (kind === 'date') return formatDay(x, precise);
  if (isYearLike(pd)) return String(Math.round(x));
  return formatNumber(x, Math.abs(x) < 10 ? 2 : 1);
}

function toX(pd: PartialDependence, value: number): number {
  return curveKind(pd) === 'date' && pd.dateReference !== null ? dayFromDaysBefore(pd.dateReference, value) : value;
}

/** Region edges on the x axis; a date region's edges swap (more days before = earlier). */
function regionSpan(pd: PartialDependence, min: number | null, max: number | null): { from: number | null; to: number | null } {
  if (curveKind(pd) !== 'date') return { from: min, to: max };
  return { from: max === null ? null : toX(pd, max), to: min === null ? null : toX(pd, min) };
}

/** One shade per region (per level, for categories), tagged with the region's number. */
export function regionShades(pd: PartialDependence): ShadeRegion[] {
  const levels = pd.points.map((point) => point.value);
  return pd.regions.flatMap((region, index) => {
    const tag = String(index + 1);
    if (region.levels && region.levels.length > 0) {
      return region.levels
        .map((level) => levels.indexOf(level))
        .filter((position) => position >= 0)
        .map((position) => ({ from: position - 0.5, to: position + 0.5, tag }));
    }
    if (region.min === null && region.max === null) return [];
    return [{ ...regionSpan(pd, region.min, region.max), tag }];
  });
}

/** A level as people read it: a yes/no feature's 0 and 1 become "No (0)" and "Yes (1)". */
export function levelName(pd: Pick<PartialDependence, 'kind'>, value: string): string {
  if (pd.kind === 'BINARY' && value === '1') return 'Yes (1)';
  if (pd.kind === 'BINARY' && value === '0') return 'No (0)';
  return value || '(empty)';
}

/**
 * Where the customers are: histogram bins on the x axis. Categories get none: a second bar
 * beside each level's bar reads as a second series, so their counts go in the axis labels.
 */
export function rugBins(pd: PartialDependence): RugBin[] {
  if (curveKind(pd) === 'levels') return [];
  return pd.histogram.flatMap((bin) => {
    if (bin.from === null || bin.to === null) return [];
    const a = toX(pd, bin.from);
    const b = toX(pd, bin.to);
    // Zero-width bins (a single repeated value) still deserve a visible sliver.
    return [{ from: Math.min(a, b), to: Math.max(a, b), count: bin.count }];
  });
}

export interface CurveToggles {
  ice: boolean;
  ale: boolean;
}

export type CurveChart = { type: 'scatter'; data: ChartData<'scatter', XY[]> } | { type: 'bar'; data: ChartData<'bar', number[], string> };

export const ICE_LABEL = 'One customer (ICE)';

/** A category's axis label: the level, and under it how many customers have it. */
export function levelLabels(pd: Pick<PartialDependence, 'points' | 'histogram' | 'kind'>): string[][] {
  const counts = new Map(pd.histogram.map((bin) => [bin.value ?? '', bin.count]));
  return pd.points.map((point) => {
    const count = counts.get(point.value);
    const name = levelName(pd, point.value);
    return count === undefined ? [name] : [name, countText('common.customers', count)];
  });
}

export function pdpChart(pd: PartialDependence, toggles: CurveToggles): CurveChart {
  const regionLevels = new Set(pd.regions.flatMap((region) => region.levels ?? []));
  if (curveKind(pd) === 'levels') {
    return {
      type: 'bar',
      data: {
        labels: pd.points.map((point) => levelName(pd, point.value)),
        datasets: [
          {
            label: 'Average prediction',
            data: pd.points.map((point) => point.meanPrediction),
            backgroundColor: pd.points.map((point) => (regionLevels.has(point.value) ? REGION : ACCENT)),
            borderRadius: 4,
            maxBarThickness: 48,
          },
        ],
      },
    };
  }
  const xs = pd.points.map((point) => toX(pd, point.numericValue ?? 0));
  const datasets: ChartData<'scatter', XY[]>['datasets'] = [
    {
      label: 'Average prediction (PDP)',
      data: pd.points.map((point, index) => ({ x: xs[index] ?? 0, y: point.meanPrediction })),
      showLine: true,
      borderColor: ACCENT,
      backgroundColor: ACCENT,
      borderWidth: 3,
      pointRadius: 0,
      pointHoverRadius: 4,
      order: 0,
    },
  ];
  if (toggles.ale && pd.ale && pd.ale.length > 0) {
    datasets.push({
      label: 'Local effect (ALE)',
      data: pd.ale.map((point) => ({ x: toX(pd, point.value), y: pd.baseline + point.effect })).sort((a, b) => a.x - b.x),
      showLine: true,
      borderColor: ALE,
      backgroundColor: ALE,
      borderWidth: 2,
      borderDash: [4, 3],
      pointRadius: 0,
      order: 1,
    });
  }
  if (toggles.ice) {
    for (const curve of pd.ice) {
      datasets.push({
        label: ICE_LABEL,
        data: curve.map((y, index) => ({ x: xs[index] ?? 0, y })),
        showLine: true,
        borderColor: 'rgba(91, 102, 124, 0.22)',
        borderWidth: 1,
        pointRadius: 0,
        pointHoverRadius: 0,
        order: 2,
      });
    }
  }
  return { type: 'scatter', data: { datasets } };
}

export function pdpChartOptions(pd: PartialDependence, toggles: CurveToggles): ChartOptions<'scatter' | 'bar'> {
  const kind = curveKind(pd);
  const xTitle = kind === 'date' ? `${pd.label} (date)` : pd.label;
  const lines = kind === 'levels' ? levelLabels(pd) : [];
  return {
    ...chartFrame(),
    interaction: { mode: 'nearest', intersect: false },
    plugins: {
      legend: { display: false },
      pdpOverlay: {
        regions: regionShades(pd),
        rug: rugBins(pd),
        baseline: { value: pd.baseline, label: `Average ${formatPercent(pd.baseline)}` },
      },
      tooltip: {
        filter: (item) => item.dataset.label !== ICE_LABEL,
        callbacks: {
          title: (items) => {
            const first = items[0];
            if (!first) return '';
            return kind === 'levels' ? `${pd.label}: ${first.label}` : `${pd.label}: ${formatX(pd, (first.parsed as XY).x, true)}`;
          },
          label: (item) => `${item.dataset.label}: ${formatPercent((item.parsed as XY).y)}`,
        },
      },
    },
    scales: {
      x: {
        type: kind === 'levels' ? 'category' : 'linear',
        grid: { color: GRID },
        ticks:
          kind === 'levels'
            ? { color: TEXT, callback: (_value, index) => lines[index] ?? '' }
            : { color: TEXT, maxTicksLimit: 7, callback: (value) => formatX(pd, Number(value)) },
        title: { display: true, text: xTitle, color: TEXT },
      },
      y: {
        // ICE lines span the whole 0–100% range; bars always start at zero.
        beginAtZero: kind === 'levels' || !toggles.ice,
        grid: { color: GRID },
        ticks: { color: TEXT, callback: (value) => formatPercent(Number(value), 0) },
        title: { display: true, text: 'Predicted chance of responding', color: TEXT },
      },
    },
  };
}
