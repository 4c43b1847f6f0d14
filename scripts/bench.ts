/**
 * `npm run bench`: times typical operations through the API (GraphQL over HTTP) and through
 * one hand-written Cypher query each (the floor), and prints p50, p95 and throughput beside
 * the API/floor ratio. It fails only on errors or when the two paths disagree, never on a
 * slow figure: the numbers are for recording and comparing, not for gating CI on a noisy box.
 *
 * Settings: BENCH_REQUESTS (2000 per row), BENCH_CONCURRENCY (8), BENCH_WARMUP (200).
 */
import os from 'node:os';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { ConfigError, loadConfig } from '../src/config.ts';
import { Database } from '../src/data/database.ts';
import { fetchServerInfo } from '../src/data/server-info.ts';
import { loadSeed } from '../src/seed/load.ts';
import { startServer, type ApiServer } from '../src/server.ts';
import { OPERATIONS, type Operation } from './bench-operations.ts';
import { neo4jForRun } from './local-neo4j.ts';

const TARGET_RATIO = 1.5;

function setting(name: string, fallback: number, max: number): number {
  const raw = process.env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError([`${name} must be an integer from 1 to ${max} (got "${raw}")`]);
  }
  return value;
}

type Send = () => Promise<unknown>;

interface Figures {
  p50: number;
  p95: number;
  perSecond: number;
}

/** Sends `count` requests, `concurrency` at a time, stopping at the first failure. */
async function load(send: Send, count: number, concurrency: number): Promise<Figures> {
  const latencies = new Array<number>(count);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < count && !failure) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      try {
        await send();
      } catch (error) {
        failure ??= { error };
        return;
      }
      latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (failure) throw failure.error;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.max(0, Math.ceil(p * count) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), perSecond: count / seconds };
}

function apiSender(url: string, op: Operation): Send {
  const body = JSON.stringify({ query: op.graphql });
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (!response.ok || json.errors || !json.data) {
      throw new Error(`${op.name} (API): HTTP ${response.status} ${json.errors?.[0]?.message ?? 'no data'}`);
    }
    return json.data;
  };
}

function cypherSender(
  db: Database,
  database: string | undefined,
  op: Operation,
): () => Promise<Neo4jRecord[]> {
  return async () =>
    (await db.driver.executeQuery(op.cypher, op.params, { routing: neo4j.routing.READ, database })).records;
}

/** JSON with keys sorted, since Neo4j does not promise the key order of the maps it returns. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const isLoopback = (uri: string): boolean =>
  /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(new URL(uri).hostname);

interface Run {
  requests: number;
  concurrency: number;
  warmup: number;
}

async function bench(env: NodeJS.ProcessEnv, { requests, concurrency, warmup }: Run): Promise<void> {
  const config = loadConfig({ ...env, HOST: '127.0.0.1', PORT: '0' });
  // Thousands of requests per row: aimed only at this machine, never at a shared database.
  if (!isLoopback(config.neo4j.uri)) throw new ConfigError([`NEO4J_URI must be a loopback address here`]);
  const db = new Database(config.neo4j);
  let server: ApiServer | undefined;
  try {
    const seed = await loadSeed(db);
    console.log(`Seed: ${seed.entries} entries checked, ${seed.nodesCreated} nodes new.`);
    server = await startServer(config, db);
    const url = `${server.url}/graphql`;
    const { version, edition } = await fetchServerInfo(db);
    const cpus = os.cpus();
    console.log(
      `Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ` +
        `Neo4j ${version} ${edition}\nRun: ${requests} requests per row after ${warmup} warm-up, ` +
        `concurrency ${concurrency}; API at ${server.url}, Neo4j at ${config.neo4j.uri}\n`,
    );

    const paths = OPERATIONS.map((op) => ({
      op,
      api: apiSender(url, op),
      cypher: cypherSender(db, config.neo4j.database, op),
    }));
    // Agreement first: a fast floor that answers a different question would prove nothing.
    const queriesPerRequest = new Map<Operation, number>();
    for (const { op, api, cypher } of paths) {
      const before = db.roundTrips;
      const fromApi = canonical(op.fromApi(await api()));
      queriesPerRequest.set(op, db.roundTrips - before);
      const fromCypher = canonical(op.fromCypher(await cypher()));
      if (fromApi !== fromCypher) {
        throw new Error(
          `${op.name}: the API and Cypher answers differ.\nAPI:    ${fromApi}\nCypher: ${fromCypher}`,
        );
      }
    }

    const columns = ['operation', 'path', 'p50 ms', 'p95 ms', 'req/s', 'queries', 'API/Cypher p50'];
    const widths = [38, 7, 8, 8, 8, 8, 0];
    const row = (cells: string[]) =>
      console.log(
        cells
          .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
          .join(' ')
          .trimEnd(),
      );
    row(columns);
    for (const { op, api, cypher } of paths) {
      const figures: Figures[] = [];
      for (const send of [api, cypher]) {
        await load(send, warmup, concurrency);
        figures.push(await load(send, requests, concurrency));
      }
      const [a, c] = figures as [Figures, Figures];
      const ratio = a.p50 / c.p50;
      const verdict = ratio <= TARGET_RATIO ? 'within target' : `over ${TARGET_RATIO}x target`;
      const cells = (f: Figures) => [f.p50.toFixed(2), f.p95.toFixed(2), f.perSecond.toFixed(0)];
      row([
        op.name,
        'API',
        ...cells(a),
        String(queriesPerRequest.get(op)),
        `${ratio.toFixed(2)}x ${verdict}`,
      ]);
      row(['', 'Cypher', ...cells(c), '1', '']);
    }
    console.log(
      `\nTarget: API p50 within ${TARGET_RATIO}x of the Cypher floor. API = fetch, Express, Apollo, ` +
        `resolvers and Neo4j, with client and server sharing this process; Cypher = one ` +
        `driver.executeQuery. "queries" = Neo4j round trips per request.`,
    );
  } finally {
    await server?.stop();
    await db.close();
  }
}

async function main(): Promise<void> {
  const run: Run = {
    requests: setting('BENCH_REQUESTS', 2_000, 1_000_000),
    concurrency: setting('BENCH_CONCURRENCY', 8, 256),
    warmup: setting('BENCH_WARMUP', 200, 100_000),
  };
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
