import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { appendFileSync } from 'node:fs';
import { print, type ExecutionResult } from 'graphql';
import { inject } from 'vitest';
import type { Config } from '../../src/config.ts';
import { Database } from '../../src/graph/database.ts';
import { startServer, type ApiServer } from '../../src/http/server.ts';
import type { Neo4jConnection } from './throwaway-neo4j.ts';

export const neo4jConfig = (connection: Neo4jConnection = inject('neo4j')): Config['neo4j'] => ({
  uri: connection.uri,
  username: connection.username,
  password: connection.password,
  database: connection.database,
  queryTimeoutMs: 15_000,
  cypherTimeoutMs: 5_000,
});

export interface TestApi {
  server: ApiServer;
  db: Database;
  /** Sends a typed operation over HTTP, as a front end would. */
  execute: <R, V>(document: TypedDocumentNode<R, V>, variables?: V) => Promise<ExecutionResult<R>>;
  post: (body: unknown) => Promise<Response>;
  close: () => Promise<void>;
}

/**
 * The real API on a free port, against a real Neo4j (the run's shared one by default);
 * `overrides` changes driver settings such as timeouts for one test file. Answers are
 * computed afresh unless `answerCache` is given: the files that load seeds into the shared
 * database must see their loads at once, not within a poll.
 */
export async function startTestApi(
  connection?: Neo4jConnection,
  overrides: Partial<Config['neo4j']> = {},
  answerCache?: Config['answerCache'],
): Promise<TestApi> {
  const db = new Database({ ...neo4jConfig(connection), ...overrides });
  const server = await startServer({ host: '127.0.0.1', port: 0, answerCache }, db);
  const post = (body: unknown) => {
    // `npm run answers` can replay the suite's operations: this writes down each one posted.
    const capture = process.env.ANSWERS_CAPTURE;
    if (capture) appendFileSync(capture, `${JSON.stringify(body)}\n`);
    return fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  };
  return {
    server,
    db,
    post,
    execute: async (document, variables) =>
      (await (await post({ query: print(document), variables })).json()) as ExecutionResult<never>,
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
