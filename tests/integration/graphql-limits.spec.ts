/**
 * Abusive GraphQL requests (issue 20, item 5): each is answered HTTP 400 with a code naming
 * the limit, and logged as exactly one warning line without a stack; a bad variable value
 * answers 400 with the reason, as the same value written inline does.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ALIASES } from '../../server/src/graphql/limits.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';

describe('GraphQL limits over HTTP', () => {
  let t: TestServer;
  let token: string;
  let lines: { level: number; msg: string; err?: unknown; code?: string }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const res = await t.gql(query, variables, token);
    return { status: res.status, code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message ?? '' };
  };

  beforeAll(async () => ({ t, token } = await signedInTestServer('pglite', {}, { logger: pino({ level: 'warn' }, sink) })));
  afterAll(async () => {
    await t?.stop();
  });
  beforeEach(() => {
    lines = [];
  });

  /** Exactly one warning line for the refused request, no error lines, no stack. */
  const expectOneWarning = async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.map((l) => l.level)).toEqual([40]);
    expect(JSON.stringify(lines[0])).not.toMatch(/\\n\s+at |stack/);
  };

  it("models inside runs inside models (the review's 5.4 s query): 400 QUERY_TOO_DEEP", async () => {
    const answer = await post(
      'query($id: ID!) { model(id: $id) { trainingRun { models { trainingRun { models { trainingRun { models { id } } } } } } } }',
      { id: '00000000-0000-4000-8000-000000000000' },
    );
    expect(answer).toMatchObject({ status: 400, code: 'QUERY_TOO_DEEP' });
    expect(answer.message).toMatch(/inside itself 3 times; at most 2/);
    await expectOneWarning();
  });

  it(`${MAX_ALIASES + 1} and 10,000 aliases: 400 TOO_MANY_ALIASES`, async () => {
    for (const n of [MAX_ALIASES + 1, 10_000]) {
      lines = [];
      const query = `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
      const answer = await post(query);
      expect(answer).toMatchObject({ status: 400, code: 'TOO_MANY_ALIASES' });
      expect(answer.message).toBe(`This request uses ${n.toLocaleString('en-US')} aliases; at most ${MAX_ALIASES} are allowed.`);
      await expectOneWarning();
    }
  });

  it('a fragment cycle: 400 GRAPHQL_VALIDATION_FAILED naming the fragment', async () => {
    const answer = await post(
      '{ datasets { ...A } } fragment A on Dataset { models { trainingRun { ...B } } } fragment B on TrainingRun { models { ...C } } fragment C on Model { trainingRun { ...B } }',
    );
    expect(answer).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(answer.message).toMatch(/Cannot spread fragment "B" within itself/);
    await expectOneWarning();
  });

  it('a request priced over the cost limit: 400 QUERY_TOO_COMPLEX', async () => {
    const fields = 'id name rowCount targetColumn positiveLabel idColumn createdAt';
    const answer = await post(
      `{ ${Array.from({ length: 60 }, (_, i) => `d${i}: datasets { ${fields} models { id algorithm rocCurve { x y } } }`)
        .slice(0, MAX_ALIASES)
        .join(' ')} }`,
    );
    expect(answer).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(answer.message).toMatch(/^This request asks for too much at once \(cost [\d,]+, limit 30,000\)/);
    await expectOneWarning();
  });

  it('a bad variable value answers 400 with the reason, like the same value written inline', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const inline = await post(`mutation { segmentCustomers(datasetId: "${id}", input: { algorithm: NOPE }) { id } }`);
    expect(inline).toMatchObject({ status: 400 });
    expect(inline.message).toMatch(/Value "NOPE" does not exist in "SegmentationAlgorithm" enum\./);
    lines = [];
    const variables = await post('mutation($d: ID!, $i: SegmentationInput) { segmentCustomers(datasetId: $d, input: $i) { id } }', {
      d: id,
      i: { algorithm: 'NOPE' },
    });
    expect(variables).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(variables.message).toMatch(/Value "NOPE" does not exist in "SegmentationAlgorithm" enum\./);
    expect(variables.message).not.toMatch(/Something went wrong/);
    await expectOneWarning();
  });
});
