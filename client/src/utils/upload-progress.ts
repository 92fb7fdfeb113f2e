import type { ImportJob } from '../graphql/types';
import { countText, t, translatedLabels } from '../i18n';
import { formatBytes, formatInteger, formatPercent } from './format';

/**
 * One progress bar for an import's two halves: the browser sending the bytes (exact, from
 * XMLHttpRequest's upload events), then the server loading rows (rowsImported from polling,
 * against an estimate of the file's rows). Sending fills the first 40% of the bar, loading
 * the rest: loading is usually the longer half.
 */
export type UploadStage = 'idle' | 'sending' | 'processing' | 'succeeded' | 'failed' | 'cancelled';

export interface UploadProgressInput {
  stage: UploadStage;
  bytesSent: number;
  bytesTotal: number;
  job: Pick<ImportJob, 'phase' | 'status' | 'rowsImported' | 'rowsRejected' | 'rowsDuplicate' | 'errorCount'> | null;
  estimatedRows: number | null;
}

export interface UploadProgressView {
  /** 0..1, or null when the end is unknown (the bar then shows activity, not a figure). */
  fraction: number | null;
  /** What is happening now, in words. */
  label: string;
  /** Figures beside the label: "1.2 MB of 3.4 MB", "12,000 of about 45,000 rows". */
  detail: string;
}

const SEND_SHARE = 0.4;

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

export function uploadProgress(input: UploadProgressInput): UploadProgressView {
  const { stage, bytesSent, bytesTotal, job, estimatedRows } = input;
  switch (stage) {
    case 'idle':
      return { fraction: 0, label: t('upload.progress.ready'), detail: '' };
    case 'sending': {
      const sent = bytesTotal > 0 ? clamp01(bytesSent / bytesTotal) : 0;
      return {
        fraction: sent * SEND_SHARE,
        label: t('upload.progress.sending', { percent: formatPercent(Math.floor(sent * 100) / 100, 0) }),
        detail: t('upload.progress.sent', { sent: formatBytes(bytesSent), total: formatBytes(bytesTotal) }),
      };
    }
    case 'processing': {
      const rows = job?.rowsImported ?? 0;
      const phase = job?.phase ?? 'UPLOADED';
      if (phase === 'UPLOADED' || phase === 'INFERRING' || rows === 0) {
        const label = t(phase === 'INFERRING' ? 'upload.progress.inferring' : 'upload.progress.received');
        return { fraction: SEND_SHARE, label, detail: formatBytes(bytesTotal) };
      }
      const loaded = estimatedRows && estimatedRows > 0 ? clamp01(rows / estimatedRows) : null;
      // An estimate can undershoot: never show the bar full while the server still works.
      const fraction = loaded === null ? null : SEND_SHARE + (1 - SEND_SHARE) * Math.min(loaded, 0.98);
      const detail = estimatedRows
        ? countText('upload.progress.rowsOfAbout', Math.max(estimatedRows, rows), { rows: formatInteger(rows) })
        : countText('common.rows', rows);
      return { fraction, label: t(phase === 'DONE' ? 'upload.progress.finishing' : 'upload.progress.loading'), detail };
    }
    case 'succeeded':
      return { fraction: 1, label: t('upload.progress.finished'), detail: job ? importOutcome(job) : '' };
    case 'failed':
      return { fraction: 1, label: t('upload.progress.failed'), detail: job ? importOutcome(job) : '' };
    case 'cancelled':
      return { fraction: 0, label: t('upload.progress.cancelled'), detail: '' };
  }
}

/** "45,211 rows imported · 3 rejected · 12 duplicates" — zero counts left out. */
export function importOutcome(job: Pick<ImportJob, 'rowsImported' | 'rowsRejected' | 'rowsDuplicate' | 'errorCount'>): string {
  const parts = [countText('imports.outcome.imported', job.rowsImported)];
  if (job.rowsRejected > 0) parts.push(countText('imports.outcome.rejected', job.rowsRejected));
  if (job.rowsDuplicate > 0) parts.push(countText('imports.outcome.duplicates', job.rowsDuplicate));
  if (job.errorCount > 0) parts.push(countText('imports.outcome.problems', job.errorCount));
  return parts.join(' · ');
}

/** "Line 14, column Income: not a number" — the parts the server knows. */
export function describeImportError(error: { line: number | null; column: string | null; message: string }): string {
  const where = [
    error.line !== null ? t('imports.whereLine', { line: formatInteger(error.line) }) : null,
    error.column ? t('imports.whereColumn', { column: error.column }) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  return where ? `${where}: ${error.message}` : error.message;
}

export const STATUS_LABELS: Record<ImportJob['status'], string> = translatedLabels('importStatus', [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
]);

export function isFinished(status: ImportJob['status']): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}
