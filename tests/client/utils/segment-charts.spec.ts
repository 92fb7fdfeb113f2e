import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../client/src/graphql/segment-operations';
import {
  briefsMarkdown,
  canSegment,
  exportFileName,
  heatmapRows,
  heatmapShade,
  kChoiceChartData,
  NOISE_COLOR,
  profileDirection,
  profileNote,
  projectionChartData,
  rfmGridRows,
  segmentationLabel,
  segmentColor,
  SEGMENT_COLORS,
} from '../../../client/src/utils/segment-charts';

const outcome = (column: string, responded: number, total: number) => ({
  column,
  label: column,
  responded,
  total,
  rate: total ? responded / total : 0,
});
const segment = (index: number, name: string, campaigns: ReturnType<typeof outcome>[]): Segment => ({
  index,
  name,
  description: `${name} described`,
  size: campaigns[0]?.total ?? 0,
  share: 0.5,
  meanPredicted: null,
  targetGroupCustomers: null,
  targetGroupShare: null,
  brief: 'Tone: warm.\nOffer: reuse Cmp1.',
  briefEdited: false,
  campaigns,
  distinctive: [],
});

describe('segment charts', () => {
  it('gives each segment a stable colour and noise grey', () => {
    expect(segmentColor(0)).toBe(SEGMENT_COLORS[0]);
    expect(segmentColor(SEGMENT_COLORS.length)).toBe(SEGMENT_COLORS[0]);
    expect(segmentColor(-1)).toBe(NOISE_COLOR);
  });

  it('only analysts and administrators run segmentations', () => {
    expect(['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'].map((r) => canSegment(r as never))).toEqual([false, true, false, true]);
  });

  it('marks the k values that were left out with a grey cross, in their own legend entry', () => {
    const data = kChoiceChartData(
      [
        { k: 2, silhouette: 0.44, inertia: 100, leftOut: 'Left out: fewer than 3 segments are rarely something to act on.' },
        { k: 3, silhouette: 0.4, inertia: 60, leftOut: null },
        { k: 4, silhouette: 0.39, inertia: 50, leftOut: null },
        { k: 5, silhouette: 0.3, inertia: 45, leftOut: 'Left out: a segment would hold only 2.1 % of the customers (under 5 %).' },
      ],
      4,
    );
    const silhouette = data.datasets[0];
    expect(silhouette.pointStyle).toEqual(['crossRot', 'circle', 'circle', 'crossRot']);
    expect(silhouette.pointRadius).toEqual([6, 3, 7, 6]);
    expect(data.datasets.map((d) => d.label)).toContain('Left out (a segment too small, or too few segments)');
    expect(kChoiceChartData([{ k: 3, silhouette: 0.4, inertia: 60 }], 3).datasets).toHaveLength(2);
  });

  it('draws silhouette and inertia per k, the chosen k larger', () => {
    const data = kChoiceChartData(
      [
        { k: 2, silhouette: 0.4, inertia: 100 },
        { k: 3, silhouette: 0.5, inertia: 60 },
      ],
      3,
    );
    expect(data.datasets[0].data).toEqual([
      { x: 2, y: 0.4 },
      { x: 3, y: 0.5 },
    ]);
    expect(data.datasets[1].data).toEqual([
      { x: 2, y: 100 },
      { x: 3, y: 60 },
    ]);
    expect(data.datasets[0].pointRadius).toEqual([3, 7]);
  });

  it('splits the scatter into one dataset per segment, noise last', () => {
    const data = projectionChartData(
      [
        { x: 1, y: 2, segment: 1 },
        { x: 0, y: 0, segment: -1 },
        { x: 3, y: 4, segment: 0 },
        { x: 5, y: 6, segment: 1 },
      ],
      [
        { index: 0, name: 'Big spenders' },
        { index: 1, name: 'Lapsed' },
      ],
    );
    expect(data.datasets.map((d) => d.label)).toEqual(['Big spenders', 'Lapsed', 'Noise (no segment)']);
    expect(data.datasets.map((d) => d.data.length)).toEqual([1, 2, 1]);
  });

  it('shades each heatmap column relative to its highest rate and adds the overall row', () => {
    const overall = [outcome('Cmp1', 30, 300), outcome('Response', 45, 300)];
    const rows = heatmapRows(
      [
        segment(0, 'A', [outcome('Cmp1', 25, 100), outcome('Response', 10, 100)]),
        segment(1, 'B', [outcome('Cmp1', 5, 200), outcome('Response', 35, 200)]),
      ],
      overall,
    );
    expect(rows.map((r) => r.name)).toEqual(['A', 'B', 'All customers']);
    expect(rows[0].cells[0]).toMatchObject({ rate: 0.25, intensity: 1, responded: 25, total: 100 });
    expect(rows[1].cells[0].intensity).toBeCloseTo(0.025 / 0.25, 12);
    expect(rows[0].cells[0].ratio).toBeCloseTo(0.25 / 0.1, 12);
    expect(rows[1].cells[1].intensity).toBe(1);
    expect(rows[2].size).toBeNull();
    expect(heatmapShade(0)).toBe('rgba(47, 91, 211, 0)');
    expect(heatmapShade(1)).toBe('rgba(47, 91, 211, 0.85)');
  });

  it('shows the server’s sentence for a distinctive feature, with an arrow only for a material difference', () => {
    const base = {
      feature: 'Year_Birth',
      label: 'Year of birth',
      kind: 'NUMERIC',
      mean: 1965.2,
      overallMean: 1968.8,
      median: 1965,
      overallMedian: 1970,
      level: null,
      share: null,
      overallShare: null,
      standardisedDifference: -0.4,
    };
    const born = { ...base, text: 'Were born earlier (median 1965 vs 1970)', direction: 'lower' };
    expect(profileNote(born)).toBe('Were born earlier (median 1965 vs 1970)');
    expect(profileDirection(born)).toBe('lower');
    const same = { ...base, text: 'Have fewer children at home (on average 0.41 vs 0.44)', direction: null };
    expect(profileDirection(same)).toBeNull();
  });

  it('writes profile notes for runs stored before the server wrote them', () => {
    const base = {
      feature: 'Monetary',
      label: 'Monetary',
      median: null,
      overallMedian: null,
      level: null,
      share: null,
      overallShare: null,
      text: null,
      direction: null,
    };
    expect(profileNote({ ...base, kind: 'NUMERIC', mean: 1181.4, overallMean: 605.2, standardisedDifference: 1.2 })).toBe(
      'Monetary: on average 1,181 vs 605 overall',
    );
    expect(
      profileNote({
        ...base,
        kind: 'NUMERIC',
        mean: 1181.4,
        overallMean: 605.2,
        median: 903,
        overallMedian: 274,
        standardisedDifference: 1.2,
      }),
    ).toBe('Monetary: median 903 vs 274 overall');
    const cat = {
      ...base,
      feature: 'Education',
      label: 'Education',
      kind: 'CATEGORICAL',
      mean: null,
      overallMean: null,
      level: 'PhD',
      share: 0.32,
      overallShare: 0.22,
      standardisedDifference: -0.3,
    };
    expect(profileNote(cat)).toBe('Education: PhD 32% vs 22% overall');
    expect(profileDirection(cat)).toBe('lower');
  });

  it('exports the briefs as Markdown with one section per segment', () => {
    const md = briefsMarkdown('Spring campaign', {
      createdAt: '2025-03-01T10:00:00Z',
      segments: [segment(0, 'Loyal big spenders', [outcome('Cmp1', 1, 10)])],
    });
    expect(md).toContain('# Message briefs — Spring campaign');
    expect(md).toContain('## 1. Loyal big spenders (10 customers, 50%)');
    expect(md).toContain('- Tone: warm.\n- Offer: reuse Cmp1.');
    expect(exportFileName('segment-briefs', 'Spring Campaign (2025)!', 'md')).toBe('segment-briefs-spring-campaign-2025.md');
  });

  it('labels a segmentation’s settings for the history', () => {
    expect(segmentationLabel({ algorithm: 'KMEANS', featureSet: 'RFM', features: ['Recency'], k: 3 })).toBe('k-means on RFM, k = 3');
    expect(segmentationLabel({ algorithm: 'DBSCAN', featureSet: 'TOP_DRIVERS', features: ['a', 'b', 'c'], k: null })).toBe(
      'DBSCAN on top 3 drivers',
    );
    expect(segmentationLabel({ algorithm: 'KMEANS', featureSet: 'CUSTOM', features: ['a', 'b'], k: 2 })).toBe(
      'k-means on 2 chosen columns, k = 2',
    );
  });

  it('shows DBSCAN’s own settings rather than k, and RFM scores without k', () => {
    expect(segmentationLabel({ algorithm: 'DBSCAN', featureSet: 'RFM', features: [], k: 3, eps: 0.4213, minPts: 6 })).toBe(
      'DBSCAN on RFM, eps = 0.42, minPts = 6',
    );
    expect(segmentationLabel({ algorithm: 'RFM_SCORES', featureSet: 'RFM', features: [], k: 11 })).toBe('RFM scores (quintiles)');
  });

  it('lays the R x F grid out from R 5 to R 1 and F 1 to F 5, coloured by segment', () => {
    const cells = [
      { recency: 5, frequency: 5, customers: 7, segment: 0, name: 'Champions' },
      { recency: 1, frequency: 1, customers: 3, segment: 2, name: 'Lost' },
    ];
    const rows = rfmGridRows(cells);
    expect(rows.map((r) => r.recency)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0].cells.map((c) => c.frequency)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0].cells[4]).toMatchObject({ customers: 7, name: 'Champions', color: segmentColor(0) });
    expect(rows[4].cells[0]).toMatchObject({ customers: 3, name: 'Lost', color: segmentColor(2) });
    expect(rows[2].cells[2]).toMatchObject({ customers: 0, color: NOISE_COLOR });
  });
});
