/**
 * Worker-thread entry for segments: builds the customers' features from the column store,
 * runs the segmentation (or places new customers under a stored one) and reports progress
 * on a MessagePort. Plain ML code: no database, no decorators.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ModelArtifact } from '../training/model-artifact.js';
import { loadModel } from '../training/model-registry.js';
import type { ColumnSpec } from '../training/pipeline/build-feature-table.js';
import { selectRows, type ColumnStore } from '../datasets/column-store/column-store.js';
import {
  campaignColumnsFromStore,
  segmentationTableFromStore,
  targetGroupMaskFromStore,
  type CampaignSpec,
  type TargetGroupSpec,
} from './segment-data.js';
import { segmentCustomers } from './segment-customers.js';
import { assignCustomers } from './segment-assign.js';
import type { SegmentCustomersOptions, SegmentationModel } from './segment-customers.types.js';

export type SegmentsTask =
  | {
      kind: 'segment';
      specs: ColumnSpec[];
      /** The dataset version's column store (shared memory: not copied into this thread). */
      store: ColumnStore;
      target: string | null;
      campaigns: CampaignSpec[];
      options: SegmentCustomersOptions;
      /** The featured model, for each segment's mean predicted probability. */
      artifact: ModelArtifact | null;
      /** The featured model's target group, for each segment's overlap with it. */
      targetGroup?: TargetGroupSpec | null;
      port?: MessagePort;
    }
  | {
      kind: 'assign';
      specs: ColumnSpec[];
      /** The dataset version's store (shared) and the rows to place (indices into it). */
      store: ColumnStore;
      rows: Int32Array;
      target: string | null;
      model: SegmentationModel;
    };

function predictedFor(artifact: ModelArtifact | null, table: ReturnType<typeof segmentationTableFromStore>): Float64Array | undefined {
  if (!artifact) return undefined;
  try {
    return Float64Array.from(loadModel(artifact.algorithm, artifact.model).predictProba(table));
  } catch {
    // The model was trained on other column settings: the segments simply go without it.
    return undefined;
  }
}

export default function run(task: SegmentsTask) {
  if (task.kind === 'assign')
    return assignCustomers(task.model, segmentationTableFromStore(task.specs, selectRows(task.store, task.rows), task.target));
  const table = segmentationTableFromStore(task.specs, task.store, task.target);
  let last = -1;
  const report = (fraction: number) => {
    if (fraction - last < 0.01 && fraction < 1) return;
    last = fraction;
    task.port?.postMessage(fraction);
  };
  const campaigns = campaignColumnsFromStore(task.campaigns, task.store);
  const predicted = predictedFor(task.artifact, table);
  try {
    const group = task.targetGroup;
    const targetGroup = group ? { mask: targetGroupMaskFromStore(group, task.store), conditions: group.described } : undefined;
    return segmentCustomers(table, campaigns, { ...task.options, predicted, targetGroup }, report);
  } catch (error) {
    // Input problems (unknown column, too few customers) are the user's to fix: answered as
    // data, because an Error's own fields do not survive the trip back from the worker.
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    task.port?.close();
  }
}
