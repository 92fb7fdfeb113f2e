import { gql, type TypedDocumentNode } from '@urql/core';
import type { TrainingRun } from './model-operations';

/** What the Data page needs to offer a retrain after an import (server/schema.graphql). */
export interface RetrainFacts {
  id: string;
  targetColumn: string | null;
  settings: { autoRetrain: boolean };
  /** Newest first. */
  trainingRuns: TrainingRun[];
}

const RETRAIN_FIELDS = gql`
  fragment RetrainFacts on Dataset {
    id
    targetColumn
    settings {
      autoRetrain
    }
    trainingRuns {
      id
      status
      progress
      error
      algorithms
      createdAt
      finishedAt
    }
  }
`;

export const RETRAIN_FACTS: TypedDocumentNode<{ dataset: RetrainFacts | null }, { id: string }> = gql`
  query RetrainFacts($id: ID!) {
    dataset(id: $id) {
      ...RetrainFacts
    }
  }
  ${RETRAIN_FIELDS}
`;

export const SET_AUTO_RETRAIN: TypedDocumentNode<{ updateDatasetSettings: RetrainFacts }, { datasetId: string; autoRetrain: boolean }> =
  gql`
    mutation SetAutoRetrain($datasetId: ID!, $autoRetrain: Boolean!) {
      updateDatasetSettings(datasetId: $datasetId, input: { autoRetrain: $autoRetrain }) {
        ...RetrainFacts
      }
    }
    ${RETRAIN_FIELDS}
  `;

export const SET_CURRENCY: TypedDocumentNode<
  { updateDatasetSettings: { id: string; settings: { currency: string | null } } },
  { datasetId: string; currency: string }
> = gql`
  mutation SetCurrency($datasetId: ID!, $currency: String!) {
    updateDatasetSettings(datasetId: $datasetId, input: { currency: $currency }) {
      id
      settings {
        currency
      }
    }
  }
`;
