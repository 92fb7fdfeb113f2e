import { ref, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import { TARGET_GROUP, TARGET_GROUP_PAGE, type TargetGroup, type TargetGroupOptions } from '../graphql/target-group-operations';
import { trackedRunner, type AsyncState } from './async-state';
import { useDatasetPage } from './useDatasetPage';

export interface GroupRequest extends TargetGroupOptions {
  modelId: string;
  topN: number;
}

/** One cache entry per model, N and options: the same question always gets the same answer. */
export function groupKey(request: GroupRequest): string {
  return JSON.stringify([
    request.modelId,
    request.topN,
    request.minShare,
    request.capacity,
    request.costPerContact,
    request.valuePerResponse,
  ]);
}

/**
 * The Target group page's data: the dataset's models and columns (one query), and the
 * described group for a model, N and budget. Described groups are cached for the page's
 * life, and the neighbouring N are fetched in the background, so moving the slider back and
 * forth shows each description at once. A slow answer for a setting the user has already
 * left never replaces the newer one.
 */
export function useTargetGroup(datasetId: Ref<string | null>) {
  const group = ref<TargetGroup | null>(null);
  const groupState = ref<AsyncState>('idle');
  const groupError = ref<string | null>(null);
  const runGroup = trackedRunner(groupState, groupError);
  const cache = new Map<string, TargetGroup>();
  const pending = new Map<string, Promise<TargetGroup>>();
  let lastRequest: GroupRequest | null = null;

  const { data, state, error, reload } = useDatasetPage(datasetId, TARGET_GROUP_PAGE, {
    reset: () => {
      group.value = null;
      groupState.value = 'idle';
      cache.clear();
    },
  });

  function fetchGroup(request: GroupRequest): Promise<TargetGroup> {
    const key = groupKey(request);
    const hit = cache.get(key);
    if (hit) return Promise.resolve(hit);
    let entry = pending.get(key);
    if (!entry) {
      const { modelId, topN, minShare, capacity, costPerContact, valuePerResponse } = request;
      entry = runQuery(TARGET_GROUP, { id: modelId, topN, minShare, capacity, costPerContact, valuePerResponse })
        .then((result) => {
          if (!result.model) throw new Error('This model no longer exists. Reload the page to see the current models.');
          cache.set(key, result.model.targetGroup);
          return result.model.targetGroup;
        })
        .finally(() => pending.delete(key));
      pending.set(key, entry);
    }
    return entry;
  }

  /** Shows the group for a request: at once when cached, else once the server has described it. */
  async function load(request: GroupRequest, maxTopN = 10): Promise<void> {
    lastRequest = request;
    const ok = await runGroup(
      () => fetchGroup(request),
      (result) => (group.value = result),
    );
    if (ok) for (const topN of [request.topN + 1, request.topN - 1]) if (topN >= 1 && topN <= maxTopN) prefetch({ ...request, topN });
  }

  /** Fills the cache quietly; a failure here shows nowhere (the real request will say it). */
  function prefetch(request: GroupRequest): void {
    if (cache.has(groupKey(request))) return;
    fetchGroup(request).catch(() => undefined);
  }

  function retry(): Promise<void> {
    return lastRequest ? load(lastRequest) : Promise.resolve();
  }

  function isCached(request: GroupRequest): boolean {
    return cache.has(groupKey(request));
  }

  return { data, state, error, reload, group, groupState, groupError, load, retry, isCached };
}
