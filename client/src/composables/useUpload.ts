import { computed, onScopeDispose, ref } from 'vue';
import { t } from '../i18n';
import { runQuery } from '../graphql/client';
import { IMPORT_JOB } from '../graphql/operations';
import type { ImportJob } from '../graphql/types';
import { estimateRowCount, parseHeader, SAMPLE_BYTES } from '../utils/csv-sample';
import { parseUploadAnswer, type UploadAnswer } from '../utils/errors';
import { isFinished, uploadProgress, type UploadStage } from '../utils/upload-progress';
import { uploadUrl, type UploadRequest } from '../utils/upload-url';
import type { AsyncState } from './async-state';
import { sendFile } from './send-file';
import { currentToken, useSession } from './useSession';

export interface FileSample {
  header: string[];
  estimatedRows: number | null;
}

/** Reads the start of a file to show its columns and estimate its rows before upload. */
export async function inspectFile(file: File): Promise<FileSample> {
  const slice = file.slice(0, SAMPLE_BYTES);
  const text = await slice.text();
  return { header: parseHeader(text), estimatedRows: estimateRowCount(text, slice.size, file.size) };
}

const POLL_FIRST_MS = 500;
const POLL_MAX_MS = 2_000;
const POLL_FAILURES_ALLOWED = 5;

/**
 * An import from the browser: sendFile sends it with progress, then importJob is polled
 * until it succeeds or fails.
 */
export function useUpload() {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const stage = ref<UploadStage>('idle');
  const bytesSent = ref(0);
  const bytesTotal = ref(0);
  const estimatedRows = ref<number | null>(null);
  const job = ref<ImportJob | null>(null);
  const datasetId = ref<string | null>(null);
  let abort: (() => void) | null = null;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const progress = computed(() =>
    uploadProgress({
      stage: stage.value,
      bytesSent: bytesSent.value,
      bytesTotal: bytesTotal.value,
      job: job.value,
      estimatedRows: estimatedRows.value,
    }),
  );

  function fail(message: string): void {
    stage.value = 'failed';
    state.value = 'error';
    error.value = message;
  }

  async function send(file: File, url: string): Promise<UploadAnswer> {
    const sending = sendFile(url, file, (loaded, total) => {
      bytesSent.value = loaded;
      if (total !== null) bytesTotal.value = total;
    });
    abort = sending.abort;
    const sent = await sending.done;
    if (sent.aborted) return { ok: false, status: 0, code: 'CANCELLED', message: t('upload.cancelledShort') };
    return parseUploadAnswer(sent.status, sent.body);
  }

  async function poll(importId: string, wait: number, failures: number): Promise<void> {
    if (disposed) return;
    try {
      const data = await runQuery(IMPORT_JOB, { id: importId });
      failures = 0;
      if (!data.importJob) return fail(t('upload.jobMissing'));
      job.value = data.importJob;
      if (isFinished(data.importJob.status)) {
        if (data.importJob.status === 'SUCCEEDED') {
          stage.value = 'succeeded';
          state.value = 'done';
        } else {
          fail(data.importJob.message ?? t('upload.jobFailed'));
        }
        return;
      }
    } catch (caught) {
      // A blip while the server is busy loading should not lose a long import.
      if (failures + 1 >= POLL_FAILURES_ALLOWED || !currentToken()) {
        return fail(caught instanceof Error ? caught.message : t('upload.lostContact'));
      }
      failures += 1;
    }
    await new Promise<void>((resolve) => {
      pollTimer = setTimeout(resolve, wait);
    });
    return poll(importId, Math.min(POLL_MAX_MS, wait * 1.5), failures);
  }

  /** Uploads and follows the import to its end; resolves with the final job, if any. */
  async function start(file: File, request: UploadRequest, sample?: FileSample): Promise<ImportJob | null> {
    reset();
    let url: string;
    try {
      url = uploadUrl(request);
    } catch (caught) {
      fail(caught instanceof Error ? caught.message : String(caught));
      return null;
    }
    if (file.size === 0) {
      fail(t('upload.emptyFile'));
      return null;
    }
    state.value = 'loading';
    stage.value = 'sending';
    bytesTotal.value = file.size;
    estimatedRows.value = (sample ?? (await inspectFile(file))).estimatedRows;
    const answer = await send(file, url);
    abort = null;
    if (!answer.ok) {
      if (answer.code === 'CANCELLED') {
        stage.value = 'cancelled';
        state.value = 'idle';
        return null;
      }
      if (answer.code === 'UNAUTHENTICATED') useSession().expire(t('errors.sessionExpired'));
      fail(answer.message);
      return null;
    }
    bytesSent.value = bytesTotal.value;
    datasetId.value = answer.datasetId;
    stage.value = 'processing';
    await poll(answer.importId, POLL_FIRST_MS, 0);
    return job.value;
  }

  function cancel(): void {
    abort?.();
  }

  function reset(): void {
    clearTimeout(pollTimer);
    state.value = 'idle';
    error.value = null;
    stage.value = 'idle';
    bytesSent.value = 0;
    bytesTotal.value = 0;
    estimatedRows.value = null;
    job.value = null;
    datasetId.value = null;
  }

  onScopeDispose(() => {
    disposed = true;
    clearTimeout(pollTimer);
    abort?.();
  });

  return { state, error, stage, bytesSent, bytesTotal, estimatedRows, job, datasetId, progress, start, cancel, reset };
}
