import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import {
  CustomerCounterfactualType,
  CustomerCurvePointType,
  CustomerExplanationType,
  CustomerStandingType,
  CustomerType,
  FeatureValueInput,
} from './customer.types.js';

/** Any signed-in user may look customers up and ask why they score as they do. */
@Resolver()
export class CustomerResolver {
  @Authorized()
  @Query(() => CustomerType, {
    nullable: true,
    description: 'One customer by identifier value, or by 1-based row number when the dataset has no identifier column. Null when absent.',
  })
  customer(@Arg('datasetId', () => ID) datasetId: string, @Arg('key', () => String) key: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.customers.customer(datasetId, key);
  }

  @Authorized()
  @Query(() => [String], { description: 'Customer keys starting with `prefix` (search suggestions), shortest first.' })
  customerKeys(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('prefix', () => String) prefix: string,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.customers.customerKeys(datasetId, prefix, limit);
  }

  @Authorized()
  @Query(() => CustomerExplanationType, {
    description: "Scores and explains feature values (a stored customer's, or edited ones). Features left out are missing.",
  })
  explainCustomer(
    @Arg('modelId', () => ID) modelId: string,
    @Arg('values', () => [FeatureValueInput]) values: FeatureValueInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.customers.explain(modelId, values, ctx.locale ?? 'en');
  }

  @Authorized()
  @Query(() => [CustomerCurvePointType], {
    description: "The customer's ceteris-paribus curve: the probability as one feature takes values customers have, the others fixed.",
  })
  customerCurve(
    @Arg('modelId', () => ID) modelId: string,
    @Arg('values', () => [FeatureValueInput]) values: FeatureValueInput[],
    @Arg('feature', () => String) feature: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.customers.curve(modelId, values, feature);
  }

  @Authorized()
  @Query(() => CustomerStandingType, {
    nullable: true,
    description: 'A stored customer’s probability, decile, target-group membership and segment for a model. Null when absent.',
  })
  customerStanding(@Arg('modelId', () => ID) modelId: string, @Arg('key', () => String) key: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.customers.standing(modelId, key, ctx.locale ?? 'en');
  }

  @Authorized()
  @Query(() => CustomerCounterfactualType, {
    description: 'The smallest change among actionable features that would make these values likely to respond.',
  })
  customerCounterfactual(
    @Arg('modelId', () => ID) modelId: string,
    @Arg('values', () => [FeatureValueInput]) values: FeatureValueInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.customers.counterfactual(modelId, values, ctx.locale ?? 'en');
  }
}
