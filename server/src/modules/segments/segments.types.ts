import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, Float, ObjectType, UseMiddleware } from 'type-graphql';
import { InferredLabel } from '../phrasing/inferred-label.js';
import { JobStatusEnum, SegmentFeatureSet, SegmentationAlgorithm } from '../../graphql/enums.js';
import { CampaignOutcomeType } from '../datasets/dataset.types.js';

export { SegmentAssignmentType } from '../datasets/dataset.types.js';

@InputType('SegmentationInput')
export class SegmentationInput {
  @Field(() => SegmentationAlgorithm, { nullable: true }) algorithm?: SegmentationAlgorithm;
  @Field(() => SegmentFeatureSet, { nullable: true }) featureSet?: SegmentFeatureSet;
  @Field(() => [String], { nullable: true }) features?: string[];
  @Field(() => Int, { nullable: true }) k?: number;
  @Field(() => Int, { nullable: true, description: 'TOP_DRIVERS: how many of the featured model’s drivers (default 5).' }) topN?: number;
  @Field(() => Float, { nullable: true, description: 'DBSCAN radius in scaled units; omitted: the k-distance knee.' }) eps?: number;
  @Field(() => Int, { nullable: true, description: 'DBSCAN: neighbours that make a core point.' }) minPts?: number;
  @Field(() => String, { nullable: true, description: 'RFM: the recency column; empty: no recency.' }) recency?: string;
  @Field(() => [String], { nullable: true, description: 'RFM: purchase-count columns summed into Frequency.' }) frequency?: string[];
  @Field(() => [String], { nullable: true, description: 'RFM: spend columns summed into Monetary.' }) monetary?: string[];
  @Field(() => String, { nullable: true, description: '"standard" (default) or "robust".' }) scaling?: string;
}

@ObjectType('SegmentFeatureProfile')
export class SegmentFeatureProfileType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => String, { description: 'NUMERIC or CATEGORICAL.' }) kind!: string;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) overallMean!: number | null;
  @Field(() => Float, { nullable: true }) overallMedian!: number | null;
  @Field(() => String, { nullable: true, description: 'CATEGORICAL: the level most over-represented in the segment.' }) level!:
    string | null;
  @Field(() => Float, { nullable: true }) share!: number | null;
  @Field(() => Float, { nullable: true }) overallShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Segment minus overall, in overall standard deviations.' }) standardisedDifference!:
    number | null;
  @Field(() => String, {
    nullable: true,
    description: 'How the segment differs on this feature, in words (“Were born earlier (median 1965 vs 1970)”); null for older runs.',
  })
  text?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '“higher” or “lower” when the figures shown differ materially (the card’s arrow), else null.',
  })
  direction?: string | null;
}

@ObjectType('Segment')
export class SegmentType {
  @Field(() => Int) index!: number;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Int) size!: number;
  @Field(() => Float) share!: number;
  @Field(() => [CampaignOutcomeType]) campaigns!: CampaignOutcomeType[];
  @Field(() => Float, { nullable: true, description: 'The featured model’s mean predicted response probability.' }) meanPredicted!:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Customers of the segment in the featured model’s target group (top 3 drivers, as on the Target group page) when the segmentation ran; null without a model.',
  })
  targetGroupCustomers!: number | null;
  @Field(() => Float, { nullable: true, description: 'targetGroupCustomers as a share of the segment’s customers.' }) targetGroupShare!:
    number | null;
  @Field(() => String, { description: 'The message brief: the analyst’s edit if any, else the generated one.' }) brief!: string;
  @Field(() => Boolean) briefEdited!: boolean;
  @Field(() => [SegmentFeatureProfileType], { description: 'The features that set the segment apart most.' })
  distinctive!: SegmentFeatureProfileType[];
  @Field(() => [SegmentFeatureProfileType]) profile!: SegmentFeatureProfileType[];
}

@ObjectType('KChoicePoint')
export class KChoicePointType {
  @Field(() => Int) k!: number;
  @Field(() => Float) silhouette!: number;
  @Field(() => Float) inertia!: number;
  @Field(() => Float, { nullable: true, description: 'The smallest segment’s share of the customers at this k (null for older runs).' })
  smallestShare?: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why this k could not be chosen automatically (a segment under the minimum size, or fewer segments than useful); null when it could.',
  })
  leftOut?: string | null;
}

@ObjectType('ProjectionPoint')
export class ProjectionPointType {
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => Int, { description: '-1: DBSCAN noise.' }) segment!: number;
}

@ObjectType('RfmGridCell', { description: 'RFM scores: the customers with one recency score and one frequency score, and their segment.' })
export class RfmGridCellType {
  @Field(() => Int, { description: '1 (longest ago) to 5 (most recent).' }) recency!: number;
  @Field(() => Int, { description: '1 (fewest purchases) to 5 (most).' }) frequency!: number;
  @Field(() => Int) customers!: number;
  @Field(() => Int, { description: 'Index of the segment the cell belongs to; -1 when that segment has no customers.' }) segment!: number;
  @Field(() => String) name!: string;
}

@ObjectType('SegmentationDefaults')
export class SegmentationDefaultsType {
  @Field(() => String, { nullable: true }) recency!: string | null;
  @Field(() => [String]) frequency!: string[];
  @Field(() => [String]) monetary!: string[];
  @Field(() => [String]) numericColumns!: string[];
  @Field(() => Boolean) aiRewriteAvailable!: boolean;
}

@ObjectType('Segmentation')
export class SegmentationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) datasetId!: string;
  @Field(() => JobStatusEnum) status!: JobStatusEnum;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => SegmentationAlgorithm) algorithm!: SegmentationAlgorithm;
  @Field(() => SegmentFeatureSet) featureSet!: SegmentFeatureSet;
  @Field(() => [String]) features!: string[];
  @Field(() => Int, { nullable: true }) k!: number | null;
  @Field(() => Float, { nullable: true }) silhouette!: number | null;
  @Field(() => Int) noiseCustomers!: number;
  @Field(() => Float) progress!: number;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true }) finishedAt!: Date | null;
  @Field(() => [SegmentType]) segments!: SegmentType[];
  @Field(() => [KChoicePointType], { description: 'Silhouette and inertia for each k tried (k-means with automatic k).' })
  kChoice!: KChoicePointType[];
  @Field(() => [CampaignOutcomeType], { description: 'Every campaign over all customers: the heatmap’s reference row.' })
  overallCampaigns!: CampaignOutcomeType[];
  @Field(() => [ProjectionPointType], { description: 'PCA to two dimensions of a sample of customers.' })
  projection!: ProjectionPointType[];
  @Field(() => [Float]) explainedVariance!: number[];
  @Field(() => [RfmGridCellType], { description: 'RFM scores: the 25 cells of the recency x frequency grid (empty for other algorithms).' })
  rfmGrid!: RfmGridCellType[];
  @Field(() => String, {
    nullable: true,
    description: 'Why this number of segments (k-means), how eps and minPts were chosen (DBSCAN), or how RFM scores map to segments.',
  })
  choiceReason!: string | null;
  @Field(() => [String], { description: 'Warnings for the reader: one segment holding most customers, tiny segments.' })
  warnings!: string[];
  @Field(() => Float, { nullable: true, description: 'DBSCAN: the neighbourhood radius used (scaled units).' }) eps!: number | null;
  @Field(() => Int, { nullable: true, description: 'DBSCAN: the neighbours (itself included) that made a core point.' }) minPts!:
    number | null;
}
