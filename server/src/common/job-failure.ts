import type { Logger } from 'pino';

/** Node socket errors and PostgreSQL SQLSTATEs that mean "the connection went away", not "the statement was wrong". */
const LOST_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);
const LOST_MESSAGES = [
  /connection terminated/i,
  /not queryable/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /connection (refused|reset)/i,
  /server closed the connection/i,
  /timeout exceeded when trying to connect/i,
];

/**
 * True when `error` (or the driver error TypeORM wraps in it) says the database connection
 * was lost or could not be made: the job should fail with a plain reason and be retried by a
 * person later, and the server must carry on.
 */
export function isConnectionLost(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (LOST_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && LOST_MESSAGES.some((pattern) => pattern.test(message))) return true;
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export interface RetryOptions {
  /** Give up after this long (the job is then marked failed at the next start). */
  withinMs?: number;
  /** First pause between attempts; doubled up to `maxDelayMs`. */
  delayMs?: number;
  maxDelayMs?: number;
}

/**
 * Writes a job's failure (mark it FAILED, remove what it wrote) and never throws. When the
 * database is away the write is retried with growing pauses until it is back: the write that
 * reports a lost connection would otherwise fail for the same reason (the first attempts
 * often pick pool connections whose server side was just cut). Returns whether it was written.
 */
export async function recordFailure(
  logger: Logger,
  job: Record<string, unknown>,
  write: () => Promise<unknown>,
  options: RetryOptions = {},
): Promise<boolean> {
  const { withinMs = 10 * 60_000, delayMs = 200, maxDelayMs = 5_000 } = options;
  const started = Date.now();
  for (let attempt = 1, pause = delayMs; ; attempt++, pause = Math.min(pause * 2, maxDelayMs)) {
    try {
      await write();
      if (attempt > 1) logger.info({ ...job, attempt }, 'job failure recorded once the database answered again');
      return true;
    } catch (error) {
      const lost = isConnectionLost(error);
      if (!lost || Date.now() - started + pause > withinMs) {
        logger.error({ ...job, err: error, attempt }, 'could not record the job failure; it is marked failed at the next start');
        return false;
      }
      if (attempt === 1)
        logger.warn({ ...job, reason: String((error as Error).message) }, 'database away while recording a job failure; retrying');
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

export interface FailedTry {
  /** The name of the job's own error (the data or the request cannot be used): it fails the job with its message. */
  ownError: string;
  signal: AbortSignal;
  /** The marketer's message for a lost database connection. */
  lostMessage: string;
  logger: Logger;
  /** The job's ids for the log, and what it is ("training run"). */
  job: Record<string, unknown>;
  what: string;
  fail(message: string): Promise<void>;
}

/**
 * The end of a job's try that threw: its own error and a lost connection (unless it was
 * cancelled) fail the job with a plain reason (a person starts it again); a cancel and any
 * other error are thrown again for the JobRunner (an error of ours is tried again).
 */
export async function failOrRethrow(error: unknown, t: FailedTry): Promise<void> {
  if (error instanceof Error && error.name === t.ownError) return t.fail(error.message);
  if (!t.signal.aborted && isConnectionLost(error)) {
    t.logger.warn({ ...t.job, reason: String((error as Error).message) }, `${t.what} failed: the database connection was lost`);
    return t.fail(t.lostMessage);
  }
  throw error;
}
