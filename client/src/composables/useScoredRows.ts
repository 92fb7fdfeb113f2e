import { reactive, ref, watch, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import { SCORED_ROWS, type ScoredRow, type ScoredRowSort } from '../graphql/scoring-operations';
import { trackedRunner, type AsyncState } from './async-state';

export const SCORED_PAGE_SIZE = 25;
const SEARCH_PAUSE_MS = 300;

/** One page of a scored list's table (scoredRows): sorting, the decile filter, the search and paging. */
export function useScoredRows(scoringId: Ref<string | null>) {
  const state = ref<AsyncState>('idle');
  const error = ref<string | null>(null);
  const rows = ref<ScoredRow[]>([]);
  const total = ref(0);
  const query = reactive({
    sort: 'PROBABILITY' as ScoredRowSort,
    descending: true,
    decile: null as number | null,
    search: '',
    offset: 0,
  });
  const run = trackedRunner(state, error);

  async function load(): Promise<void> {
    const id = scoringId.value;
    if (!id) {
      rows.value = [];
      total.value = 0;
      return;
    }
    await run(
      () =>
        runQuery(SCORED_ROWS, {
          scoringId: id,
          decile: query.decile,
          search: query.search.trim() || null,
          sort: query.sort,
          descending: query.descending,
          offset: query.offset,
          limit: SCORED_PAGE_SIZE,
        }),
      (answer) => {
        rows.value = answer.scoredRows.rows;
        total.value = answer.scoredRows.total;
      },
    );
  }

  /** Sorts by a column; the same column again turns the order round. */
  function sortBy(sort: ScoredRowSort): void {
    if (query.sort === sort) query.descending = !query.descending;
    else {
      query.sort = sort;
      // The chance reads best first; names and file order from the top.
      query.descending = sort === 'PROBABILITY';
    }
    query.offset = 0;
  }

  function page(offset: number): void {
    query.offset = Math.max(0, Math.min(offset, Math.max(0, total.value - 1)));
  }

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => query.search,
    () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => {
        if (query.offset === 0) void load();
        else query.offset = 0;
      }, SEARCH_PAUSE_MS);
    },
  );
  watch(
    () => query.decile,
    () => (query.offset = 0),
  );
  watch(
    () => [query.sort, query.descending, query.decile, query.offset],
    () => void load(),
  );
  watch(
    scoringId,
    () => {
      Object.assign(query, { sort: 'PROBABILITY', descending: true, decile: null, search: '', offset: 0 });
      void load();
    },
    { immediate: true },
  );

  return { state, error, rows, total, query, sortBy, page, load, pageSize: SCORED_PAGE_SIZE };
}
