import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../phrasing/user-errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { rolesFor } from '../auth/permissions.js';
import { UserEntity } from '../auth/user.entity.js';
import { modelLabel } from '../audit/audit-format.js';
import type { ScoringEntity } from './scoring.entity.js';
import { translateError } from '../phrasing/error-text.js';
import { ScoredRowPageType, ScoredRowSortEnum, ScoringMoneyType, ScoringReplacedValuesType, ScoringType } from './scoring.types.js';

const MAX_PAGE = 200;

/** Scored lists (contract part "scoring"): read by any signed-in user; uploads go through POST /api/models/{id}/scorings. */
@Resolver(() => ScoringType)
export class ScoringResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Why it failed, in the reader’s language.' })
  error(@Root() scoring: ScoringEntity, @Ctx() ctx: GraphQLContext): string | null {
    return scoring.error && translateError(scoring.error, ctx.locale ?? 'en');
  }

  @Authorized()
  @Query(() => ScoringType, { nullable: true, description: 'A scored list (poll it after POST /api/models/{modelId}/scorings).' })
  scoring(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.scorings.find(id);
  }

  @Authorized()
  @Query(() => [ScoringType], { description: 'The lists scored with the dataset’s models, newest first.' })
  scorings(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.scorings.list(datasetId, limit);
  }

  @Authorized()
  @Query(() => ScoredRowPageType, {
    description: 'One page of a scored list, filtered by decile and a search over identifiers, reasons and segments.',
  })
  scoredRows(
    @Arg('scoringId', () => ID) scoringId: string,
    @Arg('decile', () => Int, { nullable: true }) decile: number | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('sort', () => ScoredRowSortEnum, { defaultValue: ScoredRowSortEnum.PROBABILITY }) sort: ScoredRowSortEnum,
    @Arg('descending', () => Boolean, { defaultValue: true }) descending: boolean,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (decile != null && (!Number.isInteger(decile) || decile < 1 || decile > 10)) throw badInput('error.scoring.decile');
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) throw badInput('error.scoring.rows', { max: MAX_PAGE });
    if (search && search.length > 200) throw badInput('error.searchTooLong');
    return ctx.services.scorings.rows(scoringId, { decile, search, sort, descending, offset, limit });
  }

  @Authorized(...rolesFor('scoreList'))
  @Mutation(() => Boolean, { description: 'Deletes a scored list and its rows.' })
  deleteScoring(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.scorings.delete(id);
  }

  @FieldResolver(() => [ScoringReplacedValuesType])
  replacedValues(@Root() scoring: ScoringEntity) {
    return scoring.replaced;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who uploaded the list (their email).' })
  async createdBy(@Root() scoring: ScoringEntity, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!scoring.createdBy) return null;
    const user = await ctx.services.scorings.dataSource.getRepository(UserEntity).findOneBy({ id: scoring.createdBy });
    return user?.email ?? null;
  }

  @FieldResolver(() => String, { description: 'The model that scored, e.g. "Random forest v3".' })
  async modelLabel(@Root() scoring: ScoringEntity, @Ctx() ctx: GraphQLContext): Promise<string> {
    const { model } = await ctx.services.scorings.modelOf(scoring);
    return model ? modelLabel(model) : 'A deleted model';
  }

  @FieldResolver(() => Int, { nullable: true })
  async modelVersion(@Root() scoring: ScoringEntity, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return (await ctx.services.scorings.modelOf(scoring)).model?.version ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Set when the model was retrained after this list was scored: which version scored it and which is current.',
  })
  async retrainedNote(@Root() scoring: ScoringEntity, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const { model, latestVersion } = await ctx.services.scorings.modelOf(scoring);
    if (!model || latestVersion === null || latestVersion <= model.version) return null;
    return `Scored by ${modelLabel(model)}; the model has been retrained since (now v${latestVersion}). Score the list again to use the new version.`;
  }

  @FieldResolver(() => ScoringMoneyType, {
    nullable: true,
    description: 'Cost per contact and value per response for the expected profit (null: the dataset has neither).',
  })
  async money(@Root() scoring: ScoringEntity, @Ctx() ctx: GraphQLContext): Promise<ScoringMoneyType | null> {
    const money = await ctx.services.targetGroups.money(scoring.datasetId, { topN: 1 });
    return money.costPerContact !== undefined && money.valuePerResponse !== undefined
      ? { costPerContact: money.costPerContact, valuePerResponse: money.valuePerResponse }
      : null;
  }
}
