import type { EntityManager } from 'typeorm';

/** Every kind of background job; each has one queue and one handler. */
export const JOB_KINDS = ['import', 'training', 'segmentation', 'scoring'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** A job as a handler receives it: what to do (kind, the id of its row) and which try this is. */
export interface QueuedJob {
  kind: JobKind;
  /** The id of the row that shows the job (import_jobs, training_runs or segmentations). */
  id: string;
  /** 1 for the first try. */
  attempt: number;
  /** How many tries the job gets in all. */
  tries: number;
}

/** Runs one job; throwing means "try again" (the queue decides whether tries are left). */
export type QueuedJobHandler = (job: QueuedJob) => Promise<void>;

/**
 * Where jobs wait until a process takes them. Two adapters: pg-boss on a PostgreSQL server
 * (any number of processes and machines) and an in-process list for the embedded database.
 */
export interface JobQueue {
  readonly name: 'pg-boss' | 'in-process';
  start(): Promise<void>;
  /**
   * Queues a job. With `manager`, in that transaction where the adapter can (pg-boss), so the
   * job exists exactly when the row that shows it does; otherwise once it has committed.
   */
  send(kind: JobKind, id: string, manager?: EntityManager): Promise<void>;
  /** Starts taking jobs, at most `concurrency` at a time (0: take none). */
  work(concurrency: number, handler: QueuedJobHandler): Promise<void>;
  /**
   * Jobs of `kind` for this id that the queue still holds (pg-boss only): `stale` = taken a
   * while ago (their process may be gone), `others` = waiting, retrying or just taken.
   */
  pending?(kind: JobKind, id: string): Promise<{ stale: string[]; others: number }>;
  /** Gives a job whose process died back to the queue (a retry while tries are left). */
  release?(kind: JobKind, queueJobId: string): Promise<void>;
  /** Stops taking jobs, waits up to `graceMs` for running ones; true when all finished. */
  stop(graceMs: number): Promise<boolean>;
}

export interface QueueSettings {
  /** How many tries a job gets before it is failed for good. */
  tries: number;
  /** A job running longer than this is taken as lost and tried again (pg-boss expiry). */
  timeoutSeconds: number;
}
