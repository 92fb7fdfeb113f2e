import type { ImportJob } from '../graphql/types';
import { t } from '../i18n';
import { formatBytes, formatInteger, plural } from './format';

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
      return { fraction: 0, label: 'Ready', detail: '' };
    case 'sending': {
      const sent = bytesTotal > 0 ? clamp01(bytesSent / bytesTotal) : 0;
      return {
        fraction: sent * SEND_SHARE,
        label: `Sending file… ${Math.floor(sent * 100)}%`,
        detail: `${formatBytes(bytesSent)} of ${formatBytes(bytesTotal)}`,
      };
    }
    case 'processing': {
      const rows = job?.rowsImported ?? 0;
      const phase = job?.phase ?? 'UPLOADED';
      if (phase === 'UPLOADED' || phase === 'INFERRING' || rows === 0) {
        const label = phase === 'INFERRING' ? 'Checking columns and types…' : 'File received, starting the import…';
        return { fraction: SEND_SHARE, label, detail: formatBytes(bytesTotal) };
      }
      const loaded = estimatedRows && estimatedRows > 0 ? clamp01(rows / estimatedRows) : null;
      // An estimate can undershoot: never show the bar full while the server still works.
      const fraction = loaded === null ? null : SEND_SHARE + (1 - SEND_SHARE) * Math.min(loaded, 0.98);
      const detail = estimatedRows
        ? `${formatInteger(rows)} of about ${plural(Math.max(estimatedRows, rows), 'row')}`
        : plural(rows, 'row');
      return { fraction, label: phase === 'DONE' ? 'Finishing…' : 'Loading rows…', detail };
    }
    case 'succeeded':
      return { fraction: 1, label: 'Import finished', detail: job ? importOutcome(job) : '' };
    case 'failed':
      return { fraction: 1, label: 'Import failed', detail: job ? importOutcome(job) : '' };
    case 'cancelled':
      return { fraction: 0, label: 'Upload cancelled', detail: '' };
  }
}

/** "45,211 rows imported · 3 rejected · 12 duplicates" — zero counts left out. */
export function importOutcome(job: Pick<ImportJob, 'rowsImported' | 'rowsRejected' | 'rowsDuplicate' | 'errorCount'>): string {
  const parts = [`${plural(job.rowsImported, 'row')} imported`];
  if (job.rowsRejected > 0) parts.push(`${formatInteger(job.rowsRejected)} rejected`);
  if (job.rowsDuplicate > 0) parts.push(plural(job.rowsDuplicate, 'duplicate'));
  if (job.errorCount > 0) parts.push(plural(job.errorCount, 'problem'));
  return parts.join(' · ');
}

/** "Line 14, column Income: not a number" — the parts the server knows. */
export function describeImportError(error: { line: number | null; column: string | null; message: string }): string {
  const where = [error.line !== null ? `Line ${formatInteger(error.line)}` : null, error.column ? `column ${error.column}` : null]
    .filter((part): part is string => part !== null)
    .join(', ');
  return where ? `${where}: ${error.message}` : error.message;
}

export const STATUS_LABELS: Record<ImportJob['status'], string> = {
  get QUEUED() {
    return t('importStatus.QUEUED');
  },
  get RUNNING() {
    return t('importStatus.RUNNING');
  },
  get SUCCEEDED() {
    return t('importStatus.SUCCEEDED');
  },
  get FAILED() {
    return t('importStatus.FAILED');
  },
};

export function isFinished(status: ImportJob['status']): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}
