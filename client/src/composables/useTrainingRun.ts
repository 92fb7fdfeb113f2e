import { computed, onScopeDispose, ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import { TRAIN_MODELS, TRAINING_RUN, type Algorithm, type TrainingRun } from '../graphql/model-operations';
import { isRunFinished, trainingView } from '../utils/model-summary';
import type { AsyncState } from './async-state';
import { currentToken } from './useSession';
import { t } from '../i18n';

const POLL_MS = 700;
const POLL_FAILURES_ALLOWED = 5;

/**
 * Starts a training run (or follows one already under way) and polls trainingRun until it
 * ends. `onFinished` runs once per run that ends while followed, so the page can reload.
 */
export function useTrainingRun(onFinished?: (run: TrainingRun) => void | Promise<void>) {
  const run = ref<TrainingRun | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let following: string | null = null;
  let disposed = false;

  const view = computed(() => (run.value ? trainingView(run.value) : null));
  const busy = computed(() => state.value === 'loading');

  async function finish(finished: TrainingRun): Promise<void> {
    following = null;
    state.value = finished.status === 'SUCCEEDED' ? 'done' : 'error';
    error.value = finished.status === 'FAILED' ? (finished.error ?? t('models.train.failedHint')) : null;
    await onFinished?.(finished);
  }

  async function poll(runId: string, failures: number): Promise<void> {
    if (disposed || following !== runId) return;
    try {
      const data = await runQuery(TRAINING_RUN, { id: runId });
      if (following !== runId) return;
      failures = 0;
      if (!data.trainingRun) {
        following = null;
        state.value = 'error';
        error.value = t('models.train.runGone');
        return;
      }
      run.value = data.trainingRun;
      if (isRunFinished(data.trainingRun.status)) return finish(data.trainingRun);
    } catch (caught) {
      // A busy server (training hogs the CPU) may miss a poll: keep following a while.
      if (failures + 1 >= POLL_FAILURES_ALLOWED || !currentToken()) {
        following = null;
        state.value = 'error';
        error.value = caught instanceof Error ? caught.message : t('models.train.lostContact');
        return;
      }
      failures += 1;
    }
    await new Promise<void>((resolve) => {
      timer = setTimeout(resolve, POLL_MS);
    });
    return poll(runId, failures);
  }

  /** Follows a run that is already queued or running (e.g. started before a page reload). */
  function follow(existing: TrainingRun): void {
    if (following === existing.id || isRunFinished(existing.status)) return;
    clearTimeout(timer);
    run.value = existing;
    state.value = 'loading';
    error.value = null;
    following = existing.id;
    void poll(existing.id, 0);
  }

  async function start(datasetId: string, algorithms: Algorithm[] | null = null): Promise<void> {
    if (busy.value) return;
    clearTimeout(timer);
    state.value = 'loading';
    error.value = null;
    run.value = null;
    try {
      const data = await runMutation(TRAIN_MODELS, { datasetId, algorithms });
      run.value = data.trainModels;
      following = data.trainModels.id;
      await poll(data.trainModels.id, 0);
    } catch (caught) {
      state.value = 'error';
      error.value = caught instanceof Error ? caught.message : String(caught);
    }
  }

  /** Stops following (another dataset was chosen); the server keeps training. */
  function reset(): void {
    clearTimeout(timer);
    following = null;
    run.value = null;
    state.value = 'idle';
    error.value = null;
  }

  onScopeDispose(() => {
    disposed = true;
    clearTimeout(timer);
  });

  return { run, state, error, view, busy, start, follow, reset };
}
