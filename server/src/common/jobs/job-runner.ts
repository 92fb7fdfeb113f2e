import type { Logger } from 'pino';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { AppError } from '../errors.js';
import { JOB_KINDS, type JobKind, type JobQueue, type QueuedJob, type QueueSettings } from './job-queue.js';

/** What a handler gets besides the id: which try this is and a signal that fires on cancel. */
export interface JobContext {
  attempt: number;
  tries: number;
  /** Aborted when someone cancels the job (its row is marked failed) while it runs. */
  signal: AbortSignal;
}

/** How one kind of job is run and shown. */
export interface JobKindHandler {
  /** The table whose row shows the job (status QUEUED/RUNNING/SUCCEEDED/FAILED). */
  table: 'import_jobs' | 'training_runs' | 'segmentations' | 'scorings';
  /**
   * Runs the job. Must be safe to run again after a try that died halfway (its results are
   * written once, in one transaction). Throwing means "try again"; a failure the user must
   * fix is recorded on the row by the handler itself, which then returns.
   */
  run(id: string, context: JobContext): Promise<void>;
  /** Records a failure on the row for good, with a message for people. */
  fail(id: string, message: string): Promise<void>;
  /** False: a try whose process died is not started again but failed with `interrupted`. */
  resumable: boolean;
  interrupted: string;
  /** The message when every try failed on an error of ours. */
  gaveUp(tries: number): string;
}

const CANCEL_CHECK_MS = 1000;

/**
 * The one path of every background job (imports, training runs with their explanations,
 * segmentations): queued in the same transaction as the row that shows it, taken by any
 * process with free slots, run with a liveness lock, retried when its process dies or an
 * error of ours occurs, failed for good with a clear message after its last try, and
 * cancelled by marking its row failed.
 */
export class JobRunner {
  private readonly handlers = new Map<JobKind, JobKindHandler>();
  private reaper: NodeJS.Timeout | undefined;
  private reaping: Promise<void> | undefined;
  /** RUNNING rows found without a live process at the last check ("kind:id"). */
  private suspects = new Set<string>();
  private readonly server: boolean;

  constructor(
    private readonly dataSource: DataSource,
    readonly queue: JobQueue,
    private readonly logger: Logger,
    readonly settings: QueueSettings,
  ) {
    const extra = (dataSource.options as { extra?: { max?: number } }).extra;
    this.server = queue.name === 'pg-boss' && extra?.max !== 1;
  }

  register(kind: JobKind, handler: JobKindHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Saves the row that shows a new job (in `create`) and queues the job in the same transaction. */
  async create<T extends { id: string }>(kind: JobKind, create: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.stopped)
      throw new AppError('CONFLICT', 'The server is restarting and takes no new work. Please try again in a minute.', {
        key: 'error.restarting',
      });
    if (this.queue.name === 'pg-boss') {
      return this.dataSource.transaction(async (manager) => {
        const row = await create(manager);
        await this.queue.send(kind, row.id, manager);
        return row;
      });
    }
    const row = await this.dataSource.transaction(create);
    await this.queue.send(kind, row.id);
    return row;
  }

  /** Queues a job whose row already exists (recovery). */
  send(kind: JobKind, id: string): Promise<void> {
    return this.queue.send(kind, id);
  }

  private stopped = false;

  /**
   * Starts taking jobs (`concurrency` at a time) and looks for jobs whose process died:
   * at once, then every `checkSeconds`. With the embedded database (one process) every
   * unfinished job found at start was interrupted by the last stop and is queued again.
   */
  async start(concurrency: number, checkSeconds: number): Promise<void> {
    await this.queue.start();
    if (this.queue.name === 'in-process') await this.recover();
    else await this.reap(true);
    await this.queue.work(concurrency, (job) => this.execute(job));
    if (this.queue.name === 'pg-boss') {
      this.reaper = setInterval(() => void (this.reaping ??= this.reap().finally(() => (this.reaping = undefined))), checkSeconds * 1000);
      this.reaper.unref();
    }
  }

  async stop(graceMs: number): Promise<boolean> {
    this.stopped = true;
    clearInterval(this.reaper);
    await this.reaping;
    return this.queue.stop(graceMs);
  }

  get accepting(): boolean {
    return !this.stopped;
  }

  private async status(table: string, id: string): Promise<string | null> {
    const rows = (await this.dataSource.query(`SELECT status FROM ${table} WHERE id = $1`, [id])) as { status: string }[];
    return rows[0]?.status ?? null;
  }

  /** Runs one job taken from the queue; throwing hands it back for another try. */
  private async execute(job: QueuedJob): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) throw new Error(`No handler for ${job.kind} jobs in this process.`);
    const lock = await this.lock(job.id);
    if (!lock.held) return; // another live process runs it
    const controller = new AbortController();
    let watcher: NodeJS.Timeout | undefined;
    try {
      const status = await this.status(handler.table, job.id);
      if (status !== 'QUEUED' && status !== 'RUNNING') return; // finished, cancelled or deleted
      if (status === 'RUNNING' && !handler.resumable) return await handler.fail(job.id, handler.interrupted);
      watcher = setInterval(() => {
        this.status(handler.table, job.id).then(
          (now) => now === 'FAILED' && controller.abort(),
          () => undefined,
        );
      }, CANCEL_CHECK_MS);
      watcher.unref();
      await handler.run(job.id, { attempt: job.attempt, tries: job.tries, signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      if (job.attempt < job.tries) {
        this.logger.warn({ err: error, kind: job.kind, id: job.id, attempt: job.attempt }, 'job failed; it will be tried again');
        throw error;
      }
      this.logger.error({ err: error, kind: job.kind, id: job.id, attempt: job.attempt }, 'job failed on its last try');
      await handler.fail(job.id, handler.gaveUp(job.tries));
    } finally {
      clearInterval(watcher);
      await lock.release();
    }
  }

  /**
   * On a PostgreSQL server, a running job holds a session lock on its own connection; the
   * lock goes when its process dies, which is how other processes tell a lost job from a
   * long one. (The embedded database has one connection and one process: no lock needed.)
   */
  private async lock(id: string): Promise<{ held: boolean; release(): Promise<void> }> {
    if (!this.server) return { held: true, release: async () => undefined };
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const held = await tryLock(runner, id);
    const release = async () => {
      if (held) await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`job:${id}`]).catch(() => undefined);
      await runner.release();
    };
    if (!held) await release();
    return { held, release };
  }

  /**
   * Finds RUNNING rows whose process is gone and hands their jobs back (or fails them). Never
   * throws. At start (`now`) a free lock is acted on at once: this process was not running.
   * Later, only a row found lockless at two checks in a row: a live job whose connections were
   * just cut records its own failure in the meantime.
   */
  async reap(now = false): Promise<void> {
    if (!this.server) return;
    try {
      await this.reapKinds(now);
    } catch (err) {
      this.logger.warn({ reason: String((err as Error).message) }, 'looking for jobs whose process stopped failed; trying again later');
    }
  }

  private async reapKinds(now: boolean): Promise<void> {
    const suspects = new Set<string>();
    for (const kind of JOB_KINDS) {
      const handler = this.handlers.get(kind);
      if (!handler) continue;
      const running = (await this.dataSource.query(`SELECT id FROM ${handler.table} WHERE status = 'RUNNING'`)) as { id: string }[];
      for (const { id } of running) {
        try {
          if (!(await this.isOrphan(id))) continue;
          suspects.add(`${kind}:${id}`);
          if (!now && !this.suspects.has(`${kind}:${id}`)) continue;
          const pending = await this.queue.pending!(kind, id);
          if (!handler.resumable) {
            // RUNNING is set under the lock, so a free lock means its process is gone.
            this.logger.warn({ kind, id }, 'the process running this job stopped; it is failed');
            await handler.fail(id, handler.interrupted);
            for (const queueJobId of pending.stale) await this.queue.release!(kind, queueJobId);
            continue;
          }
          if (pending.others > 0) continue; // queued again or just taken: nothing to do
          if (pending.stale.length === 0) {
            await handler.fail(id, handler.gaveUp(this.settings.tries));
            continue;
          }
          this.logger.warn({ kind, id }, 'the process running this job stopped; it is tried again');
          for (const queueJobId of pending.stale) await this.queue.release!(kind, queueJobId);
        } catch (err) {
          this.logger.warn({ err, kind, id }, 'checking a running job failed');
        }
      }
    }
    this.suspects = suspects;
  }

  private async isOrphan(id: string): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const free = await tryLock(runner, id);
      if (free) await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`job:${id}`]);
      return free;
    } finally {
      await runner.release();
    }
  }

  /** Embedded database: jobs left queued or running by the last stop are queued again. */
  private async recover(): Promise<void> {
    for (const kind of JOB_KINDS) {
      const handler = this.handlers.get(kind);
      if (!handler) continue;
      const rows = (await this.dataSource.query(
        `SELECT id, status FROM ${handler.table} WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_at`,
      )) as {
        id: string;
        status: string;
      }[];
      for (const row of rows) {
        if (row.status === 'RUNNING' && !handler.resumable) await handler.fail(row.id, handler.interrupted);
        else await this.queue.send(kind, row.id);
      }
      if (rows.length) this.logger.warn({ kind, jobs: rows.length }, 'jobs left unfinished by the last stop were queued again or failed');
    }
  }
}

async function tryLock(runner: QueryRunner, id: string): Promise<boolean> {
  const rows = (await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS held', [`job:${id}`])) as { held: boolean }[];
  return rows[0].held;
}
