/**
 * The Drivers page's documents: importance, agreement and the per-feature curves (partial dependence, ICE, ALE, regions).
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type { DriversPageQuery, PartialDependenceQuery } from '../gql/graphql';

export type DriversPageData = NonNullable<DriversPageQuery['dataset']>;
export type DriverModel = DriversPageData['models'][number];
export type FeatureImportance = DriverModel['featureImportance'][number];
export type ModelAgreement = NonNullable<DriverModel['trainingRun']['agreement']>;
export type FeatureAgreement = ModelAgreement['features'][number];
export type ModelDirection = FeatureAgreement['models'][number];
export type PartialDependence = NonNullable<PartialDependenceQuery['model']>['partialDependence'];
export type DependencePoint = PartialDependence['points'][number];
export type InterestRegion = PartialDependence['regions'][number];
export type HistogramBin = PartialDependence['histogram'][number];

export const DRIVERS_PAGE = graphql(`
  query DriversPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      models {
        ...ModelChoiceFields
        createdAt
        samples {
          ...ModelSamplesFields
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
`);
export const PARTIAL_DEPENDENCE = graphql(`
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
          caption
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
`);
