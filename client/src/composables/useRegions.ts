import { ref, watch, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import { REGIONS, type RegionBreakdown, type RegionColumn } from '../graphql/region-operations';
import { trackedRunner, type AsyncState } from './async-state';

/**
 * Where a dataset's customers live: its region columns, the one on show (the first unless the
 * reader picks another) and the breakdown per region, with the segment mix of `segmentationId`
 * (the latest segmentation when null). Reloads when the dataset or segmentation changes.
 */
export function useRegions(datasetId: Ref<string | null>, segmentationId: Ref<string | null> = ref(null)) {
  const columns = ref<RegionColumn[]>([]);
  const column = ref<string | null>(null);
  const breakdown = ref<RegionBreakdown | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);

  async function load(): Promise<void> {
    const id = datasetId.value;
    if (!id) {
      columns.value = [];
      breakdown.value = null;
      return;
    }
    await run(
      () => runQuery(REGIONS, { id, column: column.value, segmentationId: segmentationId.value }),
      (result) => {
        columns.value = result.dataset?.regionColumns ?? [];
        breakdown.value = result.dataset?.regions ?? null;
      },
    );
  }

  watch(
    [datasetId, segmentationId],
    ([id], [oldId]) => {
      if (id !== oldId) column.value = null;
      void load();
    },
    { immediate: true },
  );

  function choose(name: string): void {
    column.value = name;
    void load();
  }

  return { columns, column, breakdown, state, error, load, choose };
}
