import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuditAction } from '../audit/audit-actions.js';
import { rolesFor } from '../auth/permissions.js';
import { ModelType, TrainingRunType } from '../training/training.types.js';
import { SegmentationType } from '../segments/segments.types.js';
import { toColumnType, toImportJobType } from './dataset.mappers.js';
import {
  CampaignOutcomeType,
  ColumnType,
  ColumnUpdateInput,
  DatasetSettingsInput,
  DatasetSettingsType,
  DatasetType,
  ImportJobType,
} from './dataset.types.js';
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
    return job && toImportJobType(job, ctx.locale);
  }

  @FieldResolver(() => [ColumnType])
  async columns(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.datasets.columns(dataset.id)).map((c) => toColumnType(c, ctx.locale));
  }

  @FieldResolver(() => [CampaignOutcomeType])
  campaigns(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.datasets.campaigns(dataset);
  }

  @FieldResolver(() => [ImportJobType])
  async imports(@Root() dataset: DatasetEntity, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.datasets.imports(dataset.id)).map((job) => toImportJobType(job, ctx.locale));
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

  @Authorized(...rolesFor('editColumns'))
  @Mutation(() => ColumnType)
  async updateColumn(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('name', () => String) name: string,
    @Arg('input', () => ColumnUpdateInput) input: ColumnUpdateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const column = toColumnType(await ctx.services.datasets.updateColumn(datasetId, name, input), ctx.locale);
    await ctx.services.audit.recordDataset(ctx.user, AuditAction.EDIT_COLUMN, datasetId, { column: name, ...changedFields(input) });
    return column;
  }

  @FieldResolver(() => DatasetSettingsType)
  settings(@Root() dataset: DatasetEntity): DatasetSettingsType {
    return {
      autoRetrain: dataset.settings.autoRetrain ?? false,
      costPerContact: dataset.settings.costPerContact ?? null,
      valuePerResponse: dataset.settings.valuePerResponse ?? null,
      currency: dataset.settings.currency ?? null,
    };
  }

  @Authorized(...rolesFor('datasetSettings'))
  @Mutation(() => DatasetType)
  async updateDatasetSettings(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('input', () => DatasetSettingsInput) input: DatasetSettingsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const dataset = await ctx.services.datasets.updateSettings(datasetId, input);
    await ctx.services.audit.recordDataset(ctx.user, AuditAction.EDIT_DATASET_SETTINGS, datasetId, changedFields(input));
    return dataset;
  }

  @Authorized(...rolesFor('deleteDataset'))
  @Mutation(() => Boolean)
  async deleteDataset(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const name = await ctx.services.audit.datasetName(id);
    const deleted = await ctx.services.datasets.delete(id);
    if (deleted) await ctx.services.audit.record(ctx.user, AuditAction.DELETE_DATASET, { type: 'dataset', id, label: name });
    return deleted;
  }
}

/** The fields an input actually set, for the audit entry. */
function changedFields(input: object): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Record<
    string,
    string | number | boolean
  >;
}
