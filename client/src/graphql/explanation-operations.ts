/** Drivers page documents: importance, agreement and the per-feature curves (partial dependence, ICE, ALE, regions). */
import { gql, type TypedDocumentNode } from '@urql/core';
import type { ModelSamples } from '../utils/sampling-note';
import type { Algorithm, Metrics } from './model-operations';
import type { ColumnKind } from './types';

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
