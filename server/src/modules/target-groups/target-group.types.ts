import { Field, Float, InputType, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { InferredLabel } from '../phrasing/inferred-label.js';

@ObjectType('DistinguishingFeature', {
  simpleResolvers: true,
  description: 'A feature whose values differ most between the group and everyone else.',
})
export class DistinguishingFeatureType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => String, { description: 'higher or lower in the group' }) direction!: string;
  @Field(() => Float) score!: number;
  @Field(() => Float, { nullable: true }) groupMedian!: number | null;
  @Field(() => Float, { nullable: true }) restMedian!: number | null;
  @Field(() => String, { nullable: true }) level!: string | null;
  @Field(() => Float, { nullable: true }) groupShare!: number | null;
  @Field(() => Float, { nullable: true }) restShare!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Numbers: the figures as the written description quotes them ("median 383 vs 107", "on average 0.4 vs 0.1").',
  })
  figures!: string | null;
}

@ObjectType('ConditionStability', { simpleResolvers: true })
export class ConditionStabilityType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => Float, { description: 'Share of bootstrap resamples whose group used this feature again.' }) share!: number;
}

@ObjectType('GroupStability', { simpleResolvers: true })
export class GroupStabilityType {
  @Field(() => Int) resamples!: number;
  @Field(() => Boolean) unstable!: boolean;
  @Field(() => [String]) reasons!: string[];
  @Field(() => Float, { nullable: true }) liftLow!: number | null;
  @Field(() => Float, { nullable: true }) liftHigh!: number | null;
  @Field(() => [ConditionStabilityType]) conditions!: ConditionStabilityType[];
}

@ObjectType('ProfitPoint', { simpleResolvers: true })
export class ProfitPointType {
  @Field(() => Int, { description: 'Percentage of customers contacted, best predicted first.' }) k!: number;
  @Field(() => Int) contacted!: number;
  @Field(() => Int) responders!: number;
  @Field(() => Float) profit!: number;
  @Field(() => Boolean) withinCapacity!: boolean;
}

@ObjectType('CampaignMoney', { simpleResolvers: true })
export class CampaignMoneyType {
  @Field(() => Float) costPerContact!: number;
  @Field(() => Float) valuePerResponse!: number;
  @Field(() => Float) groupProfit!: number;
  @Field(() => Float) everyoneProfit!: number;
  @Field(() => ProfitPointType, { nullable: true }) best!: ProfitPointType | null;
  @Field(() => [ProfitPointType]) curve!: ProfitPointType[];
}

@ObjectType('GroupStats', { simpleResolvers: true })
export class GroupStatsType {
  @Field(() => Int) matchedCustomers!: number;
  @Field(() => Float) responseRate!: number;
  @Field(() => Float) baseRate!: number;
  @Field(() => Float) lift!: number;
}

@ObjectType('Condition', { simpleResolvers: true })
export class ConditionType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => [String], { nullable: true }) levels!: string[] | null;
  @Field(() => String) text!: string;
  @Field(() => String, {
    description: 'The condition with its relative word, to join into a sentence: “with no teenagers at home”, “who accepted campaign 5”.',
  })
  clause!: string;
}

@ObjectType('GroupFigures', {
  simpleResolvers: true,
  description: 'Exact figures for a set of conditions (e.g. a user’s edit of a described group).',
})
export class GroupFiguresType {
  @Field(() => [ConditionType]) conditions!: ConditionType[];
  @Field(() => String, { description: 'Who they are, in one sentence: “Customers who … and with no teenagers at home.”' }) who!: string;
  @Field(() => Int) matchedCustomers!: number;
  @Field(() => Int) responders!: number;
  @Field(() => Float) share!: number;
  @Field(() => Float) responseRate!: number;
  @Field(() => Float) baseRate!: number;
  @Field(() => Float) lift!: number;
  @Field(() => GroupStatsType) holdout!: GroupStatsType;
  @Field(() => Float, { nullable: true }) meanPredicted!: number | null;
  @Field(() => String, {
    description:
      'The brief for these conditions in the reader’s language, written as a described group’s is (who, how many, how they respond, how sure we are), from these exact counts only.',
  })
  description!: string;
}

@InputType('ConditionInput')
export class ConditionInput {
  @Field(() => String) feature!: string;
  @Field(() => Float, { nullable: true }) min?: number | null;
  @Field(() => Float, { nullable: true }) max?: number | null;
  @Field(() => [String], { nullable: true }) levels?: string[] | null;
}

@ObjectType('TargetGroup', { simpleResolvers: true })
export class TargetGroupType {
  @Field(() => Int) topN!: number;
  @Field(() => String) description!: string;
  @Field(() => [ConditionType]) conditions!: ConditionType[];
  @Field(() => Int) matchedCustomers!: number;
  @Field(() => Float) share!: number;
  @Field(() => Float) responseRate!: number;
  @Field(() => Float) baseRate!: number;
  @Field(() => Float) lift!: number;
  @Field(() => GroupStatsType) holdout!: GroupStatsType;
  @Field(() => Boolean, { description: 'False when no group of the minimum size does better than everyone.' }) found!: boolean;
  @Field(() => Int) responders!: number;
  @Field(() => Float, { nullable: true, description: 'The model’s mean predicted probability for the group.' }) meanPredicted!:
    number | null;
  @Field(() => [DistinguishingFeatureType]) distinguishingFeatures!: DistinguishingFeatureType[];
  @Field(() => GroupStabilityType, { nullable: true }) stability!: GroupStabilityType | null;
  @Field(() => CampaignMoneyType, { nullable: true, description: 'Present when a cost per contact and a value per response are known.' })
  money!: CampaignMoneyType | null;
  @Field(() => [String], { description: 'Drivers in the group whose direction the models disagree on.' }) disagreements!: string[];
  @Field(() => Float, { description: 'The objective the rule search maximised, on the rows it searched (higher is better).' })
  quality!: number;
  @Field(() => [Float], {
    description: 'quality for 1, 2, … drivers (up to max(topN, 10)); never decreases: each search starts from the previous N’s group.',
  })
  qualityByTopN!: number[];
  @Field(() => Int, { description: 'The fewest drivers that describe exactly this group.' }) sameGroupFrom!: number;
  @Field(() => Int, { description: 'The most drivers (up to max(topN, 10)) that still describe exactly this group.' }) sameGroupTo!: number;
  @Field(() => Int, { description: 'The smallest N (1..10) whose quality is within 5 % of the best N’s: the suggested starting point.' })
  suggestedTopN!: number;
}
