import { ref, watch, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import { DATASET } from '../graphql/operations';
import type { Column, DatasetDetail } from '../graphql/types';
import { trackedRunner, type AsyncState } from './async-state';

/** One dataset's details (columns, campaigns, imports), reloaded when the id changes. */
export function useDataset(id: Ref<string | null>) {
  const dataset = ref<DatasetDetail | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);

  async function reload(): Promise<void> {
    const current = id.value;
    if (!current) {
      dataset.value = null;
      state.value = 'idle';
      return;
    }
    await run(
      () => runQuery(DATASET, { id: current }),
      (data) => {
        if (!data.dataset) throw new Error('This dataset no longer exists. Pick another one in the top bar.');
        dataset.value = data.dataset;
      },
    );
  }

  /** Puts an updated column in place without a round trip for the whole dataset. */
  function replaceColumn(column: Column): void {
    if (!dataset.value) return;
    dataset.value = {
      ...dataset.value,
      columns: dataset.value.columns.map((existing) => (existing.name === column.name ? column : existing)),
    };
  }

  watch(
    id,
    (next, previous) => {
      if (next !== previous) dataset.value = null;
      void reload();
    },
    { immediate: true },
  );

  return { dataset, state, error, reload, replaceColumn };
}
