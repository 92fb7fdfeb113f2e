import { ref, watch, type Ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import { RETRAIN_FACTS, SET_AUTO_RETRAIN, type RetrainFacts } from '../graphql/dataset-settings-operations';
import { trackedRunner, type AsyncState } from './async-state';
import { useTrainingRun } from './useTrainingRun';

/**
 * After an import: whether the dataset can be retrained, whether it retrains by itself
 * (and so already started a run, which is followed), and a retrain on request.
 */
/** `importedAt`: when the import was created; runs started since then are its retrain. */
export function useRetrainOffer(datasetId: Ref<string | null>, importedAt: Ref<string | null>) {
  const facts = ref<RetrainFacts | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const saving = ref(false);
  const training = useTrainingRun(() => load());
  const run = trackedRunner(state, error);

  async function load(): Promise<void> {
    const id = datasetId.value;
    if (!id) return;
    await run(
      () => runQuery(RETRAIN_FACTS, { id }),
      (data) => {
        facts.value = data.dataset;
        // An automatic retrain starts with the import's success: follow it.
        const latest = data.dataset?.trainingRuns[0];
        if (latest && importedAt.value && latest.createdAt >= importedAt.value) training.follow(latest);
      },
    );
  }

  async function setAutoRetrain(on: boolean): Promise<void> {
    const id = datasetId.value;
    if (!id || saving.value) return;
    saving.value = true;
    error.value = null;
    try {
      facts.value = (await runMutation(SET_AUTO_RETRAIN, { datasetId: id, autoRetrain: on })).updateDatasetSettings;
    } catch (caught) {
      error.value = caught instanceof Error ? caught.message : String(caught);
    } finally {
      saving.value = false;
    }
  }

  async function retrain(): Promise<void> {
    if (datasetId.value) await training.start(datasetId.value);
  }

  watch([datasetId, importedAt], () => void load(), { immediate: true });

  return { facts, state, error, saving, training, setAutoRetrain, retrain };
}
