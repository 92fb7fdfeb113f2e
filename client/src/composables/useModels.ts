import { ref, type Ref } from 'vue';
import { runMutation } from '../graphql/client';
import { ACTIVATE_MODEL, MODELS_PAGE } from '../graphql/model-operations';
import { trackedRunner, type AsyncState } from './async-state';
import { useDatasetPage } from './useDatasetPage';

/** A dataset's trained models (every version) and training runs, reloaded when the id changes. */
export function useModels(id: Ref<string | null>) {
  const { data, state, error, reload } = useDatasetPage(id, MODELS_PAGE);

  const activation = ref<AsyncState>('idle');
  const activationError = ref<string | null>(null);
  const activatingId = ref<string | null>(null);
  const runActivation = trackedRunner(activation, activationError);

  /** Makes a version its algorithm's active model and the featured one, then reloads. */
  async function activate(modelId: string): Promise<boolean> {
    activatingId.value = modelId;
    const ok = await runActivation(
      () => runMutation(ACTIVATE_MODEL, { id: modelId }),
      () => undefined,
    );
    activatingId.value = null;
    if (ok) await reload();
    return ok;
  }

  return { data, state, error, reload, activate, activation, activationError, activatingId };
}
