import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { InProcessQueue } from '../../../server/src/common/jobs/in-process-queue.js';
import { failOrRethrow, isConnectionLost, recordFailure } from '../../../server/src/common/job-failure.js';

const silent = pino({ level: 'silent' });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
/** How TypeORM wraps a driver error. */
const queryFailed = (driverError: Error) => Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError });

describe('isConnectionLost', () => {
  it('knows a cut connection, a stopped server and a refused connection', () => {
    expect(isConnectionLost(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLost(queryFailed(pgError('57P01', 'terminating connection due to administrator command')))).toBe(true);
    expect(isConnectionLost(pgError('57P03', 'the database system is starting up'))).toBe(true);
    expect(isConnectionLost(pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(isConnectionLost(new Error('Client was closed and is not queryable'))).toBe(true);
  });

  it('does not take a bad statement or a plain bug for a lost connection', () => {
    expect(isConnectionLost(queryFailed(pgError('23505', 'duplicate key value violates unique constraint')))).toBe(false);
    expect(isConnectionLost(new TypeError('x is undefined'))).toBe(false);
    expect(isConnectionLost(null)).toBe(false);
  });
});

describe('recordFailure', () => {
  it('retries a failure write while the database is away and reports it written', async () => {
    let attempts = 0;
    const written = await recordFailure(
      silent,
      { jobId: 'j' },
      async () => {
        if (++attempts < 3) throw new Error('Connection terminated unexpectedly');
      },
      { delayMs: 1 },
    );
    expect(written).toBe(true);
    expect(attempts).toBe(3);
  });

  it('never throws: gives up at once on other errors, and after its time on a database that stays away', async () => {
    expect(await recordFailure(silent, {}, () => Promise.reject(new TypeError('bug')), { delayMs: 1 })).toBe(false);
    const started = Date.now();
    expect(await recordFailure(silent, {}, () => Promise.reject(pgError('ECONNREFUSED', 'refused')), { withinMs: 50, delayMs: 5 })).toBe(
      false,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('the in-process job queue', () => {
  it('keeps a job whose own failure handling throws from becoming an unhandled rejection', async () => {
    const queue = new InProcessQueue({ tries: 1, timeoutSeconds: 60 });
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      await queue.work(2, (job) => {
        if (job.id === 'sync') throw new Error('thrown before any promise');
        return Promise.reject(new Error('Connection terminated unexpectedly'));
      });
      await queue.send('training', 'async');
      await queue.send('training', 'sync');
      while (queue.size > 0) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});

describe('failOrRethrow', () => {
  const attempt = (error: unknown, aborted = false) => {
    const failed: string[] = [];
    const controller = new AbortController();
    if (aborted) controller.abort();
    const done = failOrRethrow(error, {
      ownError: 'TrainingError',
      signal: controller.signal,
      lostMessage: 'The database went away; start again.',
      logger: silent,
      job: { runId: 'r1' },
      what: 'training run',
      fail: async (message) => void failed.push(message),
    });
    return { done, failed };
  };

  it("fails the job with its own error's message", async () => {
    const { done, failed } = attempt(Object.assign(new Error('Too few responders.'), { name: 'TrainingError' }));
    await done;
    expect(failed).toEqual(['Too few responders.']);
  });

  it('fails the job with the plain message when the connection was lost', async () => {
    const { done, failed } = attempt(new Error('Connection terminated unexpectedly'));
    await done;
    expect(failed).toEqual(['The database went away; start again.']);
  });

  it('throws any other error, and a lost connection of a cancelled job, for the queue', async () => {
    const bug = attempt(new TypeError('x is undefined'));
    await expect(bug.done).rejects.toThrow('x is undefined');
    const cancelled = attempt(new Error('Connection terminated unexpectedly'), true);
    await expect(cancelled.done).rejects.toThrow('Connection terminated');
    expect([...bug.failed, ...cancelled.failed]).toEqual([]);
  });
});
