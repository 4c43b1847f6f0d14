/**
 * GraphQL answers that failed because Neo4j is unreachable go out as 503, like the plain
 * routes' and /health's: load balancers and clients see an outage in the status without
 * reading the body. Apollo sends execution errors as 200 unless an error thrown in a
 * resolver carries `extensions.http`; ours come from the driver, so the status is set here,
 * once the answer's errors have been through formatError.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../graph/database.ts';

export function databaseOutagePlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          // Any field the outage left unanswered makes the whole answer one to ask again.
          if (!errors.some((error) => error.extensions?.code === 'DATABASE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
