import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../src/seed/load.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { tempSeed } from './support/temp-seed.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './support/throwaway-neo4j.ts';

const source = { id: 'source:cache-test', label: 'Cache test', kind: 'BLOG_POST', publisherKind: 'BLOG' };
const seedWith = (name: string) => ({
  'sources.yaml': { sources: [source] },
  'orgs.yaml': {
    organisations: [
      {
        id: 'org:cache-test',
        label: 'cache test',
        name,
        kind: 'POLICE_FORCE',
        sources: [{ source: source.id, locator: 'paragraph 1' }],
      },
    ],
  },
});
const QUERY = '{ node(id: "org:cache-test") { id ... on Organisation { name } } }';

// Loads change the graph's version, so this file owns a database no other file loads into.
describe('reusing answers while the graph is unchanged', () => {
  let neo4j: ThrowawayNeo4j;
  let api: TestApi;
  let seed: Awaited<ReturnType<typeof tempSeed>>;

  const post = async (body: unknown) => {
    const response = await api.post(body);
    return {
      age: response.headers.get('age'),
      etag: response.headers.get('etag'),
      text: await response.text(),
    };
  };
  const get = async (query: string, ifNoneMatch?: string) => {
    const response = await fetch(`${api.server.url}/graphql?${new URLSearchParams({ query })}`, {
      headers: {
        'apollo-require-preflight': 'true',
        ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}),
      },
    });
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      cacheControl: response.headers.get('cache-control'),
      text: await response.text(),
    };
  };
  const nameNow = async () =>
    (JSON.parse((await post({ query: QUERY })).text) as { data: { node: { name: string } } }).data.node.name;

  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j();
    seed = await tempSeed(seedWith('Before'));
    api = await startTestApi(neo4j, {}, { maxMb: 8, pollMs: 100 });
    await loadSeed(api.db, seed.dir);
    // Nothing is kept or tagged until the API has read the graph's version.
    for (const started = Date.now(); !(await get(QUERY)).etag;) {
      if (Date.now() - started > 10_000) throw new Error('no ETag within 10 s of the load');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(async () => {
    await api?.close();
    await seed?.remove();
    await neo4j?.destroy();
  });

  it('answers a repeated query from the kept answer, byte for byte the computed one', async () => {
    const query = '{ organisations(first: 5) { edges { node { id name } } } }';
    const computed = await post({ query });
    const kept = await post({ query });
    expect(computed.age).toBeNull();
    expect(kept.age).not.toBeNull();
    expect(kept.text).toBe(computed.text);
    expect(kept.text).toContain('"extensions":{"cost"');
  });

  it('keeps no answer that has errors', async () => {
    const query = '{ organisations(first: 1, after: "not-a-cursor") { edges { node { id } } } }';
    const first = await post({ query });
    expect(first.text).toContain('"errors"');
    expect((await post({ query })).age).toBeNull();
  });

  it('tags GET answers with an ETag, and answers an If-None-Match that still holds with 304 and no body', async () => {
    const first = await get(QUERY);
    expect(first).toMatchObject({ status: 200, cacheControl: 'no-cache' });
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    const again = await get(QUERY, first.etag!);
    expect(again).toMatchObject({ status: 304, etag: first.etag, text: '' });
    expect((await get(QUERY, `W/${first.etag}, "other"`)).status).toBe(304);
    expect((await get(QUERY, '"not-this-one"')).status).toBe(200);
    // Another query, or the same one with other variables, has a tag of its own.
    expect((await get('{ organisations(first: 1) { edges { node { id } } } }')).etag).not.toBe(first.etag);
  });

  it('tags persisted queries sent by POST, and leaves other POSTs untagged', async () => {
    const sha256Hash = createHash('sha256').update(QUERY).digest('hex');
    const persisted = await post({
      query: QUERY,
      extensions: { persistedQuery: { version: 1, sha256Hash } },
    });
    expect(persisted.etag).toMatch(/^"[\w-]{27}"$/);
    expect((await post({ query: QUERY })).etag).toBeNull();
  });

  it('goes on serving the kept answer after an edit by hand, which is not a load', async () => {
    expect(await nameNow()).toBe('Before');
    await api.db.driver.executeQuery("MATCH (n {id: 'org:cache-test'}) SET n.name = 'Edited by hand'");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await nameNow()).toBe('Before');
  });

  it('drops what it kept, and changes every ETag, once a load changes the graph', async () => {
    const before = await get(QUERY);
    await seed.replace(seedWith('After'));
    await loadSeed(api.db, seed.dir);
    await expect.poll(nameNow, { timeout: 5_000, interval: 50 }).toBe('After');
    const after = await get(QUERY);
    expect(after.etag).not.toBe(before.etag);
    expect((await get(QUERY, before.etag!)).status).toBe(200);
  });
});
