/**
 * `npm start`, the README's first command: uses the Neo4j that NEO4J_URI names or, when none
 * is set, starts the local one (downloading it the first time), then serves the API.
 * A local Neo4j started here is stopped again when the API stops.
 */
import { ConfigError, loadConfig } from '../src/config.ts';
import { Database } from '../src/data/database.ts';
import { SeedValidationError } from '../src/seed/plan.ts';
import { loadSeed } from '../src/seed/load.ts';
import { describe } from '../src/health.ts';
import { serve } from '../src/serve.ts';
import { boltUri, defaultInstance, residentMemoryMiB, start, stop } from './local-neo4j.ts';

/** Loads seed/ (idempotent: entries already there are left as they are). */
async function seed(env: NodeJS.ProcessEnv): Promise<void> {
  const db = new Database(loadConfig(env).neo4j);
  try {
    const started = Date.now();
    const summary = await loadSeed(db);
    console.log(
      `Seed: ${summary.entries} entries checked in ${Date.now() - started} ms; ` +
        `${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships were new.`,
    );
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const env = { ...process.env };
  let stopLocalNeo4j = async () => {};
  if (!env.NEO4J_URI) {
    const instance = defaultInstance();
    console.log(`NEO4J_URI is not set: using the local Neo4j on ${boltUri(instance)}.`);
    const { pid, alreadyRunning } = await start(instance);
    console.log(
      `Local Neo4j ${alreadyRunning ? 'was already running' : 'is up'} (pid ${pid}, ${residentMemoryMiB(pid) ?? '?'} MiB resident).`,
    );
    Object.assign(env, {
      NEO4J_URI: boltUri(instance),
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: instance.password,
    });
    if (!alreadyRunning) stopLocalNeo4j = async () => void (await stop(instance));
  }
  try {
    await seed(env);
    await serve(env);
  } finally {
    await stopLocalNeo4j();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof SeedValidationError;
  console.error(known ? error.message : describe(error));
  process.exit(1);
});
