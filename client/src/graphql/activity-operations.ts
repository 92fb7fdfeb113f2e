import { gql, type TypedDocumentNode } from '@urql/core';
import type { JobStatus } from './types';

/** Documents and result shapes for the Activity page (server/schema.graphql is the source). */
export type JobKind = 'IMPORT' | 'TRAINING' | 'SEGMENTATION';

export interface ActivityJob {
  id: string;
  kind: JobKind;
  datasetId: string;
  datasetName: string;
  status: JobStatus;
  progress: number | null;
  startedBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationSeconds: number | null;
  outcome: string | null;
  cancellable: boolean;
}

export const ACTIVITY: TypedDocumentNode<{ activity: ActivityJob[] }, { limit?: number }> = gql`
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
`;

export const CANCEL_TRAINING_RUN: TypedDocumentNode<{ cancelTrainingRun: { id: string; status: JobStatus } }, { id: string }> = gql`
  mutation CancelTrainingRun($id: ID!) {
    cancelTrainingRun(id: $id) {
      id
      status
    }
  }
`;

export const CANCEL_SEGMENTATION: TypedDocumentNode<{ cancelSegmentation: { id: string; status: JobStatus } }, { id: string }> = gql`
  mutation CancelSegmentation($id: ID!) {
    cancelSegmentation(id: $id) {
      id
      status
    }
  }
`;
