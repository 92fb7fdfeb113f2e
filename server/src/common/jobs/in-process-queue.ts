import type { JobKind, JobQueue, QueuedJobHandler, QueueSettings } from './job-queue.js';

interface Waiting {
  kind: JobKind;
  id: string;
  attempt: number;
}

/**
 * The queue of the embedded database: one process, so a list in memory. Jobs that were
 * queued or running when the process stopped are queued again at the next start from the
 * rows that show them (see JobRunner.recover), so nothing is lost with the list.
 */
export class InProcessQueue implements JobQueue {
  readonly name = 'in-process' as const;
  private readonly waiting: Waiting[] = [];
  private readonly running = new Set<Promise<void>>();
  private handler: QueuedJobHandler | undefined;
  private concurrency = 0;
  private stopping = false;

  constructor(private readonly settings: QueueSettings) {}

  async start(): Promise<void> {}

  async send(kind: JobKind, id: string): Promise<void> {
    // After the caller's transaction has committed (PGlite runs one transaction at a time,
    // so the handler's first query waits for it anyway); never synchronously.
    this.waiting.push({ kind, id, attempt: 1 });
    setImmediate(() => this.pump());
  }

  async work(concurrency: number, handler: QueuedJobHandler): Promise<void> {
    this.concurrency = concurrency;
    this.handler = handler;
    this.pump();
  }

  private pump(): void {
    while (!this.stopping && this.handler && this.running.size < this.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      const handler = this.handler;
      // Never an unhandled rejection, not even from a handler that throws before returning a promise.
      const promise = Promise.resolve()
        .then(() => handler({ ...next, tries: this.settings.tries }))
        .then(
          () => undefined,
          () => {
            // The handler failed the job for good on its last try; earlier tries go back in line.
            if (next.attempt < this.settings.tries) this.waiting.push({ ...next, attempt: next.attempt + 1 });
          },
        );
      const tracked = promise.finally(() => {
        this.running.delete(tracked);
        this.pump();
      });
      this.running.add(tracked);
    }
  }

  get size(): number {
    return this.running.size + this.waiting.length;
  }

  async stop(graceMs: number): Promise<boolean> {
    this.stopping = true;
    const all = Promise.allSettled([...this.running]).then(() => true);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref());
    return Promise.race([all, timeout]);
  }
}
