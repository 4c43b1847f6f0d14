/**
 * `npm run generate -- --scale N`: makes the graph N times the real one (N from 1 to 1000)
 * by loading copies 2..N of the seed (src/seed/synthetic.ts) through the ordinary loader,
 * each as a seed set of its own, and deleting any copy above N. Prints nodes/s and
 * relationships/s. Copies the graph already holds are skipped, so a generation that was
 * interrupted resumes, and `--scale 1` leaves only the real graph.
 *
 * Uses the Neo4j NEO4J_URI names, or the local one (started if need be). For 100x, start
 * the local Neo4j with the memory settings for it: `npm run db:start -- --scale 100`.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';
import { Database } from '../src/graph/database.ts';
import { fetchGraphSize } from '../src/graph/server-info.ts';
import { GENERATION_TIMEOUT_MS, generateScale } from '../src/seed/synthetic.ts';
import { neo4jForRun } from './local-neo4j.ts';

const MAX_SCALE = 1_000;

function scaleArgument(): number {
  const { values } = parseArgs({ options: { scale: { type: 'string' } } });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE)
    throw new ConfigError([
      `--scale must be an integer from 1 to ${MAX_SCALE} (got "${values.scale ?? ''}")`,
    ]);
  return scale;
}

/** A database whose queries may run as long as one copy's transaction takes. */
const generatorDatabase = (env: NodeJS.ProcessEnv) =>
  new Database({
    ...loadConfig({ PORT: '0', ...env }).neo4j,
    queryTimeoutMs: GENERATION_TIMEOUT_MS,
  });

async function main(): Promise<void> {
  const scale = scaleArgument();
  const { env, release } = await neo4jForRun({
    ...process.env,
    NEO4J_SCALE: process.env.NEO4J_SCALE ?? String(scale),
  });
  const db = generatorDatabase(env);
  try {
    const g = await generateScale(db, scale, (line) => console.log(line));
    const size = await fetchGraphSize(db);
    const seconds = Math.max(g.seconds, 0.001);
    console.log(
      `Scale ${scale}: ${size.nodeCount} nodes and ${size.relationshipCount} relationships in the graph. ` +
        (g.nodesWritten
          ? `Wrote ${g.nodesWritten} nodes and ${g.relationshipsWritten} relationships in ${seconds.toFixed(1)} s: ` +
            `${(g.nodesWritten / seconds).toFixed(0)} nodes/s, ${(g.relationshipsWritten / seconds).toFixed(0)} relationships/s`
          : 'Nothing to write') +
        (g.copiesSkipped ? `; ${g.copiesSkipped} copies were already held.` : '.'),
    );
  } finally {
    await db.close();
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
