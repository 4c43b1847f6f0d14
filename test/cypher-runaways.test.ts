/**
 * Researcher Cypher that would run away with time, rows or memory, against a Neo4j of its
 * own (so a failure here cannot take the shared one down with it, and its logs are ours to
 * read) started with the same settings as every other local or CI server.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../src/paths.ts';
import {
  CYPHER_GRACE_MS,
  MAX_PARAM_DEPTH,
  MAX_PARAM_VALUES,
  researcherQueriesRunning,
} from '../src/research/researcher-cypher.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { send } from './support/gql.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './support/throwaway-neo4j.ts';

const TIMEOUT_MS = 1_500;
/** For the HTTP round trip and a busy machine, beyond the API's own promise. */
const SLACK_MS = 3_000;

interface Runaway {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  /** Parameters as JSON text, for shapes JSON.stringify itself cannot write. */
  paramsJson?: string;
  code: string;
  status: number;
  message: RegExp;
}

/** `{"p": {"down": {"down": … "bottom"}}}`, written out: JSON.stringify overflows long before 10000 levels. */
const nestedJson = (depth: number) => `{"p":${'{"down":'.repeat(depth)}"bottom"${'}'.repeat(depth)}}`;

const timeout = (name: string, query: string): Runaway => ({
  name,
  query,
  code: 'CYPHER_TIMEOUT',
  status: 408,
  message: new RegExp(`ran longer than ${TIMEOUT_MS} ms`),
});
const memory = (name: string, query: string): Runaway => ({
  name,
  query,
  code: 'CYPHER_MEMORY_LIMIT',
  status: 422,
  message: /needed more memory than one query may use.*db(ms)?\.memory\.transaction\.(total\.)?max/,
});
const refused = (
  name: string,
  query: string,
  message: RegExp,
  params?: Record<string, unknown>,
): Runaway => ({
  name,
  query,
  ...(params ? { params } : {}),
  code: 'CYPHER_REFUSED',
  status: 400,
  message,
});

const runaways: Runaway[] = [
  timeout(
    'a billion-row scan that never matches',
    'UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN x',
  ),
  timeout(
    'a four-way cartesian product',
    'MATCH (a:Dot), (b:Dot), (c:Dot), (d:Dot) WHERE a.i + b.i + c.i + d.i = -1 RETURN count(*) AS n',
  ),
  timeout('an unbounded variable-length path count', 'MATCH p = (:Dot)-[*]-(:Dot) RETURN count(p) AS n'),
  timeout('paths of up to twelve hops', 'MATCH (a:Dot)-[*1..12]->(b:Dot) RETURN count(*) AS n'),
  timeout(
    'two nested ranges of rows',
    'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y RETURN count(*) AS n',
  ),
  timeout(
    'the top row of a billion',
    'UNWIND range(1, 1000000000) AS x WITH x ORDER BY x DESC RETURN x LIMIT 1',
  ),
  timeout(
    'every shortest path between every pair',
    'MATCH (a:Dot), (b:Dot) WHERE a <> b MATCH p = allShortestPaths((a)-[*]-(b)) RETURN count(p) AS n',
  ),
  memory(
    'collecting a hundred million numbers',
    'UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n',
  ),
  memory(
    'collecting ten million strings',
    "UNWIND range(1, 10000000) AS x RETURN size(collect('abcdefghijklmnopqrstuvwxyz' + x)) AS n",
  ),
  memory(
    'counting a hundred million distinct values',
    'UNWIND range(1, 100000000) AS x RETURN count(DISTINCT x) AS n',
  ),
  memory(
    'sorting a hundred million rows',
    'UNWIND range(1, 100000000) AS x WITH x ORDER BY x % 7, x RETURN x',
  ),
  memory(
    'grouping ten million rows',
    'UNWIND range(1, 1000) AS g UNWIND range(1, 100000) AS y WITH g, collect(y) AS ys RETURN count(*) AS n',
  ),
  memory(
    'collecting then unwinding a big list',
    'UNWIND range(1, 50000000) AS x WITH collect(x) AS xs UNWIND xs AS y RETURN count(y) AS n',
  ),
  refused(
    'a string doubled in reduce',
    "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n",
    /accumulator s 2 times/,
  ),
  refused(
    'a list doubled in reduce',
    'RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n',
    /accumulator l 2 times/,
  ),
  refused(
    'a string doubled through replace',
    "RETURN size(reduce(s = 'x', i IN range(1, 40) | replace(s, 'x', 'xx'))) AS n",
    /through replace\(\)/,
  ),
  refused(
    'a string doubled clause by clause',
    `WITH 'x' AS s ${'WITH s + s AS s '.repeat(40)}RETURN size(s) AS n`,
    /s \+ s doubles a value/,
  ),
  refused(
    'a comprehension over a hundred million',
    'RETURN size([x IN range(1, 100000000) | x]) AS n',
    /yields 100000000 values in all; at most 100000/,
  ),
  refused(
    'nested comprehensions',
    'RETURN size([x IN range(1, 10000) | [y IN range(1, 10000) | y]]) AS n',
    /yields 100000000 values/,
  ),
  refused(
    'a sum over nine quintillion numbers',
    'RETURN reduce(a = 0, i IN range(1, 9000000000000000000) | a + i) AS n',
    /yields 9000000000000000000 values/,
  ),
  refused(
    'a comprehension over a range from a parameter',
    'RETURN size([x IN range(1, $n) | x]) AS n',
    /yields 1000000000 values/,
    {
      n: 1_000_000_000,
    },
  ),
  refused(
    'a range with computed bounds',
    "RETURN [i IN range(0, size('abc') * 100000000) | i] AS n",
    /whole-number bounds/,
  ),
  refused(
    'brackets nested 500 deep',
    `RETURN ${'('.repeat(500)}1${')'.repeat(500)} AS n`,
    /nested 500 deep; at most 50/,
  ),
  refused(
    'a chain of 500 additions',
    `WITH 1 AS x, 2 AS z RETURN ${'x+z+'.repeat(250)}1 AS n`,
    /500 arithmetic operators; at most 100/,
  ),
  refused(
    'a query of 30000 characters',
    `RETURN '${'x'.repeat(30_000)}' AS n`,
    /characters long; at most 20000/,
  ),
  {
    name: 'parameters nested ten thousand deep',
    query: 'RETURN $p AS p',
    paramsJson: nestedJson(10_000),
    code: 'BAD_USER_INPUT',
    status: 400,
    message: new RegExp(`nested more than ${MAX_PARAM_DEPTH} levels deep`),
  },
  {
    name: 'parameters with 120000 values',
    query: 'RETURN size($p) AS n',
    // Zeros, so that the body stays under the route's 256 KB.
    params: { p: Array.from({ length: 120_000 }, () => 0) },
    code: 'BAD_USER_INPUT',
    status: 400,
    message: new RegExp(`more than ${MAX_PARAM_VALUES} values`),
  },
];

describe('runaway researcher Cypher', () => {
  let neo4j: ThrowawayNeo4j;
  let api: TestApi;
  const post = async (body: { query: string; params?: unknown; paramsJson?: string; limit?: number }) => {
    const { paramsJson, ...rest } = body;
    const res = await fetch(`${api.server.url}/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: paramsJson
        ? `${JSON.stringify(rest).slice(0, -1)},"params":${paramsJson}}`
        : JSON.stringify(rest),
    });
    return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
  };
  const logs = async () =>
    (
      await Promise.all(
        ['console.log', 'debug.log', 'neo4j.log'].map((file) =>
          readFile(path.join(neo4j.instance.home, 'logs', file), 'utf8').catch(() => ''),
        ),
      )
    ).join('\n');

  // A timed-out runaway keeps its slot until Neo4j lets it go, which a slow machine may not
  // have done yet; a hog sent then would meet CYPHER_BUSY rather than the memory limit.
  const untilIdle = async () => {
    const giveUpAt = Date.now() + 30_000;
    while (researcherQueriesRunning() > 0 && Date.now() < giveUpAt)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(researcherQueriesRunning()).toBe(0);
  };

  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j();
    api = await startTestApi(neo4j, { cypherTimeoutMs: TIMEOUT_MS });
    // A small, densely linked graph: enough for paths and products to explode.
    const session = api.db.driver.session();
    try {
      await session.run(
        `UNWIND range(0, 299) AS i CREATE (:Dot {i: i})
         WITH count(*) AS made
         MATCH (a:Dot), (b:Dot) WHERE (a.i * 7 + b.i * 13) % 37 = 0 AND a <> b CREATE (a)-[:LINK]->(b)`,
      );
    } finally {
      await session.close();
    }
  });
  afterAll(async () => {
    await api?.close();
    await neo4j?.destroy();
  });

  it('holds at least 20 runaways', () => {
    expect(runaways.length).toBeGreaterThanOrEqual(20);
  });

  it('runs with the memory limits docker-compose.yml sets too', async () => {
    const compose = parse(await readFile(fromRoot('docker-compose.yml'), 'utf8')) as {
      services: { neo4j: { environment: Record<string, string> } };
    };
    const env = compose.services.neo4j.environment;
    const { records } = await api.db.driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['db.memory.transaction.max', 'dbms.memory.transaction.total.max'] RETURN name, value",
    );
    const settings = Object.fromEntries(
      records.map((r) => [r.get('name') as string, r.get('value') as string]),
    );
    const mib = (value: string) => `${Number.parseInt(value, 10)}.00MiB`;
    expect(settings).toEqual({
      'db.memory.transaction.max': mib(env.NEO4J_db_memory_transaction_max!),
      'dbms.memory.transaction.total.max': mib(env.NEO4J_dbms_memory_transaction_total_max!),
    });
    expect(settings['db.memory.transaction.max']).toBe('128.00MiB');
  });

  it.each(runaways)(
    'ends $name with $code ($status), in time',
    async ({ query, params, paramsJson, code, status, message }) => {
      const started = Date.now();
      const res = await post({ query, params, paramsJson });
      expect(res.body.error?.code).toBe(code);
      expect(res.status).toBe(status);
      expect(res.body.error?.message).toMatch(message);
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + CYPHER_GRACE_MS + SLACK_MS);
    },
  );

  it('stops a billion rows at the row cap rather than sending them', async () => {
    const started = Date.now();
    const res = await post({ query: 'UNWIND range(1, 1000000000) AS x RETURN x', limit: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ columns: ['x'], rows: [[1], [2], [3], [4], [5]], truncated: true });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a memory limit through the GraphQL field by its code', async () => {
    await untilIdle();
    const { data, errors } = await send(api, 'query ($q: String!) { cypher(query: $q) { rows } }', {
      q: 'UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n',
    });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({ code: 'CYPHER_MEMORY_LIMIT' });
  });

  // The GraphQL endpoint caps variables at the same depth before any resolver runs.
  it('refuses parameters nested past the limit through the GraphQL field too, naming it', async () => {
    const query = 'query ($p: JSON) { cypher(query: "RETURN $p AS p", params: $p) { rows } }';
    const res = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":${JSON.stringify(query)},"variables":${nestedJson(MAX_PARAM_DEPTH + 8)}}`,
    });
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(`more than ${MAX_PARAM_DEPTH} levels deep`);
  });

  it('fails four memory hogs at once alone, each by name', async () => {
    await untilIdle();
    const hog = "UNWIND range(1, 10000000) AS x RETURN size(collect('abcdefghijklmnopqrstuvwxyz' + x)) AS n";
    const answers = await Promise.all(Array.from({ length: 4 }, () => post({ query: hog })));
    expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual(
      Array.from({ length: 4 }, () => [422, 'CYPHER_MEMORY_LIMIT']),
    );
  });

  it('leaves Neo4j answering, with no heap exhaustion in its logs', async () => {
    const res = await post({ query: 'MATCH (d:Dot) RETURN count(d) AS dots' });
    expect(res).toEqual({ status: 200, body: { columns: ['dots'], rows: [[300]], truncated: false } });
    const log = await logs();
    expect(log).toMatch(/Started/);
    expect(log).not.toMatch(/OutOfMemoryError|Java heap space/);
  });
});
