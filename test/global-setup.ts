/**
 * One real Neo4j for the whole run: the one NEO4J_URI names (as CI does), or else a
 * throwaway server started here and deleted afterwards. Tests never skip for want of one.
 */
import type { TestProject } from 'vitest/node';
import { Database } from '../src/graph/database.ts';
import { loadSeed } from '../src/seed/load.ts';
import { neo4jConfig } from './support/api.ts';
import { startThrowawayNeo4j, type Neo4jConnection } from './support/throwaway-neo4j.ts';

/**
 * Every data test reads the seed graph, so it is loaded once, up front: forced, so that
 * whatever an earlier, interrupted run left in a shared database is put right.
 */
async function seed(connection: Neo4jConnection): Promise<void> {
  const db = new Database({ ...neo4jConfig(connection), queryTimeoutMs: 60_000 });
  try {
    await loadSeed(db, undefined, { force: true });
  } finally {
    await db.close();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (NEO4J_URI) {
    const connection = {
      uri: NEO4J_URI,
      username: NEO4J_USERNAME ?? 'neo4j',
      password: NEO4J_PASSWORD ?? '',
      ...(NEO4J_DATABASE ? { database: NEO4J_DATABASE } : {}),
    };
    await seed(connection);
    project.provide('neo4j', connection);
    return;
  }
  const server = await startThrowawayNeo4j((line) => console.log(`[test neo4j] ${line}`));
  const connection = { uri: server.uri, username: server.username, password: server.password };
  try {
    await seed(connection);
  } catch (error) {
    await server.destroy();
    throw error;
  }
  project.provide('neo4j', connection);
  return () => server.destroy();
}
