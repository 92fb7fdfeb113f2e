import { reactive, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import { DRIVERS_PAGE, PARTIAL_DEPENDENCE, type PartialDependence } from '../graphql/explanation-operations';
import type { AsyncState } from './async-state';
import { useDatasetPage } from './useDatasetPage';

export interface CurveEntry {
  state: AsyncState;
  error: string | null;
  curve: PartialDependence | null;
}

/**
 * The Drivers page's data: every model's importances and its run's agreement (one query),
 * and response curves fetched per model and feature as the reader asks for them — a curve
 * carries ICE lines and is too heavy to fetch for every feature up front.
 */
export function useExplanations(datasetId: Ref<string | null>) {
  const curves = reactive(new Map<string, CurveEntry>());
  const { data, state, error, reload } = useDatasetPage(datasetId, DRIVERS_PAGE, { reset: () => curves.clear() });

  const key = (modelId: string, feature: string): string => `${modelId}\u0000${feature}`;

  function curve(modelId: string, feature: string): CurveEntry {
    return curves.get(key(modelId, feature)) ?? { state: 'idle', error: null, curve: null };
  }

  async function loadCurve(modelId: string, feature: string, force = false): Promise<void> {
    const k = key(modelId, feature);
    const existing = curves.get(k);
    if (!force && existing && (existing.state === 'loading' || existing.state === 'done')) return;
    curves.set(k, { state: 'loading', error: null, curve: existing?.curve ?? null });
    try {
      const result = await runQuery(PARTIAL_DEPENDENCE, { id: modelId, feature });
      if (!result.model) throw new Error('This model no longer exists. Reload the page to see the current models.');
      curves.set(k, { state: 'done', error: null, curve: result.model.partialDependence });
    } catch (caught) {
      curves.set(k, { state: 'error', error: caught instanceof Error ? caught.message : String(caught), curve: null });
    }
  }

  function loadCurves(modelId: string, features: readonly string[]): Promise<void[]> {
    return Promise.all(features.map((feature) => loadCurve(modelId, feature)));
  }

  return { data, state, error, reload, curve, loadCurve, loadCurves };
}
