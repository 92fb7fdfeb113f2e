import { computed, ref } from 'vue';
import { runQuery } from '../graphql/client';
import { DATASETS } from '../graphql/operations';
import type { DatasetSummary } from '../graphql/types';
import { chooseDatasetId } from '../utils/dataset-choice';
import { trackedRunner, type AsyncState } from './async-state';

/**
 * The list of datasets and the one chosen in the top bar, shared by every page. The layout
 * keeps the choice in the URL (?dataset=) and localStorage; pages only read `selectedId`.
 */
const STORAGE_KEY = 'campaign-profiler.dataset';

const datasets = ref<DatasetSummary[]>([]);
const selectedId = ref<string | null>(null);
const state = ref<AsyncState>('idle');
const error = ref<string | null>(null);
const run = trackedRunner(state, error);

function stored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(id: string | null): void {
  try {
    if (id) localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // storage blocked: the URL still carries the choice
  }
}

async function load(preferredId?: string | null): Promise<void> {
  await run(
    () => runQuery(DATASETS, {}),
    (data) => {
      datasets.value = data.datasets;
      selectedId.value = chooseDatasetId(data.datasets, preferredId ?? selectedId.value, stored());
      remember(selectedId.value);
    },
  );
}

function select(id: string | null): void {
  if (id === selectedId.value) return;
  if (id !== null && datasets.value.length > 0 && !datasets.value.some((dataset) => dataset.id === id)) return;
  selectedId.value = id;
  remember(id);
}

/** Forget everything on sign-out: the next user may not see the same datasets. */
function reset(): void {
  datasets.value = [];
  selectedId.value = null;
  state.value = 'idle';
  error.value = null;
}

export function useDatasets() {
  return {
    datasets,
    selectedId,
    selected: computed(() => datasets.value.find((dataset) => dataset.id === selectedId.value) ?? null),
    state,
    error,
    load,
    select,
    reset,
  };
}
