import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/local-neo4j.ts';

function launch(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

describe('starting the API while Neo4j is down', () => {
  let running: ChildProcess | undefined;
  afterEach(() => void running?.kill('SIGKILL'));

  it('says so in one line, keeps retrying, serves 503, and stops cleanly on SIGTERM', async () => {
    const deadPort = await freePort();
    let apiPort = await freePort();
    while (apiPort === deadPort) apiPort = await freePort();
    const { child, output } = launch({
      NEO4J_URI: `bolt://127.0.0.1:${deadPort}`,
      NEO4J_PASSWORD: 'irrelevant',
      PORT: String(apiPort),
    });
    running = child;

    await expect.poll(output, { timeout: 20_000 }).toMatch(/not reachable/);
    const health = await fetch(`http://127.0.0.1:${apiPort}/health`);
    expect(health.status).toBe(503);

    // Long enough for a second attempt, which must not repeat the same line.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(child.exitCode).toBeNull();
    const unreachable = output()
      .split('\n')
      .filter((line) => line.includes('not reachable'));
    expect(unreachable).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Neo4j at bolt://127\\.0\\.0\\.1:${deadPort} is not reachable \\(.+\\); retrying every 5s\\.$`,
        ),
      ),
    ]);
    expect(output()).not.toMatch(/^\s+at /m);

    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(output()).toMatch(/Stopped\.\n$/);
  });
});
