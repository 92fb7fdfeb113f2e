/**
 * What the Data page needs to offer a retrain after an import, and the dataset settings it edits.
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type { RetrainFactsFragment } from '../gql/graphql';

/** Newest training run first. */
export type RetrainFacts = RetrainFactsFragment;

export const RETRAIN_FIELDS = graphql(`
  fragment RetrainFacts on Dataset {
    id
    targetColumn
    settings {
      autoRetrain
    }
    trainingRuns {
      ...TrainingRunFields
    }
  }
`);
export const RETRAIN_FACTS = graphql(`
  query RetrainFacts($id: ID!) {
    dataset(id: $id) {
      ...RetrainFacts
    }
  }
`);
export const SET_AUTO_RETRAIN = graphql(`
  mutation SetAutoRetrain($datasetId: ID!, $autoRetrain: Boolean!) {
    updateDatasetSettings(datasetId: $datasetId, input: { autoRetrain: $autoRetrain }) {
      ...RetrainFacts
    }
  }
`);
export const SET_CURRENCY = graphql(`
  mutation SetCurrency($datasetId: ID!, $currency: String!) {
    updateDatasetSettings(datasetId: $datasetId, input: { currency: $currency }) {
      id
      settings {
        currency
      }
    }
  }
`);
