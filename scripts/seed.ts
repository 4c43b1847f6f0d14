/** `npm run seed`: validates seed/*.yaml and loads it into the Neo4j that NEO4J_URI names. */
import { ConfigError, loadConfig } from '../src/config.ts';
import { Database } from '../src/data/database.ts';
import { SeedValidationError } from '../src/seed/plan.ts';
import { loadSeed } from '../src/seed/load.ts';

const config = loadConfig({ PORT: '0', ...process.env });
const db = new Database(config.neo4j);
const started = Date.now();
try {
  const s = await loadSeed(db, process.argv[2]);
  console.log(
    `Seed loaded in ${Date.now() - started} ms: ${s.entries} entries; created ${s.nodesCreated} nodes and ` +
      `${s.relationshipsCreated} relationships; removed ${s.relationshipsDeleted} stale relationships.`,
  );
} catch (error) {
  console.error(error instanceof SeedValidationError || error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
