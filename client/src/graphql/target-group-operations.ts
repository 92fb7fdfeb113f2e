/**
 * The Target group page's documents.
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type {
  EvaluateTargetGroupQuery,
  GroupConditionFieldsFragment,
  TargetGroupPageQuery,
  TargetGroupQuery,
  TargetGroupQueryVariables,
} from '../gql/graphql';

export type { ConditionInput } from '../gql/graphql';
/** A condition as the page holds it: an edit not yet recounted has no clause (its relative wording) yet. */
export type GroupCondition = Omit<GroupConditionFieldsFragment, 'clause'> & { clause?: string };
export type TargetGroupPageData = NonNullable<TargetGroupPageQuery['dataset']>;
export type TargetGroupModel = TargetGroupPageData['models'][number];
/** A column as the condition editor needs it: its kind, range and most common values. */
export type ConditionColumn = TargetGroupPageData['columns'][number];
export type TargetGroup = NonNullable<TargetGroupQuery['model']>['targetGroup'];
export type GroupStats = TargetGroup['holdout'];
export type DistinguishingFeature = TargetGroup['distinguishingFeatures'][number];
export type GroupStability = NonNullable<TargetGroup['stability']>;
export type CampaignMoney = NonNullable<TargetGroup['money']>;
export type ProfitPoint = CampaignMoney['curve'][number];
/** Exact figures for edited conditions. */
export type GroupFigures = EvaluateTargetGroupQuery['evaluateTargetGroup'];
export type TargetGroupOptions = Pick<TargetGroupQueryVariables, 'minShare' | 'capacity' | 'costPerContact' | 'valuePerResponse'>;

export const TARGET_GROUP_PAGE = graphql(`
  query TargetGroupPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      settings {
        currency
      }
      models {
        ...ModelChoiceFields
        featureImportance {
          feature
        }
      }
      columns {
        ...ColumnRangeFields
      }
    }
  }
`);
export const CONDITION_FIELDS = graphql(`
  fragment GroupConditionFields on Condition {
    feature
    label
    min
    max
    levels
    text
    clause
  }
`);
export const TARGET_GROUP = graphql(`
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
          ...GroupStatsFields
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
          figures
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
            ...ProfitPointFields
          }
          curve {
            ...ProfitPointFields
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
`);
export const EVALUATE_TARGET_GROUP = graphql(`
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
        ...GroupStatsFields
      }
      meanPredicted
      description
    }
  }
`);
