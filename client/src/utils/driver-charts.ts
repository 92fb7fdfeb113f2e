import type { ChartData, ChartOptions } from 'chart.js';
import { dateOfDay } from '../../../server/src/domain/dates';
import type { PartialDependence } from '../graphql/explanation-operations';
import { countText, t } from '../i18n';
import { intlLocale } from '../i18n/locale';
import { chartFrame } from './chart-data';
import type { RugBin, ShadeRegion } from './chart-plugins';
import { formatDate, formatNumber, formatPercent } from './format';
import type { XY } from './model-charts';

/**
 * Response curves -> chart.js: one partial dependence curve per driver with its regions of
 * interest, the customers' spread, ICE and ALE (importance bars: importance-charts.ts). DATE features arrive as "days before dateReference";
 * they are turned into calendar days here so axes and regions read as dates. A second model
 * (Compare with) adds its own curve, and its ALE when ALE is on, in its own colour.
 */
export const CURVE_COLOURS = { pd: '#2f5bd3', ale: '#c0362c', second: '#e08a3c', ice: 'rgba(91, 102, 124, 0.22)', region: '#1f8a5b' };
const ACCENT = CURVE_COLOURS.pd;
const REGION = CURVE_COLOURS.region;
const ALE = CURVE_COLOURS.ale;
const SECOND = CURVE_COLOURS.second;
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

export function formatDay(epochDay: number, precise = false): string {
  if (precise) return formatDate(epochDay);
  return new Intl.DateTimeFormat(intlLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(dateOfDay(epochDay));
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
  if (pd.kind === 'BINARY' && value === '1') return t('drivers.chart.yes');
  if (pd.kind === 'BINARY' && value === '0') return t('drivers.chart.no');
  return value || t('common.empty');
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

/** The ICE lines' series name: tooltips leave them out. */
export function iceLabel(): string {
  return t('drivers.chart.ice');
}

/** A second model's curve for the same feature, drawn beside the first (Compare with). */
export interface SecondCurve {
  curve: PartialDependence;
  /** The models' names, for the series labels ("Logistic regression"). */
  name: string;
  firstName: string;
}

/** A category's axis label: the level, and under it how many customers have it. */
export function levelLabels(pd: Pick<PartialDependence, 'points' | 'histogram' | 'kind'>): string[][] {
  const counts = new Map(pd.histogram.map((bin) => [bin.value ?? '', bin.count]));
  return pd.points.map((point) => {
    const count = counts.get(point.value);
    const name = levelName(pd, point.value);
    return count === undefined ? [name] : [name, countText('common.customers', count)];
  });
}

/** A series' name: "Average prediction (PD)", or with a comparison "Logistic regression: average prediction (PD)". */
function seriesName(key: 'pd' | 'ale' | 'bars', model: string | null): string {
  const name = t(`drivers.chart.${key}`);
  return model ? t('drivers.chart.ofModel', { model, series: name }) : name;
}

function aleLine(pd: PartialDependence, label: string, colour: string, order: number): ChartData<'scatter', XY[]>['datasets'][number] {
  return {
    label,
    data: (pd.ale ?? []).map((point) => ({ x: toX(pd, point.value), y: pd.baseline + point.effect })).sort((a, b) => a.x - b.x),
    showLine: true,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2,
    borderDash: [4, 3],
    pointRadius: 0,
    order,
  };
}

export function pdpChart(pd: PartialDependence, toggles: CurveToggles, second: SecondCurve | null = null): CurveChart {
  const regionLevels = new Set(pd.regions.flatMap((region) => region.levels ?? []));
  const first = second ? second.firstName : null;
  if (curveKind(pd) === 'levels') {
    const datasets: ChartData<'bar', number[], string>['datasets'] = [
      {
        label: seriesName('bars', first),
        data: pd.points.map((point) => point.meanPrediction),
        backgroundColor: pd.points.map((point) => (regionLevels.has(point.value) ? REGION : ACCENT)),
        borderRadius: 4,
        maxBarThickness: 48,
      },
    ];
    if (second) {
      // The second model's bars for the same levels, in the first model's order (0 where it has no such level).
      const byLevel = new Map(second.curve.points.map((point) => [point.value, point.meanPrediction]));
      datasets.push({
        label: seriesName('bars', second.name),
        data: pd.points.map((point) => byLevel.get(point.value) ?? 0),
        backgroundColor: SECOND,
        borderRadius: 4,
        maxBarThickness: 48,
      });
    }
    return { type: 'bar', data: { labels: pd.points.map((point) => levelName(pd, point.value)), datasets } };
  }
  const xs = pd.points.map((point) => toX(pd, point.numericValue ?? 0));
  const datasets: ChartData<'scatter', XY[]>['datasets'] = [
    {
      label: seriesName('pd', first),
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
  if (toggles.ale && pd.ale && pd.ale.length > 0) datasets.push(aleLine(pd, seriesName('ale', first), ALE, 1));
  if (second && curveKind(second.curve) !== 'levels') {
    const other = second.curve;
    datasets.push({
      label: seriesName('pd', second.name),
      data: other.points.map((point) => ({ x: toX(other, point.numericValue ?? 0), y: point.meanPrediction })),
      showLine: true,
      borderColor: SECOND,
      backgroundColor: SECOND,
      borderWidth: 3,
      pointRadius: 0,
      pointHoverRadius: 4,
      order: 0,
    });
    if (toggles.ale && other.ale && other.ale.length > 0) datasets.push(aleLine(other, seriesName('ale', second.name), SECOND, 1));
  }
  if (toggles.ice) {
    const ice = iceLabel();
    for (const curve of pd.ice) {
      datasets.push({
        label: ice,
        data: curve.map((y, index) => ({ x: xs[index] ?? 0, y })),
        showLine: true,
        borderColor: CURVE_COLOURS.ice,
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
  const xTitle = kind === 'date' ? t('drivers.chart.dateAxis', { label: pd.label }) : pd.label;
  const ice = iceLabel();
  const lines = kind === 'levels' ? levelLabels(pd) : [];
  return {
    ...chartFrame(),
    interaction: { mode: 'nearest', intersect: false },
    plugins: {
      legend: { display: false },
      pdpOverlay: {
        regions: regionShades(pd),
        rug: rugBins(pd),
        baseline: { value: pd.baseline, label: t('drivers.chart.baseline', { rate: formatPercent(pd.baseline) }) },
      },
      tooltip: {
        filter: (item) => item.dataset.label !== ice,
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
        title: { display: true, text: t('drivers.chart.yAxis'), color: TEXT },
      },
    },
  };
}
