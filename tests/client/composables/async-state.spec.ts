import { ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { trackedRunner, type AsyncState } from '../../../client/src/composables/async-state';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('trackedRunner', () => {
  it('moves idle -> loading -> done and applies the value', async () => {
    const state = ref<AsyncState>('idle');
    const error = ref<string | null>('old');
    const run = trackedRunner(state, error);
    let applied = 0;
    const pending = deferred<number>();
    const result = run(
      () => pending.promise,
      (value) => (applied = value),
    );
    expect(state.value).toBe('loading');
    expect(error.value).toBeNull();
    pending.resolve(7);
    expect(await result).toBe(true);
    expect(state.value).toBe('done');
    expect(applied).toBe(7);
  });

  it('records the failure message', async () => {
    const state = ref<AsyncState>('idle');
    const error = ref<string | null>(null);
    const run = trackedRunner(state, error);
    expect(
      await run(
        () => Promise.reject(new Error('Dataset was not found.')),
        () => undefined,
      ),
    ).toBe(false);
    expect(state.value).toBe('error');
    expect(error.value).toBe('Dataset was not found.');
  });

  it('treats an error thrown while applying as a failure', async () => {
    const state = ref<AsyncState>('idle');
    const error = ref<string | null>(null);
    const run = trackedRunner(state, error);
    await run(
      () => Promise.resolve(null),
      () => {
        throw new Error('This dataset no longer exists.');
      },
    );
    expect(state.value).toBe('error');
    expect(error.value).toBe('This dataset no longer exists.');
  });

  it('ignores a slow answer that a newer request has overtaken', async () => {
    const state = ref<AsyncState>('idle');
    const error = ref<string | null>(null);
    const run = trackedRunner(state, error);
    const slow = deferred<string>();
    const fast = deferred<string>();
    let shown = '';
    const first = run(
      () => slow.promise,
      (value) => (shown = value),
    );
    const second = run(
      () => fast.promise,
      (value) => (shown = value),
    );
    fast.resolve('dataset B');
    await second;
    slow.reject(new Error('late failure for dataset A'));
    expect(await first).toBe(false);
    expect(shown).toBe('dataset B');
    expect(state.value).toBe('done');
    expect(error.value).toBeNull();
  });
});
