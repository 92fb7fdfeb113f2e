/** Where a background job (import, training run, segmentation, scoring) stands. The GraphQL enum `JobStatus` is built from this list. */
export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
