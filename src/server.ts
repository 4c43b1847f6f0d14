import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from './config.ts';
import { createContext, type Context } from './context.ts';
import { atMostAtOnce } from './concurrency.ts';
import { cypherRouter } from './cypher-route.ts';
import type { Database } from './data/database.ts';
import { formatError } from './errors.ts';
import { exportRouter } from './exports.ts';
import { healthHandler } from './health.ts';
import { queryLimits } from './limits.ts';
import { buildResolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './schema.ts';
import { webPages } from './web/pages.ts';

export interface ApiServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  httpServer: Server;
  /** Stops taking requests, lets those in flight finish, then returns. */
  stop: () => Promise<void>;
}

export async function startServer(config: Pick<Config, 'host' | 'port'>, db: Database): Promise<ApiServer> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(),
    formatError,
    validationRules: [queryLimits],
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
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', healthHandler(db));
  app.use(webPages());
  app.use('/export', atMostAtOnce(2, 'exports'));
  app.use(cypherRouter(db));
  app.use(exportRouter(db));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(db) }),
  );
  // Without this, a body that is not JSON (or too large) gets Express's HTML error page,
  // stack trace included, since NODE_ENV is usually unset.
  app.use((error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    const badBody = tooLarge || error.type === 'entity.parse.failed';
    if (!badBody) console.error('Unexpected error outside GraphQL:', error);
    res.status(tooLarge ? 413 : badBody ? 400 : 500).json({
      errors: [
        {
          message: tooLarge
            ? 'The request body is larger than 1 MB.'
            : badBody
              ? 'The request body is not valid JSON.'
              : 'Internal server error',
          extensions: { code: badBody ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
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
    stop: () => apollo.stop(),
  };
}
