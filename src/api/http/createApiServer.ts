import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { ServerConfig } from '../../config.js';
import type { Database } from '../../graph/database.js';
import { createReadRepository, type ReadRepository } from '../../graph/read/createReadRepository.js';
import { createTextExtractPool, type TextExtractPool } from '../../app/pipeline/extractPool.js';
import { createAnalyticsCache } from '../graphql/analyticsCache.js';
import { apolloOptions } from '../graphql/apolloOptions.js';
import { authenticate } from './auth.js';
import type { ApiContext } from '../graphql/context.js';
import { errorBody } from '../graphql/errors.js';
import { exploreRouter } from './exploreRouter.js';
import { exportRouter } from './exportRouter.js';
import { guideRouter } from './analystGuide.js';
import { withDatabaseBudget } from '../../graph/databaseBudget.js';
import { serveGraphql } from './graphqlHttp.js';
import { createAdmission } from './admission.js';
import { startHealthProbe } from './healthProbe.js';
import { admission as admissionControl, errorHandler, liveHandler, readyHandler, requestBudget, requestLogger, sendJson, startRequestBudget } from './httpMiddleware.js';
import { createLoaders } from '../graphql/loaders.js';
import { playgroundRouter } from './playground.js';
import { setSecurityHeaders } from './securityHeaders.js';
import { warmUp } from './warmUp.js';

/** What `createApiServer` needs. `repo` may be given to observe or replace the reads (tests). */
export interface ApiServerOptions {
  db: Database;
  config: ServerConfig;
  logger: Logger;
  repo?: ReadRepository;
}

/** A listening API server. */
export interface ApiServer {
  /** Base URL, e.g. http://127.0.0.1:4000 (GraphQL at `${url}/graphql`, playground at `${url}/`). */
  url: string;
  app: Express;
  /** Stops accepting requests, lets running ones finish, stops Apollo (the database stays open). */
  stop(): Promise<void>;
}

/** How long a request retries a database that refuses connections before it answers 503. */
const UNAVAILABLE_RETRY_MS = 1_000;

// The warm-up's requests come from no client: no headers, so no token either.
const WARM_UP_REQUEST = { headers: {} } as IncomingMessage;

/** The GraphQL endpoint's path. */
export const GRAPHQL_PATH = '/graphql';

/** Whether a request URL is the GraphQL endpoint (with or without a trailing slash, any case, as Express matched it). */
export function isGraphqlPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?', 1)[0]!.toLowerCase();
  return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/`;
}

/**
 * Builds and starts the API: GraphQL (schema.graphql) at /graphql with limits and coded errors,
 * GraphiQL at /, GET /health (= /health/ready) and /health/live; listens on config.host:config.port (0 = any free port).
 */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { db, config, logger } = options;
  const repo = options.repo ?? createReadRepository(db);
  const analytics = createAnalyticsCache(db, config.analyticsCacheEntries);
  // Texts sent by ingestSpeech are extracted on a worker, started at the first one (it holds the
  // extractor's dictionaries, a few hundred MB a server without mutations does not need).
  let texts: TextExtractPool | undefined;
  const extractText = (text: string, name: string) => (texts ??= createTextExtractPool({ size: 1, maxFileBytes: config.maxTextBytes })).extractText(text, name);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer();

  const apolloConfig = apolloOptions(config, logger);
  const apollo = new ApolloServer<ApiContext>({ ...apolloConfig, plugins: [...(apolloConfig.plugins ?? []), ApolloServerPluginDrainHttpServer({ httpServer })] });
  await apollo.start();

  const logRequest = requestLogger(logger);
  app.use(logRequest);
  const probe = await startHealthProbe(() => db.verify());
  const ready = readyHandler(probe, config.production);
  app.get('/health/live', liveHandler);
  app.get(['/health', '/health/ready'], ready);
  // Requests that use the database wait for a turn, a bounded number at a time (admission.ts).
  const admission = createAdmission(config.admission);
  app.use(playgroundRouter(GRAPHQL_PATH));
  // Every route that may read the database runs under a request budget, as GraphQL does: its
  // sessions are capped, its work ends at the deadline, and a client that hangs up cancels it.
  const budget = { timeoutMs: config.requestTimeoutMs, sessions: config.sessionsPerRequest, retryMs: UNAVAILABLE_RETRY_MS };
  app.use('/export', requestBudget({ ...budget, timeoutMs: config.exportTimeoutMs }));
  app.use(['/explore/speech', '/guide'], requestBudget(budget));
  // Exports are not admitted here: they stream for long and wait in a line of their own
  // (exportRouter), so stalled downloads cannot take the turns that queries need.
  app.use(['/explore/speech', '/guide'], admissionControl(admission));
  app.use(exportRouter(db, repo, logger), exploreRouter(repo), guideRouter());
  const graphql = {
    bodyLimitBytes: config.bodyLimitBytes,
    logger,
    admission,
    context: async (req: IncomingMessage): Promise<ApiContext> => {
      let version: Promise<string> | undefined;
      const graphVersion = () => (version ??= repo.graphVersion());
      return {
        db,
        repo,
        loaders: createLoaders(repo, (opts) => analytics.cooccurrence(graphVersion, opts)),
        auth: authenticate(config.apiToken, req.headers.authorization),
        config,
        logger,
        analytics,
        extractText,
        graphVersion,
      };
    },
  };
  // The first request's compilation of parsing, validation and error answers is paid here (warmUp.ts).
  await warmUp(apollo, () => graphql.context(WARM_UP_REQUEST), config);
  // GraphQL bypasses Express (see graphqlHttp.ts); everything else goes through it.
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    if (!isGraphqlPath(req.url)) return void app(req, res);
    logRequest(req, res, () =>
      withDatabaseBudget(startRequestBudget(budget, res), () =>
        serveGraphql(apollo, graphql, req, res).catch((error: unknown) => {
          logger.error({ err: error, path: GRAPHQL_PATH }, 'unhandled error');
          if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
          else if (!res.writableEnded) res.destroy(); // half an answer must not pass for a whole one
        }),
      ),
    );
  });
  app.use((_req, res) => {
    res.status(404).json(errorBody(`not found; GraphQL is at ${GRAPHQL_PATH}, the playground at /`, 'NOT_FOUND'));
  });
  app.use(errorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  }).catch(async (error: unknown) => {
    probe.stop();
    await apollo.stop(); // nothing half-started stays behind (e.g. port in use)
    throw error;
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info({ url, graphql: `${url}${GRAPHQL_PATH}`, mutations: config.apiToken !== null }, 'API listening');
  return {
    url,
    app,
    stop: async () => {
      probe.stop();
      await apollo.stop();
      await texts?.close();
    },
  };
}
