import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../../server/src/graphql/schema.js';
import {
  DEFAULT_LIST_SIZE,
  deepestSelfNesting,
  depthLimitRule,
  MAX_QUERY_COMPLEXITY,
  MAX_QUERY_DEPTH,
  MAX_SAME_FIELD_NESTING,
  queryCost,
} from '../../../server/src/graphql/limits.js';
import { clientDocuments, sampleVariables } from './client-documents.js';

// Our schema has no cycles today, so abusive depth cannot be built against it; the rule is
// checked on a schema that has one (a customer's referrer is a customer), as later ones may.
const cyclic = buildSchema('type Query { customer: Customer } type Customer { id: ID, referrer: Customer }');
const nested = (depth: number) => `{ customer { ${'referrer { '.repeat(depth - 1)}id${' }'.repeat(depth - 1)} } }`;

describe('query depth limit', () => {
  it(`accepts queries up to ${MAX_QUERY_DEPTH} levels deep`, () => {
    expect(validate(cyclic, parse(nested(MAX_QUERY_DEPTH)), [depthLimitRule])).toEqual([]);
  });

  it('rejects deeper queries with a message naming the limit', () => {
    const errors = validate(cyclic, parse(nested(MAX_QUERY_DEPTH + 2)), [depthLimitRule]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/exceeds maximum operation depth of 10/);
  });
});

describe('query cost', () => {
  // The review's query: models of the run of a model, and so on, at the depth limit.
  const nestedModels = `query($id: ID!) { model(id: $id) { trainingRun { models { trainingRun { models { trainingRun { models { trainingRun { models {
    id algorithm metrics { rocAuc } } } } } } } } } } }`;

  it('prices every document of the client below the limit, with room to grow', async () => {
    const schema = await buildAppSchema();
    const documents = clientDocuments();
    expect(documents.length).toBeGreaterThan(20);
    for (const { name, document } of documents) {
      const cost = queryCost(schema, document, sampleVariables(schema, document));
      expect(cost, name).toBeLessThan(MAX_QUERY_COMPLEXITY / 2);
      expect(deepestSelfNesting(document).times, name).toBeLessThanOrEqual(MAX_SAME_FIELD_NESTING);
    }
  });

  it('prices lists by their size', async () => {
    const schema = await buildAppSchema();
    expect(queryCost(schema, parse('{ datasets { id name } }'))).toBe(1 + 20 * 2);
    // Every dataset's models with their curves: within the limit for a few, priced by the list sizes.
    const wide = queryCost(schema, parse('{ datasets { models { id rocCurve { x y } } } }'));
    expect(wide).toBe(1 + 20 * (1 + 20 * (1 + (1 + 25 * 2))));
  });

  it("refuses a field nested inside itself more than twice (the review's models-in-runs-in-models query)", () => {
    expect(deepestSelfNesting(parse(nestedModels)).times).toBe(4);
    expect(deepestSelfNesting(parse('query { model(id: 1) { trainingRun { models { id } } } }')).times).toBe(1);
    const viaFragments = parse(
      '{ model(id: 1) { ...M } } fragment M on Model { trainingRun { models { trainingRun { models { trainingRun { models { id } } } } } } }',
    );
    expect(deepestSelfNesting(viaFragments).times).toBe(3);
  });

  it('takes a limit argument as the size of the list it bounds', () => {
    const schema = buildSchema('type Query { events(limit: Int): [Event!]! } type Event { id: ID, at: String }');
    expect(queryCost(schema, parse('{ events(limit: 5) { id at } }'))).toBe(1 + 5 * 2);
    expect(queryCost(schema, parse('{ events { id at } }'))).toBe(1 + DEFAULT_LIST_SIZE * 2);
  });
});
