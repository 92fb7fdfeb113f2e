import { gql, type TypedDocumentNode } from '@urql/core';
import type { ModelSamples } from '../utils/sampling-note';
import type { JobStatus } from './types';

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
