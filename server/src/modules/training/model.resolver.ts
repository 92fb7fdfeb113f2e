import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { metricChanges, rankChanges } from './model-change.js';
import type { ModelEntity } from './model.entity.js';
import {
  CalibrationBinType,
  CurvePointType,
  FeatureImportanceType,
  LiftPointType,
  ModelChangeType,
  ModelSamplesType,
  ModelType,
  PartialDependenceType,
  TrainingRunType,
} from './training.types.js';
import { dateReferenceOf, dependenceOf, importanceOf, samplesOf } from './stored-explanations.js';
import { badInput } from '../phrasing/user-errors.js';
import { phrasingOfColumn } from '../phrasing/column-phrasing.js';
import { regionCaption, regionText } from '../phrasing/region-text.js';

const withThreshold = (points: CurvePointType[] | undefined) =>
  (points ?? []).map((p) => ({ x: p.x, y: p.y, threshold: p.threshold ?? null }));

@Resolver(() => ModelType)
export class ModelResolver {
  @FieldResolver(() => [CurvePointType])
  rocCurve(@Root() model: ModelEntity) {
    return withThreshold(model.curves.roc);
  }

  @FieldResolver(() => [CurvePointType], { description: 'Precision (y) against recall (x) on the test rows.' })
  prCurve(@Root() model: ModelEntity) {
    return withThreshold(model.curves.pr);
  }

  @FieldResolver(() => [LiftPointType])
  lift(@Root() model: ModelEntity) {
    return model.curves.lift ?? [];
  }

  @FieldResolver(() => [CalibrationBinType])
  calibration(@Root() model: ModelEntity) {
    return model.curves.calibration ?? [];
  }

  @FieldResolver(() => ModelChangeType, { nullable: true })
  async change(@Root() model: ModelEntity, @Ctx() ctx: GraphQLContext): Promise<ModelChangeType | null> {
    const previous = await ctx.services.models.previousVersion(model);
    if (!previous) return null;
    return {
      previousModelId: previous.id,
      previousVersion: previous.version,
      metrics: metricChanges(previous.metrics, model.metrics),
      movedFeatures: rankChanges(importanceOf(previous), importanceOf(model)),
    };
  }

  @FieldResolver(() => TrainingRunType, { description: 'The run that trained this model (with the models’ agreement).' })
  trainingRun(@Root() model: ModelEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.training.findRun(model.trainingRunId);
  }

  @FieldResolver(() => ModelSamplesType, {
    nullable: true,
    description: 'The sample sizes the model was fitted and explained on; null for models trained before they were recorded.',
  })
  samples(@Root() model: ModelEntity): ModelSamplesType | null {
    return samplesOf(model);
  }

  @FieldResolver(() => [FeatureImportanceType])
  featureImportance(@Root() model: ModelEntity): FeatureImportanceType[] {
    return importanceOf(model);
  }

  @FieldResolver(() => PartialDependenceType)
  async partialDependence(
    @Root() model: ModelEntity,
    @Arg('feature', () => String) feature: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PartialDependenceType> {
    const curve = dependenceOf(model, feature);
    if (!curve) throw badInput('error.noCurve', { feature });
    const label = importanceOf(model).find((f) => f.feature === feature)?.label ?? feature;
    const column = (await ctx.services.datasets.columns(model.datasetId)).find((c) => c.name === feature);
    const dataset = await ctx.services.datasets.find(model.datasetId);
    const words = {
      feature,
      label: column?.label ?? label,
      kind: curve.kind as 'NUMERIC',
      phrasing: column ? phrasingOfColumn(column) : null,
    };
    const reference = dateReferenceOf(model, feature);
    const text = (r: { min: number | null; max: number | null; levels?: string[] | null }) =>
      regionText(words, r, { currency: dataset?.settings.currency ?? null, locale: ctx.locale }, reference ?? null);
    return {
      feature: curve.feature,
      kind: curve.kind as PartialDependenceType['kind'],
      label,
      baseline: curve.baseline,
      points: curve.points,
      regions: curve.regions.map((r) => {
        const who = text(r);
        const counts = { customers: r.customers ?? null, total: samplesOf(model)?.explainRows ?? null };
        return {
          min: r.min,
          max: r.max,
          levels: r.levels ?? null,
          meanPrediction: r.meanPrediction,
          customers: r.customers ?? null,
          text: who,
          caption: regionCaption(who, r.meanPrediction, counts, ctx.locale),
        };
      }),
      ice: curve.ice ?? [],
      ale: curve.ale ?? null,
      disagreement: curve.disagreement ?? null,
      histogram: (curve.histogram ?? []).map((h) => ({ value: h.value ?? null, from: h.from ?? null, to: h.to ?? null, count: h.count })),
      dateReference: dateReferenceOf(model, feature),
    };
  }
}
