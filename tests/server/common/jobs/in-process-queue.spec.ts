import { describe, expect, it } from 'vitest';
import { InProcessQueue } from '../../../../server/src/common/jobs/in-process-queue.js';
import type { QueuedJob } from '../../../../server/src/common/jobs/job-queue.js';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('InProcessQueue', () => {
  it('runs at most `concurrency` jobs at a time, in the order they were sent', async () => {
    const queue = new InProcessQueue({ tries: 1, timeoutSeconds: 60 });
    const started: string[] = [];
    let running = 0;
    let most = 0;
    await queue.work(2, async (job) => {
      started.push(job.id);
      most = Math.max(most, ++running);
      await tick(20);
      running--;
    });
    for (const id of ['a', 'b', 'c', 'd', 'e']) await queue.send('training', id);
    while (queue.size > 0) await tick();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(most).toBe(2);
  });

  it('takes nothing with concurrency 0: jobs wait', async () => {
    const queue = new InProcessQueue({ tries: 1, timeoutSeconds: 60 });
    const seen: string[] = [];
    await queue.work(0, async (job) => void seen.push(job.id));
    await queue.send('import', 'x');
    await tick(20);
    expect(seen).toEqual([]);
    expect(queue.size).toBe(1);
  });

  it('tries a throwing job again until its tries are used up, counting the attempts', async () => {
    const queue = new InProcessQueue({ tries: 3, timeoutSeconds: 60 });
    const attempts: QueuedJob[] = [];
    await queue.work(1, async (job) => {
      attempts.push(job);
      throw new Error('boom');
    });
    await queue.send('segmentation', 's1');
    while (queue.size > 0) await tick();
    expect(attempts.map((j) => [j.attempt, j.tries])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('on stop waits for running jobs within the grace period and takes no new ones', async () => {
    const queue = new InProcessQueue({ tries: 1, timeoutSeconds: 60 });
    const done: string[] = [];
    await queue.work(1, async (job) => {
      await tick(30);
      done.push(job.id);
    });
    await queue.send('training', 'first');
    await queue.send('training', 'second');
    await tick();
    expect(await queue.stop(1000)).toBe(true);
    expect(done).toEqual(['first']);
    const slow = new InProcessQueue({ tries: 1, timeoutSeconds: 60 });
    await slow.work(1, async () => void (await tick(500)));
    await slow.send('training', 'long');
    await tick();
    expect(await slow.stop(20)).toBe(false);
  });
});
