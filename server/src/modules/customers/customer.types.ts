import { Field, Float, InputType, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { InferredLabel } from '../phrasing/inferred-label.js';

@InputType('FeatureValueInput')
export class FeatureValueInput {
  @Field(() => String) feature!: string;
  @Field(() => String, { nullable: true, description: 'As it would appear in the imported file; null = missing.' }) value!: string | null;
}

@ObjectType('FeatureValue')
export class FeatureValueType {
  @Field(() => String) feature!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType('Customer')
export class CustomerType {
  @Field(() => String) key!: string;
  @Field(() => [FeatureValueType]) values!: FeatureValueType[];
  @Field(() => Boolean, {
    nullable: true,
    description: "The target's value for this customer: true responded, false did not, null unknown.",
  })
  responded!: boolean | null;
}

@ObjectType('Contribution')
export class ContributionType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => Float) contribution!: number;
}

@ObjectType('CustomerExplanation')
export class CustomerExplanationType {
  @Field(() => Float) probability!: number;
  @Field(() => String, { description: '"LOG_ODDS" or "PROBABILITY": the scale on which contributions add up.' }) scale!: string;
  @Field(() => Float, { description: "The model's average output on that scale (the starting point of the explanation)." })
  baseValue!: number;
  @Field(() => [ContributionType], {
    description:
      "One entry per feature the model uses; baseValue + sum(contribution) equals the model's output on `scale`: exact Shapley values.",
  })
  contributions!: ContributionType[];
  @Field(() => String, { description: 'A plain-language summary of the strongest reasons.' }) text!: string;
}

@ObjectType('CustomerCurvePoint')
export class CustomerCurvePointType {
  @Field(() => String, { description: 'The value as it would appear in the file (dates as ISO dates).' }) value!: string;
  @Field(() => Float, { nullable: true, description: 'Numbers: the value; dates: days since 1970-01-01; levels: null.' })
  numericValue!: number | null;
  @Field(() => Float) probability!: number;
}

@ObjectType('CustomerStanding', { description: 'Where a stored customer stands for a model, among all the dataset’s customers.' })
export class CustomerStandingType {
  @Field(() => String) key!: string;
  @Field(() => Float, { description: 'Predicted probability with the stored values.' }) probability!: number;
  @Field(() => Int, { description: '1 = the tenth of the dataset’s customers the model rates highest, 10 = the lowest.' }) decile!: number;
  @Field(() => Boolean, { description: 'Probability at or above the model’s threshold.' }) likely!: boolean;
  @Field(() => Float) threshold!: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'In the model’s target group (top 3 drivers, as the Target group page first shows it); null when there is none.',
  })
  inTargetGroup!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Their segment in the latest segmentation; null when none.' }) segment!:
    string | null;
}

@ObjectType('CounterfactualChange')
export class CounterfactualChangeType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => String, { nullable: true, description: 'The value now (null = missing).' }) from!: string | null;
  @Field(() => String, { description: 'The proposed value: one customers actually have.' }) to!: string;
}

@ObjectType('CustomerCounterfactual', {
  description:
    'The fewest, then smallest, changes among actionable features that lift the probability to the model’s threshold (best-first search over observed percentiles).',
})
export class CustomerCounterfactualType {
  @Field(() => Boolean, { description: 'Whether the changes reach the threshold (false: the closest found).' }) reached!: boolean;
  @Field(() => Float) before!: number;
  @Field(() => Float) after!: number;
  @Field(() => Float) threshold!: number;
  @Field(() => [String], { description: 'Features the search could change.' }) actionable!: string[];
  @Field(() => [CounterfactualChangeType]) changes!: CounterfactualChangeType[];
  @Field(() => String, { description: 'The change in words, in the user’s language.' }) text!: string;
}
