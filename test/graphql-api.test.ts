import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInfoDocument } from '../src/client/generated/graphql.ts';
import { startTestApi, type TestApi } from './support/api.ts';

describe('the GraphQL endpoint', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('answers with facts read from the real database, which change when the graph does', async () => {
    const label = `RoundTrip_${Date.now()}`;
    const before = await api.execute(DatabaseInfoDocument);
    expect(before.errors).toBeUndefined();
    expect(before.data?.database).toMatchObject({ version: expect.stringMatching(/^5\.26\.\d+$/) });

    await api.db.driver.executeQuery(
      `UNWIND range(1, 3) AS i CREATE (:${label} {i: i})-[:NEXT]->(:${label})`,
    );
    try {
      const after = await api.execute(DatabaseInfoDocument);
      expect(after.data?.database.nodeCount).toBe(before.data!.database.nodeCount + 6);
      expect(after.data?.database.relationshipCount).toBe(before.data!.database.relationshipCount + 3);
    } finally {
      await api.db.driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    }
  });

  it('names an unknown field in a validation error', async () => {
    const response = await api.post({ query: '{ database { colour } }' });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      message: 'Cannot query field "colour" on type "DatabaseInfo".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('works through a routing neo4j:// URI as well as bolt://', async () => {
    const { uri, username, password } = (await import('vitest')).inject('neo4j');
    const routed = await startTestApi({ uri: uri.replace(/^bolt:/, 'neo4j:'), username, password });
    try {
      const result = await routed.execute(DatabaseInfoDocument);
      expect(result.errors).toBeUndefined();
      expect(result.data?.database.edition).toBeTruthy();
    } finally {
      await routed.close();
    }
  });

  describe('over HTTP', () => {
    const postRaw = (body: string, contentType = 'application/json') =>
      fetch(`${api.server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

    it('refuses a body over 64 KB with 413, in the shape of GraphQL errors', async () => {
      const response = await postRaw(JSON.stringify({ query: `{ __typename } #${'x'.repeat(64 * 1024)}` }));
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [{ message: 'The request body is larger than 64 KB.', extensions: { code: 'BAD_REQUEST' } }],
      });
    });

    it('takes UTF-8 JSON, with or without a byte-order mark, and leaves other content types to Apollo to refuse', async () => {
      const json = await postRaw('{"query":"{ __typename }"}', 'application/json; charset=utf-8');
      expect(await json.json()).toMatchObject({ data: { __typename: 'Query' } });
      const marked = await postRaw('\uFEFF{"query":"{ __typename }"}');
      expect(await marked.json()).toMatchObject({ data: { __typename: 'Query' } });
      const text = await postRaw('{"query":"{ __typename }"}', 'text/plain');
      expect(text.status).toBe(400);
      expect(await text.text()).toMatch(/preflight|Content-Type/i);
    });

    it('refuses what another site could make a browser send without asking first (CSRF)', async () => {
      const url = `${api.server.url}/graphql`;
      const simpleGet = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`);
      expect(simpleGet.status).toBe(400);
      expect(await simpleGet.text()).toMatch(/Cross-Site Request Forgery/);
      const form = await postRaw('query=%7B__typename%7D', 'application/x-www-form-urlencoded');
      expect(form.status).toBe(400);
      expect(await form.text()).toMatch(/Cross-Site Request Forgery/);
    });

    it('refuses by name, with 415, bodies in another charset or compressed', async () => {
      const latin1 = await postRaw('{"query":"{ __typename }"}', 'application/json; charset=iso-8859-1');
      expect(latin1.status).toBe(415);
      expect(((await latin1.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
        /charset "iso-8859-1"/,
      );
      const gzipped = await fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync('{"query":"{ __typename }"}'),
      });
      expect(gzipped.status).toBe(415);
      expect(((await gzipped.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
        /"gzip"/,
      );
    });

    it('reaches Apollo on /graphql/ too, and asks that no answer be cached', async () => {
      const response = await fetch(`${api.server.url}/graphql/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(await response.json()).toMatchObject({ data: { __typename: 'Query' } });
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('answers with a length, no ETag, and keeps the connection for the next request', async () => {
      const response = await postRaw('{"query":"{ __typename }"}');
      const body = await response.text();
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('connection')).not.toBe('close');
    });

    it('lets Apollo refuse methods other than GET and POST, and requests a browser could forge', async () => {
      const put = await fetch(`${api.server.url}/graphql`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(put.status).toBe(405);
      const forged = await fetch(`${api.server.url}/graphql`, { method: 'PUT' });
      expect(await forged.text()).toMatch(/Cross-Site Request Forgery/);
    });
  });
});
