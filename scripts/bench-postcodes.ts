/**
 * `npm run bench:postcodes`: what the offline postcode directory (src/place/postcode-directory.ts)
 * costs: the shipped files' size, the time and memory a load takes, and how long a lookup takes.
 *
 * Loads are timed in fresh child processes (run with --expose-gc, so memory is read after a
 * collection), as a server would pay for them once at start-up; lookups are timed one call at a
 * time in this process, over BENCH_LOOKUPS (default 100,000) postcodes drawn at random, the
 * same ones each run, from those the directory holds. Then the same lookups through the API
 * (bench-postcodes-api.ts).
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromRoot } from '../src/paths.ts';
import { throughTheApi } from './bench-postcodes-api.ts';
import {
  loadEnglandHexes,
  loadPostcodeDirectory,
  normalisePostcode,
  type PostcodeDirectory,
} from '../src/place/postcode-directory.ts';

const LOADS = 5;
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 100_000);
const FILES = ['postcodes.bin.br', 'england-hexes.json'];

interface LoadRun {
  directoryMs: number;
  hexesMs: number;
  /** process.memoryUsage() before the loads, after the directory's, after the hexes'. */
  memory: NodeJS.MemoryUsage[];
  peakRssKiB: number;
}

function loadInThisProcess(): LoadRun {
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error('the child needs --expose-gc');
  const memory = [];
  gc();
  memory.push(process.memoryUsage());
  let started = performance.now();
  const directory = loadPostcodeDirectory();
  const directoryMs = performance.now() - started;
  gc();
  memory.push(process.memoryUsage());
  started = performance.now();
  const hexes = loadEnglandHexes();
  const hexesMs = performance.now() - started;
  gc();
  memory.push(process.memoryUsage());
  // Still reachable here, so the collections above kept them.
  if (directory.size === 0 || hexes.cells.length === 0) throw new Error('nothing loaded');
  return { directoryMs, hexesMs, memory, peakRssKiB: process.resourceUsage().maxRSS };
}

function loadInChild(): LoadRun {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child'],
    { cwd: fromRoot(), encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as LoadRun;
}

/** A small seeded generator (mulberry32): the same sample every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function samples(directory: PostcodeDirectory) {
  const all = [...directory.postcodes()];
  const next = random(20260101);
  const letter = () => String.fromCharCode(65 + Math.floor(next() * 26));
  // Copied, so that each input is a fresh string as a request's would be, not one scattered
  // through a heap of 2.7 million: reading those alone costs a cache miss a call.
  const real = Array.from({ length: LOOKUPS }, () =>
    all[Math.floor(next() * all.length)]!.split('').join(''),
  );
  // Well formed, in a real sector, and not held: the search goes all the way down.
  const missing = real.map((postcode) => {
    let guess = postcode;
    while (directory.lookup(guess)) guess = postcode.slice(0, -2) + letter() + letter();
    return guess;
  });
  // As people type them: any case, the space missing or doubled, spaces around.
  const typed = real.map(
    (postcode, i) =>
      [postcode.toLowerCase(), postcode.replace(' ', ''), ` ${postcode.replace(' ', '  ')} `][i % 3]!,
  );
  return { real, missing, typed };
}

/**
 * Each call timed alone, after a warm-up pass, then all of them in one untimed loop. Counting
 * the calls that answer keeps the work from being optimised away.
 */
function time(inputs: string[], call: (input: string) => boolean) {
  let found = 0;
  for (const input of inputs) if (call(input)) found++;
  const ns = new Float64Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const started = process.hrtime.bigint();
    if (call(inputs[i]!)) found++;
    ns[i] = Number(process.hrtime.bigint() - started);
  }
  const started = process.hrtime.bigint();
  for (const input of inputs) if (call(input)) found++;
  const meanNs = Number(process.hrtime.bigint() - started) / inputs.length;
  ns.sort();
  const at = (q: number) => ns[Math.min(ns.length - 1, Math.floor(q * ns.length))]!;
  return { p50: at(0.5), p99: at(0.99), meanNs, found: found / 3 };
}

function table(title: string, header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  console.log(`\n${title}`);
  cells.forEach((row, r) => {
    console.log(
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    );
    if (r === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

if (process.argv.includes('--child')) {
  process.stdout.write(JSON.stringify(loadInThisProcess()));
} else {
  const MiB = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  table(
    'Shipped files (seed/data/postcodes/)',
    ['file', 'kB'],
    FILES.map((file) => [file, (statSync(fromRoot('seed/data/postcodes', file)).size / 1024).toFixed(0)]),
  );

  const runs = Array.from({ length: LOADS }, loadInChild);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  table(
    `Load, fresh process (median of ${LOADS}, min in brackets)`,
    ['what', 'ms'],
    [
      ['directory', 'directoryMs'],
      ['hexes', 'hexesMs'],
    ].map(([label, key]) => {
      const ms = runs.map((run) => run[key as 'directoryMs' | 'hexesMs']);
      return [label!, `${median(ms).toFixed(1)} (${Math.min(...ms).toFixed(1)})`];
    }),
  );
  const [before, afterDirectory, afterHexes] = runs[0]!.memory as [
    NodeJS.MemoryUsage,
    NodeJS.MemoryUsage,
    NodeJS.MemoryUsage,
  ];
  const memoryRows = (['rss', 'heapUsed', 'arrayBuffers'] as const).map((key) => [
    key,
    MiB(before[key]),
    MiB(afterDirectory[key]),
    MiB(afterHexes[key]),
    `+${MiB(afterHexes[key] - before[key])}`,
  ]);
  table(
    `Memory of one child, MiB, each after a forced GC (peak RSS ${MiB(runs[0]!.peakRssKiB * 1024)})`,
    ['', 'before', '+directory', '+hexes', 'added'],
    memoryRows,
  );

  const directory = loadPostcodeDirectory();
  const { real, missing, typed } = samples(directory);
  const rows = [
    ['the timer alone (the floor)', time(real, (p) => p.length > 0)],
    ['lookup, held postcode', time(real, (p) => directory.lookup(p) !== undefined)],
    ['lookup, well formed, not held', time(missing, (p) => directory.lookup(p) !== undefined)],
    ['normalise, as typed', time(typed, (p) => 'postcode' in normalisePostcode(p))],
    [
      'normalise + lookup, as typed',
      time(typed, (p) => {
        const normal = normalisePostcode(p);
        return 'postcode' in normal && directory.lookup(normal.postcode) !== undefined;
      }),
    ],
  ] as const;
  table(
    `In process, ${LOOKUPS.toLocaleString('en-GB')} calls each (${directory.size.toLocaleString('en-GB')} postcodes held)`,
    ['call', 'p50 ns', 'p99 ns', 'mean ns, untimed loop', 'answered'],
    rows.map(([label, t]) => [label, t.p50, t.p99, t.meanNs.toFixed(0), t.found]),
  );

  const api = await throughTheApi(
    real.filter((p) => directory.lookup(p)?.country === 'ENGLAND').slice(0, 5_000),
  );
  table(
    `Through the API (the first lookup after start-up, which reads the files: ${api.firstMs.toFixed(0)} ms)`,
    ['request', 'c', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'],
    api.rows.map(({ path, concurrency, figures: f }) => [
      path,
      concurrency,
      f.p50.toFixed(2),
      f.p95.toFixed(2),
      f.p99.toFixed(2),
      f.perSecond.toFixed(0),
    ]),
  );
}
