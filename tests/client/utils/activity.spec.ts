import { describe, expect, it } from 'vitest';
import type { ActivityJob } from '../../../client/src/graphql/activity-operations';
import { activityRow, canCancelJob, formatJobDuration, hasUnfinished } from '../../../client/src/utils/activity';

const job = (over: Partial<ActivityJob> = {}): ActivityJob => ({
  id: 'j1',
  kind: 'TRAINING',
  datasetId: 'd1',
  datasetName: 'Spring campaign',
  status: 'RUNNING',
  progress: 0.42,
  startedBy: 'ana@example.com',
  createdAt: '2026-03-01T10:00:00Z',
  startedAt: '2026-03-01T10:00:01Z',
  finishedAt: null,
  durationSeconds: 65,
  outcome: null,
  cancellable: true,
  ...over,
});

describe('formatJobDuration', () => {
  it('writes whole units with correct plurals', () => {
    expect(formatJobDuration(1)).toBe('1 second');
    expect(formatJobDuration(42.4)).toBe('42 seconds');
    expect(formatJobDuration(60)).toBe('1 minute');
    expect(formatJobDuration(125)).toBe('2 minutes 5 seconds');
    expect(formatJobDuration(3600 + 60)).toBe('1 hour 1 minute');
    expect(formatJobDuration(7200)).toBe('2 hours');
  });
  it('shows a dash when there is no duration', () => {
    expect(formatJobDuration(null)).toBe('—');
    expect(formatJobDuration(-1)).toBe('—');
  });
});

describe('activityRow', () => {
  it('shows a running training run with its progress, who started it and a cancel button for analysts', () => {
    expect(activityRow(job(), 'ANALYST')).toMatchObject({
      kindLabel: 'Training',
      statusLabel: 'Running',
      progress: 0.42,
      startedBy: 'ana@example.com',
      duration: '1 minute 5 seconds',
      cancellable: true,
    });
    expect(activityRow(job(), 'VIEWER').cancellable).toBe(false);
  });
  it('says a queued job has not started and names the app for jobs nobody started', () => {
    expect(activityRow(job({ status: 'QUEUED', durationSeconds: null, startedBy: null }), 'ADMIN')).toMatchObject({
      statusLabel: 'Waiting',
      duration: 'Not started yet',
      startedBy: 'Campaign Profiler',
      progress: null,
    });
  });
  it('shows a finished job’s outcome and no bar', () => {
    const row = activityRow(job({ status: 'FAILED', cancellable: false, outcome: 'Cancelled by ana@example.com.' }), 'ADMIN');
    expect(row).toMatchObject({
      statusLabel: 'Failed',
      tone: 'danger',
      progress: null,
      outcome: 'Cancelled by ana@example.com.',
      cancellable: false,
    });
    expect(activityRow(job({ kind: 'IMPORT', status: 'SUCCEEDED', progress: null, cancellable: false }), 'ADMIN').outcome).toBe('—');
  });
});

describe('canCancelJob and hasUnfinished', () => {
  it('lets those who may start a job cancel it: training for analysts and importers, segmentations for analysts', () => {
    const roles = ['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'] as const;
    expect(roles.map((r) => canCancelJob('TRAINING', r))).toEqual([false, true, true, true]);
    expect(roles.map((r) => canCancelJob('SEGMENTATION', r))).toEqual([false, true, false, true]);
    expect(roles.map((r) => canCancelJob('IMPORT', r))).toEqual([false, false, false, false]);
    expect(canCancelJob('TRAINING', undefined)).toBe(false);
  });
  it('keeps refreshing while anything is queued or running', () => {
    expect(hasUnfinished([job({ status: 'SUCCEEDED' }), job({ status: 'QUEUED' })])).toBe(true);
    expect(hasUnfinished([job({ status: 'SUCCEEDED' }), job({ status: 'FAILED' })])).toBe(false);
  });
});
