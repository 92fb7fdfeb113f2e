import { Field, ID, InputType, Int, Float, ObjectType } from 'type-graphql';
import { JobStatusEnum, SegmentFeatureSet, SegmentationAlgorithm } from '../../graphql/enums.js';
import { CampaignOutcomeType } from '../datasets/dataset.types.js';

@InputType('SegmentationInput')
export class SegmentationInput {
  @Field(() => SegmentationAlgorithm, { nullable: true }) algorithm?: SegmentationAlgorithm;
  @Field(() => SegmentFeatureSet, { nullable: true }) featureSet?: SegmentFeatureSet;
  @Field(() => [String], { nullable: true }) features?: string[];
  @Field(() => Int, { nullable: true }) k?: number;
}

@ObjectType('Segment')
export class SegmentType {
  @Field(() => Int) index!: number;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Int) size!: number;
  @Field(() => Float) share!: number;
  @Field(() => [CampaignOutcomeType]) campaigns!: CampaignOutcomeType[];
}

@ObjectType('Segmentation')
export class SegmentationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) datasetId!: string;
  @Field(() => JobStatusEnum) status!: JobStatusEnum;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => SegmentationAlgorithm) algorithm!: SegmentationAlgorithm;
  @Field(() => [String]) features!: string[];
  @Field(() => Int, { nullable: true }) k!: number | null;
  @Field(() => Float, { nullable: true }) silhouette!: number | null;
  @Field(() => Int) noiseCustomers!: number;
  @Field(() => [SegmentType]) segments!: SegmentType[];
}
