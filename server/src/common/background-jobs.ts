import type { Logger } from 'pino';
import { AppError } from './errors.js';

/**
 * Work that outlives the request that started it (imports, training, segmentation).
 * Shutdown stops taking new work and waits for what is running, up to a limit.
 */
export class BackgroundJobs {
  private readonly running = new Set<Promise<unknown>>();
  private closing = false;

  constructor(private readonly logger?: Logger) {}

  get accepting(): boolean {
    return !this.closing;
  }

  /**
   * Runs `work` in the background. Its failure must be handled inside `work` (marking the job
   * failed); should that handling itself throw, the error is logged here so it never becomes an
   * unhandled rejection that ends the process.
   */
  run(work: () => Promise<unknown>): void {
    if (this.closing) throw new AppError('CONFLICT', 'The server is restarting and takes no new work. Please try again in a minute.');
    let started: Promise<unknown>;
    try {
      started = work();
    } catch (error) {
      started = Promise.reject(error);
    }
    const promise = started
      .catch((error: unknown) => this.logger?.error({ err: error }, 'a background job failed outside its own error handling'))
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  get size(): number {
    return this.running.size;
  }

  /** Waits for running work; true when all of it finished within `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    const all = Promise.allSettled([...this.running]).then(() => true);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    return Promise.race([all, timeout]);
  }

  /** For tests: wait until nothing is running (new work may still be started afterwards). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
