import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { attacks, type Attack } from './support/cypher-attacks.ts';
import { graphChecksum, type GraphChecksum } from './support/graph-checksum.ts';
import { send } from './support/gql.ts';

const CYPHER = `query ($query: String!, $params: JSON) {
  cypher(query: $query, params: $params) { columns rows truncated }
}`;

const corpus = attacks();

interface Outcome {
  status: number;
  code: string;
  message: string;
}

describe('researcher Cypher under attack', () => {
  let api: TestApi;
  let before: GraphChecksum;
  const checksum = () => graphChecksum(api.db.driver, inject('neo4j').database);
  const postCypher = async (body: unknown): Promise<Outcome> => {
    const res = await fetch(`${api.server.url}/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { error?: { code: string; message: string } };
    return { status: res.status, code: json.error?.code ?? 'OK', message: json.error?.message ?? '' };
  };

  /** Sent four at a time: the most researcher queries the API runs at once. */
  async function sendAll(list: Attack[]): Promise<Map<Attack, Outcome>> {
    const outcomes = new Map<Attack, Outcome>();
    const queue = [...list];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let attack = queue.shift(); attack; attack = queue.shift())
          outcomes.set(attack, await postCypher({ query: attack.query, params: attack.params }));
      }),
    );
    return outcomes;
  }

  beforeAll(async () => {
    api = await startTestApi();
    before = await checksum();
  });
  afterAll(() => api?.close());

  it('holds at least 200 distinct attacks', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((a) => a.query)).size).toBe(corpus.length);
  });

  it('refuses every attack over POST /cypher with 400, a named code and the reason', async () => {
    const outcomes = await sendAll(corpus);
    const wrong = corpus.flatMap((attack) => {
      const got = outcomes.get(attack)!;
      const refusedForTheReason = got.code === 'CYPHER_REFUSED' && attack.reason.test(got.message);
      const unparsable =
        got.code === 'CYPHER_INVALID' &&
        /^Neo4j cannot run this query: /.test(got.message) &&
        (attack.mayBeInvalid || attack.reason.test(got.message));
      return got.status === 400 && (refusedForTheReason || unparsable)
        ? []
        : [{ name: attack.name, query: attack.query, ...got }];
    });
    expect(wrong).toEqual([]);
  });

  it('refuses a sample of them through the GraphQL field, with the code in extensions', async () => {
    const sample = corpus.filter((_attack, i) => i % 10 === 0);
    for (const attack of sample) {
      const { data, errors } = await send<unknown>(api, CYPHER, {
        query: attack.query,
        params: attack.params,
      });
      expect(data, attack.name).toBeNull();
      expect(['CYPHER_REFUSED', 'CYPHER_INVALID'], attack.name).toContain(errors?.[0]?.extensions?.code);
      expect(errors?.[0]?.message, attack.name).toMatch(/^(Query refused: |Neo4j cannot run this query: )/);
    }
  });

  it('treats Cypher passed as a parameter as a plain string', async () => {
    const q = 'MATCH (n) DETACH DELETE n';
    const res = await postCypher({ query: 'RETURN $q AS text, size($q) AS length', params: { q } });
    expect(res).toEqual({ status: 200, code: 'OK', message: '' });
    const { data } = await send<{ cypher: { rows: unknown[][] } }>(api, CYPHER, {
      query: 'MATCH (a:Authority) WHERE a.name = $q RETURN count(a) AS matches',
      params: { q },
    });
    expect(data?.cypher.rows).toEqual([[0]]);
  });

  // A query may be at most 20,000 characters, so a body far past that is refused unparsed.
  it('refuses a body over 256 KB with 413, in the route’s shape', async () => {
    const res = await postCypher({ query: 'RETURN size($p) AS n', params: { p: 'x'.repeat(300_000) } });
    expect(res).toEqual({
      status: 413,
      code: 'BAD_REQUEST',
      message: 'The request body is larger than 256 KB.',
    });
  });

  it('leaves every node, relationship and property as it was', async () => {
    const after = await checksum();
    expect(after.nodes).toBeGreaterThan(100);
    expect(after).toEqual(before);
  });
});
