import { gql, type TypedDocumentNode } from '@urql/core';
import type { CampaignOutcome, JobStatus } from './types';

/**
 * Documents and result shapes for the Segments page. Each type lists exactly what a
 * document below selects (server/schema.graphql is the source).
 */
import type { SegmentationAlgorithm } from '../../../server/src/domain/algorithms';

export type { SegmentationAlgorithm };
export type SegmentFeatureSet = 'RFM' | 'TOP_DRIVERS' | 'CUSTOM';

export interface SegmentFeatureProfile {
  feature: string;
  label: string;
  kind: string;
  mean: number | null;
  median: number | null;
  overallMean: number | null;
  overallMedian: number | null;
  level: string | null;
  share: number | null;
  overallShare: number | null;
  standardisedDifference: number | null;
  /** The difference in words, from the server's phrasing rules; null for runs stored before it existed. */
  text: string | null;
  /** "higher" / "lower" when the shown figures differ materially; null: no arrow. */
  direction: string | null;
}

export interface Segment {
  index: number;
  name: string;
  description: string;
  size: number;
  share: number;
  meanPredicted: number | null;
  /** Customers of the segment in the featured model's target group when the segmentation ran; null without a model. */
  targetGroupCustomers: number | null;
  targetGroupShare: number | null;
  brief: string;
  briefEdited: boolean;
  campaigns: CampaignOutcome[];
  distinctive: SegmentFeatureProfile[];
}

export interface SegmentationSummary {
  id: string;
  status: JobStatus;
  progress: number;
  error: string | null;
  algorithm: SegmentationAlgorithm;
  featureSet: SegmentFeatureSet;
  features: string[];
  k: number | null;
  silhouette: number | null;
  noiseCustomers: number;
  /** DBSCAN's own settings; null for the other algorithms. */
  eps: number | null;
  minPts: number | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface KChoicePoint {
  k: number;
  silhouette: number;
  inertia: number;
  /** The smallest segment's share at this k; null for older runs. */
  smallestShare?: number | null;
  /** Why this k could not be chosen automatically; null when it could (and for older runs). */
  leftOut?: string | null;
}

export interface ProjectionPoint {
  x: number;
  y: number;
  segment: number;
}

/** RFM scores: the customers of one (recency score, frequency score) cell and their segment. */
export interface RfmGridCell {
  recency: number;
  frequency: number;
  customers: number;
  segment: number;
  name: string;
}

export interface Segmentation extends SegmentationSummary {
  rfmGrid: RfmGridCell[];
  choiceReason: string | null;
  warnings: string[];
  kChoice: KChoicePoint[];
  explainedVariance: number[];
  projection: ProjectionPoint[];
  overallCampaigns: CampaignOutcome[];
  segments: Segment[];
}

export interface SegmentationDefaults {
  recency: string | null;
  frequency: string[];
  monetary: string[];
  numericColumns: string[];
  aiRewriteAvailable: boolean;
}

export interface SegmentationInput {
  algorithm?: SegmentationAlgorithm;
  featureSet?: SegmentFeatureSet;
  features?: string[];
  k?: number | null;
  topN?: number;
  recency?: string;
  frequency?: string[];
  monetary?: string[];
  scaling?: 'standard' | 'robust';
}

export interface SegmentsPageData {
  id: string;
  name: string;
  rowCount: number;
  idColumn: string | null;
  activeModel: { id: string } | null;
  segmentations: SegmentationSummary[];
}

const SUMMARY = 'id status progress error algorithm featureSet features k silhouette noiseCustomers eps minPts createdAt finishedAt';
const CAMPAIGN = 'column label responded total rate';
const FULL = `${SUMMARY}
  kChoice { k silhouette inertia smallestShare leftOut } explainedVariance projection { x y segment }
  rfmGrid { recency frequency customers segment name } choiceReason warnings
  overallCampaigns { ${CAMPAIGN} }
  segments {
    index name description size share meanPredicted targetGroupCustomers targetGroupShare brief briefEdited
    campaigns { ${CAMPAIGN} }
    distinctive { feature label kind mean median overallMean overallMedian level share overallShare standardisedDifference text direction }
  }`;

export const SEGMENTS_PAGE: TypedDocumentNode<
  { dataset: SegmentsPageData | null; segmentationDefaults: SegmentationDefaults },
  { id: string }
> = gql`
  query SegmentsPage($id: ID!) {
    dataset(id: $id) { id name rowCount idColumn activeModel { id } segmentations { ${SUMMARY} } }
    segmentationDefaults(datasetId: $id) { recency frequency monetary numericColumns aiRewriteAvailable }
  }
`;

export const SEGMENTATION: TypedDocumentNode<{ segmentation: Segmentation | null }, { id: string }> = gql`
  query Segmentation($id: ID!) { segmentation(id: $id) { ${FULL} } }
`;

export const SEGMENT_CUSTOMERS: TypedDocumentNode<{ segmentCustomers: Segmentation }, { datasetId: string; input: SegmentationInput }> =
  gql`
  mutation SegmentCustomers($datasetId: ID!, $input: SegmentationInput) { segmentCustomers(datasetId: $datasetId, input: $input) { ${FULL} } }
`;

export const UPDATE_SEGMENT_BRIEF: TypedDocumentNode<
  { updateSegmentBrief: Pick<Segment, 'index' | 'brief' | 'briefEdited'> },
  { segmentationId: string; index: number; brief: string }
> = gql`
  mutation UpdateSegmentBrief($segmentationId: ID!, $index: Int!, $brief: String!) {
    updateSegmentBrief(segmentationId: $segmentationId, index: $index, brief: $brief) {
      index
      brief
      briefEdited
    }
  }
`;

export const REWRITE_SEGMENT_BRIEF: TypedDocumentNode<{ rewriteSegmentBrief: string }, { segmentationId: string; index: number }> = gql`
  mutation RewriteSegmentBrief($segmentationId: ID!, $index: Int!) {
    rewriteSegmentBrief(segmentationId: $segmentationId, index: $index)
  }
`;
