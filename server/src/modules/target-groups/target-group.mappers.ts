import type { TargetGroupResult } from './target-group.js';

/** The math's result, in the shape of the GraphQL TargetGroup (contract fields plus extensions). */
export function toTargetGroupType(result: TargetGroupResult) {
  const stability = result.stability;
  const profit = result.profit;
  return {
    ...result,
    conditions: result.conditions.map((c) => ({
      feature: c.feature,
      label: c.label,
      min: c.min,
      max: c.max,
      levels: c.levels,
      text: c.text,
      clause: c.clause,
    })),
    holdout: result.holdout,
    distinguishingFeatures: result.distinguishingFeatures.map((d) => ({
      feature: d.feature,
      label: d.label,
      direction: d.direction,
      score: d.score,
      groupMedian: d.groupMedian ?? null,
      restMedian: d.restMedian ?? null,
      level: d.level ?? null,
      groupShare: d.groupShare ?? null,
      restShare: d.restShare ?? null,
      figures: d.figures ?? null,
    })),
    stability: stability && {
      resamples: stability.nResamples,
      unstable: stability.unstable,
      reasons: stability.reasons,
      liftLow: stability.lift?.low ?? null,
      liftHigh: stability.lift?.high ?? null,
      conditions: stability.conditions.map((c) => ({ feature: c.feature, label: c.label, share: c.share })),
    },
    money: profit && {
      costPerContact: profit.costPerContact,
      valuePerResponse: profit.valuePerResponse,
      groupProfit: profit.groupProfit,
      everyoneProfit: profit.everyoneProfit,
      best: profit.curve?.best ?? null,
      curve: profit.curve?.points ?? [],
    },
  };
}
