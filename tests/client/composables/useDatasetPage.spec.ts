import { effectScope, nextTick, ref } from 'vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TypedDocumentNode } from '@urql/core';

const runQuery = vi.fn();
vi.mock('../../../client/src/graphql/client', () => ({ runQuery: (...args: unknown[]) => runQuery(...args) }));
const { useDatasetPage, DATASET_GONE } = await import('../../../client/src/composables/useDatasetPage');

interface Answer {
  dataset: { id: string; name: string } | null;
  extra: number;
}
const PAGE = {} as TypedDocumentNode<Answer, { id: string }>;

/** A promise to settle by hand, to see what the page shows while the server thinks. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('useDatasetPage', () => {
  beforeEach(() => runQuery.mockReset());

  function setup(initial: string | null, options: Parameters<typeof useDatasetPage<Answer>>[2] = {}) {
    const datasetId = ref<string | null>(initial);
    const page = effectScope().run(() => useDatasetPage(datasetId, PAGE, options))!;
    return { datasetId, page };
  }

  it('asks nothing and stays idle while no dataset is chosen', () => {
    const { page } = setup(null);
    expect(runQuery).not.toHaveBeenCalled();
    expect(page.state.value).toBe('idle');
    expect(page.data.value).toBeNull();
  });

  it('loads the chosen dataset’s part of the answer and hands the whole answer on', async () => {
    runQuery.mockResolvedValue({ dataset: { id: 'd1', name: 'Demo' }, extra: 7 });
    const loaded = vi.fn();
    const { page } = setup('d1', { loaded });
    expect(page.state.value).toBe('loading');
    await flush();
    expect(runQuery).toHaveBeenCalledWith(PAGE, { id: 'd1' });
    expect(page.state.value).toBe('done');
    expect(page.data.value).toEqual({ id: 'd1', name: 'Demo' });
    expect(loaded).toHaveBeenCalledWith({ id: 'd1', name: 'Demo' }, { dataset: { id: 'd1', name: 'Demo' }, extra: 7 });
  });

  it('says so when the dataset no longer exists', async () => {
    runQuery.mockResolvedValue({ dataset: null, extra: 0 });
    const loaded = vi.fn();
    const { page } = setup('gone', { loaded });
    await flush();
    expect(page.state.value).toBe('error');
    expect(page.error.value).toBe(DATASET_GONE);
    expect(page.data.value).toBeNull();
    expect(loaded).not.toHaveBeenCalled();
  });

  it('clears the old answer at once when the dataset changes, and keeps only the newest answer', async () => {
    const first = deferred<Answer>();
    const second = deferred<Answer>();
    runQuery.mockResolvedValueOnce({ dataset: { id: 'd1', name: 'One' }, extra: 1 });
    const reset = vi.fn();
    const { datasetId, page } = setup('d1', { reset });
    await flush();
    expect(page.data.value?.name).toBe('One');
    expect(reset).toHaveBeenCalledTimes(1);

    runQuery.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    datasetId.value = 'd2';
    await nextTick();
    expect(page.data.value).toBeNull();
    expect(reset).toHaveBeenCalledTimes(2);
    datasetId.value = 'd3';
    await nextTick();
    second.resolve({ dataset: { id: 'd3', name: 'Three' }, extra: 3 });
    await flush();
    first.resolve({ dataset: { id: 'd2', name: 'Two' }, extra: 2 });
    await flush();
    expect(page.data.value?.name).toBe('Three');
    expect(page.state.value).toBe('done');
  });

  it('goes back to idle with no data when the choice is cleared', async () => {
    runQuery.mockResolvedValue({ dataset: { id: 'd1', name: 'One' }, extra: 1 });
    const { datasetId, page } = setup('d1');
    await flush();
    datasetId.value = null;
    await nextTick();
    expect(page.data.value).toBeNull();
    expect(page.state.value).toBe('idle');
  });
});
