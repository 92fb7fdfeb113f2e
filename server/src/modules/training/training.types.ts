import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { InferredLabel } from '../phrasing/inferred-label.js';
import { Algorithm, ColumnKindEnum, JobStatusEnum } from '../../graphql/enums.js';
import type { AlePoint, Disagreement } from '../explanations/ale.js';
import type { ExplainedDependence } from '../explanations/explain-model.js';
import type { DependencePoint, HistogramBin } from '../explanations/partial-dependence.js';
import type { InterestRegion } from '../explanations/regions.js';
import type { CalibrationBin, CurvePoint, LiftPoint, Metrics } from './metrics/evaluate.js';
import type { TrainingSamples } from './sampling.js';
import type { StoredImportance } from './stored-explanations.js';

// The object types below implement the shapes the server computes and stores (the
// explanation shape is explainModel's; see stored-explanations.ts): a field that changes
// there fails the typecheck here instead of drifting apart.

@ObjectType('Metrics', { simpleResolvers: true, description: 'Measured on the held-out test rows, never on training rows.' })
export class MetricsType implements Metrics {
  @Field(() => Float) rocAuc!: number;
  @Field(() => Float) prAuc!: number;
  @Field(() => Float) accuracy!: number;
  @Field(() => Float) precision!: number;
  @Field(() => Float) recall!: number;
  @Field(() => Float) f1!: number;
  @Field(() => Float) logLoss!: number;
  @Field(() => Float) brierScore!: number;
  @Field(() => Float) threshold!: number;
  @Field(() => Int) truePositives!: number;
  @Field(() => Int) falsePositives!: number;
  @Field(() => Int) trueNegatives!: number;
  @Field(() => Int) falseNegatives!: number;
}

@ObjectType('CurvePoint', { simpleResolvers: true })
export class CurvePointType implements CurvePoint {
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => Float, { nullable: true }) threshold!: number | null;
}

@ObjectType('FeatureImportance', { simpleResolvers: true })
export class FeatureImportanceType implements Omit<StoredImportance, 'repeats'> {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => Float) importance!: number;
  @Field(() => Float) stdDev!: number;
}

@ObjectType('DependencePoint', { simpleResolvers: true })
export class DependencePointType implements Pick<DependencePoint, 'value' | 'numericValue' | 'meanPrediction'> {
  @Field(() => String) value!: string;
  @Field(() => Float, { nullable: true }) numericValue!: number | null;
  @Field(() => Float) meanPrediction!: number;
}

@ObjectType('InterestRegion', { simpleResolvers: true })
export class InterestRegionType implements Omit<InterestRegion, 'customers'> {
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => [String], { nullable: true }) levels!: string[] | null;
  @Field(() => Float) meanPrediction!: number;
  @Field(() => Int, { nullable: true, description: 'Customers (of the rows the curve was computed on) in this region.' })
  customers!: number | null;
  @Field(() => String, { description: 'The region in words, as the target group would say it: “Customers with no teenagers at home”.' })
  text!: string;
  @Field(() => String, {
    description:
      'The line under the curve: the region, its predicted response and which customers its count is of (“… (264 of the 561 customers held out from training).”).',
  })
  caption!: string;
}

@ObjectType('PartialDependence', { simpleResolvers: true })
export class PartialDependenceType implements Pick<ExplainedDependence, 'feature' | 'kind' | 'baseline' | 'label' | 'ice'> {
  @Field(() => String) feature!: string;
  @Field(() => ColumnKindEnum) kind!: ColumnKindEnum;
  @Field(() => Float) baseline!: number;
  @Field(() => [DependencePointType]) points!: DependencePointType[];
  @Field(() => [InterestRegionType]) regions!: InterestRegionType[];
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => [[Float]], { description: 'ICE curves: one per sampled customer, a prediction per point.' }) ice!: number[][];
  @Field(() => [AlePointType], { nullable: true }) ale!: AlePointType[] | null;
  @Field(() => PdpAleDisagreementType, { nullable: true }) disagreement!: PdpAleDisagreementType | null;
  @Field(() => [HistogramBinType]) histogram!: HistogramBinType[];
  @Field(() => Float, { nullable: true, description: 'DATE features: values are days before this day (days since 1970-01-01).' })
  dateReference!: number | null;
}

@ObjectType('ModelSamples', {
  simpleResolvers: true,
  description: 'How many customers a model was fitted and explained on (samples are seeded and stratified).',
})
export class ModelSamplesType implements TrainingSamples {
  @Field(() => Int, { description: 'Customers in the training split.' }) trainRows!: number;
  @Field(() => Int, { description: 'Customers the model was fitted on (fewer than trainRows when a row cap applied).' }) fitRows!: number;
  @Field(() => Int, { description: 'Held-out customers the metrics were computed on (all of them).' }) testRows!: number;
  @Field(() => Int, { description: 'Held-out customers permutation importance was computed on.' }) explainRows!: number;
  @Field(() => Int, { description: 'Customers the partial-dependence curves average over.' }) dependenceRows!: number;
}

@ObjectType('Model', { simpleResolvers: true })
export class ModelType {
  @Field(() => ID) id!: string;
  @Field(() => ID) datasetId!: string;
  @Field(() => Algorithm) algorithm!: Algorithm;
  @Field(() => Boolean) isActive!: boolean;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => Int) trainRows!: number;
  @Field(() => Int) testRows!: number;
  @Field(() => MetricsType) metrics!: MetricsType;
  @Field(() => Int) version!: number;
  @Field(() => Boolean, { description: 'The model the managers’ pages use.' }) isFeatured!: boolean;
  @Field(() => ID) trainingRunId!: string;
  @Field(() => Float, { nullable: true, description: 'Seconds spent fitting.' }) fitSeconds!: number | null;
}

@ObjectType('TrainingRun', { simpleResolvers: true })
export class TrainingRunType {
  @Field(() => ID) id!: string;
  @Field(() => ID) datasetId!: string;
  @Field(() => JobStatusEnum) status!: JobStatusEnum;
  @Field(() => Float) progress!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => [Algorithm]) algorithms!: Algorithm[];
  @Field(() => DateTimeResolver, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType('LiftPoint', {
  simpleResolvers: true,
  description: 'Cumulative gains and lift by decile of predicted probability, on the test rows.',
})
export class LiftPointType implements LiftPoint {
  @Field(() => Int) decile!: number;
  @Field(() => Float) share!: number;
  @Field(() => Int) rows!: number;
  @Field(() => Int) responders!: number;
  @Field(() => Float) responseRate!: number;
  @Field(() => Float) cumulativeGain!: number;
  @Field(() => Float) cumulativeLift!: number;
  @Field(() => Float) lift!: number;
}

@ObjectType('CalibrationBin', { simpleResolvers: true })
export class CalibrationBinType implements CalibrationBin {
  @Field(() => Float) lower!: number;
  @Field(() => Float) upper!: number;
  @Field(() => Int) count!: number;
  @Field(() => Float) meanPredicted!: number;
  @Field(() => Float) observedRate!: number;
}

@ObjectType('MetricChange', { simpleResolvers: true })
export class MetricChangeType {
  @Field(() => String) metric!: string;
  @Field(() => Float) before!: number;
  @Field(() => Float) after!: number;
  @Field(() => Float) delta!: number;
}

@ObjectType('RankChange', { simpleResolvers: true })
export class RankChangeType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => Int, { nullable: true }) rankBefore!: number | null;
  @Field(() => Int, { nullable: true }) rankAfter!: number | null;
}

@ObjectType('ModelChange', { simpleResolvers: true, description: 'What changed against the previous version of the same algorithm.' })
export class ModelChangeType {
  @Field(() => ID) previousModelId!: string;
  @Field(() => Int) previousVersion!: number;
  @Field(() => [MetricChangeType]) metrics!: MetricChangeType[];
  @Field(() => [RankChangeType], { description: 'Features whose importance rank moved.' }) movedFeatures!: RankChangeType[];
}

@ObjectType('AlePoint', {
  simpleResolvers: true,
  description: 'Accumulated local effect at a value, on the probability scale around the baseline.',
})
export class AlePointType implements Pick<AlePoint, 'value' | 'effect'> {
  @Field(() => Float) value!: number;
  @Field(() => Float) effect!: number;
}

@ObjectType('PdpAleDisagreement', { simpleResolvers: true })
export class PdpAleDisagreementType implements Pick<Disagreement, 'score' | 'disagree'> {
  @Field(() => Float) score!: number;
  @Field(() => Boolean, { description: 'PDP and ALE disagree strongly: the feature is correlated with others; trust ALE.' })
  disagree!: boolean;
}

@ObjectType('HistogramBin', {
  simpleResolvers: true,
  description: 'How many customers (of the rows the curve was computed on) sit at a level or in a stretch.',
})
export class HistogramBinType implements Omit<HistogramBin, 'value'> {
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => Float, { nullable: true }) from!: number | null;
  @Field(() => Float, { nullable: true }) to!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType('ModelDirection', { simpleResolvers: true })
export class ModelDirectionType {
  @Field(() => Algorithm) algorithm!: Algorithm;
  @Field(() => Float, { description: '1 = most important.' }) rank!: number;
  @Field(() => String, { description: 'increasing, decreasing, flat or mixed; for levels, which are above the baseline.' })
  direction!: string;
}

@ObjectType('FeatureAgreement', { simpleResolvers: true })
export class FeatureAgreementType {
  @Field(() => String) feature!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => Float) rankSpread!: number;
  @Field(() => Boolean) rankAgreement!: boolean;
  @Field(() => Boolean) directionAgreement!: boolean;
  @Field(() => [ModelDirectionType]) models!: ModelDirectionType[];
}

@ObjectType('ModelAgreement', { simpleResolvers: true, description: 'Whether the models of one training run tell the same story.' })
export class ModelAgreementType {
  @Field(() => Float, { description: 'Mean Spearman correlation of the models’ importances.' }) meanRankCorrelation!: number;
  @Field(() => [FeatureAgreementType]) features!: FeatureAgreementType[];
}
