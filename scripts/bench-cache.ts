/**
 * `npm run bench:cache`: what reusing answers saves, apart from `npm run bench:compare`
 * (which times every answer computed afresh). For each operation of bench-operations.ts,
 * in alternating rounds at concurrency 1 and BENCH_CONCURRENCY:
 * - computed: a POST to an API whose answer cache is off (ANSWER_CACHE_MB=0);
 * - kept: the same POST to an API with the cache on, answered from the kept answer;
 * - 304: a GET to that API with the ETag of its last answer in If-None-Match.
 * Before timing it checks that the kept answer is byte for byte the computed one and that
 * the GET's ETag is answered 304. Settings as for the other benches (bench-load.ts).
 */
import http from 'node:http';
import { loadSeed } from '../src/seed/load.ts';
import { startChildApi, withRig } from './bench-api.ts';
import { alternate, load, runSettings, type Figures, type Run } from './bench-load.ts';
import { OPERATIONS } from './bench-operations.ts';
import { neo4jForRun } from './local-neo4j.ts';

interface Reply {
  status: number;
  etag: string | undefined;
  body: string;
}

function request(
  url: string,
  agent: http.Agent,
  options: http.RequestOptions,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, ...options }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          etag: response.headers.etag,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const expecting = (status: number, reply: Reply) => {
  if (reply.status !== status)
    throw new Error(`HTTP ${reply.status} where ${status} was expected: ${reply.body}`);
  return reply;
};

function senders(query: string, computed: string, kept: string, agent: http.Agent) {
  const body = JSON.stringify({ query });
  const post = (base: string) => () =>
    request(
      `${base}/graphql`,
      agent,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      body,
    ).then((reply) => expecting(200, reply));
  const getUrl = `${kept}/graphql?${new URLSearchParams({ query })}`;
  // GETs need a header Apollo's CSRF check accepts; a browser's fetch sends one too.
  const get = (etag?: string) =>
    request(getUrl, agent, {
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true', ...(etag ? { 'if-none-match': etag } : {}) },
    });
  return { postComputed: post(computed), postKept: post(kept), get };
}

const bench = (env: NodeJS.ProcessEnv, run: Run) =>
  withRig(env, run.concurrency, async ({ db, agent, start }) => {
    await loadSeed(db);
    const computed = await start(startChildApi, { ...env, NODE_ENV: 'production', ANSWER_CACHE_MB: '0' });
    const kept = await start(startChildApi, { ...env, NODE_ENV: 'production', ANSWER_CACHE_MB: '64' });
    // The kept API must have read the graph's version before it keeps or tags anything.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    console.log(
      `Run: ${run.warmup} warm-up requests, then ${run.requests} per path in ${run.rounds} alternating ` +
        `rounds, at concurrency 1 and ${run.concurrency}.\n`,
    );
    const rows: string[][] = [];
    for (const op of OPERATIONS) {
      const send = senders(op.graphql, computed.url, kept.url, agent);
      const fresh = await send.postComputed();
      const first = await send.postKept();
      const again = await send.postKept();
      if (first.body !== fresh.body || again.body !== fresh.body)
        throw new Error(`${op.name}: the kept answer differs from the computed one`);
      const tagged = expecting(200, await send.get());
      if (!tagged.etag) throw new Error(`${op.name}: a GET answer has no ETag`);
      expecting(304, await send.get(tagged.etag));
      const notModified = () => send.get(tagged.etag).then((reply) => expecting(304, reply));
      const paths = [send.postComputed, send.postKept, notModified];
      for (const path of paths) await load(path, run.warmup, run.concurrency);
      for (const concurrency of [1, run.concurrency]) {
        const [a, b, c] = (await alternate(paths, run, concurrency)) as Figures[];
        rows.push([
          op.name,
          String(concurrency),
          ...[a!, b!, c!].map((f) => `${f.p50.toFixed(2)} / ${f.p99.toFixed(2)} / ${f.perSecond.toFixed(0)}`),
          `${(b!.perSecond / a!.perSecond).toFixed(1)}x`,
          `${(c!.perSecond / a!.perSecond).toFixed(1)}x`,
        ]);
      }
    }
    const header = [
      'operation',
      'c',
      'computed p50/p99 ms, req/s',
      'kept',
      '304',
      'kept ÷ computed',
      '304 ÷ computed',
    ];
    const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
    for (const row of [header, ...rows])
      console.log(row.map((cell, k) => cell.padEnd(widths[k]!)).join('  '));
  });

async function main(): Promise<void> {
  const { env, release } = await neo4jForRun({ ...process.env });
  try {
    await bench(env, runSettings());
  } finally {
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
