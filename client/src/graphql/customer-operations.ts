import { gql, type TypedDocumentNode } from '@urql/core';
import type { Algorithm } from './model-operations';
import type { ColumnKind } from './types';

/** Documents and result shapes for the Customer page (server/schema.graphql is the source). */
export interface CustomerPageColumn {
  name: string;
  label: string;
  kind: ColumnKind;
  unit: string | null;
  min: number | null;
  max: number | null;
  isTarget: boolean;
  topLevels: { value: string; count: number }[];
}

export interface CustomerPageModel {
  id: string;
  algorithm: Algorithm;
  version: number;
  isActive: boolean;
  isFeatured: boolean;
  metrics: { rocAuc: number; threshold: number };
}

export interface CustomerPageData {
  id: string;
  name: string;
  models: CustomerPageModel[];
  columns: CustomerPageColumn[];
}

export const CUSTOMER_PAGE: TypedDocumentNode<{ dataset: CustomerPageData | null }, { id: string }> = gql`
  query CustomerPage($id: ID!) {
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
          threshold
        }
      }
      columns {
        name
        label
        kind
        unit
        min
        max
        isTarget
        topLevels {
          value
          count
        }
      }
    }
  }
`;

export const CUSTOMER_KEYS: TypedDocumentNode<{ customerKeys: string[] }, { datasetId: string; prefix: string }> = gql`
  query CustomerKeys($datasetId: ID!, $prefix: String!) {
    customerKeys(datasetId: $datasetId, prefix: $prefix, limit: 8)
  }
`;

export interface FeatureValue {
  feature: string;
  value: string | null;
}

export interface Customer {
  key: string;
  values: FeatureValue[];
  responded: boolean | null;
}

export const CUSTOMER: TypedDocumentNode<{ customer: Customer | null }, { datasetId: string; key: string }> = gql`
  query Customer($datasetId: ID!, $key: String!) {
    customer(datasetId: $datasetId, key: $key) {
      key
      values {
        feature
        value
      }
      responded
    }
  }
`;

export interface Contribution {
  feature: string;
  label: string;
  value: string | null;
  contribution: number;
}

export interface CustomerExplanation {
  probability: number;
  scale: 'LOG_ODDS' | 'PROBABILITY';
  baseValue: number;
  contributions: Contribution[];
  text: string;
}

export const EXPLAIN_CUSTOMER: TypedDocumentNode<{ explainCustomer: CustomerExplanation }, { modelId: string; values: FeatureValue[] }> =
  gql`
    query ExplainCustomer($modelId: ID!, $values: [FeatureValueInput!]!) {
      explainCustomer(modelId: $modelId, values: $values) {
        probability
        scale
        baseValue
        contributions {
          feature
          label
          value
          contribution
        }
        text
      }
    }
  `;

export interface CustomerCurvePoint {
  value: string;
  numericValue: number | null;
  probability: number;
}

export const CUSTOMER_CURVE: TypedDocumentNode<
  { customerCurve: CustomerCurvePoint[] },
  { modelId: string; values: FeatureValue[]; feature: string }
> = gql`
  query CustomerCurve($modelId: ID!, $values: [FeatureValueInput!]!, $feature: String!) {
    customerCurve(modelId: $modelId, values: $values, feature: $feature) {
      value
      numericValue
      probability
    }
  }
`;
