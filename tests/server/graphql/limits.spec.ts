import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimitRule, MAX_QUERY_DEPTH } from '../../../server/src/graphql/limits.js';

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
