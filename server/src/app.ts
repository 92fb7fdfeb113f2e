import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config.js';
import { isAppError } from './common/errors.js';
import { say } from './modules/phrasing/user-errors.js';
import { requestLocale } from './modules/phrasing/locale.js';
import type { GraphQLContext } from './graphql/context.js';
import { bearerToken } from './modules/auth/bearer-token.js';
import { complexityLimitPlugin } from './graphql/limits.js';
import { errorLanguagePlugin } from './graphql/language-plugin.js';
import { createResponseCache, type CachedRequest } from './graphql/response-cache.js';
import { message } from './modules/phrasing/catalogue.js';
import { importRoutes } from './modules/datasets/import/import.route.js';
import { audienceRoutes } from './modules/target-groups/audience.route.js';
import { segmentMembersRoutes } from './modules/segments/members.route.js';
import { auditRoutes } from './modules/audit/audit.route.js';
import { scoringRoutes } from './modules/scoring/scoring.route.js';
import type { Services } from './services.js';

export interface AppState {
  ready: boolean;
}

/** Codes whose messages were written for people; everything else is reported generically. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_REQUESTS',
]);

/**
 * The web client's Content-Security-Policy: its own scripts, styles and API only (no inline
 * script or style, no other origin); data: images for the inline favicon; never framed.
 * tests/e2e/security-headers.spec.ts opens every page in Chromium and checks no violation.
 */
const clientContentSecurityPolicy = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (PUBLIC_CODES.has(code))
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
    logger.error({ err: error }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export async function createApp(options: {
  config: AppConfig;
  services: Services;
  logger: Logger;
  schema: GraphQLSchema;
  httpServer: Server;
  state: AppState;
}) {
  const { config, services, logger, schema, httpServer, state } = options;
  const app = express();
  app.disable('x-powered-by');
  // Which proxies may say who the client is (X-Forwarded-For) and that it used HTTPS (X-Forwarded-Proto).
  app.set('trust proxy', config.trustProxy);
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
  // nosniff, no referrer, no framing, and the rest of helmet's defaults; the CSP is for the client's pages (below).
  app.use(
    helmet({
      contentSecurityPolicy: false,
      strictTransportSecurity: false,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  // HSTS only where the browser reached us over HTTPS (directly, or through a trusted proxy):
  // sent over plain HTTP it would mean nothing, and a local http:// start must keep working.
  app.use((req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });

  app.get('/healthz', (_req, res) => {
    if (state.ready) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'starting' });
  });

  const verify = (req: express.Request) => services.auth.verify(bearerToken(req.headers.authorization), { allowPendingPassword: true });
  const responseCache = createResponseCache({
    checkSession: (req) => services.auth.checkSession(bearerToken(req.headers.authorization), { allowPendingPassword: true }),
    locale: (req, user) => requestLocale(user?.language, req.headers['accept-language']),
    maxBytes: config.responseCacheMb * 1024 * 1024,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    csrfPrevention: true,
    introspection: !config.production,
    // No "Did you mean …?" in production: it lists the schema's fields to whoever guesses.
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityLimitPlugin(schema, logger),
      errorLanguagePlugin(),
      responseCache.plugin,
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    ...(config.responseCacheMb > 0 ? [responseCache.middleware] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const cached = req as CachedRequest;
        // The response cache has checked the session already for the queries it looked at.
        const user = cached.sessionUser !== undefined ? cached.sessionUser : await verify(req);
        const locale = requestLocale(user?.language, req.headers['accept-language']);
        return { user, services, ip: req.ip, locale, responseCacheSlot: cached.responseCacheSlot };
      },
    }),
  );

  app.use('/api', importRoutes({ services, state }));
  app.use('/api', audienceRoutes({ services }));
  app.use('/api', segmentMembersRoutes({ services }));
  app.use('/api', auditRoutes({ services }));
  app.use('/api', scoringRoutes({ services, state }));
  app.use('/api', (req, res) => {
    const locale = requestLocale(null, req.headers['accept-language']);
    res.status(404).json({ error: { code: 'NOT_FOUND', message: message('error.noEndpoint', {}, locale) } });
  });

  if (existsSync(join(config.clientDir, 'index.html'))) {
    app.use(clientContentSecurityPolicy);
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    // The client routes in the browser: every other GET gets the app shell.
    app.get(/.*/, (_req, res) => res.sendFile(join(config.clientDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Campaign Profiler API is running. Build the client with `npm run build` to use the web app.');
    });
  }

  // HTTP errors in the caller's language: the signed-in user's, else Accept-Language's, else English.
  const onError: ErrorRequestHandler = async (error, req, res, _next) => {
    const user = await verify(req).catch(() => null);
    const locale = requestLocale(user?.language, req.headers['accept-language']);
    if (isAppError(error))
      return void res.status(error.status).json({ error: { code: error.code, message: say(error.userMessage, locale) } });
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 500) logger.error({ err: error }, 'unexpected error in an HTTP request');
    const key = status === 413 ? 'error.requestTooLarge' : status < 500 ? 'error.badRequest' : 'error.internal';
    res.status(status).json({
      error: {
        code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR',
        message: message(key, {}, locale),
      },
    });
  };
  app.use(onError);
  return { app, apollo, responseCacheStats: responseCache.stats };
}
