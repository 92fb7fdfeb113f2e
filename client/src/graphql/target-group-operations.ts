import { gql, type TypedDocumentNode } from '@urql/core';
import type { Algorithm } from './model-operations';
import type { ColumnKind } from './types';

/**
 * Documents and result shapes for the Target group page, kept apart from the other pages'
 * documents like model-operations.ts. Each type lists exactly what a document below selects
 * (server/schema.graphql is the source).
 */

export interface GroupCondition {
  feature: string;
  label: string;
  min: number | null;
  max: number | null;
  levels: string[] | null;
  text: string;
  /** The condition with its relative word ("with no teenagers at home"); absent on an edit not yet recounted. */
  clause?: string;
}

/** What evaluateTargetGroup and the audience export take: a condition without its wording. */
export interface ConditionInput {
  feature: string;
  min: number | null;
  max: number | null;
  levels: string[] | null;
}

export interface GroupStats {
  matchedCustomers: number;
  responseRate: number;
  baseRate: number;
  lift: number;
}

export interface DistinguishingFeature {
  feature: string;
  label: string;
  direction: string;
  score: number;
  groupMedian: number | null;
  restMedian: number | null;
  level: string | null;
  groupShare: number | null;
  restShare: number | null;
}

export interface GroupStability {
  resamples: number;
  unstable: boolean;
  reasons: string[];
  liftLow: number | null;
  liftHigh: number | null;
  conditions: Array<{ feature: string; label: string; share: number }>;
}

export interface ProfitPoint {
  /** Percentage of customers contacted, best predicted first. */
  k: number;
  contacted: number;
  responders: number;
  profit: number;
  withinCapacity: boolean;
}

export interface CampaignMoney {
  costPerContact: number;
  valuePerResponse: number;
  groupProfit: number;
  everyoneProfit: number;
  best: ProfitPoint | null;
  curve: ProfitPoint[];
}

export interface TargetGroup {
  topN: number;
  description: string;
  conditions: GroupCondition[];
  matchedCustomers: number;
  share: number;
  responseRate: number;
  baseRate: number;
  lift: number;
  holdout: GroupStats;
  found: boolean;
  responders: number;
  meanPredicted: number | null;
  distinguishingFeatures: DistinguishingFeature[];
  stability: GroupStability | null;
  money: CampaignMoney | null;
  disagreements: string[];
  /** The rule search's objective (higher is better); never lower for more drivers. */
  quality: number;
  qualityByTopN: number[];
  sameGroupFrom: number;
  sameGroupTo: number;
  suggestedTopN: number;
}

/** Exact figures for edited conditions. */
export interface GroupFigures {
  conditions: GroupCondition[];
  /** The server's sentence for who they are. */
  who: string;
  matchedCustomers: number;
  responders: number;
  share: number;
  responseRate: number;
  baseRate: number;
  lift: number;
  holdout: GroupStats;
  meanPredicted: number | null;
}

export interface TargetGroupModel {
  id: string;
  algorithm: Algorithm;
  version: number;
  isActive: boolean;
  isFeatured: boolean;
  metrics: { rocAuc: number };
  featureImportance: Array<{ feature: string }>;
}

/** A column as the condition editor needs it: its kind, range and most common values. */
export interface ConditionColumn {
  name: string;
  label: string;
  kind: ColumnKind;
  unit: string | null;
  min: number | null;
  max: number | null;
  topLevels: Array<{ value: string; count: number }>;
}

export interface TargetGroupPageData {
  id: string;
  name: string;
  models: TargetGroupModel[];
  columns: ConditionColumn[];
}

export interface TargetGroupOptions {
  minShare: number | null;
  capacity: number | null;
  costPerContact: number | null;
  valuePerResponse: number | null;
}

export const TARGET_GROUP_PAGE: TypedDocumentNode<{ dataset: TargetGroupPageData | null }, { id: string }> = gql`
  query TargetGroupPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      models {
        id
        algorithm
        version
        isActive
        isFeatured
        metrics {
          rocAuc
        }
        featureImportance {
          feature
        }
      }
      columns {
        name
        label
        kind
        unit
        min
        max
        topLevels {
          value
          count
        }
      }
    }
  }
`;

const CONDITION_FIELDS = gql`
  fragment GroupConditionFields on Condition {
    feature
    label
    min
    max
    levels
    text
    clause
  }
`;

export const TARGET_GROUP: TypedDocumentNode<
  { model: { id: string; targetGroup: TargetGroup } | null },
  { id: string; topN: number } & TargetGroupOptions
> = gql`
  query TargetGroup($id: ID!, $topN: Int!, $minShare: Float, $capacity: Int, $costPerContact: Float, $valuePerResponse: Float) {
    model(id: $id) {
      id
      targetGroup(
        topN: $topN
        minShare: $minShare
        capacity: $capacity
        costPerContact: $costPerContact
        valuePerResponse: $valuePerResponse
      ) {
        topN
        description
        conditions {
          ...GroupConditionFields
        }
        matchedCustomers
        share
        responseRate
        baseRate
        lift
        holdout {
          matchedCustomers
          responseRate
          baseRate
          lift
        }
        found
        responders
        meanPredicted
        distinguishingFeatures {
          feature
          label
          direction
          score
          groupMedian
          restMedian
          level
          groupShare
          restShare
        }
        stability {
          resamples
          unstable
          reasons
          liftLow
          liftHigh
          conditions {
            feature
            label
            share
          }
        }
        money {
          costPerContact
          valuePerResponse
          groupProfit
          everyoneProfit
          best {
            k
            contacted
            responders
            profit
            withinCapacity
          }
          curve {
            k
            contacted
            responders
            profit
            withinCapacity
          }
        }
        disagreements
        quality
        qualityByTopN
        sameGroupFrom
        sameGroupTo
        suggestedTopN
      }
    }
  }
  ${CONDITION_FIELDS}
`;

export const EVALUATE_TARGET_GROUP: TypedDocumentNode<
  { evaluateTargetGroup: GroupFigures },
  { modelId: string; conditions: ConditionInput[] }
> = gql`
  query EvaluateTargetGroup($modelId: ID!, $conditions: [ConditionInput!]!) {
    evaluateTargetGroup(modelId: $modelId, conditions: $conditions) {
      conditions {
        ...GroupConditionFields
      }
      who
      matchedCustomers
      responders
      share
      responseRate
      baseRate
      lift
      holdout {
        matchedCustomers
        responseRate
        baseRate
        lift
      }
      meanPredicted
    }
  }
  ${CONDITION_FIELDS}
`;
