import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createResponseCache, isCacheableQuery } from '../../../server/src/graphql/response-cache.js';

const cacheable = (query: string, operationName?: string) => isCacheableQuery(parse(query), operationName);

describe('which requests the response cache may answer', () => {
  it('takes queries that only read versioned data', () => {
    expect(cacheable('{ datasets { id name } }')).toBe(true);
    expect(cacheable('query Page($d: ID!) { dataset(id: $d) { id } model(id: $d) { id } }')).toBe(true);
  });

  it('never takes mutations, progress, people or the audit log', () => {
    expect(cacheable('mutation { signOut }')).toBe(false);
    expect(cacheable('{ datasets { id } me { id } }')).toBe(false);
    expect(cacheable('{ activity { id } }')).toBe(false);
    expect(cacheable('query($id: ID!) { importJob(id: $id) { id } }')).toBe(false);
    expect(cacheable('{ users { id } }')).toBe(false);
  });

  it('leaves a fragment spread at the top level to execution (its fields are not looked into)', () => {
    expect(cacheable('query { ...Top } fragment Top on Query { datasets { id } }')).toBe(false);
  });

  it('picks the named operation of a document with several', () => {
    const doc = 'query A { datasets { id } } mutation B { signOut }';
    expect(cacheable(doc, 'A')).toBe(true);
    expect(cacheable(doc, 'B')).toBe(false);
    expect(cacheable(doc)).toBe(false);
  });
});

describe('the response cache turned off', () => {
  it('can be built with no memory (RESPONSE_CACHE_MB=0 must not stop the server from starting)', () => {
    const cache = createResponseCache({
      checkSession: async () => ({ user: null, readGeneration: null }),
      locale: () => 'en',
      maxBytes: 0,
    });
    expect(cache.stats).toEqual({ hits: 0, misses: 0, stored: 0 });
  });
});
