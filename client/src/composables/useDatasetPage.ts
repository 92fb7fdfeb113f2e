import { ref, watch, type Ref } from 'vue';
import type { DocumentInput } from '@urql/core';
import { runQuery } from '../graphql/client';
import { trackedRunner, type AsyncState } from './async-state';

/** What a page query answers: the chosen dataset's part, null when it no longer exists. */
export interface DatasetAnswer {
  dataset: unknown;
}

export type DatasetPageData<R extends DatasetAnswer> = NonNullable<R['dataset']>;

export interface DatasetPageOptions<R extends DatasetAnswer> {
  /** Runs after each answer is in place: more of it to keep, a run to follow. */
  loaded?: (data: DatasetPageData<R>, result: R) => void;
  /** Clears the page's other state when the dataset changes, before it is reloaded. */
  reset?: () => void;
}

export const DATASET_GONE = 'This dataset no longer exists. Pick another one in the top bar.';

/**
 * One page's query for the dataset chosen in the top bar: asked again whenever the choice
 * changes (the old answer cleared at once), `data` null while none is chosen, and an error
 * when the dataset has vanished. Only the latest answer is kept (see trackedRunner).
 */
export function useDatasetPage<R extends DatasetAnswer>(
  datasetId: Ref<string | null>,
  document: DocumentInput<R, { id: string }>,
  options: DatasetPageOptions<R> = {},
) {
  const data = ref(null) as Ref<DatasetPageData<R> | null>;
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);

  async function reload(): Promise<void> {
    const id = datasetId.value;
    if (!id) {
      data.value = null;
      state.value = 'idle';
      return;
    }
    await run(
      () => runQuery(document, { id }),
      (result) => {
        if (!result.dataset) throw new Error(DATASET_GONE);
        const dataset = result.dataset as DatasetPageData<R>;
        data.value = dataset;
        options.loaded?.(dataset, result);
      },
    );
  }

  watch(
    datasetId,
    () => {
      data.value = null;
      options.reset?.();
      void reload();
    },
    { immediate: true },
  );

  return { data, state, error, reload };
}
