import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressReporter } from '../../../../server/src/common/jobs/progress-reporter.js';

describe('progressReporter', () => {
  beforeEach(() => vi.useFakeTimers({ now: 10_000 }));
  afterEach(() => vi.useRealTimers());

  it('keeps every fraction in memory and writes at most one a second, one write at a time', async () => {
    const progress = new Map<string, number>();
    const written: number[] = [];
    let release = () => {};
    const report = progressReporter(progress, 'job', (fraction) => {
      written.push(fraction);
      return new Promise<void>((resolve) => (release = resolve));
    });
    report(0.1);
    report(0.2);
    expect(progress.get('job')).toBe(0.2);
    expect(written).toEqual([0.1]);
    vi.advanceTimersByTime(1500);
    report(0.3); // the first write is still held up
    expect(written).toEqual([0.1]);
    release();
    await vi.runAllTimersAsync();
    report(0.4);
    expect(written).toEqual([0.1, 0.4]);
    expect(progress.get('job')).toBe(0.4);
  });

  it('drops a failed write and writes again later', async () => {
    const written: number[] = [];
    const report = progressReporter(new Map(), 'job', async (fraction) => {
      written.push(fraction);
      throw new Error('lock timeout');
    });
    report(0.1);
    await vi.runAllTimersAsync();
    vi.advanceTimersByTime(1001);
    report(0.5);
    expect(written).toEqual([0.1, 0.5]);
  });
});
