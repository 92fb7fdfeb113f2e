import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { JOB_KINDS, type JobKind, type JobQueue, type QueuedJobHandler, type QueueSettings } from './job-queue.js';

/** Imports first (someone is waiting for their data), then the short segmentations, then training. */
const TAKE_ORDER: JobKind[] = ['import', 'scoring', 'segmentation', 'training'];
const POLL_MS = 1000;

/**
 * The queue on a PostgreSQL server: pg-boss 10 (11+ needs Node 22). Jobs live in its schema
 * (`pgboss`, created and migrated by pg-boss itself), so any process on any machine that
 * reaches the database can take them. One loop per process fetches as many jobs as it has
 * free slots, across the kinds; a job that throws is failed in pg-boss, which retries it
 * until its tries are used up.
 */
export class PgBossQueue implements JobQueue {
  readonly name = 'pg-boss' as const;
  private readonly boss: PgBoss;
  private readonly running = new Map<string, { kind: JobKind; promise: Promise<void> }>();
  private concurrency = 0;
  private handler: QueuedJobHandler | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    connectionString: string,
    private readonly settings: QueueSettings,
    private readonly logger: Logger,
  ) {
    // Expiry is only a backstop: a job whose process died is found at once by its lost lock
    // (JobRunner.reap) and given back to the queue then.
    this.boss = new PgBoss({
      connectionString,
      max: 4,
      expireInSeconds: settings.timeoutSeconds,
      maintenanceIntervalSeconds: 30,
      schedule: false,
    });
    this.boss.on('error', (err) => this.logger.warn({ err }, 'job queue error'));
  }

  private sendOptions(): PgBoss.SendOptions {
    return { retryLimit: this.settings.tries - 1, retryDelay: 1, expireInSeconds: this.settings.timeoutSeconds };
  }

  async start(): Promise<void> {
    await this.boss.start();
    for (const kind of JOB_KINDS) await this.boss.createQueue(kind, { name: kind, policy: 'standard', ...this.sendOptions() });
  }

  async send(kind: JobKind, id: string, manager?: EntityManager): Promise<void> {
    const db = manager
      ? { executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) }
      : undefined;
    await this.boss.send(kind, { id }, { ...this.sendOptions(), db });
    this.wake?.();
  }

  async work(concurrency: number, handler: QueuedJobHandler): Promise<void> {
    this.concurrency = concurrency;
    this.handler = handler;
    if (concurrency > 0) this.loop ??= this.takeJobs();
  }

  private async takeJobs(): Promise<void> {
    while (!this.stopping) {
      let took = 0;
      try {
        for (const kind of TAKE_ORDER) {
          const free = this.concurrency - this.running.size;
          if (free <= 0 || this.stopping) break;
          const jobs = await this.boss.fetch<{ id: string }>(kind, { batchSize: free, includeMetadata: true });
          for (const job of jobs) this.runOne(kind, job);
          took += jobs.length;
        }
      } catch (err) {
        if (!this.stopping) this.logger.warn({ err }, 'taking jobs from the queue failed; trying again');
      }
      if (took === 0 || this.running.size >= this.concurrency) await this.sleep();
    }
  }

  private runOne(kind: JobKind, job: PgBoss.JobWithMetadata<{ id: string }>): void {
    const attempt = job.retryCount + 1;
    const handler = this.handler!;
    const promise = Promise.resolve()
      .then(() => handler({ kind, id: job.data.id, attempt, tries: job.retryLimit + 1 }))
      .then(
        () => this.boss.complete(kind, job.id),
        (error: unknown) => this.boss.fail(kind, job.id, { message: error instanceof Error ? error.message : String(error) }),
      )
      .catch((err) => this.logger.warn({ err, kind, id: job.data.id }, 'could not record a job outcome in the queue'))
      .finally(() => {
        this.running.delete(job.id);
        this.wake?.();
      });
    this.running.set(job.id, { kind, promise });
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, POLL_MS);
      this.wake = done;
    });
  }

  async pending(kind: JobKind, id: string): Promise<{ stale: string[]; others: number }> {
    // A job taken less than a few seconds ago may not hold its lock yet: counted as alive.
    const { rows } = (await this.boss.getDb().executeSql(
      `SELECT id, state = 'active' AND started_on < now() - interval '5 seconds' AS stale
         FROM pgboss.job WHERE name = $1 AND data->>'id' = $2 AND state IN ('created', 'retry', 'active')`,
      [kind, id],
    )) as { rows: { id: string; stale: boolean }[] };
    return { stale: rows.filter((r) => r.stale).map((r) => r.id), others: rows.filter((r) => !r.stale).length };
  }

  async release(kind: JobKind, queueJobId: string): Promise<void> {
    await this.boss.fail(kind, queueJobId, { message: 'The process running this job stopped.' });
    this.wake?.();
  }

  async stop(graceMs: number): Promise<boolean> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    const all = Promise.allSettled([...this.running.values()].map((r) => r.promise)).then(() => true);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref());
    const finished = await Promise.race([all, timeout]);
    // What did not finish stays active in pg-boss; once this process is gone its lock is
    // free and the next reap (any process, or this one's restart) hands it back.
    await this.boss.stop({ graceful: false, close: true, wait: true });
    return finished;
  }
}
