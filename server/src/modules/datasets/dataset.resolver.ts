import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/role.js';
import { ModelType, TrainingRunType } from '../training/training.types.js';
import { SegmentationType } from '../segments/segments.types.js';
import { toColumnType, toImportJobType } from './dataset.mappers.js';
import { CampaignOutcomeType, ColumnType, ColumnUpdateInput, DatasetSettingsInput, DatasetSettingsType, DatasetType, ImportJobType } from './dataset.types.js';
import type { DatasetEntity } from './dataset.entity.js';

@Resolver(() => DatasetType)
export class DatasetResolver {
  @Authorized()
  @Query(() => [DatasetType])
  datasets(@Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.list();
  }

  @Authorized()
  @Query(() => DatasetType, { nullable: true })
  dataset(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.find(id);
  }

  @Authorized()
  @Query(() => ImportJobType, { nullable: true })
  async importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const job = await ctx.services.imports.findJob(id);
    return job && toImportJobType(job);
  }

  @FieldResolver(() => [ColumnType])
  async columns(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.datasets.columns(dataset.id)).map(toColumnType);
  }

  @FieldResolver(() => [CampaignOutcomeType])
  campaigns(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.campaigns(dataset);
  }

  @FieldResolver(() => [ImportJobType])
  async imports(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.datasets.imports(dataset.id)).map(toImportJobType);
  }

  @FieldResolver(() => Float, { nullable: true })
  async positiveRate(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    if (!dataset.targetColumn) return null;
    const target = (await ctx.services.datasets.campaigns(dataset)).find((c) => c.column === dataset.targetColumn);
    return target && target.total > 0 ? target.rate : null;
  }

  @FieldResolver(() => [ModelType])
  models(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.models.listForDataset(dataset.id);
  }

  @FieldResolver(() => ModelType, { nullable: true, description: 'The featured model: the one the managers’ pages use.' })
  activeModel(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.models.featured(dataset.id);
  }

  @FieldResolver(() => [TrainingRunType], { description: 'The latest training runs, newest first.' })
  trainingRuns(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.training.listRuns(dataset.id);
  }

  @FieldResolver(() => [SegmentationType])
  segmentations(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.segments.listForDataset(dataset.id);
  }

  @Authorized(Role.ANALYST)
  @Mutation(() => ColumnType)
  async updateColumn(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('name', () => String) name: string,
    @Arg('input', () => ColumnUpdateInput) input: ColumnUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toColumnType(await ctx.services.datasets.updateColumn(datasetId, name, input));
  }

  @FieldResolver(() => DatasetSettingsType)
  settings(@Root() dataset: DatasetEntity): DatasetSettingsType {
    return {
      autoRetrain: dataset.settings.autoRetrain ?? false,
      costPerContact: dataset.settings.costPerContact ?? null,
      valuePerResponse: dataset.settings.valuePerResponse ?? null,
    };
  }

  @Authorized(Role.ANALYST, Role.IMPORTER)
  @Mutation(() => DatasetType)
  updateDatasetSettings(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('input', () => DatasetSettingsInput) input: DatasetSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.datasets.updateSettings(datasetId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean)
  deleteDataset(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.delete(id);
  }
}
