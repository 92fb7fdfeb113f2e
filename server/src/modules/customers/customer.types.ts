import { Field, Float, InputType, ObjectType } from 'type-graphql';

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
  @Field(() => String) label!: string;
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
