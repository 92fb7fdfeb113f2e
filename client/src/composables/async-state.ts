import type { Ref } from 'vue';

/** The state every composable owns, as the layout guide asks. */
export type AsyncState = 'idle' | 'loading' | 'done' | 'error';

/**
 * Runs `task`, keeping `state` and `error` in step. Only the latest call may write: a slow
 * answer for a dataset the user has already left must not overwrite the newer one.
 */
export function trackedRunner(state: Ref<AsyncState>, error: Ref<string | null>) {
  let generation = 0;
  return async function run<T>(task: () => Promise<T>, apply: (value: T) => void): Promise<boolean> {
    const mine = ++generation;
    state.value = 'loading';
    error.value = null;
    try {
      const value = await task();
      if (mine !== generation) return false;
      apply(value);
      state.value = 'done';
      return true;
    } catch (caught) {
      if (mine !== generation) return false;
      error.value = caught instanceof Error ? caught.message : String(caught);
      state.value = 'error';
      return false;
    }
  };
}
