import { computed, onScopeDispose, ref, type Ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import { ACTIVITY, CANCEL_SEGMENTATION, CANCEL_TRAINING_RUN, type ActivityJob } from '../graphql/activity-operations';
import type { Role } from '../graphql/types';
import { activityRow, hasUnfinished } from '../utils/activity';
import type { AsyncState } from './async-state';

const POLL_MS = 2000;

/** The Activity page's list: loaded, refreshed while anything runs, and cancel. */
export function useActivity(role: Ref<Role | undefined>) {
  const jobs = ref<ActivityJob[]>([]);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const cancelling = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const rows = computed(() => jobs.value.map((job) => activityRow(job, role.value)));

  async function load(): Promise<void> {
    clearTimeout(timer);
    if (jobs.value.length === 0) state.value = 'loading';
    try {
      jobs.value = (await runQuery(ACTIVITY, { limit: 100 })).activity;
      state.value = 'done';
      error.value = null;
    } catch (caught) {
      state.value = 'error';
      error.value = caught instanceof Error ? caught.message : String(caught);
    }
    if (!disposed && (state.value === 'error' || hasUnfinished(jobs.value))) timer = setTimeout(() => void load(), POLL_MS);
  }

  async function cancel(id: string): Promise<void> {
    const job = jobs.value.find((j) => j.id === id);
    if (!job) return;
    cancelling.value = id;
    try {
      if (job.kind === 'TRAINING') await runMutation(CANCEL_TRAINING_RUN, { id });
      else await runMutation(CANCEL_SEGMENTATION, { id });
      error.value = null;
    } catch (caught) {
      error.value = caught instanceof Error ? caught.message : String(caught);
    } finally {
      cancelling.value = null;
    }
    await load();
  }

  onScopeDispose(() => {
    disposed = true;
    clearTimeout(timer);
  });

  return { jobs, rows, state, error, cancelling, load, cancel };
}
