/**
 * The Segments page's documents.
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type { SegmentationFieldsFragment, SegmentationSummaryFieldsFragment, SegmentsPageQuery } from '../gql/graphql';

export type { SegmentFeatureSet, SegmentationAlgorithm, SegmentationInput } from '../gql/graphql';
export type SegmentationSummary = SegmentationSummaryFieldsFragment;
export type Segmentation = SegmentationFieldsFragment;
export type Segment = Segmentation['segments'][number];
export type SegmentFeatureProfile = Segment['distinctive'][number];
/** One k tried; the charts also take points without smallestShare and leftOut (runs stored before them). */
export type KChoicePoint = Omit<Segmentation['kChoice'][number], 'smallestShare' | 'leftOut'> &
  Partial<Pick<Segmentation['kChoice'][number], 'smallestShare' | 'leftOut'>>;
export type ProjectionPoint = Segmentation['projection'][number];
/** RFM scores: the customers of one (recency score, frequency score) cell and their segment. */
export type RfmGridCell = Segmentation['rfmGrid'][number];
export type SegmentsPageData = NonNullable<SegmentsPageQuery['dataset']>;
export type SegmentationDefaults = SegmentsPageQuery['segmentationDefaults'];

export const SEGMENTATION_SUMMARY_FIELDS = graphql(`
  fragment SegmentationSummaryFields on Segmentation {
    id
    status
    progress
    error
    algorithm
    featureSet
    features
    k
    silhouette
    noiseCustomers
    eps
    minPts
    createdAt
    finishedAt
  }
`);

export const SEGMENTATION_FIELDS = graphql(`
  fragment SegmentationFields on Segmentation {
    ...SegmentationSummaryFields
    kChoice {
      k
      silhouette
      inertia
      smallestShare
      leftOut
    }
    explainedVariance
    projection {
      x
      y
      segment
    }
    rfmGrid {
      recency
      frequency
      customers
      segment
      name
    }
    choiceReason
    warnings
    overallCampaigns {
      ...CampaignOutcomeFields
    }
    segments {
      index
      name
      description
      size
      share
      meanPredicted
      targetGroupCustomers
      targetGroupShare
      brief
      briefEdited
      campaigns {
        ...CampaignOutcomeFields
      }
      distinctive {
        feature
        label
        kind
        mean
        median
        overallMean
        overallMedian
        level
        share
        overallShare
        standardisedDifference
        text
        direction
      }
    }
  }
`);

export const SEGMENTS_PAGE = graphql(`
  query SegmentsPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      rowCount
      idColumn
      activeModel {
        id
      }
      columns {
        name
        label
      }
      segmentations {
        ...SegmentationSummaryFields
      }
    }
    segmentationDefaults(datasetId: $id) {
      recency
      frequency
      monetary
      numericColumns
      aiRewriteAvailable
    }
  }
`);

export const SEGMENTATION = graphql(`
  query Segmentation($id: ID!) {
    segmentation(id: $id) {
      ...SegmentationFields
    }
  }
`);

export const SEGMENT_CUSTOMERS = graphql(`
  mutation SegmentCustomers($datasetId: ID!, $input: SegmentationInput) {
    segmentCustomers(datasetId: $datasetId, input: $input) {
      ...SegmentationFields
    }
  }
`);

export const UPDATE_SEGMENT_BRIEF = graphql(`
  mutation UpdateSegmentBrief($segmentationId: ID!, $index: Int!, $brief: String!) {
    updateSegmentBrief(segmentationId: $segmentationId, index: $index, brief: $brief) {
      index
      brief
      briefEdited
    }
  }
`);

export const REWRITE_SEGMENT_BRIEF = graphql(`
  mutation RewriteSegmentBrief($segmentationId: ID!, $index: Int!) {
    rewriteSegmentBrief(segmentationId: $segmentationId, index: $index)
  }
`);
