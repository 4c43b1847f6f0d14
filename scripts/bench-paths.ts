/**
 * The four ways the comparing benches ask an operation: this API, the Neo4j GraphQL
 * Library, the hand-written Cypher behind bare HTTP, and that Cypher through the driver,
 * checked to give the same answer before any is timed.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import type { Database } from '../src/graph/database.ts';
import { canonical, graphqlSender, jsonSender, type Send } from './bench-load.ts';
import type { Operation } from './bench-operations.ts';

export async function sendersFor(
  op: Operation,
  k: number,
  urls: Record<string, string>,
  db: Database,
  database: string | undefined,
  agent: http.Agent,
) {
  const cypher = async () =>
    (await db.driver.executeQuery(op.cypher, op.params, { routing: neo4j.routing.READ, database })).records;
  const api = graphqlSender(`${urls.api}/graphql`, op.graphql, agent);
  const library = graphqlSender(`${urls.library}/`, op.library, agent);
  const overHttp = jsonSender(`${urls.bare}/${k}`, agent);
  // Agreement first: a fast path that answers a different question would prove nothing.
  const records = await cypher();
  const answers = {
    API: canonical(op.fromApi(await api())),
    library: canonical(op.fromLibrary(await library())),
    Cypher: canonical(op.fromCypher(records)),
  };
  for (const [path, answer] of Object.entries(answers)) {
    if (answer !== answers.Cypher)
      throw new Error(
        `${op.name}: ${path} and Cypher answer differently.\n${path}: ${answer}\nCypher: ${answers.Cypher}`,
      );
  }
  if (canonical(await overHttp()) !== canonical(records.map((r) => r.toObject())))
    throw new Error(`${op.name}: the Cypher endpoint answers otherwise than the driver`);
  return [api, library, overHttp, cypher] as [Send, Send, Send, Send];
}
