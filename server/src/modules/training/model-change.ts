/** What changed between two versions of one algorithm's model: metric deltas and rank moves. */
import type { Metrics } from './metrics/evaluate.js';

export const COMPARED_METRICS = [
  'rocAuc',
  'prAuc',
  'f1',
  'precision',
  'recall',
  'logLoss',
  'brierScore',
] as const satisfies (keyof Metrics)[];

export interface RankedFeature {
  feature: string;
  label: string;
}

export function metricChanges(
  before: Pick<Metrics, (typeof COMPARED_METRICS)[number]>,
  after: Pick<Metrics, (typeof COMPARED_METRICS)[number]>,
) {
  return COMPARED_METRICS.filter((m) => Number.isFinite(before[m]) && Number.isFinite(after[m])).map((metric) => ({
    metric,
    before: before[metric],
    after: after[metric],
    delta: after[metric] - before[metric],
  }));
}

/** Features whose 1-based importance rank differs (including ones that appear or vanish). */
export function rankChanges(before: RankedFeature[], after: RankedFeature[]) {
  const rankBefore = new Map(before.map((f, i) => [f.feature, i + 1]));
  const rankAfter = new Map(after.map((f, i) => [f.feature, i + 1]));
  const labels = new Map([...before, ...after].map((f) => [f.feature, f.label]));
  return [...labels.keys()]
    .map((feature) => ({
      feature,
      label: labels.get(feature)!,
      rankBefore: rankBefore.get(feature) ?? null,
      rankAfter: rankAfter.get(feature) ?? null,
    }))
    .filter((c) => c.rankBefore !== c.rankAfter)
    .sort((a, b) => (a.rankAfter ?? Infinity) - (b.rankAfter ?? Infinity));
}
