/**
 * Starts the API against the Neo4j named by the environment. It never exits because the
 * database is down: it serves 503 on /health and keeps retrying until Neo4j answers.
 */
import { ConfigError, loadConfig } from './config.ts';
import { Database } from './data/database.ts';
import { describe, watchDatabase } from './health.ts';
import { startServer } from './server.ts';

const log = (line: string) => console.log(line);

export async function main(): Promise<void> {
  const config = loadConfig();
  const db = new Database(config.neo4j);
  const server = await startServer(config, db);
  log(`API ready: ${server.url}/graphql (health: ${server.url}/health)`);
  const stopWatching = watchDatabase(db, log);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing requests in flight, then stopping.`);
    stopWatching();
    await server.stop();
    await db.close();
    log('Stopped.');
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Could not start the API: ${describe(error)}`);
  process.exit(1);
});
