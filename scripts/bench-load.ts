/**
 * The bench's load generator: sends one request after another (or several at once) and
 * records each latency. Kept apart from what is sent, so the API and the floor are timed
 * by exactly the same loop.
 */
import http from 'node:http';

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
