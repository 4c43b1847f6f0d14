import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { send } from './support/gql.ts';

const CYPHER = `query ($query: String!, $params: JSON, $limit: PositiveInt! = 1000) {
  cypher(query: $query, params: $params, limit: $limit) { columns rows truncated }
}`;

interface Answer {
  cypher: { columns: string[]; rows: unknown[][]; truncated: boolean };
}

describe('read-only Cypher for researchers', () => {
  let api: TestApi;
  let nodeCount: number;
  const run = (query: string, params?: unknown, limit?: number) =>
    send<Answer>(api, CYPHER, { query, params, ...(limit ? { limit } : {}) });
  const countNodes = async () =>
    await api.db.read({
      cypher: 'MATCH (n) RETURN count(n) AS c',
      map: (r) => r.records[0]!.get('c') as number,
    });

  beforeAll(async () => {
    // A short time limit, so the runaway query below is stopped quickly.
    api = await startTestApi(undefined, { cypherTimeoutMs: 1_500 });
    nodeCount = await countNodes();
  });
  afterAll(() => api?.close());

  it('answers a read with its columns and rows', async () => {
    const { data, errors } = await run('MATCH (a:Authority) RETURN count(a) AS authorities');
    expect(errors).toBeUndefined();
    expect(data?.cypher.columns).toEqual(['authorities']);
    expect(data?.cypher.rows[0]![0]).toBeGreaterThan(100);
    expect(data?.cypher.truncated).toBe(false);
  });

  it('returns nodes and relationships as maps of their properties, ends named by id', async () => {
    const { data } = await run(
      `MATCH (i:Inspection {id: 'inspection:cornwall-2016-sif'})-[r:INSPECTED]->(a)
       RETURN a, r, i.started AS started, date('2016-06-27') AS day`,
    );
    const [authority, rel, , day] = data!.cypher.rows[0]!;
    expect(authority).toMatchObject({
      _id: 'authority:cornwall',
      _labels: expect.arrayContaining(['Authority']),
      name: 'Cornwall Council',
    });
    expect(rel).toMatchObject({
      _type: 'INSPECTED',
      _start: 'inspection:cornwall-2016-sif',
      _end: 'authority:cornwall',
    });
    expect(day).toBe('2016-06-27');
  });

  it('passes parameters, whole numbers as integers', async () => {
    const { data, errors } = await run(
      'MATCH (a:Authority {id: $id}) RETURN a.name AS name, range(1, $n) AS ns LIMIT $n',
      { id: 'authority:cornwall', n: 3 },
    );
    expect(errors).toBeUndefined();
    expect(data?.cypher.rows).toEqual([['Cornwall Council', [1, 2, 3]]]);
  });

  it('stops at the row limit and says the answer was cut short', async () => {
    const { data } = await run('MATCH (n) RETURN n.id AS id', undefined, 5);
    expect(data?.cypher.rows).toHaveLength(5);
    expect(data?.cypher.truncated).toBe(true);
    const exact = await run('UNWIND range(1, 5) AS x RETURN x', undefined, 5);
    expect(exact.data?.cypher.truncated).toBe(false);
  });

  it('rejects a limit above 5000, naming the argument', async () => {
    const { errors } = await run('RETURN 1', undefined, 5001);
    expect(errors?.[0]).toMatchObject({
      message: 'Argument "limit" must be between 1 and 5000 (got 5001).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it.each([
    ['a create', 'CREATE (n:Intruder)', /query type "w"/],
    ['a property write', 'MATCH (n) SET n.x = 1', /query type "w"/],
    ['a delete', 'MATCH (n) DETACH DELETE n', /query type "w"/],
    ['an index', 'CREATE INDEX intruder FOR (n:Authority) ON (n.x)', /query type "s"/],
    ['creating a database', 'CREATE DATABASE foo', /administration/],
    ['listing users', 'SHOW USERS', /administration/],
    ['listing transactions', 'SHOW TRANSACTIONS', /administration/],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ['an APOC procedure', "CALL apoc.load.json('file:///etc/passwd')", /procedure apoc\.load\.json/],
    ['killing queries', "CALL dbms.killQueries(['query-1'])", /procedure dbms\.killQueries/],
    ['a server procedure that reads', 'CALL dbms.components()', /procedure dbms\.components/],
    ['a write procedure', "CALL db.createLabel('X')", /procedure db\.createLabel/],
    ['an APOC function', "RETURN apoc.text.join(['a'], ',') AS s", /function apoc\.text\.join/],
    ['CALL IN TRANSACTIONS', 'CALL { CREATE (n) } IN TRANSACTIONS', /IN TRANSACTIONS/],
    [
      'a read in transactions',
      'UNWIND [1] AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS RETURN y',
      /IN TRANSACTIONS/,
    ],
    ['two statements', 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n', /more than one statement/],
  ])('refuses %s, saying why, and leaves the graph unchanged', async (_name, query, reason) => {
    const { data, errors } = await run(query);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('CYPHER_REFUSED');
    expect(errors?.[0]?.message).toMatch(/^Query refused: /);
    expect(errors?.[0]?.message).toMatch(reason);
    expect(await countNodes()).toBe(nodeCount);
  });

  it('allows the procedures that describe the graph', async () => {
    const { data, errors } = await run('CALL db.labels() YIELD label RETURN label ORDER BY label');
    expect(errors).toBeUndefined();
    expect(data?.cypher.rows).toContainEqual(['Authority']);
  });

  it('does not mistake a procedure name inside a string for a call', async () => {
    const { errors } = await run("RETURN 'CALL apoc.x(); LOAD CSV' AS text");
    expect(errors).toBeUndefined();
  });

  it('passes on Neo4j’s complaint about a query it cannot parse', async () => {
    const { errors } = await run('MATCH (n RETURN n');
    expect(errors?.[0]?.extensions?.code).toBe('CYPHER_INVALID');
    expect(errors?.[0]?.message).toMatch(/^Neo4j cannot run this query: /);
  });

  it('stops a query that runs too long', async () => {
    const started = Date.now();
    const { errors } = await run('UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN x');
    expect(errors?.[0]).toMatchObject({
      message: 'The query ran longer than 1500 ms and was stopped; narrow it or add a LIMIT.',
      extensions: { code: 'CYPHER_TIMEOUT' },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await countNodes()).toBe(nodeCount);
  });

  it('runs at most four researcher queries at once and tells the fifth to come back', async () => {
    const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN x';
    const answers = await Promise.all(Array.from({ length: 5 }, () => run(slow)));
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code).sort();
    expect(codes).toEqual([
      'CYPHER_BUSY',
      'CYPHER_TIMEOUT',
      'CYPHER_TIMEOUT',
      'CYPHER_TIMEOUT',
      'CYPHER_TIMEOUT',
    ]);
    expect(answers.find((a) => a.errors?.[0]?.extensions?.code === 'CYPHER_BUSY')?.errors?.[0]?.message).toBe(
      'At most 4 researcher queries run at once; try again shortly.',
    );
  });

  describe('POST /cypher', () => {
    const post = (body: unknown) =>
      fetch(`${api.server.url}/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('answers with columns, rows and truncated', async () => {
      const res = await post({
        query: 'MATCH (a:Authority {id: $id}) RETURN a.name AS name',
        params: { id: 'authority:cornwall' },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ columns: ['name'], rows: [['Cornwall Council']], truncated: false });
    });

    it('answers 408 when the query runs too long', async () => {
      const res = await post({ query: 'UNWIND range(1, 1000000000) AS x WITH x WHERE x = -1 RETURN x' });
      expect(res.status).toBe(408);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('CYPHER_TIMEOUT');
    });

    it('refuses a write with 400 and the reason', async () => {
      const res = await post({ query: 'MATCH (n) DETACH DELETE n' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('CYPHER_REFUSED');
      expect(body.error.message).toMatch(/query type "w"/);
      expect(await countNodes()).toBe(nodeCount);
    });
  });
});
