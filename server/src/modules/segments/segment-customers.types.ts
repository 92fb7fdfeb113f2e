/** What segmentCustomers takes and gives: its options, the result and the model that places new customers. */
import type { SegmentFeatureSet, SegmentationAlgorithm } from '../../domain/algorithms.js';
import type { Phrasing } from '../phrasing/phrasing.js';
import type { DescribedCondition } from '../target-groups/condition-text.js';
import type { DbscanModel } from './dbscan.js';
import type { KChoice } from './kmeans.js';
import type { PcaProjection } from './pca.js';
import type { CampaignOutcome, SegmentProfile } from './profiles.js';
import type { RfmConfig, RfmSources } from './rfm.js';
import type { RfmScoreModel } from './rfm-scores.js';
import type { FittedScaler, ScalerOptions } from './scaling.js';
import type { FeatureDifference } from './segment-text.js';
import type { SegmentTextFacts } from './segment-texts.js';

export interface SegmentCustomersOptions {
  algorithm?: SegmentationAlgorithm;
  featureSet?: SegmentFeatureSet;
  /** TOP_DRIVERS: the driver feature names (the caller knows the model); CUSTOM: the chosen columns. */
  features?: string[];
  /** k-means only; omitted = chosen by silhouette between kMin and kMax (3..8) with every segment at minShare (5 %) or more. */
  k?: number;
  kMin?: number;
  kMax?: number;
  minShare?: number;
  nInit?: number;
  /** Rows used for choosing k, silhouette and DBSCAN itself. */
  sampleSize?: number;
  eps?: number;
  minPts?: number;
  rfm?: RfmConfig;
  scaling?: ScalerOptions;
  /** Predicted response probability per customer, for each segment's mean. */
  predicted?: ArrayLike<number>;
  pcaPoints?: number;
  randomState?: number;
  /** Column labels (and units) by name, for the descriptions, names and briefs; default: the names. */
  labels?: Record<string, string>;
  units?: Record<string, string>;
  /** Phrasing models by column name (what each column counts or measures) and the dataset's currency. */
  phrasings?: Record<string, Phrasing>;
  currency?: string | null;
  /**
   * The featured model's target group: 1 per customer in it (same rows as the table), and the
   * group in words ("customers who ..."). Each segment's overlap goes into its summary and brief.
   */
  targetGroup?: { mask: ArrayLike<number>; conditions: DescribedCondition[] };
}

export interface SegmentSummary {
  index: number;
  name: string;
  description: string;
  size: number;
  share: number;
  profile: SegmentProfile;
  campaigns: CampaignOutcome[];
  meanPredicted?: number;
  /** Customers of the segment in the target group, and their share of the segment (with options.targetGroup). */
  targetGroupCustomers?: number;
  targetGroupShare?: number;
  brief: string;
  /** Each profiled feature's difference in words, and its arrow (null: not material). */
  differences: Record<string, FeatureDifference>;
}

/** Everything needed to place new customers exactly as the segmented ones were placed. */
export interface SegmentationModel {
  algorithm: SegmentationAlgorithm;
  featureSet: SegmentFeatureSet;
  /** Set when the features are RFM: how to rebuild them from a new table. */
  rfm: RfmSources | null;
  scaler: FittedScaler;
  centroids: number[][] | null;
  dbscan: DbscanModel | null;
  /** RFM_SCORES: the quintile cut points, and the segment name of each index. */
  rfmScores?: (RfmScoreModel & { segments: string[] }) | null;
}

/** RFM_SCORES: customers per (R, F) score cell and the segment the cell belongs to (-1: none of the customers). */
export interface RfmGridSummary {
  recency: number;
  frequency: number;
  customers: number;
  segment: number;
  name: string;
}

export interface SegmentationResult {
  algorithm: SegmentationAlgorithm;
  featureSet: SegmentFeatureSet;
  features: string[];
  k: number;
  silhouette: number | null;
  /** Every k tried (k-means with automatic k), with why it could not be chosen when it could not. */
  kChoice: (KChoice & { leftOut: string | null })[];
  noiseCustomers: number;
  /** Segment index per customer, -1 for DBSCAN noise. */
  labels: Int32Array;
  segments: SegmentSummary[];
  /** Every campaign over all customers, for the heatmap's reference row. */
  overallCampaigns: CampaignOutcome[];
  pca: PcaProjection;
  model: SegmentationModel;
  /** RFM_SCORES only: the R x F grid (25 cells). */
  rfmGrid: RfmGridSummary[];
  /** Why this many segments (k-means), how eps and minPts were chosen (DBSCAN), or how scores map to segments. */
  choiceReason: string | null;
  /** What the page must warn about (one giant segment, tiny segments). */
  warnings: string[];
  /** Labels of every profiled feature, the derived RFM ones included ("Purchases", "Total spend"). */
  featureLabels: Record<string, string>;
  /** DBSCAN's own settings. */
  eps: number | null;
  minPts: number | null;
  /** The figures every text above is written from, to write them again in the reader's language. */
  textFacts: SegmentTextFacts;
}

export type SegmentationProgress = (fraction: number, stage: string) => void;
