/**
 * The servers under test, each in a process of its own so the load generator does not
 * share (and slow down) the event loop it measures: the API, by the same entry point
 * `npm run serve` runs, and the bare Cypher endpoint (bench-cypher-server.ts).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type Config } from '../src/config.ts';
import { Database } from '../src/graph/database.ts';
import { isLoopback } from './bench-load.ts';

// Compiled, the bench starts compiled servers (what `npm run serve` runs); from source, the sources.
const here = fileURLToPath(import.meta.url);
const compiled = here.endsWith('.js');
const script = (fromHere: string) =>
  path.resolve(path.dirname(here), compiled ? `${fromHere}.js` : `${fromHere}.ts`);

export interface Child {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Starts `entry` on a free loopback port with `env` and resolves once it prints "ready: <url>". */
function startChild(entry: string, env: NodeJS.ProcessEnv): Promise<Child> {
  const child = spawn(process.execPath, compiled ? [entry] : ['--import', 'tsx', entry], {
    env: { ...env, HOST: '127.0.0.1', PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /ready: (http:\/\/[^/\s]+)/.exec(output);
      if (!ready) return;
      child.stdout.off('data', onData);
      // Keep draining its log, or a full pipe would block the server.
      child.stdout.resume();
      resolve({ url: ready[1]!, pid: child.pid!, stop });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${path.basename(entry)} exited (code ${code}) before it was ready:\n${output}`)),
    );
    child.once('error', reject);
  });
}

export const startChildApi = (env: NodeJS.ProcessEnv) => startChild(script('../src/main'), env);
/** Another checkout's API, built there with `npm run build`: the code a change is measured against. */
export const startBaselineApi = (env: NodeJS.ProcessEnv, checkout: string) =>
  startChild(path.resolve(checkout, 'dist/src/main.js'), env);
export const startCypherServer = (env: NodeJS.ProcessEnv) => startChild(script('./bench-cypher-server'), env);
/** The Neo4j GraphQL Library over the same database (bench-library-server.ts). */
export const startLibraryServer = (env: NodeJS.ProcessEnv) =>
  startChild(script('./bench-library-server'), env);

export interface Rig {
  config: Config;
  db: Database;
  agent: http.Agent;
  /** Starts a server for the bench; it is stopped when the bench ends, however it ends. */
  start: (starter: (env: NodeJS.ProcessEnv) => Promise<Child>, env: NodeJS.ProcessEnv) => Promise<Child>;
}

/**
 * What every bench sets up and takes down: the database (on this machine only: a bench
 * sends tens of thousands of requests), a keep-alive agent, and the servers it starts.
 */
export async function withRig<T>(
  env: NodeJS.ProcessEnv,
  concurrency: number,
  bench: (rig: Rig) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ ...env, HOST: '127.0.0.1', PORT: '0' });
  if (!isLoopback(config.neo4j.uri)) throw new ConfigError([`NEO4J_URI must be a loopback address here`]);
  const db = new Database(config.neo4j);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const children: Child[] = [];
  const start: Rig['start'] = async (starter, childEnv) => {
    const child = await starter(childEnv);
    children.push(child);
    return child;
  };
  try {
    return await bench({ config, db, agent, start });
  } finally {
    agent.destroy();
    await Promise.all(children.map((c) => c.stop()));
    await db.close();
  }
}
