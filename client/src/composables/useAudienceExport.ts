import { ref } from 'vue';
import type { ConditionInput } from '../graphql/target-group-operations';
import { MESSAGES } from '../utils/errors';
import { audienceUrl, csvRowCount, downloadName, exportError } from '../utils/target-group-export';
import type { AsyncState } from './async-state';
import { currentToken, useSession } from './useSession';

/**
 * Downloads a group's customers as CSV. The export needs the bearer token, which a plain
 * link cannot send, so the file is fetched and handed to the browser as a download.
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
      const token = currentToken();
      let response: Response;
      try {
        response = await fetch(audienceUrl(modelId, conditions), { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      } catch {
        throw new Error(MESSAGES.network);
      }
      if (response.status === 401) useSession().expire('Your session has expired. Please sign in again.');
      if (!response.ok) throw new Error(exportError(response.status, await response.text()));
      const text = await response.text();
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = downloadName(response.headers.get('Content-Disposition'), fallbackName);
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser time to start the download before the blob goes.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      rows.value = csvRowCount(text);
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
