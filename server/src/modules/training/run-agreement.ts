import { modelAgreement } from '../explanations/agreement.js';
import type { Algorithm } from '../../graphql/enums.js';
import type { ModelEntity } from './model.entity.js';
import { dependenceFeatures, dependenceOf, importanceOf } from './stored-explanations.js';
import type { ModelAgreementType } from './training.types.js';

/** Agreement between the explained models of one run, from their stored explanations. */
export function runAgreement(models: ModelEntity[]): ModelAgreementType | null {
  const explained = models.filter((m) => importanceOf(m).length > 0);
  if (explained.length < 2) return null;
  const labels = new Map(explained.flatMap((m) => importanceOf(m).map((f) => [f.feature, f.label] as const)));
  const result = modelAgreement(
    explained.map((m) => ({
      model: m.algorithm,
      importance: Object.fromEntries(importanceOf(m).map((f) => [f.feature, f.importance])),
      dependence: Object.fromEntries(dependenceFeatures(m).map((f) => [f, dependenceOf(m, f)!])),
    })),
  );
  return {
    meanRankCorrelation: result.meanRankCorrelation,
    features: result.features
      .map((f) => ({
        feature: f.feature,
        label: labels.get(f.feature) ?? f.feature,
        rankSpread: f.rankSpread,
        rankAgreement: f.rankAgreement,
        directionAgreement: f.directionAgreement,
        models: result.models.map((algorithm) => ({
          algorithm: algorithm as Algorithm,
          rank: f.ranks[algorithm],
          direction: f.directions[algorithm],
        })),
      }))
      .sort((a, b) => Math.min(...a.models.map((m) => m.rank)) - Math.min(...b.models.map((m) => m.rank))),
  };
}
