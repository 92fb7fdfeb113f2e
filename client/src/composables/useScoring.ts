import { computed, onScopeDispose, ref, watch, type Ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import { DELETE_SCORING, SCORING, SCORING_PAGE, type Scoring, type ScoringPageData } from '../graphql/scoring-operations';
import { t } from '../i18n';
import { parseScoringAnswer } from '../utils/errors';
import { isScoringFinished, scoresFileName, scoresUrl, scoringProgress, type ScoringStage } from '../utils/scoring';
import { trackedRunner, type AsyncState } from './async-state';
import { downloadCsv } from './download-csv';
import { sendFile } from './send-file';
import { currentToken, useSession } from './useSession';

const POLL_FIRST_MS = 500;
const POLL_MAX_MS = 2_000;
const POLL_FAILURES_ALLOWED = 5;

/**
 * The Score a list page's state: the dataset's models and scored lists (the history), one
 * upload at a time (sent with progress, then scoring(id) polled until it ends), the list on
 * show, deleting a list and downloading its top k %.
 */
export function useScoring(datasetId: Ref<string | null>) {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const data = ref<ScoringPageData | null>(null);
  const history = ref<Scoring[]>([]);
  const selectedId = ref<string | null>(null);

  const stage = ref<ScoringStage>('idle');
  const uploadError = ref<string | null>(null);
  const bytesSent = ref(0);
  const bytesTotal = ref(0);
  const job = ref<Scoring | null>(null);

  const actionError = ref<string | null>(null);
  const downloadState = ref<AsyncState>('idle');
  const downloaded = ref<number | null>(null);

  let abort: (() => void) | null = null;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const run = trackedRunner(state, error);

  const selected = computed(() => history.value.find((s) => s.id === selectedId.value) ?? null);
  const progress = computed(() =>
    scoringProgress({ stage: stage.value, bytesSent: bytesSent.value, bytesTotal: bytesTotal.value, scoring: job.value }),
  );
  const busy = computed(() => stage.value === 'sending' || stage.value === 'scoring');

  async function load(): Promise<void> {
    const id = datasetId.value;
    if (!id) return;
    await run(
      () => runQuery(SCORING_PAGE, { id }),
      (answer) => {
        data.value = answer.dataset;
        history.value = answer.scorings;
        // The list on show stays; else the newest that was scored.
        if (!history.value.some((s) => s.id === selectedId.value))
          selectedId.value = history.value.find((s) => s.status === 'SUCCEEDED')?.id ?? null;
      },
    );
  }

  function fail(message: string): void {
    stage.value = 'failed';
    uploadError.value = message;
  }

  async function poll(id: string, wait: number, failures: number): Promise<void> {
    if (disposed) return;
    try {
      const answer = await runQuery(SCORING, { id });
      failures = 0;
      if (!answer.scoring) return fail(t('scoring.upload.vanished'));
      job.value = answer.scoring;
      if (isScoringFinished(answer.scoring.status)) {
        await load();
        if (answer.scoring.status === 'SUCCEEDED') {
          stage.value = 'succeeded';
          selectedId.value = id;
        } else fail(answer.scoring.error ?? t('scoring.upload.failed'));
        return;
      }
    } catch (caught) {
      // A busy server may miss a poll: a long list is not lost for it.
      if (failures + 1 >= POLL_FAILURES_ALLOWED || !currentToken())
        return fail(caught instanceof Error ? caught.message : t('scoring.upload.lostContact'));
      failures += 1;
    }
    await new Promise<void>((resolve) => (pollTimer = setTimeout(resolve, wait)));
    return poll(id, Math.min(POLL_MAX_MS, wait * 1.5), failures);
  }

  /** Sends `file` to be scored by `modelId` and follows the job to its end. */
  async function upload(modelId: string, file: File): Promise<void> {
    if (busy.value) return;
    clearTimeout(pollTimer);
    uploadError.value = null;
    job.value = null;
    if (file.size === 0) return fail(t('scoring.upload.emptyFile'));
    stage.value = 'sending';
    bytesSent.value = 0;
    bytesTotal.value = file.size;
    const sending = sendFile(`/api/models/${encodeURIComponent(modelId)}/scorings`, file, (loaded, total) => {
      bytesSent.value = loaded;
      if (total !== null) bytesTotal.value = total;
    });
    abort = sending.abort;
    const sent = await sending.done;
    abort = null;
    if (sent.aborted) {
      stage.value = 'cancelled';
      return;
    }
    const answer = parseScoringAnswer(sent.status, sent.body);
    if (!answer.ok) {
      if (answer.code === 'UNAUTHENTICATED') useSession().expire(answer.message);
      return fail(answer.message);
    }
    bytesSent.value = bytesTotal.value;
    stage.value = 'scoring';
    await poll(answer.scoringId, POLL_FIRST_MS, 0);
  }

  function cancel(): void {
    abort?.();
  }

  async function remove(id: string): Promise<void> {
    actionError.value = null;
    try {
      await runMutation(DELETE_SCORING, { id });
      if (selectedId.value === id) selectedId.value = null;
      await load();
    } catch (caught) {
      actionError.value = caught instanceof Error ? caught.message : String(caught);
    }
  }

  /** Downloads the best-rated `topPercent` % of the list on show, in the file's row order. */
  async function download(topPercent: number): Promise<void> {
    const scoring = selected.value;
    if (!scoring) return;
    downloadState.value = 'loading';
    actionError.value = null;
    try {
      downloaded.value = await downloadCsv(scoresUrl(scoring.id, topPercent), scoresFileName(scoring.fileName, topPercent));
      downloadState.value = 'done';
    } catch (caught) {
      actionError.value = caught instanceof Error ? caught.message : String(caught);
      downloadState.value = 'error';
    }
  }

  watch(
    datasetId,
    () => {
      data.value = null;
      history.value = [];
      selectedId.value = null;
      void load();
    },
    { immediate: true },
  );
  watch(selectedId, () => {
    downloadState.value = 'idle';
    downloaded.value = null;
  });

  onScopeDispose(() => {
    disposed = true;
    clearTimeout(pollTimer);
    abort?.();
  });

  return {
    state,
    error,
    data,
    history,
    selectedId,
    selected,
    stage,
    uploadError,
    progress,
    busy,
    job,
    actionError,
    downloadState,
    downloaded,
    load,
    upload,
    cancel,
    remove,
    download,
  };
}
