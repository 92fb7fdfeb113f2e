import { describe, expect, it } from 'vitest';
import type { ModelDetail } from '../../../client/src/graphql/model-operations';
import {
  activeModels,
  ALGORITHM_COLORS,
  calibrationChartData,
  curveChartOptions,
  axisTitleLines,
  curveTooltip,
  liftChartData,
  modelLegendLabel,
  modelOptionLabel,
  prChartData,
  rocChartData,
  shownModel,
  testPositiveRate,
} from '../../../client/src/utils/model-charts';

function model(overrides: Partial<ModelDetail> & Pick<ModelDetail, 'id' | 'algorithm'>): ModelDetail {
  return {
    version: 1,
    isActive: true,
    isFeatured: false,
    createdAt: '2025-01-01T00:00:00Z',
    trainRows: 1500,
    testRows: 500,
    fitSeconds: 0.2,
    samples: null,
    metrics: {
      rocAuc: 0.8,
      prAuc: 0.5,
      accuracy: 0.86,
      precision: 0.5,
      recall: 0.4,
      f1: 0.44,
      logLoss: 0.3,
      brierScore: 0.09,
      threshold: 0.3,
      truePositives: 28,
      falsePositives: 28,
      trueNegatives: 402,
      falseNegatives: 42,
    },
    rocCurve: [
      { x: 0, y: 0, threshold: null },
      { x: 0.1, y: 0.5, threshold: 0.4 },
      { x: 1, y: 1, threshold: 0 },
    ],
    prCurve: [
      { x: 0.1, y: 0.9, threshold: 0.8 },
      { x: 1, y: 0.14, threshold: 0 },
    ],
    lift: [
      { decile: 1, share: 0.1, cumulativeGain: 0.3, cumulativeLift: 3, lift: 3, responseRate: 0.42 },
      { decile: 10, share: 1, cumulativeGain: 1, cumulativeLift: 1, lift: 0.2, responseRate: 0.03 },
    ],
    calibration: [{ lower: 0, upper: 0.1, count: 300, meanPredicted: 0.04, observedRate: 0.05 }],
    change: null,
    ...overrides,
  };
}

const lr = model({
  id: 'lr',
  algorithm: 'LOGISTIC_REGRESSION',
  isFeatured: true,
  metrics: { ...model({ id: 'x', algorithm: 'DECISION_TREE' }).metrics, rocAuc: 0.84 },
});
const rf = model({ id: 'rf', algorithm: 'RANDOM_FOREST' });
const oldRf = model({ id: 'rf0', algorithm: 'RANDOM_FOREST', isActive: false, version: 0 });

describe('activeModels', () => {
  it('keeps the active version of each algorithm, best ROC AUC first', () => {
    expect(activeModels([rf, oldRf, lr]).map((m) => m.id)).toEqual(['lr', 'rf']);
  });
});

describe('rocChartData', () => {
  it('draws one line per model in its algorithm colour plus the random-guess diagonal', () => {
    const data = rocChartData([lr, rf]);
    expect(data.datasets).toHaveLength(3);
    expect(data.datasets[0]?.label).toBe('Logistic regression (featured)');
    expect(data.datasets[0]?.borderColor).toBe(ALGORITHM_COLORS.LOGISTIC_REGRESSION);
    expect(data.datasets[0]?.data).toEqual([
      { x: 0, y: 0 },
      { x: 0.1, y: 0.5 },
      { x: 1, y: 1 },
    ]);
    // The featured model is drawn thicker than the others.
    expect(Number(data.datasets[0]?.borderWidth)).toBeGreaterThan(Number(data.datasets[1]?.borderWidth));
    expect(data.datasets[2]?.data).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ]);
    expect(data.datasets[2]?.borderDash).toBeDefined();
  });
});

describe('prChartData', () => {
  it('puts the random-guess line at the share of responders among the test rows', () => {
    expect(testPositiveRate(lr)).toBeCloseTo(70 / 500);
    const reference = prChartData([lr]).datasets.at(-1);
    expect(reference?.data).toEqual([
      { x: 0, y: 70 / 500 },
      { x: 1, y: 70 / 500 },
    ]);
  });
});

describe('liftChartData and calibrationChartData', () => {
  it('plots cumulative lift by share contacted, with the 1× line over the same stretch', () => {
    const data = liftChartData([lr]);
    expect(data.datasets[0]?.data).toEqual([
      { x: 0.1, y: 3 },
      { x: 1, y: 1 },
    ]);
    expect(data.datasets[1]?.data).toEqual([
      { x: 0.1, y: 1 },
      { x: 1, y: 1 },
    ]);
  });

  it('plots predicted against observed rates with the diagonal', () => {
    const data = calibrationChartData([rf]);
    expect(data.datasets[0]?.data).toEqual([{ x: 0.04, y: 0.05 }]);
    expect(data.datasets[1]?.label).toBe('Perfectly calibrated');
  });
});

describe('curve options and tooltips', () => {
  it('shows rates as percentages on 0..1 axes, lift as multiples', () => {
    const roc = curveChartOptions('roc');
    expect(roc.scales?.x?.min).toBe(0);
    expect(roc.scales?.y?.max).toBe(1);
    const lift = curveChartOptions('lift');
    expect(lift.scales?.y?.max).toBeUndefined();
    expect(curveTooltip('roc', 'Random forest', { x: 0.1, y: 0.55 })).toBe(
      'Random forest: responders found 55.0%, non-responders wrongly flagged 10.0%',
    );
    expect(curveTooltip('lift', 'Random forest', { x: 0.2, y: 2.345 })).toBe('Random forest: 2.35× at 20% contacted');
  });

  it('names the featured model in the legend', () => {
    expect(modelLegendLabel({ algorithm: 'GRADIENT_BOOSTING', isFeatured: false })).toBe('Gradient boosting');
  });
});

describe('modelOptionLabel', () => {
  it('names the algorithm, marks the featured model and gives its ROC AUC', () => {
    expect(modelOptionLabel(lr)).toBe('Logistic regression (featured) · ROC AUC 0.84');
    expect(modelOptionLabel(rf)).toBe('Random forest · ROC AUC 0.80');
  });
});

describe('shownModel', () => {
  it('keeps the chosen model while it is there, else falls back to the featured one, else the first', () => {
    expect(shownModel([rf, lr], 'rf')?.id).toBe('rf');
    expect(shownModel([rf, lr], 'gone')?.id).toBe('lr');
    expect(shownModel([rf, lr], null)?.id).toBe('lr');
    expect(shownModel([rf], null)?.id).toBe('rf');
    expect(shownModel([], 'rf')).toBeNull();
  });

  it('puts an axis title’s bracketed term on a second line, in every language', () => {
    expect(axisTitleLines('Responders found (true positive rate)')).toEqual(['Responders found', '(true positive rate)']);
    expect(axisTitleLines('Найденные откликнувшиеся (доля истинноположительных)')).toEqual([
      'Найденные откликнувшиеся',
      '(доля истинноположительных)',
    ]);
    expect(axisTitleLines('Predicted chance of responding')).toBe('Predicted chance of responding');
    const options = curveChartOptions('roc');
    expect((options.scales?.y as { title: { text: unknown } }).title.text).toEqual(['Responders found', '(true positive rate)']);
  });
});
