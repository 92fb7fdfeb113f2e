/**
 * Worker-thread entry for target groups: the featured model's predictions over every
 * customer, the rule search with its bootstrap, exact counts, and audience exports. The
 * dataset's column store is shared with this thread (no copy, no text re-parsed).
 */
import { loadModel } from '../training/model-registry.js';
import type { ModelArtifact } from '../training/model-artifact.js';
import { sharedFloat64, type ColumnStore } from '../datasets/column-store/column-store.js';
import type { ColumnSpec } from '../training/pipeline/build-feature-table.js';
import { featureTableFromStore } from '../training/pipeline/store-feature-table.js';
import type { StoredExplanations } from '../training/stored-explanations.js';
import { audienceMatch } from './audience-export.js';
import { describeTargetGroup as writeBrief } from './describe.js';
import { conditionClauseText, conditionText, whoSentence, type DescribedCondition } from './condition-text.js';
import type { RawCondition } from './conditions.js';
import { matchMask, meanPredicted, statsFor } from './group-stats.js';
import { describeTargetGroup, type TargetGroupOptions } from './target-group.js';
import { knownResponses, targetGroupDataFromStore } from './store-input.js';
import { driversFromExplanations, type ColumnInfo, type DatasetInfo } from './target-group-input.js';

export interface TargetGroupTask {
  /** predict: the model's probability for every customer with a known response (cached by the service). */
  kind: 'describe' | 'evaluate' | 'audience' | 'predict';
  columns: ColumnInfo[];
  specs: ColumnSpec[];
  store: ColumnStore;
  dataset: DatasetInfo;
  artifact: ModelArtifact;
  explanations: StoredExplanations;
  directionAgreed: Record<string, boolean>;
  options: TargetGroupOptions;
  /** The model's predictions from an earlier 'predict' task (shared memory); computed here when absent. */
  predicted?: Float64Array | null;
  /** evaluate / audience: the conditions to apply (a user's edits of a described group). */
  conditions?: RawCondition[];
}

export default function run(task: TargetGroupTask) {
  // Predictions need only the number of customers with a known response, not their columns.
  if (task.kind === 'predict') return predictAll(task, knownResponses(task.store, task.dataset).kept.length);
  const { data, kept } = targetGroupDataFromStore(task.columns, task.store, task.dataset, task.artifact.testRowNumbers);
  // The featured model's probability for every customer with a known response.
  const predicted = task.predicted === undefined ? predictAll(task, kept.length) : task.predicted;
  if (predicted) data.predicted = predicted;
  const drivers = driversFromExplanations(task.explanations, task.columns, task.directionAgreed);
  if (task.kind === 'describe') return describeTargetGroup(drivers, data, task.options);
  const conditions = task.conditions ?? [];
  // The lines themselves are written from the column store, page by page, as they are sent.
  if (task.kind === 'audience') return audienceMatch(data, kept, conditions);
  const byName = new Map(task.columns.map((c) => [c.name, c]));
  const mask = matchMask(conditions, data);
  const stats = statsFor(mask, data.target);
  const holdout = statsFor(mask, data.target, data.testMask);
  const ctx = { currency: data.currency, locale: task.options.locale };
  const described: DescribedCondition[] = conditions.map((c) => {
    const column = byName.get(c.feature)!;
    const kind = column.kind as DescribedCondition['kind'];
    const positiveLabel =
      kind === 'BINARY' ? (data.columns[c.feature] as { positiveLabel?: string | null } | undefined)?.positiveLabel : undefined;
    return {
      ...c,
      label: column.label,
      kind,
      unit: (column.unit ?? undefined) as DescribedCondition['unit'],
      phrasing: column.phrasing ?? undefined,
      positiveLabel,
    };
  });
  const predictedMean = meanPredicted(mask, data.predicted);
  return {
    conditions: described.map((c) => ({ ...c, text: conditionText(c, ctx), clause: conditionClauseText(c, ctx) })),
    who: whoSentence(described, ctx),
    ...stats,
    holdout,
    meanPredicted: predictedMean,
    // The brief of the edited group, written as the described group's is, from these exact counts only.
    description: writeBrief({
      conditions: described,
      stats,
      holdout,
      meanPredicted: predictedMean,
      totalCustomers: data.rowCount,
      found: described.length > 0,
      currency: data.currency,
      locale: task.options.locale,
    }),
  };
}

/** The model's probability for every customer with a known response, in shared memory; null if the rows do not line up. */
function predictAll(task: TargetGroupTask, rows: number): Float64Array | null {
  const built = featureTableFromStore(task.store, task.specs, {
    target: task.dataset.targetColumn,
    positiveLabel: task.dataset.positiveLabel ?? undefined,
  });
  if (built.rowIndex.length !== rows) return null;
  const predicted = loadModel(task.artifact.algorithm, task.artifact.model).predictProba(built.table);
  const shared = sharedFloat64(predicted.length);
  shared.set(predicted);
  return shared;
}
