import { gql, type TypedDocumentNode } from '@urql/core';
import type { AuthPayload, Column, ColumnUpdateInput, DatasetDetail, DatasetSummary, ImportJob, User } from './types';

/**
 * Every GraphQL document the client sends. Selections stay within the served schema; the
 * result types in types.ts mirror them field for field.
 */
const IMPORT_JOB_FIELDS = gql`
  fragment ImportJobFields on ImportJob {
    id
    datasetId
    status
    phase
    fileName
    bytes
    rowsImported
    rowsRejected
    rowsDuplicate
    rowsSkippedEmpty
    errorCount
    message
    errors {
      line
      column
      message
    }
    warnings {
      line
      column
      message
    }
    createdAt
    finishedAt
  }
`;

const COLUMN_FIELDS = gql`
  fragment ColumnFields on Column {
    name
    label
    kind
    missing
    distinct
    position
    isTarget
    isPastCampaign
    knownAfterContact
    unit
    min
    max
    topLevels {
      value
      count
    }
    examples
    note
    region
    phrasing {
      kind
      one
      other
      verb
      event
      unit
      yes
      no
    }
  }
`;

export const LOGIN: TypedDocumentNode<{ login: AuthPayload }, { email: string; password: string }> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      mustChangePassword
      user {
        id
        email
        role
        language
      }
    }
  }
`;

export const ME: TypedDocumentNode<{ me: User | null }, Record<string, never>> = gql`
  query Me {
    me {
      id
      email
      role
    }
  }
`;

export const DATASETS: TypedDocumentNode<{ datasets: DatasetSummary[] }, Record<string, never>> = gql`
  query Datasets {
    datasets {
      id
      name
      rowCount
      createdAt
    }
  }
`;

export const DATASET: TypedDocumentNode<{ dataset: DatasetDetail | null }, { id: string }> = gql`
  query Dataset($id: ID!) {
    dataset(id: $id) {
      id
      name
      rowCount
      createdAt
      targetColumn
      positiveLabel
      positiveRate
      idColumn
      settings {
        currency
      }
      columns {
        ...ColumnFields
      }
      campaigns {
        column
        label
        responded
        total
        rate
      }
      imports {
        ...ImportJobFields
      }
      models {
        id
        algorithm
        isActive
        createdAt
      }
      activeModel {
        id
        algorithm
        isActive
        createdAt
      }
    }
  }
  ${COLUMN_FIELDS}
  ${IMPORT_JOB_FIELDS}
`;

export const IMPORT_JOB: TypedDocumentNode<{ importJob: ImportJob | null }, { id: string }> = gql`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
  ${IMPORT_JOB_FIELDS}
`;

export const UPDATE_COLUMN: TypedDocumentNode<{ updateColumn: Column }, { datasetId: string; name: string; input: ColumnUpdateInput }> =
  gql`
    mutation UpdateColumn($datasetId: ID!, $name: String!, $input: ColumnUpdateInput!) {
      updateColumn(datasetId: $datasetId, name: $name, input: $input) {
        ...ColumnFields
      }
    }
    ${COLUMN_FIELDS}
  `;
