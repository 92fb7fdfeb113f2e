import { ref, watch, type Ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import { ACTIVATE_MODEL, MODELS_PAGE, type ModelsPageData } from '../graphql/model-operations';
import { trackedRunner, type AsyncState } from './async-state';

/** A dataset's trained models (every version) and training runs, reloaded when the id changes. */
export function useModels(id: Ref<string | null>) {
  const data = ref<ModelsPageData | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);

  const activation = ref<AsyncState>('idle');
  const activationError = ref<string | null>(null);
  const activatingId = ref<string | null>(null);
  const runActivation = trackedRunner(activation, activationError);

  async function reload(): Promise<void> {
    const current = id.value;
    if (!current) {
      data.value = null;
      state.value = 'idle';
      return;
    }
    await run(
      () => runQuery(MODELS_PAGE, { id: current }),
      (result) => {
        if (!result.dataset) throw new Error('This dataset no longer exists. Pick another one in the top bar.');
        data.value = result.dataset;
      },
    );
  }

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

  watch(
    id,
    (next, previous) => {
      if (next !== previous) data.value = null;
      void reload();
    },
    { immediate: true },
  );

  return { data, state, error, reload, activate, activation, activationError, activatingId };
}
