import { gql, type TypedDocumentNode } from '@urql/core';
import type { ModelSamples } from '../utils/sampling-note';
import type { ColumnKind, JobStatus } from './types';

/**
 * Documents and result shapes for the Models and Drivers pages, kept apart from
 * operations.ts so the two pages can grow without touching the shell's documents. Each type
 * lists exactly what a document below selects (server/schema.graphql is the source).
 */
import type { Algorithm } from '../../../server/src/domain/algorithms';

export type { Algorithm };

export interface Metrics {
  rocAuc: number;
  prAuc: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  logLoss: number;
  brierScore: number;
  threshold: number;
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
}

export interface CurvePoint {
  x: number;
  y: number;
  threshold: number | null;
}

export interface LiftPoint {
  decile: number;
  share: number;
  cumulativeGain: number;
  cumulativeLift: number;
  lift: number;
  responseRate: number;
}

export interface CalibrationBin {
  lower: number;
  upper: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

export interface MetricChange {
  metric: string;
  before: number;
  after: number;
  delta: number;
}

export interface RankChange {
  feature: string;
  label: string;
  rankBefore: number | null;
  rankAfter: number | null;
}

export interface ModelChange {
  previousVersion: number;
  metrics: MetricChange[];
  movedFeatures: RankChange[];
}

export interface ModelDetail {
  id: string;
  algorithm: Algorithm;
  version: number;
  isActive: boolean;
  isFeatured: boolean;
  createdAt: string;
  trainRows: number;
  testRows: number;
  fitSeconds: number | null;
  /** Null for models trained before sample sizes were recorded. */
  samples: ModelSamples | null;
  metrics: Metrics;
  rocCurve: CurvePoint[];
  prCurve: CurvePoint[];
  lift: LiftPoint[];
  calibration: CalibrationBin[];
  change: ModelChange | null;
}

export interface TrainingRun {
  id: string;
  status: JobStatus;
  progress: number;
  error: string | null;
  algorithms: Algorithm[];
  createdAt: string;
  finishedAt: string | null;
}

export interface ModelsPageData {
  id: string;
  name: string;
  targetColumn: string | null;
  models: ModelDetail[];
  trainingRuns: TrainingRun[];
}

const RUN_FIELDS = gql`
  fragment TrainingRunFields on TrainingRun {
    id
    status
    progress
    error
    algorithms
    createdAt
    finishedAt
  }
`;

export const MODELS_PAGE: TypedDocumentNode<{ dataset: ModelsPageData | null }, { id: string }> = gql`
  query ModelsPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      targetColumn
      models {
        id
        algorithm
        version
        isActive
        isFeatured
        createdAt
        trainRows
        testRows
        fitSeconds
        samples {
          trainRows
          fitRows
          testRows
          explainRows
          dependenceRows
        }
        metrics {
          rocAuc
          prAuc
          accuracy
          precision
          recall
          f1
          logLoss
          brierScore
          threshold
          truePositives
          falsePositives
          trueNegatives
          falseNegatives
        }
        rocCurve {
          x
          y
          threshold
        }
        prCurve {
          x
          y
          threshold
        }
        lift {
          decile
          share
          cumulativeGain
          cumulativeLift
          lift
          responseRate
        }
        calibration {
          lower
          upper
          count
          meanPredicted
          observedRate
        }
        change {
          previousVersion
          metrics {
            metric
            before
            after
            delta
          }
          movedFeatures {
            feature
            label
            rankBefore
            rankAfter
          }
        }
      }
      trainingRuns {
        ...TrainingRunFields
      }
    }
  }
  ${RUN_FIELDS}
`;

export const TRAIN_MODELS: TypedDocumentNode<{ trainModels: TrainingRun }, { datasetId: string; algorithms: Algorithm[] | null }> = gql`
  mutation TrainModels($datasetId: ID!, $algorithms: [Algorithm!]) {
    trainModels(datasetId: $datasetId, algorithms: $algorithms) {
      ...TrainingRunFields
    }
  }
  ${RUN_FIELDS}
`;

export const TRAINING_RUN: TypedDocumentNode<{ trainingRun: TrainingRun | null }, { id: string }> = gql`
  query TrainingRun($id: ID!) {
    trainingRun(id: $id) {
      ...TrainingRunFields
    }
  }
  ${RUN_FIELDS}
`;

export const ACTIVATE_MODEL: TypedDocumentNode<{ activateModel: { id: string; isActive: boolean; isFeatured: boolean } }, { id: string }> =
  gql`
    mutation ActivateModel($id: ID!) {
      activateModel(id: $id) {
        id
        isActive
        isFeatured
      }
    }
  `;

/* ---- Drivers ---- */

export interface FeatureImportance {
  feature: string;
  label: string;
  importance: number;
  stdDev: number;
}

export interface ModelDirection {
  algorithm: Algorithm;
  rank: number;
  direction: string;
}

export interface FeatureAgreement {
  feature: string;
  label: string;
  rankAgreement: boolean;
  directionAgreement: boolean;
  models: ModelDirection[];
}

export interface ModelAgreement {
  meanRankCorrelation: number;
  features: FeatureAgreement[];
}

export interface DriverModel {
  id: string;
  algorithm: Algorithm;
  version: number;
  isActive: boolean;
  isFeatured: boolean;
  createdAt: string;
  metrics: Pick<Metrics, 'rocAuc'>;
  samples: ModelSamples | null;
  featureImportance: FeatureImportance[];
  trainingRun: { id: string; agreement: ModelAgreement | null };
}

export interface DriversPageData {
  id: string;
  name: string;
  models: DriverModel[];
}

export const DRIVERS_PAGE: TypedDocumentNode<{ dataset: DriversPageData | null }, { id: string }> = gql`
  query DriversPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      models {
        id
        algorithm
        version
        isActive
        isFeatured
        createdAt
        metrics {
          rocAuc
        }
        samples {
          trainRows
          fitRows
          testRows
          explainRows
          dependenceRows
        }
        featureImportance {
          feature
          label
          importance
          stdDev
        }
        trainingRun {
          id
          agreement {
            meanRankCorrelation
            features {
              feature
              label
              rankAgreement
              directionAgreement
              models {
                algorithm
                rank
                direction
              }
            }
          }
        }
      }
    }
  }
`;

export interface DependencePoint {
  value: string;
  numericValue: number | null;
  meanPrediction: number;
}

export interface InterestRegion {
  min: number | null;
  max: number | null;
  levels: string[] | null;
  meanPrediction: number;
  customers: number | null;
  /** The server's words for the region, as the target group says it ("Customers with no teenagers at home"). */
  text?: string;
}

export interface HistogramBin {
  value: string | null;
  from: number | null;
  to: number | null;
  count: number;
}

export interface PartialDependence {
  feature: string;
  label: string;
  kind: ColumnKind;
  baseline: number;
  points: DependencePoint[];
  regions: InterestRegion[];
  ice: number[][];
  ale: Array<{ value: number; effect: number }> | null;
  disagreement: { score: number; disagree: boolean } | null;
  histogram: HistogramBin[];
  dateReference: number | null;
}

export const PARTIAL_DEPENDENCE: TypedDocumentNode<
  { model: { id: string; partialDependence: PartialDependence } | null },
  { id: string; feature: string }
> = gql`
  query PartialDependence($id: ID!, $feature: String!) {
    model(id: $id) {
      id
      partialDependence(feature: $feature) {
        feature
        label
        kind
        baseline
        points {
          value
          numericValue
          meanPrediction
        }
        regions {
          min
          max
          levels
          meanPrediction
          customers
          text
        }
        ice
        ale {
          value
          effect
        }
        disagreement {
          score
          disagree
        }
        histogram {
          value
          from
          to
          count
        }
        dateReference
      }
    }
  }
`;
