import { describe, expect, it } from 'vitest';
import type { Metrics, ModelChange } from '../../../client/src/graphql/model-operations';
import {
  bestModelId,
  canActivateModels,
  canTrainModels,
  confusionCells,
  confusionSummary,
  METRIC_COLUMNS,
  metricChangeNotes,
  modelHistory,
  movedFeatureNotes,
  trainingView,
} from '../../../client/src/utils/model-summary';

const metrics: Metrics = {
  rocAuc: 0.84,
  prAuc: 0.52,
  accuracy: 0.86,
  precision: 0.5,
  recall: 26 / 70,
  f1: 0.43,
  logLoss: 0.3,
  brierScore: 0.092,
  threshold: 0.321,
  truePositives: 26,
  falsePositives: 26,
  trueNegatives: 404,
  falseNegatives: 44,
};
const column = (key: string) => METRIC_COLUMNS.find((c) => c.key === key)!;

describe('roles', () => {
  it('lets analysts, importers and admins train, and only analysts and admins activate', () => {
    expect(['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'].map((role) => canTrainModels(role as never))).toEqual([false, true, true, true]);
    expect(['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'].map((role) => canActivateModels(role as never))).toEqual([false, true, false, true]);
    expect(canTrainModels(undefined)).toBe(false);
  });
});

describe('bestModelId', () => {
  const models = [
    { id: 'a', metrics: { ...metrics, rocAuc: 0.8, logLoss: 0.25 }, fitSeconds: 1, trainRows: 10 },
    { id: 'b', metrics: { ...metrics, rocAuc: 0.9, logLoss: 0.4 }, fitSeconds: 2, trainRows: 10 },
  ];
  it('picks the highest where higher is better and the lowest where lower is better', () => {
    expect(bestModelId(models, column('rocAuc'))).toBe('b');
    expect(bestModelId(models, column('logLoss'))).toBe('a');
  });
  it('marks nothing for context figures or a lone model', () => {
    expect(bestModelId(models, column('fitSeconds'))).toBeNull();
    expect(bestModelId(models.slice(0, 1), column('rocAuc'))).toBeNull();
  });
});

describe('confusion matrix in words', () => {
  it('gives each outcome its count, share of test rows and meaning', () => {
    const cells = confusionCells(metrics);
    expect(cells.map((c) => c.count)).toEqual([26, 26, 44, 404]);
    expect(cells.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1);
    expect(cells.find((c) => c.key === 'fn')?.meaning).toBe('44 responders would be missed.');
    expect(cells.filter((c) => c.good).map((c) => c.key)).toEqual(['tp', 'tn']);
  });
  it('sums the matrix up in one sentence', () => {
    expect(confusionSummary(metrics)).toBe(
      'Flagging customers above a 32.1% predicted chance picks 52 of 500 test customers: 50.0% of them respond, and they include 37.1% of the 70 responders.',
    );
  });
});

describe('history', () => {
  it('groups versions by algorithm, newest first, groups by name', () => {
    const groups = modelHistory([
      { algorithm: 'RANDOM_FOREST' as const, version: 1 },
      { algorithm: 'DECISION_TREE' as const, version: 1 },
      { algorithm: 'RANDOM_FOREST' as const, version: 2 },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Decision tree', 'Random forest']);
    expect(groups[1]?.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('words metric changes with the right tone (lower log loss is better)', () => {
    const change: ModelChange = {
      previousVersion: 1,
      metrics: [
        { metric: 'f1', before: 0.4, after: 0.38, delta: -0.02 },
        { metric: 'rocAuc', before: 0.8, after: 0.812, delta: 0.012 },
        { metric: 'logLoss', before: 0.3, after: 0.29, delta: -0.01 },
      ],
      movedFeatures: [],
    };
    expect(metricChangeNotes(change, ['rocAuc', 'f1', 'logLoss'])).toEqual([
      { text: 'ROC AUC +0.012', tone: 'better' },
      { text: 'F1 −0.02', tone: 'worse' },
      { text: 'Log loss −0.01', tone: 'better' },
    ]);
    expect(metricChangeNotes(null)).toEqual([]);
    const same = { ...change, metrics: change.metrics.map((m) => ({ ...m, delta: 0 })) };
    expect(metricChangeNotes(same, ['rocAuc', 'f1'])).toEqual([{ text: 'Same scores', tone: 'same' }]);
  });

  it('words moved features, new ones and dropped ones', () => {
    expect(
      movedFeatureNotes([
        { feature: 'Income', label: 'Yearly income', rankBefore: 3, rankAfter: 1 },
        { feature: 'Recency', label: '', rankBefore: null, rankAfter: 4 },
        { feature: 'Kids', label: 'Kids', rankBefore: 5, rankAfter: null },
      ]),
    ).toEqual(['Yearly income: #3 → #1', 'Recency: new at #4', 'Kids: dropped from #5']);
  });
});

describe('trainingView', () => {
  it('shows activity while queued, the share while running, the error when failed', () => {
    const base = { algorithms: ['RANDOM_FOREST', 'DECISION_TREE'] as const, error: null };
    expect(trainingView({ ...base, algorithms: [...base.algorithms], status: 'QUEUED', progress: 0 }).fraction).toBeNull();
    const running = trainingView({ ...base, algorithms: [...base.algorithms], status: 'RUNNING', progress: 0.456 });
    expect(running.fraction).toBeCloseTo(0.456);
    expect(running.label).toBe('Training 2 models… 45%');
    const failed = trainingView({ algorithms: [], status: 'FAILED', progress: 0.3, error: 'No target column.' });
    expect(failed).toMatchObject({ fraction: 1, tone: 'danger', detail: 'No target column.' });
  });
});
