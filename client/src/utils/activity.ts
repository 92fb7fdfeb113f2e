import type { ActivityJob, JobKind } from '../graphql/activity-operations';
import type { JobStatus, Role } from '../graphql/types';

import { countText, t } from '../i18n';

const kindLabel = (kind: JobKind) => t(`activity.kind.${kind}`);
const statusLabel = (status: JobStatus) => t(`activity.state.${status}`);

/** How the Activity page shows one job. */
export interface ActivityRow {
  id: string;
  kind: JobKind;
  kindLabel: string;
  datasetName: string;
  status: JobStatus;
  statusLabel: string;
  tone: 'accent' | 'success' | 'danger' | 'muted';
  /** 0..1 for a bar; null: no bar (imports, finished jobs). */
  progress: number | null;
  startedBy: string;
  duration: string;
  outcome: string;
  cancellable: boolean;
}

/** Who may cancel, as the server checks: those who may start the job (train / segment). */
export function canCancelJob(kind: JobKind, role: Role | undefined): boolean {
  if (kind === 'TRAINING') return role === 'ANALYST' || role === 'IMPORTER' || role === 'ADMIN';
  if (kind === 'SEGMENTATION') return role === 'ANALYST' || role === 'ADMIN';
  return false;
}

/** "42 seconds", "3 minutes 5 seconds", "1 hour 2 minutes"; "—" when not started. */
export function formatJobDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  const unit = (n: number, word: 'second' | 'minute' | 'hour') => countText(`units.${word}s`, n);
  if (total < 60) return unit(total, 'second');
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return total % 60 ? `${unit(minutes, 'minute')} ${unit(total % 60, 'second')}` : unit(minutes, 'minute');
  return minutes % 60
    ? `${unit(Math.floor(minutes / 60), 'hour')} ${unit(minutes % 60, 'minute')}`
    : unit(Math.floor(minutes / 60), 'hour');
}

export function activityRow(job: ActivityJob, role: Role | undefined): ActivityRow {
  const unfinished = job.status === 'QUEUED' || job.status === 'RUNNING';
  return {
    id: job.id,
    kind: job.kind,
    kindLabel: kindLabel(job.kind),
    datasetName: job.datasetName,
    status: job.status,
    statusLabel: statusLabel(job.status),
    tone: job.status === 'SUCCEEDED' ? 'success' : job.status === 'FAILED' ? 'danger' : job.status === 'RUNNING' ? 'accent' : 'muted',
    progress: job.status === 'RUNNING' && job.progress !== null ? job.progress : null,
    startedBy: job.startedBy ?? 'Campaign Profiler',
    duration: job.status === 'QUEUED' ? t('activity.notStarted') : formatJobDuration(job.durationSeconds),
    outcome: job.outcome ?? (unfinished ? '' : '—'),
    cancellable: job.cancellable && canCancelJob(job.kind, role),
  };
}

/** True while something is queued or running, so the page keeps refreshing. */
export function hasUnfinished(jobs: ActivityJob[]): boolean {
  return jobs.some((job) => job.status === 'QUEUED' || job.status === 'RUNNING');
}
