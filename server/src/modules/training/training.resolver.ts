import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Algorithm } from '../../graphql/enums.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../common/ids.js';
import { AuditAction } from '../audit/audit-actions.js';
import { rolesFor } from '../auth/permissions.js';
import { modelLabel } from '../audit/audit-format.js';
import { ModelAgreementType, ModelType, TrainingRunType } from './training.types.js';
import { runAgreement } from './run-agreement.js';
import { translateError } from '../phrasing/error-text.js';

@Resolver(() => TrainingRunType)
export class TrainingResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Why it failed, in the reader’s language.' })
  error(@Root() run: TrainingRunType, @Ctx() ctx: GraphQLContext): string | null {
    return run.error && translateError(run.error, ctx.locale ?? 'en');
  }

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

  @Authorized(...rolesFor('train'))
  @Mutation(() => TrainingRunType, { description: 'Omitted algorithms: every algorithm. Runs in the background; poll trainingRun.' })
  async trainModels(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('algorithms', () => [Algorithm], { nullable: true }) algorithms: Algorithm[] | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const run = await ctx.services.training.trainModels(datasetId, algorithms, ctx.user!.id);
    await ctx.services.audit.recordDataset(ctx.user, AuditAction.TRAIN, datasetId, {
      algorithms: algorithms?.join(', ') ?? 'all',
      trainingRunId: run.id,
    });
    return run;
  }

  @Authorized(...rolesFor('activateModel'))
  @Mutation(() => ModelType, { description: 'Makes this version the active one of its algorithm and the featured model.' })
  async activateModel(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const model = await ctx.services.models.activate(id);
    await ctx.services.audit.record(ctx.user, AuditAction.ACTIVATE_MODEL, { type: 'model', id: model.id, label: modelLabel(model) });
    return model;
  }
}
