import { Chart, type ChartData, type ChartOptions, type TooltipItem } from 'chart.js';
import type { CampaignOutcome, Role } from '../graphql/types';
import type {
  KChoicePoint,
  ProjectionPoint,
  RfmGridCell,
  Segment,
  SegmentFeatureProfile,
  Segmentation,
} from '../graphql/segment-operations';
import { byCampaignNumber, chartFrame } from './chart-data';
import { countText, t } from '../i18n';
import { formatDate, formatInteger, formatNumber, formatPercent } from './format';

/**
 * Segmentation results -> the Segments page's charts and tables: the k-choice curves, the
 * PCA scatter coloured by segment, the segment × campaign heatmap, and the briefs export.
 * Every segment keeps one colour everywhere (cards, scatter, heatmap rows).
 */
export const SEGMENT_COLORS = [
  '#2f5bd3',
  '#1f8a5b',
  '#b45309',
  '#8e44ad',
  '#c0392b',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#4d7c0f',
  '#475569',
  '#1e3a8a',
];
export const NOISE_COLOR = '#b8c0cc';
const GRID = '#e6e9f0';
const TEXT = '#4a5468';

export type XY = { x: number; y: number };

export function segmentColor(index: number): string {
  return index < 0 ? NOISE_COLOR : SEGMENT_COLORS[index % SEGMENT_COLORS.length];
}

/** Who may run segmentations and edit briefs (the server checks too; this only shapes the page). */
export function canSegment(role: Role | undefined): boolean {
  return role === 'ANALYST' || role === 'ADMIN';
}

export const LEFT_OUT_COLOR = '#9aa3b2';

/**
 * Silhouette (left axis) and inertia (right axis) per k, the chosen k marked larger; a k that
 * could not be chosen (a segment under the minimum size, or fewer segments than useful) is a
 * grey cross, listed in its own legend entry.
 */
export function kChoiceChartData(points: readonly KChoicePoint[], chosenK: number | null): ChartData<'scatter', XY[]> {
  const radius = points.map((p) => (p.k === chosenK ? 7 : p.leftOut ? 6 : 3));
  const leftOut = points.filter((p) => p.leftOut);
  return {
    datasets: [
      {
        label: t('segments.k.silhouetteSeries'),
        data: points.map((p) => ({ x: p.k, y: p.silhouette })),
        yAxisID: 'y',
        showLine: true,
        borderColor: SEGMENT_COLORS[0],
        backgroundColor: points.map((p) => (p.leftOut ? LEFT_OUT_COLOR : SEGMENT_COLORS[0])),
        pointBorderColor: points.map((p) => (p.leftOut ? LEFT_OUT_COLOR : SEGMENT_COLORS[0])),
        pointStyle: points.map((p) => (p.leftOut ? 'crossRot' : 'circle')),
        pointBorderWidth: points.map((p) => (p.leftOut ? 2.5 : 1)),
        pointRadius: radius,
        borderWidth: 2,
      },
      {
        label: t('segments.k.inertiaSeries'),
        data: points.map((p) => ({ x: p.k, y: p.inertia })),
        yAxisID: 'inertia',
        showLine: true,
        borderColor: '#98a7c2',
        backgroundColor: '#98a7c2',
        borderDash: [6, 4],
        pointRadius: 3,
        borderWidth: 1.5,
      },
      ...(leftOut.length > 0
        ? [
            {
              label: t('segments.k.leftOutSeries'),
              data: [] as XY[],
              yAxisID: 'y',
              pointStyle: 'crossRot' as const,
              borderColor: LEFT_OUT_COLOR,
              backgroundColor: LEFT_OUT_COLOR,
              pointBorderWidth: 2.5,
            },
          ]
        : []),
    ],
  };
}

/** The k-choice chart's axes and legend; the tooltip of a left-out k says why it was left out. */
export function kChoiceChartOptions(points: readonly KChoicePoint[] = []): ChartOptions<'scatter'> {
  return {
    ...chartFrame(),
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          usePointStyle: true,
          boxWidth: 8,
          color: TEXT,
          // The silhouette entry shows its own dot, not the first point's (a left-out cross).
          generateLabels: (chart) =>
            Chart.defaults.plugins.legend.labels
              .generateLabels(chart)
              .map((item) =>
                item.datasetIndex === 0
                  ? { ...item, pointStyle: 'circle', fillStyle: SEGMENT_COLORS[0], strokeStyle: SEGMENT_COLORS[0] }
                  : item,
              ),
        },
      },
      tooltip: {
        callbacks: {
          afterLabel: (item: TooltipItem<'scatter'>) => (item.datasetIndex === 0 ? (points[item.dataIndex]?.leftOut ?? '') : ''),
        },
      },
    },
    scales: {
      x: {
        type: 'linear',
        ticks: { stepSize: 1, color: TEXT },
        grid: { color: GRID },
        title: { display: true, text: t('segments.k.axis'), color: TEXT },
      },
      y: {
        type: 'linear',
        position: 'left',
        grid: { color: GRID },
        ticks: { color: TEXT },
        title: { display: true, text: t('segments.k.silhouette'), color: TEXT },
      },
      inertia: {
        type: 'linear',
        position: 'right',
        grid: { display: false },
        ticks: { color: TEXT, callback: (v) => formatInteger(Number(v)) },
        title: { display: true, text: t('segments.k.inertia'), color: TEXT },
      },
    },
  };
}

/** One scatter dataset per segment (noise last, in grey), labelled with the segment's name. */
export function projectionChartData(
  points: readonly ProjectionPoint[],
  segments: readonly Pick<Segment, 'index' | 'name'>[],
): ChartData<'scatter', XY[]> {
  const groups = new Map<number, XY[]>();
  for (const p of points) {
    if (!groups.has(p.segment)) groups.set(p.segment, []);
    groups.get(p.segment)!.push({ x: p.x, y: p.y });
  }
  const order = [...segments.map((s) => s.index), ...(groups.has(-1) ? [-1] : [])];
  return {
    datasets: order.map((index) => ({
      label:
        index < 0
          ? t('segments.scatter.noise')
          : (segments.find((s) => s.index === index)?.name ?? t('segments.scatter.segment', { number: index + 1 })),
      data: groups.get(index) ?? [],
      backgroundColor: `${segmentColor(index)}b3`,
      borderColor: segmentColor(index),
      borderWidth: 0,
      pointRadius: 2.5,
      pointHoverRadius: 4,
    })),
  };
}

export function projectionChartOptions(explained: readonly number[]): ChartOptions<'scatter'> {
  const axis = (i: number) =>
    explained[i] !== undefined
      ? t('segments.scatter.componentShare', { number: i + 1, share: formatPercent(explained[i], 0) })
      : t('segments.scatter.component', { number: i + 1 });
  return {
    ...chartFrame(),
    plugins: {
      legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8, color: TEXT } },
      tooltip: { callbacks: { label: (item: TooltipItem<'scatter'>) => item.dataset.label ?? '' } },
    },
    scales: {
      x: { type: 'linear', grid: { color: GRID }, ticks: { color: TEXT }, title: { display: true, text: axis(0), color: TEXT } },
      y: { type: 'linear', grid: { color: GRID }, ticks: { color: TEXT }, title: { display: true, text: axis(1), color: TEXT } },
    },
  };
}

export interface HeatmapCell {
  column: string;
  rate: number;
  responded: number;
  total: number;
  /** 0..1: how dark to shade (the column's highest rate = 1). */
  intensity: number;
  /** The rate over all customers' rate; null when nobody overall responded. */
  ratio: number | null;
}

export interface HeatmapRow {
  key: string;
  name: string;
  color: string;
  size: number | null;
  cells: HeatmapCell[];
}

/** Segment rows then the "All customers" row; each column shaded relative to its highest rate. */
export function heatmapRows(
  segments: readonly Pick<Segment, 'index' | 'name' | 'size' | 'campaigns'>[],
  outcomes: readonly CampaignOutcome[],
): HeatmapRow[] {
  const overall = byCampaignNumber(outcomes);
  const max = overall.map((c) => Math.max(c.rate, ...segments.map((s) => s.campaigns.find((x) => x.column === c.column)?.rate ?? 0)));
  const row = (key: string, name: string, color: string, size: number | null, campaigns: readonly CampaignOutcome[]): HeatmapRow => ({
    key,
    name,
    color,
    size,
    cells: overall.map((o, i) => {
      const c = campaigns.find((x) => x.column === o.column) ?? { ...o, responded: 0, total: 0, rate: 0 };
      return {
        column: o.column,
        rate: c.rate,
        responded: c.responded,
        total: c.total,
        intensity: max[i] > 0 ? c.rate / max[i] : 0,
        ratio: o.rate > 0 ? c.rate / o.rate : null,
      };
    }),
  });
  return [
    ...segments.map((s) => row(String(s.index), s.name, segmentColor(s.index), s.size, s.campaigns)),
    row('all', t('segments.heatmap.all'), '#64748b', null, overall),
  ];
}

/** Background for a heatmap cell: the accent colour at the cell's intensity. */
export function heatmapShade(intensity: number): string {
  const alpha = Math.round(Math.max(0, Math.min(1, intensity)) * 0.85 * 100) / 100;
  return `rgba(47, 91, 211, ${alpha})`;
}

/**
 * A distinctive feature on a segment card: the server's sentence ("Were born earlier (median
 * 1965 vs 1970)", "Accepted campaign 5 more often (64.0 % vs 7.3 %)"); runs stored before the
 * server wrote one fall back to the figures, medians labelled.
 */
export function profileNote(p: SegmentFeatureProfile): string {
  if (p.text) return p.text;
  if (p.kind === 'CATEGORICAL')
    return t('segments.profile.categorical', {
      label: p.label,
      level: p.level ?? '—',
      share: formatPercent(p.share, 0),
      overall: formatPercent(p.overallShare, 0),
    });
  const medians = p.median !== null && p.overallMedian !== null && p.median !== p.overallMedian;
  const [group, rest] = medians ? [p.median, p.overallMedian] : [p.mean, p.overallMean];
  return t(medians ? 'segments.profile.median' : 'segments.profile.mean', {
    label: p.label,
    group: formatNumber(group, digitsFor(group)),
    overall: formatNumber(rest, digitsFor(rest)),
  });
}

function digitsFor(value: number | null): number {
  return value !== null && Math.abs(value) < 10 ? 1 : 0;
}

/**
 * The arrow next to a distinctive feature: the server's direction, which is null when the
 * shown figures do not differ materially (then no arrow). Older runs: the sign of the difference.
 */
export function profileDirection(p: SegmentFeatureProfile): 'higher' | 'lower' | null {
  if (p.text !== null && p.text !== undefined) return p.direction === 'higher' || p.direction === 'lower' ? p.direction : null;
  return (p.standardisedDifference ?? 0) >= 0 ? 'higher' : 'lower';
}

/** Every segment's brief as one Markdown document for a campaign team. */
export function briefsMarkdown(datasetName: string, segmentation: Pick<Segmentation, 'createdAt' | 'segments'>): string {
  const lines = [
    `# ${t('segments.briefs.markdownTitle', { name: datasetName })}`,
    '',
    t('segments.briefs.markdownDate', { date: formatDate(segmentation.createdAt) }),
    '',
  ];
  for (const s of segmentation.segments) {
    const heading = t('segments.briefs.markdownSegment', {
      number: s.index + 1,
      name: s.name,
      customers: countText('common.customers', s.size),
      share: formatPercent(s.share, 0),
    });
    lines.push(`## ${heading}`, '', s.description, '');
    lines.push(...s.brief.split('\n').map((l) => `- ${l}`), '');
  }
  return lines.join('\n');
}

/** A file name safe on every system: "segment-briefs-spring-campaign.md". */
export function exportFileName(prefix: string, datasetName: string, extension: string): string {
  const slug =
    datasetName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'dataset';
  return `${prefix}-${slug}.${extension}`;
}

/**
 * Which feature set and settings a segmentation used, in a few words for the header and the
 * history: k for k-means, DBSCAN's own eps and minPts, nothing more for RFM scores.
 */
export function segmentationLabel(s: {
  algorithm: string;
  featureSet: string;
  features: string[];
  k: number | null;
  eps?: number | null;
  minPts?: number | null;
}): string {
  if (s.algorithm === 'RFM_SCORES') return t('segments.label.rfmScores');
  const algorithm = s.algorithm === 'DBSCAN' ? 'DBSCAN' : 'k-means';
  const features =
    s.featureSet === 'RFM'
      ? 'RFM'
      : s.featureSet === 'TOP_DRIVERS'
        ? s.features.length
          ? countText('segments.label.topDrivers', s.features.length)
          : t('segments.label.topDriversAll')
        : countText('segments.label.chosenColumns', s.features.length);
  if (s.algorithm === 'DBSCAN') {
    const eps = s.eps !== null && s.eps !== undefined ? `eps = ${formatNumber(s.eps, 2)}` : null;
    const minPts = s.minPts !== null && s.minPts !== undefined ? `minPts = ${s.minPts}` : null;
    const settings = [eps, minPts].filter(Boolean).join(', ');
    return `${t('segments.label.on', { algorithm, features })}${settings ? `, ${settings}` : ''}`;
  }
  return `${t('segments.label.on', { algorithm, features })}${s.k !== null ? `, k = ${s.k}` : ''}`;
}

export interface RfmGridRow {
  recency: number;
  cells: (RfmGridCell & { color: string })[];
}

/** The R x F grid as rows from R 5 (most recent) down to R 1, F 1..5 left to right, each cell in its segment's colour. */
export function rfmGridRows(cells: readonly RfmGridCell[]): RfmGridRow[] {
  const rows: RfmGridRow[] = [];
  for (let r = 5; r >= 1; r--) {
    const row = [1, 2, 3, 4, 5].map((f) => {
      const cell = cells.find((c) => c.recency === r && c.frequency === f) ?? {
        recency: r,
        frequency: f,
        customers: 0,
        segment: -1,
        name: '',
      };
      return { ...cell, color: cell.segment >= 0 ? segmentColor(cell.segment) : NOISE_COLOR };
    });
    rows.push({ recency: r, cells: row });
  }
  return rows;
}
