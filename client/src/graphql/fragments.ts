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
