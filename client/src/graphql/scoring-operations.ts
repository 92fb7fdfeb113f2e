/**
 * The Score a list page's documents (contract part "scoring" and the server's history and
 * table queries). Result types are generated (npm run codegen, client/src/gql/).
 */
import { graphql } from '../gql';
import type { ScoredRowsQuery, ScoredRowSort, ScoringFieldsFragment, ScoringPageQuery } from '../gql/graphql';

export type Scoring = ScoringFieldsFragment;
export type ScoringPageData = NonNullable<ScoringPageQuery['dataset']>;
export type ScoringPageModel = ScoringPageData['models'][number];
export type ScoredRowPage = ScoredRowsQuery['scoredRows'];
export type ScoredRow = ScoredRowPage['rows'][number];
export type GainPoint = Scoring['gains'][number];
export type ReplacedValues = Scoring['replacedValues'][number];
export type { ScoredRowSort };

export const SCORING_FIELDS = graphql(`
  fragment ScoringFields on Scoring {
    id
    modelId
    datasetId
    status
    error
    phase
    progress
    fileName
    rowsScored
    rowsRejected
    errors {
      ...FileProblemFields
    }
    ignoredColumns
    replacedValues {
      column
      label
      wrongKind
      unseen
      examples
    }
    gains {
      percent
      customers
      expectedResponders
    }
    identifier
    segmentationId
    modelVersion
    retrainedNote
    createdBy
    createdAt
    finishedAt
    money {
      costPerContact
      valuePerResponse
    }
  }
`);

export const SCORING_PAGE = graphql(`
  query ScoringPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      settings {
        currency
      }
      models {
        ...ModelChoiceFields
      }
    }
    scorings(datasetId: $id, limit: 20) {
      ...ScoringFields
    }
  }
`);

export const SCORING = graphql(`
  query Scoring($id: ID!) {
    scoring(id: $id) {
      ...ScoringFields
    }
  }
`);

export const SCORED_ROWS = graphql(`
  query ScoredRows(
    $scoringId: ID!
    $decile: Int
    $search: String
    $sort: ScoredRowSort!
    $descending: Boolean!
    $offset: Int!
    $limit: Int!
  ) {
    scoredRows(
      scoringId: $scoringId
      decile: $decile
      search: $search
      sort: $sort
      descending: $descending
      offset: $offset
      limit: $limit
    ) {
      total
      rows {
        line
        key
        probability
        decile
        reasons
        inTargetGroup
        segment
      }
    }
  }
`);

export const DELETE_SCORING = graphql(`
  mutation DeleteScoring($id: ID!) {
    deleteScoring(id: $id)
  }
`);
