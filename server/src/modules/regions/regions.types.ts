import { Field, Float, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { InferredLabel } from '../phrasing/inferred-label.js';

@ObjectType('RegionColumn', { description: 'A column that says where customers live.' })
export class RegionColumnType {
  @Field(() => String) name!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => String, { description: 'COUNTRY, STATE (state, province or region) or POSTAL_CODE.' }) level!: string;
}

@ObjectType('RegionSegmentCount')
export class RegionSegmentCountType {
  @Field(() => Int, { description: 'Segment index; -1: no segment (DBSCAN noise).' }) segment!: number;
  @Field(() => String) name!: string;
  @Field(() => Int) customers!: number;
}

@ObjectType('RegionStat')
export class RegionStatType {
  @Field(() => String, { description: 'The region; postal codes grouped by their leading characters ("12…"); "Unknown" when missing.' })
  name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The name in the offline map boundaries (world-atlas, us-atlas); null when not on a map.',
  })
  mapName!: string | null;
  @Field(() => Int) customers!: number;
  @Field(() => Int, { description: 'Customers whose response to the target campaign is known.' }) known!: number;
  @Field(() => Int) responded!: number;
  @Field(() => Float, { nullable: true, description: 'responded / known; null when no response is known.' }) rate!: number | null;
  @Field(() => [RegionSegmentCountType], { description: 'Customers per segment of the segmentation used (empty without one).' })
  segments!: RegionSegmentCountType[];
}

@ObjectType('RegionBreakdown')
export class RegionBreakdownType {
  @Field(() => String) column!: string;
  @Field(() => String) label!: string;
  @Field(() => String) level!: string;
  @Field(() => ID, { nullable: true, description: 'The segmentation whose segment mix is shown (the latest finished one unless asked).' })
  segmentationId!: string | null;
  @Field(() => Int) customers!: number;
  @Field(() => Float, { nullable: true, description: 'Response rate over all customers with a known response.' }) overallRate!:
    number | null;
  @Field(() => [RegionStatType], { description: 'Largest first; at most 60 (the rest as "Other regions").' }) regions!: RegionStatType[];
}
