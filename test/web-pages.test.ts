import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions, validationRules } from '../src/http/limits.ts';
import { MAX_COST } from '../src/http/query-cost.ts';
import { loadTypeDefs } from '../src/graph/schema-files.ts';
import { startTestApi, type TestApi } from './support/api.ts';

const examplesDir = 'src/browser/playground/examples';
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => ({ file, query: readFileSync(`${examplesDir}/${file}`, 'utf8') }));

describe('the pages the API serves itself', () => {
  let api: TestApi;
  const get = (path: string, accept = 'text/html') =>
    fetch(`${api.server.url}${path}`, { headers: { accept } });
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('answers a browser on /graphql with a GraphiQL page whose every asset is served here', async () => {
    const response = await get('/graphql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('/assets/vendor/graphiql.js');
    expect(html).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((a) => a !== 'data:,');
    expect(assets.length).toBeGreaterThanOrEqual(6);
    for (const asset of assets) {
      expect(asset, asset).toMatch(/^\/assets\//);
      expect((await get(asset, '*/*')).status, asset).toBe(200);
    }
  });

  it('leaves queries to Apollo: POST, GET with a query, and GET from a non-browser', async () => {
    const typename = {
      data: { __typename: 'Query' },
      extensions: { cost: { estimated: 1, limit: MAX_COST } },
    };
    expect(await (await api.post({ query: '{ __typename }' })).json()).toEqual(typename);
    const viaGet = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await viaGet.json()).toEqual(typename);
    const plain = await get('/graphql', 'application/json');
    expect(plain.headers.get('content-type')).not.toMatch(/html/);
  });

  it('serves the graph view and its bundle, built from the TypeScript sources', async () => {
    const page = await get('/explore');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('src="/assets/explore.js"');
    const bundle = await get('/assets/explore.js', '*/*');
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    const code = await bundle.text();
    expect(code).toContain('SearchEntities');
    expect(code).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('serves only the vendor files it names', async () => {
    expect((await get('/assets/vendor/react.js', '*/*')).status).toBe(200);
    for (const name of ['package.json', 'constructor', '..%2Fpackage.json', 'graphiql.min.js.map']) {
      expect((await get(`/assets/vendor/${name}`, '*/*')).status, name).toBe(404);
    }
  });

  it("lets GraphiQL's introspection query through the depth limit", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
    });
    const body = (await (await api.post({ query })).json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
  });

  it.each(examples)('playground example $file is valid and within the limits', ({ query }) => {
    const schema = buildSchema(loadTypeDefs());
    expect(validate(schema, parse(query, parseOptions), validationRules).map((e) => e.message)).toEqual([]);
  });

  it('the playground examples answer what the page promises', async () => {
    const run = async (file: string) =>
      (await (await api.post({ query: examples.find((e) => e.file === file)!.query })).json()) as {
        data?: Record<string, unknown>;
        errors?: unknown;
      };
    const history = await run('1-cornwall-judgements.graphql');
    expect(history.errors).toBeUndefined();
    expect(JSON.stringify(history.data)).toContain('INADEQUATE');
    const apology = await run('2-apology-2009.graphql');
    expect(apology.errors).toBeUndefined();
    expect(apology.data?.statement).toMatchObject({
      speakers: expect.arrayContaining([expect.objectContaining({ id: 'org:devon-and-cornwall-police' })]),
    });
    const path = await run('3-shortest-path.graphql');
    expect(path.errors).toBeUndefined();
    const nodes = (path.data?.shortestPath as { nodes: { id: string }[] }).nodes.map((n) => n.id);
    expect([nodes[0], nodes.at(-1)]).toEqual(['person:dean-ashton', 'org:ofsted']);
  });
});
