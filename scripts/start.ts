/**
 * `npm start`, the README's first command: uses the Neo4j that NEO4J_URI names or, when none
 * is set, starts the local one (downloading it the first time), then serves the API.
 * A local Neo4j started here is stopped again when the API stops.
 */
import '../src/http/production.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { Database } from '../src/graph/database.ts';
import { SeedValidationError } from '../src/seed/plan.ts';
import { loadSeed } from '../src/seed/load.ts';
import { describe } from '../src/http/health.ts';
import { serve } from '../src/http/serve.ts';
import { neo4jForRun } from './local-neo4j.ts';

/**
 * Loads seed/ (the articles' YAML and the data files). It is read and validated every time,
 * but written only when it differs from what the last load wrote, so a start after the
 * first is quick; changes made in the graph by hand stay until `npm run seed -- --force`.
 * An invalid seed stops the start; an unreachable database does not (the API waits for
 * it), but the seed then has to be loaded later with `npm run seed`.
 */
async function seed(env: NodeJS.ProcessEnv): Promise<void> {
  const db = new Database(loadConfig(env).neo4j);
  try {
    const started = Date.now();
    const summary = await loadSeed(db);
    const checked = `Seed: ${summary.entries} entries (${summary.rowsRead} data rows) checked`;
    console.log(
      summary.unchanged
        ? `${checked} in ${Date.now() - started} ms; unchanged since the last load: nothing written ` +
            `(\`npm run seed -- --force\` rewrites it, undoing edits made by hand).`
        : `${checked} and loaded in ${Date.now() - started} ms; ${summary.nodesCreated} nodes and ` +
            `${summary.relationshipsCreated} relationships were new, ${summary.nodesDeleted} stale nodes removed.`,
    );
  } catch (error) {
    if (error instanceof SeedValidationError) throw error;
    console.error(`Seed not loaded (${describe(error)}); run \`npm run seed\` once Neo4j answers.`);
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const { env, release } = await neo4jForRun({ ...process.env });
  try {
    await seed(env);
    await serve(env);
  } finally {
    await release();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof SeedValidationError;
  console.error(known ? error.message : describe(error));
  process.exit(1);
});
