/**
 * The Overview page's headline: the featured model and the group it describes.
 * Result types are generated from server/schema.graphql and these documents (npm run codegen).
 */
import { graphql } from '../gql';
import type { OverviewHeadlineQuery } from '../gql/graphql';

export type HeadlineModel = NonNullable<OverviewHeadlineQuery['model']>;
export type HeadlineGroup = HeadlineModel['targetGroup'];

export const OVERVIEW_HEADLINE = graphql(`
  query OverviewHeadline($id: ID!, $topN: Int!) {
    model(id: $id) {
      id
      algorithm
      version
      createdAt
      metrics {
        rocAuc
      }
      targetGroup(topN: $topN) {
        topN
        found
        description
        matchedCustomers
        share
        lift
        suggestedTopN
      }
    }
  }
`);
