/**
 * `npm run bench:memory`: whether the API's resident memory stays flat under a long mixed
 * load. The compiled API runs in production mode in a child process, with its answer
 * cache on (as `npm run serve` runs it: kept answers are bounded, and this shows the
 * bound holds) unless ANSWER_CACHE_MB says otherwise. Clients send every operation of
 * bench-operations.ts in turn, at BENCH_CONCURRENCY (default 8), for BENCH_SECONDS
 * (default 300); a tenth of the requests carry a variable that changes each time, so the
 * cache keeps filling with answers it will never serve again. The child's resident memory
 * is printed every BENCH_SAMPLE_SECONDS (default 15), then the growth from the first
 * minute's samples to the last minute's.
 */
import { loadSeed } from '../src/seed/load.ts';
import { startChildApi, withRig } from './bench-api.ts';
import { graphqlSender, setting } from './bench-load.ts';
import { OPERATIONS } from './bench-operations.ts';
import { neo4jForRun, residentMemoryMiB } from './local-neo4j.ts';

/** A query whose variable is new each time: an answer kept that is never asked for again. */
const ONCE = `query ($id: ID!) { node(id: $id) { id } }`;

const bench = (env: NodeJS.ProcessEnv, seconds: number, sampleSeconds: number, concurrency: number) =>
  withRig(env, concurrency, async ({ db, agent, start }) => {
    await loadSeed(db);
    const api = await start(startChildApi, { ANSWER_CACHE_MB: '64', ...env, NODE_ENV: 'production' });
    const url = `${api.url}/graphql`;
    const sends = OPERATIONS.map((op) => graphqlSender(url, op.graphql, agent));
    let sent = 0;
    let failures = 0;
    const once = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ONCE, variables: { id: `person:nobody-${sent}` } }),
      }).then((r) => r.text());
    const until = Date.now() + seconds * 1000;
    const worker = async () => {
      while (Date.now() < until) {
        sent += 1;
        await (sent % 10 === 0 ? once() : sends[sent % sends.length]!()).catch(() => (failures += 1));
      }
    };
    const samples: { at: number; mib: number }[] = [];
    const started = Date.now();
    const sample = () => {
      const mib = residentMemoryMiB(api.pid);
      if (mib === undefined) return;
      const at = Math.round((Date.now() - started) / 1000);
      samples.push({ at, mib });
      console.log(
        `${String(at).padStart(4)} s  ${String(mib).padStart(5)} MiB resident, ${sent} requests sent`,
      );
    };
    console.log(`API pid ${api.pid}: ${seconds} s of mixed load at concurrency ${concurrency}.`);
    sample();
    const timer = setInterval(sample, sampleSeconds * 1000);
    try {
      await Promise.all(Array.from({ length: concurrency }, worker));
    } finally {
      clearInterval(timer);
    }
    sample();
    const mean = (list: { mib: number }[]) =>
      list.reduce((sum, s) => sum + s.mib, 0) / Math.max(list.length, 1);
    // The first minute includes warming up (JIT, Apollo's document store, the cache filling).
    const firstMinute = samples.filter((s) => s.at > 0 && s.at <= 60);
    const lastMinute = samples.filter((s) => s.at >= samples.at(-1)!.at - 60);
    console.log(
      `${sent} requests (${failures} failed) in ${seconds} s. Resident memory: first minute ` +
        `${mean(firstMinute).toFixed(0)} MiB on average, last minute ${mean(lastMinute).toFixed(0)} MiB ` +
        `(${((mean(lastMinute) / mean(firstMinute) - 1) * 100).toFixed(1)}%), peak ${Math.max(...samples.map((s) => s.mib))} MiB.`,
    );
  });

async function main(): Promise<void> {
  const seconds = setting('BENCH_SECONDS', 300, 86_400);
  const sampleSeconds = setting('BENCH_SAMPLE_SECONDS', 15, 3_600);
  const concurrency = setting('BENCH_CONCURRENCY', 8, 256);
  const { env, release } = await neo4jForRun({ ...process.env });
  try {
    await bench(env, seconds, sampleSeconds, concurrency);
  } finally {
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
