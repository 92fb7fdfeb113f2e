import type { Ref } from 'vue';
import { DATASET } from '../graphql/operations';
import type { Column } from '../graphql/types';
import { useDatasetPage } from './useDatasetPage';

/** One dataset's details (columns, campaigns, imports), reloaded when the id changes. */
export function useDataset(id: Ref<string | null>) {
  const { data: dataset, state, error, reload } = useDatasetPage(id, DATASET);

  /** Puts an updated column in place without a round trip for the whole dataset. */
  function replaceColumn(column: Column): void {
    if (!dataset.value) return;
    dataset.value = {
      ...dataset.value,
      columns: dataset.value.columns.map((existing) => (existing.name === column.name ? column : existing)),
    };
  }

  return { dataset, state, error, reload, replaceColumn };
}
