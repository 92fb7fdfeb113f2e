import { describe, expect, it } from 'vitest';
import { dateOfDay } from '../../../server/src/domain/dates';
import type { PartialDependence } from '../../../client/src/graphql/explanation-operations';
import {
  curveKind,
  dayFromDaysBefore,
  formatX,
  iceLabel,
  levelLabels,
  pdpChart,
  pdpChartOptions,
  regionShades,
  rugBins,
} from '../../../client/src/utils/driver-charts';

/** The y scale of a curve chart, which is always linear. */
function linearY(options: ReturnType<typeof pdpChartOptions>): { beginAtZero?: boolean } {
  return (options.scales?.y ?? {}) as { beginAtZero?: boolean };
}

function curve(overrides: Partial<PartialDependence>): PartialDependence {
  return {
    feature: 'Income',
    label: 'Yearly income',
    kind: 'NUMERIC',
    baseline: 0.13,
    points: [
      { value: '20000', numericValue: 20000, meanPrediction: 0.05 },
      { value: '50000', numericValue: 50000, meanPrediction: 0.12 },
      { value: '90000', numericValue: 90000, meanPrediction: 0.3 },
    ],
    regions: [{ min: 62521, max: null, levels: null, meanPrediction: 0.2276, customers: 125, text: '', caption: '' }],
    ice: [
      [0.04, 0.1, 0.2],
      [0.06, 0.15, 0.4],
    ],
    ale: [
      { value: 90000, effect: 0.15 },
      { value: 20000, effect: -0.08 },
    ],
    disagreement: { score: 0.03, disagree: false },
    histogram: [
      { value: '20000', from: 5000, to: 30000, count: 40 },
      { value: '90000', from: 60000, to: 160000, count: 10 },
    ],
    dateReference: null,
    ...overrides,
  };
}

const income = curve({});
// Dt_Customer-like: days before 2014-06-29 (day 16250).
const since = curve({
  feature: 'Dt_Customer',
  label: 'Customer since',
  kind: 'DATE',
  dateReference: 16250,
  points: [
    { value: '34', numericValue: 34, meanPrediction: 0.11 },
    { value: '663', numericValue: 663, meanPrediction: 0.15 },
  ],
  regions: [
    { min: 400, max: 600, levels: null, meanPrediction: 0.2, customers: 80, text: '', caption: '' },
    { min: 500, max: null, levels: null, meanPrediction: 0.21, customers: 60, text: '', caption: '' },
  ],
  histogram: [{ value: '34', from: 1, to: 48, count: 33 }],
  ice: [],
  ale: null,
  disagreement: null,
});
const education = curve({
  feature: 'Education',
  label: 'Education',
  kind: 'CATEGORICAL',
  points: ['2n Cycle', 'Basic', 'Master', 'PhD'].map((value, i) => ({ value, numericValue: null, meanPrediction: 0.07 + i * 0.04 })),
  regions: [{ min: null, max: null, levels: ['Master', 'PhD'], meanPrediction: 0.194, customers: 181, text: '', caption: '' }],
  histogram: [
    { value: 'Basic', from: null, to: null, count: 14 },
    { value: 'Master', from: null, to: null, count: 78 },
  ],
  ice: [[0.1, 0.1, 0.1, 0.1]],
  ale: null,
  disagreement: null,
});

describe('dates', () => {
  it('turns days before the reference into calendar days', () => {
    expect(dayFromDaysBefore(16250, 0)).toBe(16250);
    expect(dateOfDay(16250).toISOString().slice(0, 10)).toBe('2014-06-29');
    expect(curveKind(since)).toBe('date');
    expect(formatX(since, 16250 - 34)).toBe('May 2014');
    expect(formatX(since, 16250 - 34, true)).toBe('26 May 2014');
  });

  it('swaps region edges (more days before = earlier) and words them as dates', () => {
    expect(regionShades(since)).toEqual([
      { from: 16250 - 600, to: 16250 - 400, tag: '1' },
      { from: null, to: 16250 - 500, tag: '2' },
    ]);
    expect(rugBins(since)).toEqual([{ from: 16250 - 48, to: 16250 - 1, count: 33 }]);
  });
});

describe('numeric curves', () => {
  it('words open-ended regions with thousands separators', () => {
    expect(regionShades(income)).toEqual([{ from: 62521, to: null, tag: '1' }]);
    expect(
      formatX(
        curve({ feature: 'Year_Birth', label: 'Year of birth', points: [{ value: '1957', numericValue: 1957, meanPrediction: 0.1 }] }),
        1957,
      ),
    ).toBe('1957');
  });

  it('draws the PDP, and ICE and ALE only when asked (ALE around the baseline, in x order)', () => {
    const plain = pdpChart(income, { ice: false, ale: false });
    expect(plain.type).toBe('scatter');
    expect(plain.data.datasets).toHaveLength(1);
    const full = pdpChart(income, { ice: true, ale: true });
    expect(full.data.datasets).toHaveLength(4);
    expect(full.data.datasets[1]?.data).toEqual([
      { x: 20000, y: 0.13 - 0.08 },
      { x: 90000, y: 0.13 + 0.15 },
    ]);
    expect(full.data.datasets.filter((d) => d.label === iceLabel())).toHaveLength(2);
  });

  it('overlays a compared model’s curve, and its ALE when ALE is on, named by model', () => {
    const other = curve({
      points: income.points.map((point) => ({ ...point, meanPrediction: point.meanPrediction / 2 })),
      ale: income.ale,
    });
    const second = { curve: other, name: 'Random forest', firstName: 'Logistic regression' };
    const plain = pdpChart(income, { ice: false, ale: false }, second);
    expect(plain.data.datasets.map((d) => d.label)).toEqual([
      'Logistic regression: Average prediction (PD)',
      'Random forest: Average prediction (PD)',
    ]);
    expect(plain.data.datasets[1]?.data).toEqual(other.points.map((point) => ({ x: point.numericValue, y: point.meanPrediction })));
    const withAle = pdpChart(income, { ice: false, ale: true }, second);
    expect(withAle.data.datasets.map((d) => d.label)).toEqual([
      'Logistic regression: Average prediction (PD)',
      'Logistic regression: Local effect (ALE)',
      'Random forest: Average prediction (PD)',
      'Random forest: Local effect (ALE)',
    ]);
  });

  it('passes regions, rug and baseline to the overlay and hides ICE from tooltips', () => {
    const options = pdpChartOptions(income, { ice: true, ale: false });
    expect(options.plugins?.pdpOverlay?.baseline).toEqual({ value: 0.13, label: 'Average 13.0%' });
    expect(options.plugins?.pdpOverlay?.rug).toEqual([
      { from: 5000, to: 30000, count: 40 },
      { from: 60000, to: 160000, count: 10 },
    ]);
    expect(options.plugins?.pdpOverlay?.regions).toHaveLength(1);
    expect(linearY(options).beginAtZero).toBe(false);
  });
});

describe('category curves', () => {
  it('draws bars, region levels in their own colour, shaded by level band', () => {
    const chart = pdpChart(education, { ice: true, ale: true });
    expect(chart.type).toBe('bar');
    // A compared model's bars sit beside each level, in the first model's level order.
    const other = {
      ...education,
      points: [...education.points].reverse().map((point) => ({ ...point, meanPrediction: point.meanPrediction * 2 })),
    };
    const compared = pdpChart(education, { ice: false, ale: false }, { curve: other, name: 'Random forest', firstName: 'Decision tree' });
    expect(compared.data.datasets.map((d) => d.label)).toEqual(['Decision tree: Average prediction', 'Random forest: Average prediction']);
    expect(compared.data.datasets[1]?.data).toEqual(education.points.map((point) => point.meanPrediction * 2));
    expect(chart.data.labels).toEqual(['2n Cycle', 'Basic', 'Master', 'PhD']);
    const colours = chart.data.datasets[0]?.backgroundColor as string[];
    expect(colours[2]).toBe(colours[3]);
    expect(colours[0]).not.toBe(colours[2]);
    expect(regionShades(education)).toEqual([
      { from: 1.5, to: 2.5, tag: '1' },
      { from: 2.5, to: 3.5, tag: '1' },
    ]);
  });

  it('puts customer counts under the level names instead of a rug', () => {
    expect(rugBins(education)).toEqual([]);
    expect(levelLabels(education)).toEqual([['2n Cycle'], ['Basic', '14 customers'], ['Master', '78 customers'], ['PhD']]);
    expect(linearY(pdpChartOptions(education, { ice: true, ale: false })).beginAtZero).toBe(true);
  });
});

describe('yes/no curves', () => {
  const accepted = curve({
    feature: 'Cmp4',
    label: 'Accepted campaign 4',
    kind: 'BINARY',
    points: [
      { value: '0', numericValue: 0, meanPrediction: 0.12 },
      { value: '1', numericValue: 1, meanPrediction: 0.27 },
    ],
    regions: [{ min: null, max: null, levels: ['1'], meanPrediction: 0.2728, customers: 33, text: '', caption: '' }],
    histogram: [
      { value: '0', from: 0, to: 0, count: 467 },
      { value: '1', from: 1, to: 1, count: 33 },
    ],
  });
  it('draws levels, named yes and no, even though the server sends numbers', () => {
    expect(curveKind(accepted)).toBe('levels');
    expect(pdpChart(accepted, { ice: false, ale: false }).data.labels).toEqual(['No (0)', 'Yes (1)']);
    expect(levelLabels(accepted)).toEqual([
      ['No (0)', '467 customers'],
      ['Yes (1)', '33 customers'],
    ]);
  });
});
