import { t } from '../i18n';
import { computed, onScopeDispose, ref, watch, type Ref } from 'vue';
import { runMutation, runQuery } from '../graphql/client';
import {
  REWRITE_SEGMENT_BRIEF,
  SEGMENT_CUSTOMERS,
  SEGMENTATION,
  SEGMENTS_PAGE,
  UPDATE_SEGMENT_BRIEF,
  type Segmentation,
  type SegmentationDefaults,
  type SegmentationInput,
} from '../graphql/segment-operations';
import { trackedRunner, type AsyncState } from './async-state';
import { useDatasetPage } from './useDatasetPage';
import { currentToken } from './useSession';

const POLL_MS = 600;
const POLL_FAILURES_ALLOWED = 5;
const isFinished = (status: string) => status === 'SUCCEEDED' || status === 'FAILED';

/**
 * The Segments page's data: the dataset's segmentations (newest first) and detected RFM
 * columns, the one on show in full, a run followed to the end by polling, and brief edits.
 */
export function useSegmentation(datasetId: Ref<string | null>) {
  const defaults = ref<SegmentationDefaults | null>(null);

  const selectedId = ref<string | null>(null);
  const selected = ref<Segmentation | null>(null);
  const selectedState = ref<AsyncState>('idle');
  const selectedError = ref<string | null>(null);
  const loadSelected = trackedRunner(selectedState, selectedError);

  const run = ref<Segmentation | null>(null);
  const runState = ref<AsyncState>('idle');
  const runError = ref<string | null>(null);
  const running = computed(() => runState.value === 'loading');

  const briefState = ref<AsyncState>('idle');
  const briefError = ref<string | null>(null);
  const briefBusy = ref<number | null>(null);
  const briefRunner = trackedRunner(briefState, briefError);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let following: string | null = null;
  let disposed = false;

  watch(selectedId, (id) => {
    if (id !== selected.value?.id) void show(id);
  });

  const {
    data: page,
    state,
    error,
    reload,
  } = useDatasetPage(datasetId, SEGMENTS_PAGE, {
    loaded: (dataset, result) => {
      defaults.value = result.segmentationDefaults;
      const list = dataset.segmentations;
      if (!list.some((s) => s.id === selectedId.value)) selectedId.value = list.find((s) => s.status === 'SUCCEEDED')?.id ?? null;
      const active = list.find((s) => !isFinished(s.status));
      if (active) follow(active.id);
    },
    // Another dataset: stop following the old one's run and forget what was on show.
    reset: () => {
      clearTimeout(timer);
      following = null;
      selected.value = null;
      selectedId.value = null;
      run.value = null;
      runState.value = 'idle';
      runError.value = null;
    },
  });

  async function show(id: string | null): Promise<void> {
    selectedId.value = id;
    if (!id) {
      selected.value = null;
      return;
    }
    await loadSelected(
      () => runQuery(SEGMENTATION, { id }),
      (result) => {
        if (!result.segmentation) throw new Error(t('segments.errors.deleted'));
        selected.value = result.segmentation;
      },
    );
  }

  async function poll(id: string, failures: number): Promise<void> {
    if (disposed || following !== id) return;
    try {
      const data = await runQuery(SEGMENTATION, { id });
      if (following !== id) return;
      failures = 0;
      if (!data.segmentation) throw new Error(t('segments.errors.notFound'));
      run.value = data.segmentation;
      if (isFinished(data.segmentation.status)) {
        following = null;
        runState.value = data.segmentation.status === 'SUCCEEDED' ? 'done' : 'error';
        runError.value = data.segmentation.status === 'FAILED' ? (data.segmentation.error ?? t('segments.errors.failed')) : null;
        if (data.segmentation.status === 'SUCCEEDED') selectedId.value = id;
        await reload();
        if (data.segmentation.status === 'SUCCEEDED') selected.value = data.segmentation;
        return;
      }
    } catch (caught) {
      if (failures + 1 >= POLL_FAILURES_ALLOWED || !currentToken()) {
        following = null;
        runState.value = 'error';
        runError.value = caught instanceof Error ? caught.message : t('segments.errors.lostContact');
        return;
      }
      failures += 1;
    }
    await new Promise<void>((resolve) => {
      timer = setTimeout(resolve, POLL_MS);
    });
    return poll(id, failures);
  }

  function follow(id: string): void {
    if (following === id) return;
    clearTimeout(timer);
    following = id;
    runState.value = 'loading';
    runError.value = null;
    void poll(id, 0);
  }

  async function start(input: SegmentationInput): Promise<void> {
    const id = datasetId.value;
    if (!id || running.value) return;
    runState.value = 'loading';
    runError.value = null;
    run.value = null;
    try {
      const data = await runMutation(SEGMENT_CUSTOMERS, { datasetId: id, input });
      run.value = data.segmentCustomers;
      following = null;
      follow(data.segmentCustomers.id);
    } catch (caught) {
      runState.value = 'error';
      runError.value = caught instanceof Error ? caught.message : String(caught);
    }
  }

  async function saveBrief(index: number, brief: string): Promise<boolean> {
    const current = selected.value;
    if (!current) return false;
    briefBusy.value = index;
    const ok = await briefRunner(
      () => runMutation(UPDATE_SEGMENT_BRIEF, { segmentationId: current.id, index, brief }),
      (result) => {
        const segment = current.segments.find((s) => s.index === index);
        if (segment) Object.assign(segment, result.updateSegmentBrief);
      },
    );
    briefBusy.value = null;
    return ok;
  }

  /** The AI's rewrite, for the analyst to accept (saved) or discard. */
  async function rewriteBrief(index: number): Promise<string | null> {
    const current = selected.value;
    if (!current) return null;
    briefBusy.value = index;
    let text: string | null = null;
    await briefRunner(
      () => runMutation(REWRITE_SEGMENT_BRIEF, { segmentationId: current.id, index }),
      (result) => {
        text = result.rewriteSegmentBrief;
      },
    );
    briefBusy.value = null;
    return text;
  }

  /** The membership CSV, fetched with the bearer token and handed to the browser as a file. */
  async function downloadMembers(): Promise<void> {
    const current = selected.value;
    if (!current) return;
    try {
      const res = await fetch(`/api/segmentations/${current.id}/members.csv`, {
        headers: { Authorization: `Bearer ${currentToken() ?? ''}` },
      });
      if (!res.ok) throw new Error(`The export failed (HTTP ${res.status}). Please try again.`);
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'segments.csv';
      saveBlob(await res.blob(), name);
    } catch (caught) {
      briefError.value = caught instanceof Error ? caught.message : String(caught);
    }
  }

  onScopeDispose(() => {
    disposed = true;
    clearTimeout(timer);
  });

  return {
    page,
    defaults,
    state,
    error,
    reload,
    selectedId,
    selected,
    selectedState,
    selectedError,
    show,
    run,
    runState,
    runError,
    running,
    start,
    briefState,
    briefError,
    briefBusy,
    saveBrief,
    rewriteBrief,
    downloadMembers,
  };
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
