import { ref } from 'vue';
import type { ConditionInput } from '../graphql/target-group-operations';
import { audienceUrl } from '../utils/target-group-export';
import type { AsyncState } from './async-state';
import { downloadCsv } from './download-csv';

/**
 * Downloads a group's customers as CSV (downloadCsv: fetched with the token, handed to the
 * browser as a download).
 */
export function useAudienceExport() {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  /** Customers in the last file downloaded. */
  const rows = ref<number | null>(null);

  async function download(modelId: string, conditions: readonly ConditionInput[], fallbackName: string): Promise<boolean> {
    state.value = 'loading';
    error.value = null;
    try {
      rows.value = await downloadCsv(audienceUrl(modelId, conditions), fallbackName);
      state.value = 'done';
      return true;
    } catch (caught) {
      error.value = caught instanceof Error ? caught.message : String(caught);
      state.value = 'error';
      return false;
    }
  }

  /** Forgets the last download's outcome (the group on show changed). */
  function reset(): void {
    state.value = 'idle';
    error.value = null;
    rows.value = null;
  }

  return { state, error, rows, download, reset };
}
