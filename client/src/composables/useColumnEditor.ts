import { ref } from 'vue';
import { t } from '../i18n';
import { runMutation } from '../graphql/client';
import { UPDATE_COLUMN } from '../graphql/operations';
import type { Column, ColumnUpdateInput } from '../graphql/types';
import { trackedRunner, type AsyncState } from './async-state';

/** Saves one column's settings (label, kind, roles) with updateColumn. */
export function useColumnEditor() {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const savingName = ref<string | null>(null);
  const run = trackedRunner(state, error);

  async function save(datasetId: string, name: string, input: ColumnUpdateInput): Promise<Column | null> {
    if (Object.keys(input).length === 0) return null;
    if (input.label !== undefined && !input.label?.trim()) {
      state.value = 'error';
      error.value = t('columnEditor.emptyLabel');
      return null;
    }
    savingName.value = name;
    let saved: Column | null = null;
    await run(
      () => runMutation(UPDATE_COLUMN, { datasetId, name, input }),
      (data) => {
        saved = data.updateColumn;
      },
    );
    savingName.value = null;
    return saved;
  }

  function clearError(): void {
    error.value = null;
    if (state.value === 'error') state.value = 'idle';
  }

  return { state, error, savingName, save, clearError };
}
