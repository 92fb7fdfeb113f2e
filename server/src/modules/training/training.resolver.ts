import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Algorithm } from '../../graphql/enums.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../datasets/dataset.service.js';
import { Role } from '../auth/role.js';
import { ModelAgreementType, ModelType, TrainingRunType } from './training.types.js';
import { runAgreement } from './run-agreement.js';

@Resolver(() => TrainingRunType)
export class TrainingResolver {
  @FieldResolver(() => [ModelType])
  models(@Root() run: TrainingRunType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.models.listForRun(run.id);
  }

  @FieldResolver(() => ModelAgreementType, { nullable: true, description: 'Null until at least two models of the run are explained.' })
  async agreement(@Root() run: TrainingRunType, @Ctx() ctx: GraphQLContext) {
    return runAgreement(await ctx.services.models.listForRun(run.id));
  }

  @Authorized()
  @Query(() => ModelType, { nullable: true })
  model(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return isUuid(id) ? ctx.services.models.find(id) : null;
  }

  @Authorized()
  @Query(() => TrainingRunType, { nullable: true })
  trainingRun(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.training.findRun(id);
  }

  @Authorized(Role.ANALYST, Role.IMPORTER)
  @Mutation(() => TrainingRunType, { description: 'Omitted algorithms: every algorithm. Runs in the background; poll trainingRun.' })
  trainModels(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('algorithms', () => [Algorithm], { nullable: true }) algorithms: Algorithm[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.training.trainModels(datasetId, algorithms, ctx.user!.id);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => ModelType, { description: 'Makes this version the active one of its algorithm and the featured model.' })
  activateModel(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.models.activate(id);
  }
}
