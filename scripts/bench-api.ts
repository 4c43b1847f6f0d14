/**
 * The API under test, in a process of its own, so the load generator does not share (and
 * slow down) the event loop it measures. It is the same entry point `npm run serve` runs.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled, the bench starts the compiled API (what `npm run serve` runs); from source, the source.
const here = fileURLToPath(import.meta.url);
const compiled = here.endsWith('.js');
const main = path.resolve(path.dirname(here), compiled ? '../src/main.js' : '../src/main.ts');

export interface ChildApi {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Starts the API on a free loopback port with `env` and resolves once it says it is ready. */
export function startChildApi(env: NodeJS.ProcessEnv): Promise<ChildApi> {
  const child = spawn(process.execPath, compiled ? [main] : ['--import', 'tsx', main], {
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
      const ready = /API ready: (http:\/\/\S+)\/graphql/.exec(output);
      if (!ready) return;
      child.stdout.off('data', onData);
      // Keep draining its log, or a full pipe would block the server.
      child.stdout.resume();
      resolve({ url: ready[1]!, pid: child.pid!, stop });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`The API exited (code ${code}) before it was ready:\n${output}`)),
    );
    child.once('error', reject);
  });
}
