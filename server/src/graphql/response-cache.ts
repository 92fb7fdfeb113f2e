/**
 * The read path's response cache: a page's query that was answered once is answered again
 * from the serialized response, without GraphQL execution, database reads or JSON
 * serialization, for as long as nothing it could read has changed.
 *
 * - **When is an answer still right?** Every table a page reads moves the database's read
 *   generation when a change commits (migrations/1796314862369-read-generation.ts), in any
 *   process. Each request reads the generation (in the same query as its session check) and
 *   only uses entries made at that generation. An answer is stored only once its generation has been seen unchanged
 *   for `quietMs`: the generation moves at COMMIT, a moment before the change is visible to
 *   others, and an answer computed in that moment must not be kept under the new number.
 * - **Whose answer?** Entries are keyed by the user, their role and the request's language,
 *   besides the query text and variables: nothing one user may see reaches another. The
 *   session is still checked on every request, so a sign-out takes effect at once.
 * - **Which requests?** POSTed JSON queries (never mutations) whose top-level fields are all
 *   in `CACHEABLE_ROOT_FIELDS`: reads of versioned data. Job progress, the activity list, the
 *   audit log, users and scoring progress are always executed. Only answers without errors are
 *   stored, so every entry passed the query limits and the role checks when it was made.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { SessionUser } from '../modules/auth/auth.service.js';
import type { CacheSlot, GraphQLContext } from './context.js';

/** Top-level query fields that only read data whose changes move the read generation. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'datasets',
  'dataset',
  'model',
  'customer',
  'customerKeys',
  'explainCustomer',
  'customerCurve',
  'evaluateTargetGroup',
  'segmentationDefaults',
]);

/** Whether a query document may be answered from the cache (see the module comment). */
export function isCacheableQuery(document: DocumentNode, operationName?: string | null): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value));
}

/** Request state the middleware leaves for the context function. */
export interface CachedRequest extends Request {
  sessionUser?: SessionUser | null;
  responseCacheSlot?: CacheSlot;
}

export interface ResponseCacheOptions {
  /**
   * Checks the bearer token's session, as the GraphQL context does, and reads the database's
   * read generation (as text) in the same query; the generation is null without a session.
   */
  checkSession: (req: Request) => Promise<{ user: SessionUser | null; readGeneration: string | null }>;
  /** The request's language (the user's, else Accept-Language's). */
  locale: (req: Request, user: SessionUser | null) => string;
  /** Total size of the stored answers (default 64 MB). */
  maxBytes?: number;
  /** How long a generation must have been unchanged before answers made in it are stored (default 1 s). */
  quietMs?: number;
  now?: () => number;
}

export interface ResponseCache {
  middleware: RequestHandler;
  plugin: ApolloServerPlugin<GraphQLContext>;
  stats: { hits: number; misses: number; stored: number };
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const now = options.now ?? Date.now;
  const quietMs = options.quietMs ?? 1000;
  const answers = new LRUCache<string, string>({
    // RESPONSE_CACHE_MB=0 leaves the middleware out (app.ts); lru-cache refuses a maxSize of 0.
    maxSize: Math.max(1, options.maxBytes ?? 64 * 1024 * 1024),
    sizeCalculation: (s) => s.length * 2,
  });
  // Parsing is the first thing Apollo does too; a page sends the same few documents all day.
  const cacheableByQuery = new LRUCache<string, boolean>({ max: 500 });
  const stats = { hits: 0, misses: 0, stored: 0 };
  let generation = '';
  let generationSeenAt = 0;

  const cacheable = (query: string, operationName: unknown): boolean => {
    const cacheKey = `${String(operationName ?? '')}\u0000${query}`;
    let result = cacheableByQuery.get(cacheKey);
    if (result === undefined) {
      try {
        result = isCacheableQuery(parse(query), typeof operationName === 'string' ? operationName : null);
      } catch {
        result = false; // Apollo answers with the parse error.
      }
      cacheableByQuery.set(cacheKey, result);
    }
    return result;
  };

  const middleware: RequestHandler = (req, res, next) => {
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    // POST with a JSON body only: Apollo's CSRF prevention and GET handling stay as they are.
    if (req.method !== 'POST' || !body || typeof body.query !== 'string' || Array.isArray(body)) return next();
    if (!cacheable(body.query, body.operationName)) return next();
    const request = req as CachedRequest;
    /** Answers from the cache (true), or leaves the request to Apollo with the session and a slot. */
    const answer = async (): Promise<boolean> => {
      const { user, readGeneration: current } = await options.checkSession(req);
      request.sessionUser = user;
      if (!user || user.mustChangePassword || current === null) return false;
      if (current !== generation) {
        generation = current;
        generationSeenAt = now();
      }
      const identity = [
        current,
        user.id,
        user.role,
        options.locale(req, user),
        body.operationName ?? null,
        body.query,
        body.variables ?? null,
      ];
      const key = createHash('sha1').update(JSON.stringify(identity)).digest('base64');
      const stored = answers.get(key);
      if (stored !== undefined) {
        stats.hits++;
        res.status(200).type('application/json; charset=utf-8').send(stored);
        return true;
      }
      stats.misses++;
      request.responseCacheSlot = { key, store: now() - generationSeenAt >= quietMs };
      return false;
    };
    answer().then(
      (answered) => answered || next(),
      () => {
        // The database is unreachable: Apollo checks the session again and answers with its usual
        // GraphQL error, as it does without the cache.
        request.sessionUser = undefined;
        request.responseCacheSlot = undefined;
        next();
      },
    );
  };

  const plugin: ResponseCache['plugin'] = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const slot = contextValue.responseCacheSlot;
          if (!slot?.store || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          answers.set(slot.key, `${JSON.stringify(result)}\n`);
          stats.stored++;
        },
      };
    },
  };

  return { middleware, plugin, stats };
}
