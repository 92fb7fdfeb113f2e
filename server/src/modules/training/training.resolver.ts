import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notAvailableYet } from '../../common/errors.js';
import { Algorithm } from '../../graphql/enums.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../datasets/dataset.service.js';
import { Role } from '../auth/role.js';
import { ModelType, TrainingRunType } from './training.types.js';

@Resolver(() => TrainingRunType)
export class TrainingResolver {
  @FieldResolver(() => [ModelType])
  models(@Root() run: TrainingRunType, @Ctx() ctx: GraphQLContext) {
    return ctx.services.models.listForRun(run.id);
  }

  @Authorized()
  @Query(() => ModelType, { nullable: true })
  model(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return isUuid(id) ? ctx.services.models.find(id) : null;
  }

  @Authorized()
  @Query(() => TrainingRunType, { nullable: true })
  trainingRun(@Arg('id', () => ID) _id: string): TrainingRunType | null {
    throw notAvailableYet('Model training');
  }

  @Authorized(Role.ANALYST, Role.IMPORTER)
  @Mutation(() => TrainingRunType)
  trainModels(
    @Arg('datasetId', () => ID) _datasetId: string,
    @Arg('algorithms', () => [Algorithm], { nullable: true }) _algorithms: Algorithm[] | null,
  ): TrainingRunType {
    throw notAvailableYet('Model training');
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => ModelType)
  activateModel(@Arg('id', () => ID) _id: string): ModelType {
    throw notAvailableYet('Activating a model');
  }
}
