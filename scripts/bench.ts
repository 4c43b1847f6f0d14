/**
 * `npm run bench`: times typical operations through the API (GraphQL over HTTP) and through
 * one hand-written Cypher query each (the floor), and prints p50, p95 and throughput beside
 * the API/floor ratio. It fails only on errors or when the two paths disagree, never on a
 * slow figure: the numbers are for recording and comparing, not for gating CI on a noisy box.
 *
 * Method: the API runs compiled in a child process (as `npm run serve` would), the client
 * sends with node:http over kept-alive connections. Beside the floor, the same Cypher is
 * also timed behind a bare HTTP endpoint (bench-cypher-server.ts), which shows what HTTP
 * alone costs and so what the GraphQL layer adds. Each path is warmed up, then the paths
 * take turns for several rounds so that drift (JIT, GC, other work on the machine) hits
 * all alike. Each operation is timed one request at a time (latency: the figure the
 * target is judged on) and BENCH_CONCURRENCY at a time (throughput).
 *
 * Settings: BENCH_REQUESTS (2000 per path, operation and concurrency, split over the
 * rounds), BENCH_ROUNDS (5), BENCH_CONCURRENCY (8, the throughput rows), BENCH_WARMUP
 * (2000 per path and operation). BENCH_BASELINE=DIR adds a path: the API of the checkout in
 * DIR, built there (`npm run build`), against the same Neo4j, timed in the same rounds and
 * checked to answer the same; its rows show this API's p50 over the baseline's.
 */
import http from 'node:http';
import os from 'node:os';
import neo4j from 'neo4j-driver';
import { Database } from '../src/graph/database.ts';
import { fetchServerInfo } from '../src/graph/server-info.ts';
import { loadSeed } from '../src/seed/load.ts';
import { startServer } from '../src/http/server.ts';
import { startBaselineApi, startChildApi, startCypherServer, withRig } from './bench-api.ts';
import {
  alternate,
  canonical,
  graphqlSender,
  jsonSender,
  load,
  runSettings,
  type Figures,
  type Run,
  type Send,
} from './bench-load.ts';
import { OPERATIONS, type Operation } from './bench-operations.ts';
import { neo4jForRun } from './local-neo4j.ts';

const TARGET_RATIO = 1.5;

/**
 * Neo4j round trips per request of each operation. The child API cannot report them, so
 * each operation is run once through an API in this process, whose Database counts.
 */
async function countQueries(db: Database): Promise<Map<Operation, number>> {
  const server = await startServer({ host: '127.0.0.1', port: 0 }, db);
  const agent = new http.Agent({ keepAlive: true });
  try {
    const counts = new Map<Operation, number>();
    for (const op of OPERATIONS) {
      const before = db.roundTrips;
      await graphqlSender(`${server.url}/graphql`, op.graphql, agent)();
      counts.set(op, db.roundTrips - before);
    }
    return counts;
  } finally {
    agent.destroy();
    await server.stop();
  }
}

const bench = (env: NodeJS.ProcessEnv, run: Run) =>
  withRig(env, run.concurrency, async ({ config, db, agent, start }) => {
    const seed = await loadSeed(db);
    console.log(`Seed: ${seed.entries} entries checked, ${seed.nodesCreated} nodes new.`);
    // Answers computed afresh, as in bench-compare.ts.
    const childEnv = { ...env, ANSWER_CACHE_MB: '0' };
    const api = await start(startChildApi, childEnv);
    const bare = await start(startCypherServer, childEnv);
    const baselineDir = env.BENCH_BASELINE?.trim();
    const baseline = baselineDir ? await start((e) => startBaselineApi(e, baselineDir), childEnv) : undefined;
    const queries = await countQueries(db);
    const { version, edition } = await fetchServerInfo(db);
    const cpus = os.cpus();
    console.log(
      `Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ` +
        `Neo4j ${version} ${edition}\nRun: ${run.warmup} warm-up requests per path, then ` +
        `${run.requests} per path in ${run.rounds} alternating rounds, at concurrency 1 and ` +
        `${run.concurrency}; API (pid ${api.pid}) at ${api.url}, Neo4j at ${config.neo4j.uri}\n`,
    );

    const paths = OPERATIONS.map((op, k) => {
      const graphql = graphqlSender(`${api.url}/graphql`, op.graphql, agent);
      const overHttp = jsonSender(`${bare.url}/${k}`, agent);
      const cypher = async () =>
        (
          await db.driver.executeQuery(op.cypher, op.params, {
            routing: neo4j.routing.READ,
            database: config.neo4j.database,
          })
        ).records;
      const before = baseline && graphqlSender(`${baseline.url}/graphql`, op.graphql, agent);
      return { op, graphql, overHttp, cypher, before };
    });
    // Agreement first: a fast floor that answers a different question would prove nothing.
    for (const { op, graphql, overHttp, cypher, before } of paths) {
      if (before && canonical(await before()) !== canonical(await graphql()))
        throw new Error(`${op.name}: the API and the baseline API answer differently`);
      const records = await cypher();
      const fromApi = canonical(op.fromApi(await graphql()));
      const fromCypher = canonical(op.fromCypher(records));
      if (fromApi !== fromCypher) {
        throw new Error(
          `${op.name}: the API and Cypher answers differ.\nAPI:    ${fromApi}\nCypher: ${fromCypher}`,
        );
      }
      if (canonical(await overHttp()) !== canonical(records.map((r) => r.toObject()))) {
        throw new Error(`${op.name}: the Cypher endpoint answers otherwise than the driver`);
      }
    }

    const widths = [36, 12, 12, 8, 8, 8, 8, 0];
    const row = (cells: string[]) =>
      console.log(
        cells
          .map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
          .join(' ')
          .trimEnd(),
      );
    row(['operation', 'concurrency', 'path', 'p50 ms', 'p95 ms', 'req/s', 'queries', 'API p50 ÷ path p50']);
    for (const { op, graphql, overHttp, cypher, before } of paths) {
      const sends: [Send, Send, Send, ...Send[]] = [graphql, overHttp, cypher, ...(before ? [before] : [])];
      for (const send of sends) await load(send, run.warmup, run.concurrency);
      for (const concurrency of [1, run.concurrency]) {
        const [a, h, c, o] = await alternate(sends, run, concurrency);
        const cells = (f: Figures) => [f.p50.toFixed(2), f.p95.toFixed(2), f.perSecond.toFixed(0)];
        const ratio = (f: Figures) => (a.p50 / f.p50).toFixed(2) + 'x';
        const judged = a.p50 / c.p50 <= TARGET_RATIO ? 'within target' : `over ${TARGET_RATIO}x target`;
        const label = concurrency === 1 ? '1 (latency)' : `${concurrency} (load)`;
        row([op.name, label, 'API', ...cells(a), String(queries.get(op)), '']);
        row(['', '', 'Cypher+HTTP', ...cells(h), '1', ratio(h)]);
        row(['', '', 'Cypher', ...cells(c), '1', `${ratio(c)} ${concurrency === 1 ? judged : ''}`]);
        if (o) row(['', '', 'API baseline', ...cells(o), '', ratio(o)]);
      }
    }
    // What the API costs before any resolver asks Neo4j: HTTP and Apollo alone.
    const typename = graphqlSender(`${api.url}/graphql`, '{ __typename }', agent);
    await load(typename, run.warmup, run.concurrency);
    const [b] = await alternate([typename], run, 1);
    console.log(
      `\nNo Neo4j at all, { __typename } through the API at concurrency 1: p50 ${b.p50.toFixed(2)} ms, ` +
        `p95 ${b.p95.toFixed(2)} ms, ${b.perSecond.toFixed(0)} req/s.`,
    );
    console.log(
      `Target: API p50 within ${TARGET_RATIO}x of the Cypher floor at concurrency 1.\n` +
        `API = node:http client, then Apollo, resolvers and Neo4j in a child process; Cypher+HTTP = the ` +
        `same client, then each operation's hand-written Cypher behind bare node:http in a child ` +
        `process; Cypher = one driver.executeQuery from this process. "queries" = Neo4j round trips per request.` +
        (baseline
          ? `\nAPI baseline = the API built in ${baselineDir}, in a child process like the API.`
          : ''),
    );
  });

async function main(): Promise<void> {
  const run = runSettings();
  // As `npm start` does: the local default Neo4j unless NEO4J_URI names one.
  const { env, release } = await neo4jForRun({ ...process.env });
  try {
    await bench(env, run);
  } finally {
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
