/**
 * The Models page's documents (the Drivers page's are in explanation-operations.ts).
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type { ModelsPageQuery, TrainingRunFieldsFragment } from '../gql/graphql';

// The algorithm names are the server's own vocabulary (server/src/domain/).
export type { Algorithm } from '../../../server/src/domain/algorithms';

export type ModelsPageData = NonNullable<ModelsPageQuery['dataset']>;
export type ModelDetail = ModelsPageData['models'][number];
export type Metrics = ModelDetail['metrics'];
export type CurvePoint = ModelDetail['rocCurve'][number];
export type LiftPoint = ModelDetail['lift'][number];
export type CalibrationBin = ModelDetail['calibration'][number];
export type ModelChange = NonNullable<ModelDetail['change']>;
export type MetricChange = ModelChange['metrics'][number];
export type RankChange = ModelChange['movedFeatures'][number];
export type TrainingRun = TrainingRunFieldsFragment;

export const RUN_FIELDS = graphql(`
  fragment TrainingRunFields on TrainingRun {
    id
    status
    progress
    error
    algorithms
    createdAt
    finishedAt
  }
`);
export const MODELS_PAGE = graphql(`
  query ModelsPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      targetColumn
      columns {
        name
        label
      }
      models {
        ...ModelChoiceFields
        createdAt
        trainRows
        testRows
        fitSeconds
        samples {
          ...ModelSamplesFields
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
`);
export const TRAIN_MODELS = graphql(`
  mutation TrainModels($datasetId: ID!, $algorithms: [Algorithm!]) {
    trainModels(datasetId: $datasetId, algorithms: $algorithms) {
      ...TrainingRunFields
    }
  }
`);
export const TRAINING_RUN = graphql(`
  query TrainingRun($id: ID!) {
    trainingRun(id: $id) {
      ...TrainingRunFields
    }
  }
`);
export const ACTIVATE_MODEL = graphql(`
  mutation ActivateModel($id: ID!) {
    activateModel(id: $id) {
      id
      isActive
      isFeatured
    }
  }
`);
