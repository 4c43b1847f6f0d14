/**
 * The bench's rival: the Neo4j GraphQL Library (@neo4j/graphql) over the same database,
 * with type definitions for the same graph (bench-library.graphql), served by Apollo
 * Server's standalone HTTP server in production mode, as its documentation sets it up.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/graph/database.ts';
import { fromRoot } from '../src/paths.ts';

const config = loadConfig(process.env);
const db = new Database(config.neo4j);
const typeDefs = readFileSync(fromRoot('scripts/bench-library.graphql'), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver: db.driver }).getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: config.host, port: config.port },
  context: async () => ({ sessionConfig: { database: config.neo4j.database } }),
});
console.log(`Neo4j GraphQL Library ready: ${url.replace(/\/$/, '')}`);
process.once('SIGTERM', () => {
  void server.stop().then(() => db.close());
});
