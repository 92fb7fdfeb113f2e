import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { rolesFor } from '../auth/permissions.js';
import { SegmentationType } from '../segments/segments.types.js';
import { TrainingRunType } from '../training/training.types.js';
import { ActivityJobType } from './activity.types.js';

@Resolver()
export class ActivityResolver {
  @Authorized()
  @Query(() => [ActivityJobType], {
    description: 'Queued, running and finished background jobs of the datasets you can see; unfinished first.',
  })
  async activity(@Arg('limit', () => Int, { nullable: true, defaultValue: 50 }) limit: number, @Ctx() ctx: GraphQLContext) {
    return ctx.services.activity.list(ctx.user!, limit, ctx.locale ?? 'en');
  }

  @Authorized(...rolesFor('train'))
  @Mutation(() => TrainingRunType, { description: 'Stops a queued or running training run; the previous models stay active.' })
  cancelTrainingRun(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.training.cancel(id, ctx.user!.email);
  }

  @Authorized(...rolesFor('segment'))
  @Mutation(() => SegmentationType, { description: 'Stops a queued or running segmentation; earlier segmentations stay as they are.' })
  cancelSegmentation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.segments.cancel(id, ctx.user!.email);
  }
}
