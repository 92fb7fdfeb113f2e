import { ref, watch, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import { OVERVIEW_HEADLINE, type HeadlineModel } from '../graphql/overview-operations';
import { trackedRunner, type AsyncState } from './async-state';

/** The Target group page's first N before the server suggests one (it opens at the suggestion). */
const FIRST_TOP_N = 3;

/**
 * The featured model's headline group, as the Target group page first shows it: the group at
 * the server's suggested number of drivers (asked again when the suggestion is not 3).
 */
export function useOverviewHeadline(modelId: Ref<string | null>) {
  const model = ref<HeadlineModel | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);

  async function fetchHeadline(id: string): Promise<HeadlineModel | null> {
    const first = (await runQuery(OVERVIEW_HEADLINE, { id, topN: FIRST_TOP_N })).model;
    const suggested = first?.targetGroup.suggestedTopN ?? FIRST_TOP_N;
    if (!first || suggested === FIRST_TOP_N) return first;
    return (await runQuery(OVERVIEW_HEADLINE, { id, topN: suggested })).model;
  }

  async function load(): Promise<void> {
    const id = modelId.value;
    model.value = null;
    if (!id) return;
    // Only the latest call writes: an answer for a model no longer featured is dropped.
    await run(
      () => fetchHeadline(id),
      (result) => (model.value = result),
    );
  }

  watch(modelId, () => void load(), { immediate: true });
  return { model, state, error, reload: load };
}
