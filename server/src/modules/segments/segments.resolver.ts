import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../phrasing/user-errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuditAction } from '../audit/audit-actions.js';
import { rolesFor } from '../auth/permissions.js';
import { segmentationDefaults } from './segment-defaults.js';
import type { StoredSegment } from './segment-store.js';
import { resultIn } from './segment-language.js';
import { translateError } from '../phrasing/error-text.js';
import type { SegmentationEntity } from './segmentation.entity.js';
import {
  KChoicePointType,
  ProjectionPointType,
  RfmGridCellType,
  SegmentationDefaultsType,
  SegmentationInput,
  SegmentationType,
  SegmentType,
} from './segments.types.js';
import { CampaignOutcomeType } from '../datasets/dataset.types.js';

/** The stored result with its texts in the request's language. */
const stored = (s: SegmentationEntity, ctx: GraphQLContext) => resultIn(s, ctx.locale);

export function toSegmentType(s: StoredSegment): SegmentType {
  const byFeature = new Map(s.profile.map((p) => [p.feature, p]));
  return {
    index: s.index,
    name: s.name,
    description: s.description,
    size: s.size,
    share: s.share,
    campaigns: s.campaigns,
    meanPredicted: s.meanPredicted,
    targetGroupCustomers: s.targetGroupCustomers ?? null,
    targetGroupShare: s.targetGroupShare ?? null,
    brief: s.editedBrief ?? s.generatedBrief,
    briefEdited: s.editedBrief !== null,
    distinctive: s.distinctive.map((f) => byFeature.get(f)).filter((p) => p !== undefined),
    profile: s.profile,
  };
}

@Resolver(() => SegmentationType)
export class SegmentsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Why it failed, in the reader’s language.' })
  error(@Root() segmentation: SegmentationEntity, @Ctx() ctx: GraphQLContext): string | null {
    return segmentation.error && translateError(segmentation.error, ctx.locale ?? 'en');
  }

  @FieldResolver(() => [SegmentType])
  segments(@Root() segmentation: SegmentationEntity, @Ctx() ctx: GraphQLContext): SegmentType[] {
    return (stored(segmentation, ctx)?.segments ?? []).map(toSegmentType);
  }

  @FieldResolver(() => [KChoicePointType])
  kChoice(@Root() segmentation: SegmentationEntity, @Ctx() ctx: GraphQLContext) {
    return (stored(segmentation, ctx)?.kChoice ?? []).map((c) => ({ smallestShare: null, leftOut: null, ...c }));
  }

  @FieldResolver(() => [CampaignOutcomeType])
  overallCampaigns(@Root() segmentation: SegmentationEntity) {
    return segmentation.result?.overallCampaigns ?? [];
  }

  @FieldResolver(() => [ProjectionPointType])
  projection(@Root() segmentation: SegmentationEntity) {
    return segmentation.result?.projection ?? [];
  }

  @FieldResolver(() => [Float])
  explainedVariance(@Root() segmentation: SegmentationEntity) {
    return segmentation.result?.explainedVariance ?? [];
  }

  @FieldResolver(() => [RfmGridCellType])
  rfmGrid(@Root() segmentation: SegmentationEntity, @Ctx() ctx: GraphQLContext) {
    return stored(segmentation, ctx)?.rfmGrid ?? [];
  }

  @FieldResolver(() => String, { nullable: true })
  choiceReason(@Root() segmentation: SegmentationEntity, @Ctx() ctx: GraphQLContext) {
    return stored(segmentation, ctx)?.choiceReason ?? null;
  }

  @FieldResolver(() => [String])
  warnings(@Root() segmentation: SegmentationEntity, @Ctx() ctx: GraphQLContext) {
    return stored(segmentation, ctx)?.warnings ?? [];
  }

  @FieldResolver(() => Float, { nullable: true })
  eps(@Root() segmentation: SegmentationEntity) {
    return segmentation.result?.eps ?? null;
  }

  @FieldResolver(() => Int, { nullable: true })
  minPts(@Root() segmentation: SegmentationEntity) {
    return segmentation.result?.minPts ?? null;
  }

  @Authorized()
  @Query(() => SegmentationType, { nullable: true })
  segmentation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.segments.find(id);
  }

  @Authorized()
  @Query(() => SegmentationDefaultsType, { description: 'The RFM columns detected in the dataset and what the settings form offers.' })
  async segmentationDefaults(@Arg('datasetId', () => ID) datasetId: string, @Ctx() ctx: GraphQLContext): Promise<SegmentationDefaultsType> {
    const dataset = await ctx.services.datasets.find(datasetId);
    if (!dataset) throw notFound('dataset');
    return {
      ...(await segmentationDefaults(ctx.services.segments.dataSource, dataset)),
      aiRewriteAvailable: ctx.services.segments.llm !== null,
    };
  }

  @Authorized(...rolesFor('segment'))
  @Mutation(() => SegmentationType)
  async segmentCustomers(
    @Arg('datasetId', () => ID) datasetId: string,
    @Arg('input', () => SegmentationInput, { nullable: true }) input: SegmentationInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const segmentation = await ctx.services.segments.start(datasetId, { ...(input ?? {}) }, ctx.user!.id);
    await ctx.services.audit.recordDataset(ctx.user, AuditAction.SEGMENT, datasetId, { segmentationId: segmentation.id });
    return segmentation;
  }

  @Authorized(...rolesFor('segment'))
  @Mutation(() => SegmentType, { description: 'Keeps an edited message brief; an empty text restores the generated one.' })
  async updateSegmentBrief(
    @Arg('segmentationId', () => ID) segmentationId: string,
    @Arg('index', () => Int) index: number,
    @Arg('brief', () => String) brief: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const updated = await ctx.services.segments.updateBrief(segmentationId, index, brief);
    const run = await ctx.services.segments.find(segmentationId);
    const segment = toSegmentType((run && resultIn(run, ctx.locale)?.segments.find((s) => s.index === index)) || updated);
    await ctx.services.audit.record(
      ctx.user,
      AuditAction.EDIT_BRIEF,
      { type: 'segmentation', id: segmentationId, label: segment.name },
      { segment: index + 1, restored: brief.trim() === '' },
    );
    return segment;
  }

  @Authorized(...rolesFor('segment'))
  @Mutation(() => String, {
    description: 'A rewrite of the brief by the configured AI service (LLM_API_URL); not saved until updateSegmentBrief.',
  })
  rewriteSegmentBrief(
    @Arg('segmentationId', () => ID) segmentationId: string,
    @Arg('index', () => Int) index: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.segments.rewriteBrief(segmentationId, index);
  }
}
