/**
 * The Activity page's documents.
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type { ActivityQuery } from '../gql/graphql';

export type { JobKind } from '../gql/graphql';
export type ActivityJob = ActivityQuery['activity'][number];

export const ACTIVITY = graphql(`
  query Activity($limit: Int) {
    activity(limit: $limit) {
      id
      kind
      datasetId
      datasetName
      status
      progress
      startedBy
      createdAt
      startedAt
      finishedAt
      durationSeconds
      outcome
      cancellable
    }
  }
`);
export const CANCEL_TRAINING_RUN = graphql(`
  mutation CancelTrainingRun($id: ID!) {
    cancelTrainingRun(id: $id) {
      id
      status
    }
  }
`);
export const CANCEL_SEGMENTATION = graphql(`
  mutation CancelSegmentation($id: ID!) {
    cancelSegmentation(id: $id) {
      id
      status
    }
  }
`);
