import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { notAvailableYet } from '../../common/errors.js';
import type { ModelEntity } from './model.entity.js';
import { CurvePointType, FeatureImportanceType, ModelType, PartialDependenceType, TargetGroupType } from './training.types.js';

@Resolver(() => ModelType)
export class ModelResolver {
  @FieldResolver(() => [CurvePointType])
  rocCurve(@Root() model: ModelEntity) {
    return (model.curves as { roc?: CurvePointType[] }).roc ?? [];
  }

  @FieldResolver(() => [FeatureImportanceType])
  featureImportance(): FeatureImportanceType[] {
    throw notAvailableYet('Feature importance');
  }

  @FieldResolver(() => PartialDependenceType)
  partialDependence(@Arg('feature', () => String) _feature: string): PartialDependenceType {
    throw notAvailableYet('Partial dependence');
  }

  @FieldResolver(() => TargetGroupType)
  targetGroup(@Arg('topN', () => Int) _topN: number): TargetGroupType {
    throw notAvailableYet('The target-group description');
  }
}
