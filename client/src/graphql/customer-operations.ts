/**
 * The Customer page's documents.
 * Result types are generated from server/schema.graphql and these documents (npm run codegen,
 * client/src/gql/); the names below point into them.
 */
import { graphql } from '../gql';
import type {
  CustomerCounterfactualQuery,
  CustomerStandingQuery,
  CustomerCurveQuery,
  CustomerPageQuery,
  CustomerQuery,
  ExplainCustomerQuery,
} from '../gql/graphql';

export type CustomerPageData = NonNullable<CustomerPageQuery['dataset']>;
export type CustomerPageColumn = CustomerPageData['columns'][number];
export type CustomerPageModel = CustomerPageData['models'][number];
export type Customer = NonNullable<CustomerQuery['customer']>;
export type FeatureValue = Customer['values'][number];
export type CustomerExplanation = ExplainCustomerQuery['explainCustomer'];
export type Contribution = CustomerExplanation['contributions'][number];
export type CustomerCurvePoint = CustomerCurveQuery['customerCurve'][number];
export type CustomerStanding = NonNullable<CustomerStandingQuery['customerStanding']>;
export type CustomerCounterfactual = CustomerCounterfactualQuery['customerCounterfactual'];

export const CUSTOMER_PAGE = graphql(`
  query CustomerPage($id: ID!) {
    dataset(id: $id) {
      id
      name
      settings {
        currency
      }
      models {
        ...ModelChoiceFields
        metrics {
          threshold
        }
      }
      columns {
        ...ColumnRangeFields
        isTarget
        actionable
        examples
      }
    }
  }
`);
export const CUSTOMER_KEYS = graphql(`
  query CustomerKeys($datasetId: ID!, $prefix: String!) {
    customerKeys(datasetId: $datasetId, prefix: $prefix, limit: 8)
  }
`);
export const CUSTOMER = graphql(`
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
`);
export const EXPLAIN_CUSTOMER = graphql(`
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
`);
export const CUSTOMER_CURVE = graphql(`
  query CustomerCurve($modelId: ID!, $values: [FeatureValueInput!]!, $feature: String!) {
    customerCurve(modelId: $modelId, values: $values, feature: $feature) {
      value
      numericValue
      probability
    }
  }
`);
export const CUSTOMER_STANDING = graphql(`
  query CustomerStanding($modelId: ID!, $key: String!) {
    customerStanding(modelId: $modelId, key: $key) {
      key
      probability
      decile
      likely
      threshold
      inTargetGroup
      segment
    }
  }
`);
export const CUSTOMER_COUNTERFACTUAL = graphql(`
  query CustomerCounterfactual($modelId: ID!, $values: [FeatureValueInput!]!) {
    customerCounterfactual(modelId: $modelId, values: $values) {
      reached
      before
      after
      threshold
      changes {
        feature
        label
        from
        to
      }
      text
    }
  }
`);
