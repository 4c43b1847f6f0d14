/**
 * The bench's load generator: sends one request after another (or several at once) and
 * records each latency. Kept apart from what is sent, so the API and the floor are timed
 * by exactly the same loop.
 */
import http from 'node:http';
import { ConfigError } from '../src/config.ts';

export type Send = () => Promise<unknown>;

export interface Figures {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

/** Latencies (ms) and wall time (s) of some requests, which further rounds can be added to. */
export class Sample {
  readonly latencies: number[] = [];
  seconds = 0;

  add(other: Sample): this {
    this.latencies.push(...other.latencies);
    this.seconds += other.seconds;
    return this;
  }

  figures(): Figures {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99), perSecond: sorted.length / this.seconds };
  }
}

/** Sends `count` requests, `concurrency` at a time, stopping at the first failure. */
export async function load(send: Send, count: number, concurrency: number): Promise<Sample> {
  const sample = new Sample();
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < count && !failure) {
      next += 1;
      const t0 = process.hrtime.bigint();
      try {
        await send();
      } catch (error) {
        failure ??= { error };
        return;
      }
      sample.latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  sample.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (failure) throw failure.error;
  return sample;
}

/** A response's status and its body parsed as JSON (a body that is not JSON rejects). */
function readJson(response: http.IncomingMessage): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', reject);
    response.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) });
      } catch {
        reject(new Error(`HTTP ${response.statusCode} ${text}`));
      }
    });
  });
}

/** GETs `url` over kept-alive connections and resolves to its JSON body. */
export function jsonSender(url: string, agent: http.Agent): () => Promise<unknown> {
  return () =>
    new Promise((resolve, reject) => {
      http
        .get(url, { agent }, (response) => {
          readJson(response).then(({ status, json }) => {
            if (status !== 200) reject(new Error(`HTTP ${status} ${JSON.stringify(json)}`));
            else resolve(json);
          }, reject);
        })
        .on('error', reject);
    });
}

/**
 * POSTs a GraphQL query over kept-alive connections and resolves to its `data`. Plain
 * node:http costs the client about half what fetch does per request, so less of the
 * client's own time is counted against the API.
 */
export function graphqlSender(url: string, query: string, agent: http.Agent): () => Promise<unknown> {
  const body = Buffer.from(JSON.stringify({ query }));
  const headers = { 'content-type': 'application/json', 'content-length': body.length };
  return () =>
    new Promise((resolve, reject) => {
      const request = http.request(url, { method: 'POST', agent, headers }, (response) => {
        readJson(response).then(({ status, json }) => {
          const result = json as { data?: unknown; errors?: { message: string }[] };
          if (status !== 200 || result.errors || !result.data) {
            reject(new Error(`HTTP ${status} ${result.errors?.[0]?.message ?? 'no data'}`));
          } else resolve(result.data);
        }, reject);
      });
      request.on('error', reject);
      request.end(body);
    });
}

/** A whole-number setting from the environment, refused by name when out of range. */
export function setting(name: string, fallback: number, max: number): number {
  const raw = process.env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError([`${name} must be an integer from 1 to ${max} (got "${raw}")`]);
  }
  return value;
}

export interface Run {
  requests: number;
  rounds: number;
  concurrency: number;
  warmup: number;
}

export const runSettings = (): Run => ({
  requests: setting('BENCH_REQUESTS', 2_000, 1_000_000),
  rounds: setting('BENCH_ROUNDS', 5, 1_000),
  concurrency: setting('BENCH_CONCURRENCY', 8, 256),
  warmup: setting('BENCH_WARMUP', 2_000, 1_000_000),
});

/** JSON with keys sorted, since Neo4j does not promise the key order of the maps it returns. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

// Tens of thousands of requests: aimed only at this machine, never at a shared database.
export const isLoopback = (uri: string): boolean =>
  /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(new URL(uri).hostname);

/** Times the paths in turn, round after round, and pools each one's rounds. */
export async function alternate<P extends Send[]>(
  paths: [...P],
  run: Run,
  concurrency: number,
): Promise<{ [K in keyof P]: Figures }> {
  const samples = paths.map(() => new Sample());
  const perRound = Math.max(1, Math.ceil(run.requests / run.rounds));
  for (let round = 0; round < run.rounds; round++) {
    for (const [k, send] of paths.entries()) samples[k]!.add(await load(send, perRound, concurrency));
  }
  return samples.map((s) => s.figures()) as { [K in keyof P]: Figures };
}
