/**
 * Answers reused while the graph stays as it is. The graph changes only when a seed load
 * commits (graph/graph-version.ts), and an answer depends on nothing else but the request
 * and the day, so:
 *
 * - Apollo's response-cache plugin keeps whole answers in a bounded LRU keyed by the query,
 *   its variables, the graph's version and the day; the store is emptied when the version
 *   moves, and nothing is kept or served while the version is unknown (Neo4j down).
 * - Answers to GET requests and persisted queries carry an `ETag` made of the same things,
 *   with `Cache-Control: no-cache`: browsers and proxies keep them but ask again, and an
 *   `If-None-Match` that still holds is answered 304 with no body (see graphql-http.ts).
 *
 * Only answers without errors are kept or tagged.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { AnswerCacheConfig } from '../config.ts';
import type { Database } from '../graph/database.ts';
import { watchGraphVersion } from '../graph/graph-version.ts';
// The day the resolvers take as today, so a kept answer never outlives the day it was for.
import { today } from '../inspection/resolvers.ts';

/** Kept answers are dropped by version and day, not by age; this only bounds a forgotten one. */
const KEEP_SECONDS = 24 * 60 * 60;

type Request = GraphQLRequestContext<object>;

const isQuery = (rc: Request) => rc.operation?.operation === 'query';

export function answerCache(
  db: Database,
  config: AnswerCacheConfig,
): { plugins: ApolloServerPlugin<object>[]; stop: () => void } {
  const store = config.maxMb > 0 ? new InMemoryLRUCache({ maxSize: config.maxMb * 2 ** 20 }) : null;
  const version = watchGraphVersion(db, config.pollMs, () => store?.clear());
  /** What an answer depends on besides the query text, its operation and its variables. */
  const state = () => {
    const current = version.current();
    return current === null ? null : { graph: current, day: today() };
  };

  const tagging: ApolloServerPlugin<object> = {
    async requestDidStart() {
      let known: ReturnType<typeof state> = null;
      return {
        async didResolveOperation(rc) {
          known = state();
          // Tells the response-cache plugin the answer may be kept (the cache-control
          // plugin, which would work this out field by field, is off).
          if (known && isQuery(rc)) rc.overallCachePolicy.replace({ maxAge: KEEP_SECONDS, scope: 'PUBLIC' });
        },
        async willSendResponse(rc) {
          const { response, request } = rc;
          const tagged = request.http?.method === 'GET' || request.extensions?.persistedQuery !== undefined;
          if (!known || !tagged || !isQuery(rc) || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors || known.graph !== version.current()) return;
          const media = request.http?.headers.get('accept')?.includes('application/graphql-response+json');
          const digest = createHash('sha256')
            .update(JSON.stringify([known, media, rc.source, rc.operationName, request.variables ?? {}]))
            .digest('base64url')
            .slice(0, 27);
          response.http.headers.set('etag', `"${digest}"`);
          response.http.headers.set('cache-control', 'no-cache');
          response.http.headers.set('vary', 'accept');
        },
      };
    },
  };
  const plugins = [tagging];
  if (store) {
    plugins.push(
      responseCachePlugin({
        cache: store,
        extraCacheKeyData: async () => state(),
        shouldReadFromCache: async () => state() !== null,
        shouldWriteToCache: async () => state() !== null,
      }),
    );
  }
  return { plugins, stop: () => version.stop() };
}

/** Whether an `If-None-Match` header names `etag` (or is `*`), weak tags matching too. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
