import { ref } from 'vue';
import { runMutation } from '../graphql/client';
import { SET_CURRENCY } from '../graphql/dataset-settings-operations';
import { trackedRunner, type AsyncState } from './async-state';

/** Saves the dataset's currency (an ISO code such as EUR; empty removes it): money in every text uses it. */
export function useCurrency() {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);

  async function save(datasetId: string, currency: string): Promise<string | null | undefined> {
    let saved: string | null | undefined;
    await run(
      () => runMutation(SET_CURRENCY, { datasetId, currency: currency.trim() }),
      (data) => {
        saved = data.updateDatasetSettings.settings.currency;
      },
    );
    return saved;
  }

  return { state, error, save };
}
