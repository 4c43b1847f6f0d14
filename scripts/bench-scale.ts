/**
 * `npm run bench:scale`: how answers slow down as the graph grows. For each scale of
 * BENCH_SCALES (default 1,10,100) it makes the graph that many times the real one
 * (`npm run generate`), checks that this API, the Neo4j GraphQL Library and the
 * hand-written Cypher still agree on every operation of bench-operations.ts, times them in
 * alternating rounds at concurrency 1, and PROFILEs every Cypher query the API sends for
 * the operation (and the hand-written one) to count Neo4j's database hits: a query that
 * stays index-backed keeps its count as the graph grows. Then it prints how much each
 * operation's p50 grew from the smallest scale to the largest (target: at most 1.3x for a
 * single entity), draws p50 against graph size (BENCH_PLOT, default
 * scripts/bench-results/scale.svg), and puts the graph back to 1x unless BENCH_KEEP_SCALE=1.
 *
 * For 100x, start the local Neo4j with its memory settings: `npm run db:start -- --scale 100`.
 * BENCH_REQUESTS (default 400), BENCH_ROUNDS (2), BENCH_WARMUP (100) as for the other benches.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Database, type Query } from '../src/graph/database.ts';
import { fetchGraphSize } from '../src/graph/server-info.ts';
import { startServer } from '../src/http/server.ts';
import { fromRoot } from '../src/paths.ts';
import { GENERATION_TIMEOUT_MS, generateScale } from '../src/seed/synthetic.ts';
import { startChildApi, startCypherServer, startLibraryServer, withRig } from './bench-api.ts';
import { alternate, graphqlSender, load, setting, type Run } from './bench-load.ts';
import { scalePlot, type ScalePoint } from './bench-plot.ts';
import { OPERATIONS } from './bench-operations.ts';
import { sendersFor } from './bench-paths.ts';
import { neo4jForRun } from './local-neo4j.ts';

const TARGET_GROWTH = 1.3;
const PATHS = ['API', 'library', 'Cypher+HTTP'] as const;

/** The API's database, writing down every read it is asked for, so the bench can PROFILE them. */
class RecordingDatabase extends Database {
  readonly reads: Query<unknown>[] = [];
  override read<T>(query: Query<T>): Promise<T> {
    this.reads.push(query as Query<unknown>);
    return super.read(query);
  }
}

function scales(): number[] {
  const raw = process.env.BENCH_SCALES?.trim() || '1,10,100';
  const list = raw.split(',').map((s) => Number(s.trim()));
  if (list.some((s) => !Number.isInteger(s) || s < 1 || s > 1_000))
    throw new Error(`BENCH_SCALES must list integers from 1 to 1000 (got "${raw}")`);
  return [...new Set(list)].sort((a, b) => a - b);
}

interface Row {
  scale: number;
  nodes: number;
  relationships: number;
  operation: string;
  single: boolean;
  p50: Record<(typeof PATHS)[number], number>;
  apiQueries: number;
  apiDbHits: number;
  cypherDbHits: number;
}

const bench = (env: NodeJS.ProcessEnv, run: Run, list: number[]) =>
  withRig(env, 1, async ({ config, db, agent, start }) => {
    const generator = new Database({ ...config.neo4j, queryTimeoutMs: GENERATION_TIMEOUT_MS });
    const recording = new RecordingDatabase(config.neo4j);
    const inProcess = await startServer({ host: '127.0.0.1', port: 0 }, recording);
    const childEnv = { ...env, NODE_ENV: 'production', ANSWER_CACHE_MB: '0' };
    const api = await start(startChildApi, childEnv);
    const library = await start(startLibraryServer, childEnv);
    const bare = await start(startCypherServer, childEnv);
    const urls = { api: api.url, library: library.url, bare: bare.url };
    const rows: Row[] = [];
    try {
      for (const scale of list) {
        const g = await generateScale(generator, scale);
        const size = await fetchGraphSize(db);
        console.log(
          `\nScale ${scale}: ${size.nodeCount} nodes, ${size.relationshipCount} relationships` +
            (g.nodesWritten
              ? ` (wrote ${g.nodesWritten} nodes and ${g.relationshipsWritten} relationships in ` +
                `${g.seconds.toFixed(0)} s: ${(g.nodesWritten / g.seconds).toFixed(0)} nodes/s, ` +
                `${(g.relationshipsWritten / g.seconds).toFixed(0)} relationships/s)`
              : '') +
            '.',
        );
        for (const [k, op] of OPERATIONS.entries()) {
          // A path that answers otherwise at this scale is reported, and the others go on.
          const senders = await sendersFor(op, k, urls, db, config.neo4j.database, agent).catch(
            (error: unknown) => {
              console.log(`  ${op.name.padEnd(46)} not timed: ${(error as Error).message.split('\n')[0]}`);
              return null;
            },
          );
          if (!senders) continue;
          const [viaApi, viaLibrary, overHttp] = senders;
          const paths = [viaApi, viaLibrary, overHttp];
          for (const send of paths) await load(send, run.warmup, 1);
          const figures = await alternate(paths, run, 1);
          recording.reads.length = 0;
          await graphqlSender(`${inProcess.url}/graphql`, op.graphql, agent)();
          let apiDbHits = 0;
          for (const query of recording.reads)
            apiDbHits += await db.profileDbHits(query.cypher, query.params ?? {});
          const row: Row = {
            scale,
            nodes: size.nodeCount,
            relationships: size.relationshipCount,
            operation: op.name,
            single: op.single,
            p50: Object.fromEntries(PATHS.map((p, n) => [p, figures[n]!.p50])) as Row['p50'],
            apiQueries: recording.reads.length,
            apiDbHits,
            cypherDbHits: await db.profileDbHits(op.cypher, op.params),
          };
          rows.push(row);
          console.log(
            `  ${op.name.padEnd(46)} p50 ${PATHS.map((p) => `${p} ${row.p50[p].toFixed(2)}`).join(', ')} ms; ` +
              `db hits: API ${apiDbHits} in ${row.apiQueries} queries, Cypher ${row.cypherDbHits}`,
          );
        }
      }
      report(rows, list);
    } finally {
      await inProcess.stop();
      await recording.close();
      if (process.env.BENCH_KEEP_SCALE !== '1' && list.some((s) => s > 1)) {
        console.log('Putting the graph back to 1x (BENCH_KEEP_SCALE=1 keeps it).');
        await generateScale(generator, 1);
      }
      await generator.close();
    }
  });

function report(rows: Row[], list: number[]): void {
  const [first, last] = [list[0]!, list.at(-1)!];
  const missed: string[] = [];
  if (last > first) {
    console.log(
      `\nGrowth of p50 from ${first}x to ${last}x (the API's target: at most ${TARGET_GROWTH}x for a single entity):`,
    );
    for (const op of OPERATIONS) {
      const [a, b] = [first, last].map((scale) =>
        rows.find((r) => r.operation === op.name && r.scale === scale),
      );
      if (!a || !b) continue;
      const growth = (p: (typeof PATHS)[number]) => b.p50[p] / a.p50[p];
      console.log(
        `  ${op.name.padEnd(46)} ${PATHS.map((p) => `${p} ${growth(p).toFixed(2)}x`).join(', ')}; ` +
          `API db hits ${a.apiDbHits} → ${b.apiDbHits}`,
      );
      if (op.single && growth('API') > TARGET_GROWTH) missed.push(`${op.name}: ${growth('API').toFixed(2)}x`);
    }
    console.log(
      missed.length ? `Missed (${missed.length}): ${missed.join('; ')}` : 'Every single-entity target met.',
    );
  }
  const plot = process.env.BENCH_PLOT?.trim() || fromRoot('scripts', 'bench-results', 'scale.svg');
  const points: ScalePoint[] = rows.flatMap((r) =>
    (['API', 'library'] as const).map((p) => ({
      operation: r.operation,
      path: p,
      nodes: r.nodes,
      p50: r.p50[p],
    })),
  );
  mkdirSync(path.dirname(plot), { recursive: true });
  writeFileSync(plot, scalePlot(points));
  writeFileSync(plot.replace(/\.svg$/, '') + '.json', JSON.stringify(rows, null, 2));
  console.log(`Plot: ${plot} (figures beside it as JSON).`);
}

async function main(): Promise<void> {
  const run: Run = {
    requests: setting('BENCH_REQUESTS', 400, 1_000_000),
    rounds: setting('BENCH_ROUNDS', 2, 1_000),
    warmup: setting('BENCH_WARMUP', 100, 1_000_000),
    concurrency: 1,
  };
  const list = scales();
  const { env, release } = await neo4jForRun({
    ...process.env,
    NEO4J_SCALE: process.env.NEO4J_SCALE ?? String(list.at(-1)),
  });
  try {
    await bench(env, run, list);
  } finally {
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
