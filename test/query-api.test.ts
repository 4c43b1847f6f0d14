import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { data, send } from './support/gql.ts';

interface Page {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

describe('the query API over the seed graph', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  describe('fetching by id', () => {
    it('returns any node by its global id, typed', async () => {
      const result = await data<{ node: { __typename: string; name: string } }>(
        api,
        '{ node(id: "person:dean-ashton") { __typename ... on Person { name } } }',
      );
      expect(result.node).toEqual({ __typename: 'Person', name: 'Dean Ashton' });
    });

    it('gives null for an unknown id, and for an id of another type', async () => {
      const result = await data(
        api,
        '{ node(id: "person:nobody") { id } authority(id: "person:dean-ashton") { id } nodes(ids: ["org:ofsted", "org:none"]) { id } }',
      );
      expect(result).toEqual({ node: null, authority: null, nodes: [{ id: 'org:ofsted' }, null] });
    });

    it('finds an authority by an official code', async () => {
      const result = await data<{ authorityByIdentifier: { id: string } | null; none: unknown }>(
        api,
        `{ authorityByIdentifier(identifier: {scheme: ONS_GSS, value: "E06000052"}) { id }
           none: authorityByIdentifier(identifier: {scheme: DFE_LA, value: "000"}) { id } }`,
      );
      expect(result).toEqual({ authorityByIdentifier: { id: 'authority:cornwall' }, none: null });
    });
  });

  describe('bad arguments', () => {
    it('names "first" when a page is too large', async () => {
      const body = await send(api, '{ people(first: 101) { edges { cursor } } }');
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Argument "first" must be between 1 and 100 (got 101).',
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
    });

    it('answers a body that is not JSON with a JSON error, not an HTML page with a stack trace', async () => {
      const response = await fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{ "query": ',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
    });

    it('refuses queries nested too deep or with too many aliases, before running them', async () => {
      const deep = `{ authority(id: "authority:cornwall") { ${'services { authority { '.repeat(6)}id${' } }'.repeat(6)} } }`;
      const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "org:ofsted") { id }`).join(' ')} }`;
      const before = api.db.roundTrips;
      expect((await send(api, deep)).errors?.[0]).toMatchObject({
        message: 'Query depth limit of 12 exceeded, found 14.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      expect((await send(api, aliased)).errors?.[0]?.message).toBe('Aliases limit of 30 exceeded, found 31.');
      expect(api.db.roundTrips).toBe(before);
    });

    it('names "after" when a cursor was not issued by the API', async () => {
      const body = await send(api, '{ authorities(after: "not-a-cursor") { edges { cursor } } }');
      expect(body.errors?.[0]?.message).toBe('Argument "after" is not a cursor this API issued.');
    });

    it('names "ids" when too many nodes are asked for at once', async () => {
      const ids = Array.from({ length: 101 }, (_, i) => `person:p${i}`);
      const body = await send(api, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
      expect(body.errors?.[0]?.message).toBe('Argument "ids" may hold at most 100 ids (got 101).');
    });

    it('rejects a malformed date in a filter before touching the database, without internals', async () => {
      const before = api.db.roundTrips;
      const body = await send(api, '{ events(filter: {from: "last week"}) { edges { cursor } } }');
      expect(api.db.roundTrips).toBe(before);
      expect(body.errors?.[0]?.message).toMatch(/Date/);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(JSON.stringify(body)).not.toMatch(/MATCH|stacktrace|\.ts:\d+/);
    });
  });

  describe('lists with filters, sorting and keyset cursors', () => {
    const walk = async (field: string, args: string): Promise<string[]> => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page += 1) {
        const result: Record<string, Page> = await data(
          api,
          `query($after: String) { ${field}(first: 2, after: $after ${args}) {
             edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
          { after },
        );
        const connection = result[field]!;
        expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
        ids.push(...connection.edges.map((e) => e.node.id));
        if (!connection.pageInfo.hasNextPage) return ids;
        after = connection.pageInfo.endCursor;
      }
      throw new Error('pagination did not end');
    };

    it('pages through people two at a time, each once, in label order', async () => {
      const filter = ', filter: {bodyId: "authority:cornwall"}';
      const paged = await walk('people', filter);
      const all = await data<{ people: { edges: { node: { id: string; label: string } }[] } }>(
        api,
        `{ people(first: 100${filter}) { edges { node { id label } } } }`,
      );
      expect(paged).toEqual(all.people.edges.map((e) => e.node.id));
      expect(new Set(paged).size).toBe(paged.length);
      const labels = all.people.edges.map((e) => e.node.label);
      expect(labels).toEqual([...labels].sort((a, b) => (a < b ? -1 : 1)));
      expect(paged.length).toBeGreaterThanOrEqual(3);
    });

    it('pages through inspections newest first by default, oldest first on request', async () => {
      const cornwall = ', filter: {authorityId: "authority:cornwall"}';
      // The articles' four, the data's three reports and two earlier inspections they name.
      const newestFirst = [
        'inspection:cornwall-2024-ilacs',
        'inspection:cornwall-2019-ilacs',
        'inspection:cornwall-2016-sif',
        'inspection:cornwall-2013-cp',
        'inspection:cornwall-2011-lac',
        'inspection:cornwall-2010-2011-unidentified',
        'inspection:cornwall-2009-ofsted',
        'inspection:cornwall-2008-jar',
      ];
      expect(await walk('inspections', cornwall)).toEqual(newestFirst);
      expect(await walk('inspections', `${cornwall}, orderBy: {field: DATE, direction: ASC}`)).toEqual(
        [...newestFirst].reverse(),
      );
    });

    it('filters by kind, framework, grade, relationship and date', async () => {
      const result = await data<Record<string, { edges: { node: { id: string } }[] }>>(
        api,
        `{
          police: organisations(filter: {kinds: [POLICE_FORCE], nameContains: "Cornwall"}) { edges { node { id } } }
          sif: inspections(filter: {authorityId: "authority:cornwall", frameworks: [SINGLE_INSPECTION_FRAMEWORK]}) { edges { node { id } } }
          good: judgements(first: 100, filter: {authorityId: "authority:cornwall", grades: [GOOD], overall: true}) { edges { node { id } } }
          resignations: events(filter: {kinds: [RESIGNATION], participantId: "person:dean-ashton"}) { edges { node { id } } }
          before2010: inspections(filter: {authorityId: "authority:cornwall", to: "2009-12-31"}) { edges { node { id } } }
        }`,
      );
      const ids = (key: string) => result[key]!.edges.map((e) => e.node.id);
      expect(ids('police')).toEqual(['org:devon-and-cornwall-police']);
      expect(ids('sif')).toEqual(['inspection:cornwall-2016-sif']);
      expect(ids('good')).toEqual([
        'judgement:cornwall-2016-sif-overall',
        'judgement:cornwall-2024-ilacs-overall',
      ]);
      expect(ids('resignations')).toEqual(['event:dean-ashton-resignation-2009']);
      expect(ids('before2010')).toEqual(['inspection:cornwall-2009-ofsted', 'inspection:cornwall-2008-jar']);
    });
  });

  describe('nested reads that fetch ahead', () => {
    it('keeps two aliases of one list with different filters apart', async () => {
      const result = await data<{
        authority: Record<
          'overall' | 'good',
          { grade: string; areaKey: string; inspection: { id: string } }[]
        >;
      }>(
        api,
        `{ authority(id: "authority:cornwall") {
             overall: judgementHistory(filter: {overall: true}) { grade areaKey inspection { id } }
             good: judgementHistory(filter: {grades: [GOOD], frameworks: [ILACS]}) { grade areaKey inspection { id } }
           } }`,
      );
      const { overall, good } = result.authority;
      expect(overall.map((j) => j.inspection.id)).toEqual([
        'inspection:cornwall-2009-ofsted',
        'inspection:cornwall-2011-lac',
        'inspection:cornwall-2013-cp',
        'inspection:cornwall-2016-sif',
        'inspection:cornwall-2019-ilacs',
        'inspection:cornwall-2024-ilacs',
      ]);
      expect(overall.every((j) => j.areaKey === 'overall')).toBe(true);
      expect(good.length).toBeGreaterThan(0);
      expect(good.every((j) => j.grade === 'GOOD' && /-ilacs$/.test(j.inspection.id))).toBe(true);
      expect(good.map((j) => j.areaKey)).toContain('help-and-protection');
    });

    it('reads what each spread of a shared fragment asks for, merged with its own fields', async () => {
      const result = await data<{
        x: { successors: { id: string; name?: string }[] }[];
        y: { successors: { id: string; name: string }[] }[];
      }>(
        api,
        `fragment F on Authority { successors { id } }
         { x: nodes(ids: ["authority:cumbria"]) { ...F }
           y: nodes(ids: ["authority:northamptonshire"]) { ...F ... on Authority { successors { name } } } }`,
      );
      expect(result.x[0]!.successors.length).toBeGreaterThan(0);
      const names = result.y[0]!.successors.map((s) => s.name);
      expect(names.length).toBe(2);
      expect(names.every((n) => typeof n === 'string' && n.includes('Northamptonshire'))).toBe(true);
    });

    it('gives every field of a node read by id after the same node was read in part, nested', async () => {
      const result = await data<{
        authority: { inspections: { edges: { node: { id: string } }[] } };
        inspection: { id: string; label: string; fieldwork: { text: string }; published: { text: string } };
        node: { gradeLabel: string; areaLabel: string };
      }>(
        api,
        `{ authority(id: "authority:cornwall") {
             inspections(first: 20) { edges { node { id judgements { id } } } } }
           inspection(id: "inspection:cornwall-2016-sif") { id label fieldwork { text } published { text } }
           node(id: "judgement:cornwall-2016-sif-overall") { ... on Judgement { gradeLabel areaLabel } } }`,
      );
      expect(result.authority.inspections.edges.map((e) => e.node.id)).toContain(
        'inspection:cornwall-2016-sif',
      );
      expect(result.inspection).toMatchObject({
        label: expect.any(String),
        fieldwork: { text: '2016-04-11/2016-05-06' },
        published: { text: '2016-06-27' },
      });
      expect(result.node).toEqual({ gradeLabel: 'Good', areaLabel: 'overall rating' });
    });
  });

  describe('relationships from both ends', () => {
    it('goes from authority to inspections to judgements and back', async () => {
      const result = await data<{
        authority: {
          inspections: {
            edges: {
              node: { id: string; judgements: { id: string; inspection: { subject: { id: string } } }[] };
            }[];
          };
        };
      }>(
        api,
        `{ authority(id: "authority:cornwall") { inspections(filter: {frameworks: [SINGLE_INSPECTION_FRAMEWORK]}) {
             edges { node { id judgements { id inspection { subject { id } } } } } } } }`,
      );
      const [sif] = result.authority.inspections.edges;
      expect(sif?.node.id).toBe('inspection:cornwall-2016-sif');
      expect(sif?.node.judgements[0]?.id).toBe('judgement:cornwall-2016-sif-overall');
      expect(new Set(sif?.node.judgements.map((j) => j.inspection.subject.id))).toEqual(
        new Set(['authority:cornwall']),
      );
    });

    it('lists an authority’s judgement history in date order across frameworks', async () => {
      const result = await data<{
        authority: { judgementHistory: { grade: string; inspection: { id: string } }[] };
      }>(
        api,
        '{ authority(id: "authority:cornwall") { judgementHistory(filter: {overall: true}) { grade inspection { id } } } }',
      );
      expect(result.authority.judgementHistory).toEqual([
        { grade: 'INADEQUATE', inspection: { id: 'inspection:cornwall-2009-ofsted' } },
        { grade: 'ADEQUATE', inspection: { id: 'inspection:cornwall-2011-lac' } },
        { grade: 'ADEQUATE', inspection: { id: 'inspection:cornwall-2013-cp' } },
        { grade: 'GOOD', inspection: { id: 'inspection:cornwall-2016-sif' } },
        { grade: 'OUTSTANDING', inspection: { id: 'inspection:cornwall-2019-ilacs' } },
        { grade: 'GOOD', inspection: { id: 'inspection:cornwall-2024-ilacs' } },
      ]);
    });

    it('goes from a person to posts to the body, and from the body back to its posts', async () => {
      const result = await data<{
        person: { posts: { id: string; body: { id: string; posts: { person: { id: string } }[] } }[] };
      }>(api, '{ person(id: "person:dean-ashton") { posts { id body { id posts { person { id } } } } } }');
      const [post] = result.person.posts;
      expect(post?.body.id).toBe('authority:cornwall');
      expect(post?.body.posts.map((p) => p.person.id)).toContain('person:dean-ashton');
    });

    it('never returns an identifier where a Node is expected', async () => {
      const result = await data<{
        node: unknown;
        source: { supports: { edges: { node: { id: string } }[] } };
      }>(
        api,
        `{ node(id: "identifier:ons_gss-e06000052") { id }
           source(id: "source:data-dfe-las") { supports(first: 100) { edges { node { id } } } } }`,
      );
      expect(result.node).toBeNull();
      // The DfE list backs every authority and each of their codes; only the authorities are Nodes.
      const ids = result.source.supports.edges.map((e) => e.node.id);
      expect(ids).toContain('authority:cornwall');
      expect(ids.filter((id) => !id.startsWith('authority:'))).toEqual([]);
    });

    it('goes from a source to the facts it supports', async () => {
      const result = await data<{ source: { supports: { edges: { node: { id: string } }[] } } }>(
        api,
        '{ source(id: "source:seed-001") { supports(first: 100, prefixes: ["person"]) { edges { node { id } } } } }',
      );
      expect(result.source.supports.edges.map((e) => e.node.id)).toEqual([
        'person:basw-head-2009',
        'person:cornwall-interim-dcs-2009',
        'person:dawn-primarolo',
        'person:dean-ashton',
      ]);
    });
  });
});
