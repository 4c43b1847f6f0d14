import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config.ts';
import { createContext, type Context } from '../graph/context.ts';
import { answerCache } from './answer-cache.ts';
import { atMostAtOnce } from './concurrency.ts';
import { compiledExecution } from './compiled-execution.ts';
import { cypherRouter } from './cypher-route.ts';
import type { Database } from '../graph/database.ts';
import { databaseOutagePlugin } from './database-outage-plugin.ts';
import { formatError } from '../errors.ts';
import { executableSchema } from '../executable-schema.ts';
import { exportRouter } from './export-route.ts';
import { graphqlHandler } from './graphql-http.ts';
import { healthHandler } from './health.ts';
import { documentChecker, MAX_VALIDATION_ERRORS, parseOptions, validationRules } from './limits.ts';
import { costLimitPlugin } from './query-cost.ts';
import { sendUnexpected } from './route-errors.ts';
import { webPages } from './web/pages.ts';

export interface ApiServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  httpServer: Server;
  /** Stops taking requests, lets those in flight finish, then returns. */
  stop: () => Promise<void>;
}

/** Without `answerCache`, every answer is computed afresh and none carries an ETag. */
export async function startServer(
  config: Pick<Config, 'host' | 'port'> & Partial<Pick<Config, 'answerCache'>>,
  db: Database,
): Promise<ApiServer> {
  const app = express();
  const httpServer = createServer();
  const schema = executableSchema();
  const reuse = config.answerCache ? answerCache(db, config.answerCache) : undefined;
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    formatError,
    parseOptions,
    validationRules,
    // Each error costs a stack trace; a document of hundreds of mistakes is told of ten.
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    introspection: true,
    // Never rely on NODE_ENV for this: unset, Apollo would include stack traces.
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (serve.ts): Apollo's own handler would re-raise the signal and kill
    // the process before the driver is closed.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      // Apollo's own page (Sandbox) loads from its CDN; webPages serves a GraphiQL of our own.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set, and watching every field's resolution costs on every row.
      ApolloServerPluginCacheControlDisabled(),
      databaseOutagePlugin(),
      costLimitPlugin(schema),
      ...(reuse?.plugins ?? []),
    ],
  });
  await apollo.start();

  // GraphQL requests skip Express, whose routing costs as much per request as Apollo; a
  // GET may be a browser asking for the playground, which Express's pages decide.
  const graphql = graphqlHandler(apollo, async () => createContext(db), documentChecker(schema));
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) =>
    req.method !== 'GET' && req.url?.split('?', 1)[0] === '/graphql' ? graphql(req, res) : app(req, res),
  );

  app.disable('x-powered-by');
  app.get('/health', healthHandler(db));
  app.use(webPages());
  app.use('/export', atMostAtOnce(2, 'exports'));
  app.use(cypherRouter(db));
  app.use(exportRouter(db));
  // Whatever reaches Express for /graphql and is not the playground (GET, HEAD) is Apollo's.
  app.all('/graphql', graphql);
  // Without this, a failure in a route gets Express's HTML error page (with a stack trace
  // when NODE_ENV is not production).
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    sendUnexpected(res, error, 'a request outside GraphQL');
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    httpServer,
    stop: async () => {
      reuse?.stop();
      await apollo.stop();
    },
  };
}
