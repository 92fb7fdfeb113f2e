/** Selections several pages make alike (the generated result types stay those of each query). */
import { graphql } from '../gql';

/** What a model picker shows and chooses by. */
export const MODEL_CHOICE_FIELDS = graphql(`
  fragment ModelChoiceFields on Model {
    id
    algorithm
    version
    isActive
    isFeatured
    metrics {
      rocAuc
    }
  }
`);

export const MODEL_SAMPLES_FIELDS = graphql(`
  fragment ModelSamplesFields on ModelSamples {
    trainRows
    fitRows
    testRows
    explainRows
    dependenceRows
  }
`);

/** A column's kind, unit, range and most common values: what editors of conditions and values need. */
export const COLUMN_RANGE_FIELDS = graphql(`
  fragment ColumnRangeFields on Column {
    name
    label
    kind
    unit
    min
    max
    topLevels {
      value
      count
    }
  }
`);

/** A group's figures on the held-out customers. */
export const GROUP_STATS_FIELDS = graphql(`
  fragment GroupStatsFields on GroupStats {
    matchedCustomers
    responseRate
    baseRate
    lift
  }
`);

/** One point of a profit curve. */
export const PROFIT_POINT_FIELDS = graphql(`
  fragment ProfitPointFields on ProfitPoint {
    k
    contacted
    responders
    profit
    withinCapacity
  }
`);

/** A line-numbered problem in an uploaded file. */
export const FILE_PROBLEM_FIELDS = graphql(`
  fragment FileProblemFields on ImportError {
    line
    column
    message
  }
`);
