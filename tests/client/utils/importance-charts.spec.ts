import { describe, expect, it } from 'vitest';
import type { FeatureImportance } from '../../../client/src/graphql/explanation-operations';
import {
  agreementBadge,
  importanceChart,
  importanceChartOptions,
  importanceRange,
  topFeatures,
} from '../../../client/src/utils/importance-charts';

const importances: FeatureImportance[] = [
  { feature: 'Income', label: 'Yearly income', importance: 0.025, stdDev: 0.016 },
  { feature: 'Education', label: 'Education', importance: 0.04, stdDev: 0.025 },
  { feature: 'Web', label: 'Web purchases', importance: -0.001, stdDev: 0.002 },
  { feature: 'Cmp4', label: 'Accepted campaign 4', importance: 0.017, stdDev: 0.007 },
];

describe('importance', () => {
  it('ranks features and takes the top N', () => {
    expect(topFeatures(importances, 2).map((f) => f.feature)).toEqual(['Education', 'Income']);
    expect(topFeatures(importances, 0)).toEqual([]);
  });

  it('colours the top N, carries the std. devs for the whiskers, and lines up a second model', () => {
    const second = [{ feature: 'Income', label: 'Yearly income', importance: 0.05, stdDev: 0.01 }];
    const chart = importanceChart({ name: 'LR', items: importances }, { name: 'RF', items: second }, 2);
    expect(chart.data.labels).toEqual(['Education', 'Yearly income', 'Accepted campaign 4', 'Web purchases']);
    const colours = chart.data.datasets[0]?.backgroundColor as string[];
    expect(colours[0]).toBe(colours[1]);
    expect(colours[2]).not.toBe(colours[0]);
    expect(chart.spreads[0]).toEqual([0.025, 0.016, 0.007, 0.002]);
    expect(chart.data.datasets[1]?.data).toEqual([null, 0.05, null, null]);
    expect(chart.spreads[1]).toEqual([null, 0.01, null, null]);
  });

  it('widens the axis to hold every whisker, below zero too', () => {
    const chart = importanceChart({ name: 'LR', items: importances }, null, 3);
    const range = importanceRange(chart);
    expect(range.max).toBeCloseTo(0.065);
    expect(range.min).toBeCloseTo(-0.003);
    const options = importanceChartOptions(chart);
    expect(options.indexAxis).toBe('y');
    expect(options.plugins?.errorBars?.spreads).toBe(chart.spreads);
  });
});

describe('agreementBadge', () => {
  const models = [
    { algorithm: 'RANDOM_FOREST' as const, rank: 1, direction: 'decreasing' },
    { algorithm: 'DECISION_TREE' as const, rank: 10, direction: 'mixed' },
  ];
  it('says whether the models agree on rank and direction', () => {
    expect(agreementBadge(undefined)).toBeNull();
    expect(agreementBadge({ feature: 'R', label: 'R', rankAgreement: true, directionAgreement: true, models })?.text).toBe('Models agree');
    expect(agreementBadge({ feature: 'R', label: 'R', rankAgreement: false, directionAgreement: true, models })?.tone).toBe('info');
    const disagree = agreementBadge({ feature: 'R', label: 'R', rankAgreement: true, directionAgreement: false, models });
    expect(disagree?.tone).toBe('warn');
    expect(disagree?.title).toBe('Random forest: #1, falls\nDecision tree: #10, rises and falls');
  });
});
