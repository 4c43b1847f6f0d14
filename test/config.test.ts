import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const valid = { NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret' };

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration from the environment', () => {
  it('fills in defaults for everything but the database URI and password', () => {
    expect(loadConfig(valid)).toEqual({
      neo4j: {
        uri: 'bolt://localhost:7687',
        username: 'neo4j',
        password: 'secret',
        database: undefined,
        queryTimeoutMs: 15_000,
        cypherTimeoutMs: 5_000,
      },
      host: '127.0.0.1',
      port: 4000,
      answerCache: { maxMb: 64, pollMs: 1_000 },
    });
  });

  it('accepts direct and routing URIs, with or without encryption', () => {
    for (const uri of [
      'bolt://db:7687',
      'neo4j://cluster',
      'neo4j+s://abc.databases.neo4j.io',
      'bolt+ssc://x:1',
    ]) {
      expect(loadConfig({ ...valid, NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('reads the optional settings', () => {
    const config = loadConfig({
      ...valid,
      NEO4J_USERNAME: 'reader',
      NEO4J_DATABASE: 'graph',
      NEO4J_QUERY_TIMEOUT_MS: '2500',
      CYPHER_TIMEOUT_MS: '1200',
      HOST: '0.0.0.0',
      PORT: '8080',
      ANSWER_CACHE_MB: '0',
      GRAPH_VERSION_POLL_MS: '250',
    });
    expect(config).toMatchObject({
      neo4j: { username: 'reader', database: 'graph', queryTimeoutMs: 2500, cypherTimeoutMs: 1200 },
      host: '0.0.0.0',
      port: 8080,
      answerCache: { maxMb: 0, pollMs: 250 },
    });
  });

  it('names each bad variable, all at once', () => {
    expect(problemsOf({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474' })).toEqual([
      'NEO4J_URI must look like bolt://host:7687 or neo4j://host (got "http://localhost:7474")',
      'NEO4J_PASSWORD is required',
      'PORT must be an integer from 0 to 65535 (got "eighty")',
    ]);
  });

  it('requires NEO4J_URI', () => {
    expect(problemsOf({ NEO4J_PASSWORD: 'x' })).toEqual(['NEO4J_URI is required']);
  });

  it('rejects out-of-range numbers and bad database names', () => {
    expect(
      problemsOf({
        ...valid,
        PORT: '70000',
        NEO4J_QUERY_TIMEOUT_MS: '1.5',
        CYPHER_TIMEOUT_MS: '50',
        NEO4J_DATABASE: 'a b',
        GRAPH_VERSION_POLL_MS: '10',
      }),
    ).toEqual([
      'NEO4J_DATABASE is not a valid database name (got "a b")',
      'NEO4J_QUERY_TIMEOUT_MS must be an integer from 100 to 600000 (got "1.5")',
      'CYPHER_TIMEOUT_MS must be an integer from 100 to 600000 (got "50")',
      'PORT must be an integer from 0 to 65535 (got "70000")',
      'GRAPH_VERSION_POLL_MS must be an integer from 50 to 3600000 (got "10")',
    ]);
  });
});

describe('start-up with a bad configuration', () => {
  it('exits with status 1 and one line that names the variable, without a stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'x', PORT: 'abc' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim()).toBe('Invalid configuration: PORT must be an integer from 0 to 65535 (got "abc")');
  });
});
