/**
 * `npm run seed` (also `npm run import:ofsted`): validates seed/ — the YAML written from the
 * articles and the Ofsted and local authority data files in seed/data/ — and loads it into
 * the Neo4j that NEO4J_URI names. Re-running it creates nothing new; nodes an earlier load
 * of the same seed set wrote and the folder no longer has are deleted (see `seedSetOf`).
 * When the graph already holds exactly what the load would write, nothing is written;
 * `--force` writes anyway, restoring what was changed by hand since.
 *
 * Usage: npm run seed [-- [--skip-bad-rows] [--force] [--seed-set=<name>] [seed-folder]]
 */
import { ConfigError, loadConfig } from '../src/config.ts';
import { Database } from '../src/graph/database.ts';
import { SeedValidationError } from '../src/seed/plan.ts';
import { loadSeed } from '../src/seed/load.ts';

const args = process.argv.slice(2);
const skipBadRows = args.includes('--skip-bad-rows');
const force = args.includes('--force');
const seedSet = args.find((a) => a.startsWith('--seed-set='))?.slice('--seed-set='.length);
const dir = args.find((a) => !a.startsWith('--'));
const unknown = args.filter(
  (a) => a.startsWith('--') && !['--skip-bad-rows', '--force'].includes(a) && !a.startsWith('--seed-set='),
);

const started = Date.now();
let db: Database | undefined;
try {
  if (unknown.length > 0)
    throw new ConfigError([
      `unknown option ${unknown.join(', ')} (known: --skip-bad-rows, --force, --seed-set=<name>)`,
    ]);
  db = new Database(loadConfig({ PORT: '0', ...process.env }).neo4j);
  const s = await loadSeed(db, dir, {
    skipBadRows,
    force,
    seedSet,
    progress: (line) => console.log(line),
  });
  for (const p of s.rejected) console.log(`Rejected: ${p.file}, line ${p.line}: ${p.reason}`);
  const read =
    `${s.rowsRead} data rows read, ${s.skipped.length} skipped, ${s.rejected.length} rejected; ` +
    `${s.entries} entries`;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (s.unchanged) {
    console.log(
      `Checked in ${seconds} s: ${read}; unchanged since the last load of seed set ${s.seedSet}, ` +
        `nothing written (--force writes anyway).`,
    );
  } else
    console.log(
      `Loaded in ${seconds} s: ${read}; ` +
        `created ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships; ` +
        `removed ${s.nodesDeleted} stale nodes and ${s.relationshipsDeleted} stale relationships` +
        (s.pruned ? '' : ' (stale nodes kept: rows were rejected)') +
        ` (seed set ${s.seedSet}).`,
    );
} catch (error) {
  console.error(error instanceof SeedValidationError || error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db?.close();
}
