/**
 * Runs an operation through the real schema, resolvers and loaders, with a stand-in for
 * the database that writes down each query it is sent and answers none: the Cypher and
 * parameters a GraphQL operation compiles to, without Neo4j. The same queries are run
 * against the real server by the data tests.
 */
import { graphql } from 'graphql';
import neo4j from 'neo4j-driver';
import { createContext } from '../../src/graph/context.ts';
import type { Database, Query } from '../../src/graph/database.ts';
import { executableSchema } from '../../src/executable-schema.ts';

const schema = executableSchema();

const shown = (params: Record<string, unknown> | undefined) =>
  JSON.stringify(
    params ?? {},
    (_key, value: unknown) => (neo4j.isInt(value) ? `int(${value.toString()})` : value),
    2,
  );

/**
 * The queries `operation` sends to Neo4j, each as its Cypher and its parameters. With
 * `refusesEmpty`, the operation's resolver may refuse the empty answer the stand-in gives
 * (no such authority, say): the queries it sent before are what is shown.
 */
export async function compile(
  operation: string,
  variables: Record<string, unknown> = {},
  { refusesEmpty = false } = {},
): Promise<string> {
  const sent: Query<unknown>[] = [];
  const recorder = {
    read: async <T>(query: Query<T>) => {
      sent.push(query as Query<unknown>);
      return query.map({ records: [] } as never);
    },
  } as unknown as Database;
  const result = await graphql({
    schema,
    source: operation,
    variableValues: variables,
    contextValue: createContext(recorder),
  });
  if (result.errors?.length && !(refusesEmpty && sent.length))
    throw new Error(result.errors.map((e) => e.message).join('\n'));
  return sent.map((q) => `${q.cypher}\n-- parameters\n${shown(q.params)}`).join('\n\n====\n\n');
}
