/**
 * `npm run bench:compare`: this API beside the Neo4j GraphQL Library over the same graph,
 * and beside two floors, for the operations of bench-operations.ts. Prints p50, p95, p99
 * and req/s of each path at concurrency 1 and BENCH_CONCURRENCY, and how this API stands
 * against the targets: at least 1.5x the library's req/s, and a p50 within 1.3x (a single
 * entity) or 1.5x (a page) of the same Cypher behind bare HTTP. It fails only on errors or
 * when the paths disagree, never on a slow figure.
 *
 * The paths:
 * - API: this API, compiled, in production mode, in a child process (as `npm run serve`);
 * - library: @neo4j/graphql 7 with bench-library.graphql, under Apollo's standalone server,
 *   in production mode, in a child process;
 * - Cypher+HTTP: each operation's hand-written Cypher behind bare node:http, in a child;
 * - Cypher: that query through the driver from this process, no HTTP at all.
 * Every path is warmed up, then they take turns for BENCH_ROUNDS rounds so that drift hits
 * all alike. Settings as for `npm run bench` (scripts/bench-load.ts); BENCH_ONLY=TEXT
 * keeps the operations whose name holds TEXT; BENCH_OUT=FILE writes the figures as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { ConfigError } from '../src/config.ts';
import { fetchServerInfo } from '../src/graph/server-info.ts';
import { loadSeed } from '../src/seed/load.ts';
import { fromRoot } from '../src/paths.ts';
import { startChildApi, startCypherServer, startLibraryServer, withRig } from './bench-api.ts';
import { sendersFor } from './bench-paths.ts';
import { alternate, load, runSettings, type Figures, type Run } from './bench-load.ts';
import { OPERATIONS, type Operation } from './bench-operations.ts';
import { neo4jForRun } from './local-neo4j.ts';

const TARGET_OVER_LIBRARY = 1.5;
const TARGET_OVER_FLOOR = { single: 1.3, page: 1.5 };
const PATHS = ['API', 'library', 'Cypher+HTTP', 'Cypher'] as const;

// Read from the installed files: some packages' exports do not include package.json.
const versionOf = (pkg: string): string =>
  (JSON.parse(readFileSync(fromRoot('node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;

interface Result {
  operation: string;
  concurrency: number;
  figures: Record<(typeof PATHS)[number], Figures>;
}

function printTable(results: Result[], ops: Operation[]): string[] {
  const missed: string[] = [];
  const widths = [44, 12, 12, 8, 8, 8, 7, 9, 0];
  const row = (cells: string[]) =>
    console.log(
      cells
        .map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join(' ')
        .trimEnd(),
    );
  row([
    'operation',
    'concurrency',
    'path',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'API ÷ it',
    'API p50 ÷ it',
  ]);
  for (const { operation, concurrency, figures } of results) {
    const api = figures.API;
    for (const [n, path] of PATHS.entries()) {
      const f = figures[path];
      const faster = n === 0 ? '' : `${(api.perSecond / f.perSecond).toFixed(2)}x`;
      const slower = n === 0 ? '' : `${(api.p50 / f.p50).toFixed(2)}x`;
      row([
        n === 0 ? operation : '',
        n === 0 ? (concurrency === 1 ? '1' : String(concurrency)) : '',
        path,
        f.p50.toFixed(2),
        f.p95.toFixed(2),
        f.p99.toFixed(2),
        f.perSecond.toFixed(0),
        faster,
        slower,
      ]);
    }
    const op = ops.find((o) => o.name === operation)!;
    const overLibrary = api.perSecond / figures.library.perSecond;
    const floorTarget = op.single ? TARGET_OVER_FLOOR.single : TARGET_OVER_FLOOR.page;
    const overFloor = api.p50 / figures['Cypher+HTTP'].p50;
    if (overLibrary < TARGET_OVER_LIBRARY)
      missed.push(`${operation} at ${concurrency}: ${overLibrary.toFixed(2)}x the library's req/s`);
    if (overFloor > floorTarget)
      missed.push(
        `${operation} at ${concurrency}: p50 ${overFloor.toFixed(2)}x Cypher+HTTP (target ${floorTarget}x)`,
      );
  }
  return missed;
}

async function compare(env: NodeJS.ProcessEnv, run: Run): Promise<void> {
  const only = env.BENCH_ONLY?.trim();
  const ops = OPERATIONS.filter((op) => !only || op.name.includes(only));
  if (ops.length === 0) throw new ConfigError([`BENCH_ONLY="${only}" matches no operation`]);
  await withRig(env, run.concurrency, async ({ config, db, agent, start }) => {
    const seed = await loadSeed(db);
    console.log(`Seed: ${seed.entries} entries checked, ${seed.nodesCreated} nodes new.`);
    // Every answer computed afresh: what reuse saves is bench-cache.ts's to measure.
    const childEnv = { ...env, NODE_ENV: 'production', ANSWER_CACHE_MB: '0' };
    const api = await start(startChildApi, childEnv);
    const library = await start(startLibraryServer, childEnv);
    const bare = await start(startCypherServer, childEnv);
    const urls = { api: api.url, library: library.url, bare: bare.url };
    const senders = [];
    for (const op of ops)
      senders.push(await sendersFor(op, OPERATIONS.indexOf(op), urls, db, config.neo4j.database, agent));

    const { version, edition } = await fetchServerInfo(db);
    const cpus = os.cpus();
    console.log(
      `Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, Neo4j ` +
        `${version} ${edition}, @neo4j/graphql ${versionOf('@neo4j/graphql')}, @apollo/server ` +
        `${versionOf('@apollo/server')}, neo4j-driver ${versionOf('neo4j-driver')}\nRun: ${run.warmup} ` +
        `warm-up requests per path and operation, then ${run.requests} per path in ${run.rounds} ` +
        `alternating rounds, at concurrency 1 and ${run.concurrency}. All ${PATHS.length} paths ` +
        `gave the same answers to all ${ops.length} operations.\n`,
    );
    const results: Result[] = [];
    for (const [k, op] of ops.entries()) {
      const sends = senders[k]!;
      for (const send of sends) await load(send, run.warmup, run.concurrency);
      for (const concurrency of [1, run.concurrency]) {
        const figures = await alternate(sends, run, concurrency);
        results.push({
          operation: op.name,
          concurrency,
          figures: Object.fromEntries(PATHS.map((p, n) => [p, figures[n]!])) as Result['figures'],
        });
      }
    }
    const missed = printTable(results, ops);
    console.log(
      `\n"API ÷ it": this API's req/s over the path's; "API p50 ÷ it": this API's p50 over the path's.\n` +
        `Targets: at least ${TARGET_OVER_LIBRARY}x the library's req/s; p50 within ` +
        `${TARGET_OVER_FLOOR.single}x of Cypher+HTTP for a single entity, ${TARGET_OVER_FLOOR.page}x for a page.\n` +
        (missed.length ? `Missed (${missed.length}):\n  ${missed.join('\n  ')}` : 'Every target met.'),
    );
    const out = env.BENCH_OUT?.trim();
    if (out) writeFileSync(out, JSON.stringify({ run, results }, null, 2));
  });
}

async function main(): Promise<void> {
  const run = runSettings();
  const { env, release } = await neo4jForRun({ ...process.env });
  try {
    await compare(env, run);
  } finally {
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
