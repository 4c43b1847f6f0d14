import { loadConfig } from '../config.ts';
import { Database } from '../graph/database.ts';
import { watchDatabase } from './health.ts';
import { startServer } from './server.ts';

const log = (line: string) => console.log(line);

/**
 * Runs the API against the Neo4j the environment names until SIGINT or SIGTERM, then lets
 * requests in flight finish and closes the driver. It never gives up because the database
 * is down: /health answers 503 and the connection is retried until Neo4j answers.
 */
export async function serve(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(env);
  const db = new Database(config.neo4j);
  const server = await startServer(config, db);
  log(`API ready: ${server.url}/graphql (health: ${server.url}/health)`);
  log(`Pages: ${server.url}/england, ${server.url}/authority/cornwall, ${server.url}/explore`);
  const stopWatching = watchDatabase(db, log);

  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log(`${signal} received: finishing requests in flight, then stopping.`);
  stopWatching();
  await server.stop();
  await db.close();
  log('Stopped.');
}
