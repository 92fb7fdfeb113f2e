import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../phrasing/user-errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import type { ModelEntity } from '../training/model.entity.js';
import { ModelType } from '../training/training.types.js';
import { toTargetGroupType } from './target-group.mappers.js';
import { ConditionInput, GroupFiguresType, TargetGroupType } from './target-group.types.js';

@Resolver(() => ModelType)
export class TargetGroupResolver {
  @FieldResolver(() => TargetGroupType, {
    description: 'A target group described by conditions on at most topN of the model’s most important features.',
  })
  async targetGroup(
    @Root() model: ModelEntity,
    @Arg('topN', () => Int) topN: number,
    @Arg('minShare', () => Float, { nullable: true, description: 'Smallest group as a share of customers (default 0.05).' })
    minShare: number | null,
    @Arg('capacity', () => Int, { nullable: true, description: 'Most customers that can be contacted.' }) capacity: number | null,
    @Arg('costPerContact', () => Float, { nullable: true }) costPerContact: number | null,
    @Arg('valuePerResponse', () => Float, { nullable: true }) valuePerResponse: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const result = await ctx.services.targetGroups.describe(model, {
      topN,
      minShare: minShare ?? undefined,
      capacity: capacity ?? undefined,
      costPerContact: costPerContact ?? undefined,
      valuePerResponse: valuePerResponse ?? undefined,
      locale: ctx.locale ?? 'en',
    });
    return toTargetGroupType(result);
  }

  @Authorized()
  @Query(() => GroupFiguresType, { description: 'Exact figures for conditions a user edited on the Target group page.' })
  async evaluateTargetGroup(
    @Arg('modelId', () => ID) modelId: string,
    @Arg('conditions', () => [ConditionInput]) conditions: ConditionInput[],
    @Ctx() ctx: GraphQLContext,
  ) {
    const model = await ctx.services.models.findById(modelId);
    if (!model) throw notFound('model');
    return ctx.services.targetGroups.evaluate(
      model,
      conditions.map((c) => ({ feature: c.feature, min: c.min ?? null, max: c.max ?? null, levels: c.levels ?? null })),
      ctx.locale ?? 'en',
    );
  }
}
