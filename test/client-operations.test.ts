import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthoritiesPageDocument,
  AuthorityJudgementHistoryDocument,
  AuthorityPageDocument,
  CypherQueryDocument,
  DatabaseInfoDocument,
  EnglandOnDayDocument,
  NationalCountsDocument,
  NeighbourhoodDocument,
  NodeByIdDocument,
  NodeDetailsDocument,
  PersonProfileDocument,
  PlaceOfPostcodeDocument,
  SearchAuthoritiesDocument,
  SearchEntitiesDocument,
  StatementDetailDocument,
} from '../src/client/generated/graphql.ts';
import { startTestApi, type TestApi } from './support/api.ts';

// Every operation a front end gets from codegen's client preset, run against the server;
// `npm run typecheck` checks the same documents' result types at compile time.
describe('the typed client operations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('AuthorityJudgementHistory: overall grades over the years', async () => {
    const { data, errors } = await api.execute(AuthorityJudgementHistoryDocument, {
      id: 'authority:cornwall',
      overallOnly: true,
    });
    expect(errors).toBeUndefined();
    const history = data?.authority?.judgementHistory ?? [];
    // The 2009 rating from the news article; the earlier inspections the 2016 report names
    // (no publication date known); then the SIF and ILACS reports of the data files.
    expect(history.map((j) => [j.inspection.id, j.inspection.published?.text ?? null, j.grade])).toEqual([
      ['inspection:cornwall-2009-ofsted', '2009', 'INADEQUATE'],
      ['inspection:cornwall-2011-lac', null, 'ADEQUATE'],
      ['inspection:cornwall-2013-cp', null, 'ADEQUATE'],
      ['inspection:cornwall-2016-sif', '2016-06-27', 'GOOD'],
      ['inspection:cornwall-2019-ilacs', '2019-11-05', 'OUTSTANDING'],
      ['inspection:cornwall-2024-ilacs', '2024-08-22', 'GOOD'],
    ]);
    expect(history[3]?.supportedBy.map((c) => c.source.id)).toEqual(
      expect.arrayContaining(['source:seed-000', 'source:data-ofsted-csc-reports']),
    );
  });

  it('AuthoritiesPage: a filtered page with a cursor', async () => {
    const { data } = await api.execute(AuthoritiesPageDocument, {
      filter: { regionCode: 'E12000009' },
      first: 10,
    });
    expect(data?.authorities.edges.map((e) => e.node.name)).toContain('Cornwall Council');
    expect(data?.authorities.pageInfo.endCursor).toEqual(expect.any(String));
  });

  it('PersonProfile: posts and statements', async () => {
    const { data } = await api.execute(PersonProfileDocument, { id: 'person:dawn-primarolo' });
    expect(data?.person?.posts.map((p) => [p.title, p.body.name])).toEqual([
      ['Children’s Minister', 'the Government'],
    ]);
    expect(data?.person?.statements.edges.map((e) => e.node.id)).toEqual([
      'statement:primarolo-2009-response',
    ]);
  });

  it('StatementDetail: who issued the 2009 apology', async () => {
    const { data } = await api.execute(StatementDetailDocument, {
      id: 'statement:cornwall-2009-joint-apology',
    });
    expect(data?.statement?.speakers.map((s) => s.id)).toEqual([
      'authority:cornwall',
      'org:nhs-cornwall-and-isles-of-scilly',
      'org:devon-and-cornwall-police',
      'org:cornwall-and-isles-of-scilly-lscb',
    ]);
  });

  it('NodeById and DatabaseInfo', async () => {
    const node = await api.execute(NodeByIdDocument, { id: 'team:cornwall-teylu' });
    expect(node.data?.node).toMatchObject({ __typename: 'Team', id: 'team:cornwall-teylu' });
    const db = await api.execute(DatabaseInfoDocument);
    expect(db.data?.database.nodeCount).toBeGreaterThan(80);
  });

  it('CypherQuery: a read with parameters, and a refusal with its reason', async () => {
    const { data, errors } = await api.execute(CypherQueryDocument, {
      query: 'MATCH (i:Inspection)-[:INSPECTED]->(:Authority {id: $id}) RETURN count(i) AS inspections',
      params: { id: 'authority:cornwall' },
    });
    expect(errors).toBeUndefined();
    expect(data?.cypher.columns).toEqual(['inspections']);
    expect(data?.cypher.rows[0]?.[0]).toBeGreaterThanOrEqual(6);
    const refused = await api.execute(CypherQueryDocument, { query: 'MATCH (n) DETACH DELETE n' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CYPHER_REFUSED');
  });

  it('Neighbourhood: what the graph view draws around Cornwall', async () => {
    const { data, errors } = await api.execute(NeighbourhoodDocument, { id: 'authority:cornwall' });
    expect(errors).toBeUndefined();
    const ids = data?.neighbourhood?.nodes.map((n) => n.id) ?? [];
    expect(ids[0]).toBe('authority:cornwall');
    expect(ids).toContain('inspection:cornwall-2016-sif');
    // Its relationships' ends are named from the nodes it read without their other properties.
    expect(data?.neighbourhood?.relationships.length).toBeGreaterThan(0);
    for (const r of data?.neighbourhood?.relationships ?? []) {
      expect(ids).toContain(r.from);
      expect(ids).toContain(r.to);
    }
  });

  it('SearchEntities: a Cornish team name, best match first', async () => {
    const { data, errors } = await api.execute(SearchEntitiesDocument, { text: 'Teylu' });
    expect(errors).toBeUndefined();
    expect(data?.search[0]?.node).toMatchObject({ __typename: 'Team', id: 'team:cornwall-teylu' });
  });

  it('NodeDetails: a node’s own fields and the sources behind them', async () => {
    const { data, errors } = await api.execute(NodeDetailsDocument, { id: 'authority:cornwall' });
    expect(errors).toBeUndefined();
    expect(data?.node).toMatchObject({
      __typename: 'Authority',
      name: 'Cornwall Council',
      kind: 'UNITARY_AUTHORITY',
    });
    const node = data?.node;
    const sources = node && 'supportedBy' in node ? node.supportedBy.map((c) => c.source.id) : [];
    expect(sources).toEqual(expect.arrayContaining(['source:seed-000', 'source:data-dfe-las']));
  });

  it('AuthorityPage: the record the authority page draws', async () => {
    const { data, errors } = await api.execute(AuthorityPageDocument, { id: 'authority:cornwall' });
    expect(errors).toBeUndefined();
    const a = data?.authority;
    expect(a?.latestJudgements[0]).toMatchObject({ areaKey: 'overall', grade: 'GOOD' });
    expect(a?.statisticalNeighbours).toHaveLength(10);
    expect(a?.judgementHistory.every((j) => j.supportedBy.length > 0)).toBe(true);
  });

  it('EnglandOnDay and NationalCounts: the map of a day and the counts beside it', async () => {
    const day = '2025-03-31';
    const map = await api.execute(EnglandOnDayDocument, { day });
    expect(map.errors).toBeUndefined();
    expect(map.data?.englandDistricts).toHaveLength(296);
    const counts = await api.execute(NationalCountsDocument, { day });
    expect(counts.data?.gradeDistribution).toEqual(map.data?.gradeDistribution);
  });

  it('PlaceOfPostcode and SearchAuthorities: what the pages’ search box asks', async () => {
    const place = await api.execute(PlaceOfPostcodeDocument, { postcode: 'TR1 1XU' });
    expect(place.data?.authorityForPostcode?.authority).toEqual({
      id: 'authority:cornwall',
      name: 'Cornwall Council',
    });
    const found = await api.execute(SearchAuthoritiesDocument, { text: 'Cornwall' });
    expect(found.data?.search[0]?.node.id).toBe('authority:cornwall');
  });

  it('covers every operation in src/client/operations', () => {
    const dir = new URL('../src/client/operations/', import.meta.url);
    const declared = readdirSync(dir)
      .flatMap((file) => [...readFileSync(new URL(file, dir), 'utf8').matchAll(/^query (\w+)/gm)])
      .map((m) => m[1])
      .sort();
    const tested = [...readFileSync(new URL(import.meta.url), 'utf8').matchAll(/\b(\w+)Document\b/g)].map(
      (m) => m[1],
    );
    expect(declared.filter((name) => !tested.includes(name))).toEqual([]);
  });

  it('the example script prints Cornwall’s judgement history and a Cypher count', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/client-example.ts'], {
      env: { PATH: process.env.PATH, API_URL: `${api.server.url}/graphql` },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(output).toContain('Cornwall Council: overall effectiveness, oldest first');
    expect(output).toMatch(/2019-11-05\s+OUTSTANDING\s+inspection:cornwall-2019-ilacs/);
    expect(output).toMatch(/Authorities in the graph \(by Cypher\): \d{3}/);
    expect(code).toBe(0);
  });
});
