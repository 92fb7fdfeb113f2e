import { graphql } from '../gql';

/** The shell's documents: sign-in, the dataset list, one dataset with its columns and imports, column edits. */
export const CAMPAIGN_OUTCOME_FIELDS = graphql(`
  fragment CampaignOutcomeFields on CampaignOutcome {
    column
    label
    responded
    total
    rate
  }
`);

export const IMPORT_JOB_FIELDS = graphql(`
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
      ...FileProblemFields
    }
    warnings {
      ...FileProblemFields
    }
    createdAt
    finishedAt
  }
`);
export const COLUMN_FIELDS = graphql(`
  fragment ColumnFields on Column {
    ...ColumnRangeFields
    missing
    distinct
    position
    isTarget
    isPastCampaign
    knownAfterContact
    actionable
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
      levels {
        value
        text
      }
    }
  }
`);
export const LOGIN = graphql(`
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
`);
export const ME = graphql(`
  query Me {
    me {
      id
      email
      role
    }
  }
`);
export const DATASETS = graphql(`
  query Datasets {
    datasets {
      id
      name
      rowCount
      createdAt
    }
  }
`);
export const DATASET = graphql(`
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
        ...CampaignOutcomeFields
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
`);
export const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);
export const UPDATE_COLUMN = graphql(`
  mutation UpdateColumn($datasetId: ID!, $name: String!, $input: ColumnUpdateInput!) {
    updateColumn(datasetId: $datasetId, name: $name, input: $input) {
      ...ColumnFields
    }
  }
`);
