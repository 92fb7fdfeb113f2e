import { computed, onScopeDispose, ref, watch, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import { EVALUATE_TARGET_GROUP, type GroupCondition, type GroupFigures, type TargetGroup } from '../graphql/target-group-operations';
import {
  conditionsKey,
  removeCondition,
  sameConditions,
  setBounds,
  toInputs,
  toggleLevel,
  withServerText,
  type EditResult,
} from '../utils/target-group-chips';
import { trackedRunner, type AsyncState } from './async-state';

/** How long typing may pause before the edited group is recounted. */
const RECOUNT_DELAY_MS = 250;

/**
 * The user's edit of a described group: conditions removed or adjusted as chips, recounted
 * exactly by the server (evaluateTargetGroup) as they change. A new description (another
 * model or N) starts a fresh edit. Recounts are cached per model and conditions.
 */
export function useGroupEdit(group: Ref<TargetGroup | null>, modelId: Ref<string | null>) {
  const conditions = ref<GroupCondition[]>([]);
  const figures = ref<GroupFigures | null>(null);
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const run = trackedRunner(state, error);
  const cache = new Map<string, GroupFigures>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const original = computed(() => group.value?.conditions ?? []);
  const edited = computed(() => group.value !== null && !sameConditions(toInputs(conditions.value), toInputs(original.value)));
  /** The chips: the server's wording once its recount is for exactly these conditions. */
  const chips = computed(() => withServerText(conditions.value, figures.value?.conditions ?? null));
  /** Whether the figures on show are for the conditions on show. */
  const current = computed(() => figures.value !== null && sameConditions(toInputs(figures.value.conditions), toInputs(conditions.value)));
  /** An edit whose recount has not come back yet (and has not failed). */
  const recounting = computed(() => edited.value && !current.value && state.value !== 'error');

  function recount(): void {
    clearTimeout(timer);
    const id = modelId.value;
    if (!id || !edited.value) {
      // Through the runner, so a recount still on its way cannot land on the original group.
      void run(
        async () => null,
        () => (figures.value = null),
      );
      return;
    }
    const inputs = toInputs(conditions.value);
    const key = `${id}\u0000${conditionsKey(inputs)}`;
    const hit = cache.get(key);
    if (hit) {
      void run(
        () => Promise.resolve(hit),
        (value) => (figures.value = value),
      );
      return;
    }
    state.value = 'loading';
    timer = setTimeout(() => {
      void run(
        () => runQuery(EVALUATE_TARGET_GROUP, { modelId: id, conditions: inputs }),
        (result) => {
          cache.set(key, result.evaluateTargetGroup);
          figures.value = result.evaluateTargetGroup;
        },
      );
    }, RECOUNT_DELAY_MS);
  }

  function apply(result: EditResult): string | null {
    if (!result.ok) return result.problem;
    conditions.value = result.conditions;
    recount();
    return null;
  }

  function remove(feature: string): void {
    conditions.value = removeCondition(conditions.value, feature);
    recount();
  }

  const adjustBounds = (feature: string, min: number | null, max: number | null): string | null =>
    apply(setBounds(conditions.value, feature, min, max));
  const toggle = (feature: string, level: string): string | null => apply(toggleLevel(conditions.value, feature, level));

  function reset(): void {
    conditions.value = original.value.map((condition) => ({ ...condition, levels: condition.levels ? [...condition.levels] : null }));
    recount();
  }

  // Only a different suggestion starts a fresh edit: a new budget that keeps the conditions keeps the user's changes.
  watch(() => `${modelId.value}\u0000${conditionsKey(toInputs(original.value))}`, reset, { immediate: true });
  watch(modelId, () => cache.clear());
  onScopeDispose(() => clearTimeout(timer));

  return { conditions, chips, edited, figures, current, recounting, state, error, remove, adjustBounds, toggle, reset, retry: recount };
}
