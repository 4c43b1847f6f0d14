/**
 * The graph-shaped research queries against the seed graph: neighbourhoods, paths,
 * timelines and full-text search. Expected facts were read from the seed YAML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { data, send } from './support/gql.ts';

interface GraphNode {
  id: string;
  type: string;
  label: string;
  node: { id: string } | null;
}
interface GraphRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
}
interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  truncated: boolean;
}
interface GraphPath {
  length: number;
  nodes: { id: string }[];
  relationships: GraphRelationship[];
}

const SUBGRAPH = 'nodes { id type label node { id } } relationships { id type from to } truncated';
const PATH = 'length nodes { id } relationships { id type from to }';

/** True when each relationship joins the node before it to the node after it, either way round. */
const joinsConsecutiveNodes = (path: GraphPath) =>
  path.relationships.every((r, k) => {
    const ends = [path.nodes[k]!.id, path.nodes[k + 1]!.id];
    return ends.includes(r.from) && ends.includes(r.to) && r.from !== r.to;
  });

describe('graph-shaped research queries', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const neighbourhood = async (args: string) =>
    (await data<{ neighbourhood: Subgraph | null }>(api, `{ neighbourhood(${args}) { ${SUBGRAPH} } }`))
      .neighbourhood;

  describe('neighbourhood', () => {
    it("holds Cornwall's inspections, services, identifiers, posts and neighbour entries one step away, Cornwall first", async () => {
      const graph = (await neighbourhood('id: "authority:cornwall", depth: 1'))!;
      const ids = graph.nodes.map((n) => n.id);
      expect(graph.nodes[0]).toMatchObject({
        id: 'authority:cornwall',
        type: 'Authority',
        label: 'Cornwall Council',
      });
      expect(ids).toEqual(
        expect.arrayContaining([
          'inspection:cornwall-2016-sif',
          'inspection:cornwall-2009-ofsted',
          'service:cornwall-childrens-social-care',
          'post:dean-ashton-cornwall-dcs',
        ]),
      );
      const types = new Set(graph.nodes.map((n) => n.type));
      for (const type of ['Inspection', 'Service', 'Identifier', 'PostHeld', 'StatisticalNeighbour'])
        expect(types).toContain(type);
      expect(graph.truncated).toBe(false);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('leaves citations out unless asked: no Source is a neighbour by default', async () => {
      const graph = (await neighbourhood('id: "authority:cornwall", depth: 2'))!;
      expect(graph.nodes.some((n) => n.type === 'Source')).toBe(false);
      expect(graph.relationships.some((r) => r.type === 'SUPPORTS')).toBe(false);
      const cited = (await neighbourhood('id: "authority:cornwall", kinds: ["SUPPORTS"]'))!;
      expect(cited.nodes.slice(1).every((n) => n.type === 'Source')).toBe(true);
      expect(cited.nodes.length).toBeGreaterThan(1);
    });

    it('gives identifiers a label but no typed node, since they are not Nodes', async () => {
      const graph = (await neighbourhood('id: "authority:cornwall", kinds: ["IDENTIFIED_BY"]'))!;
      const identifiers = graph.nodes.filter((n) => n.type === 'Identifier');
      expect(identifiers.length).toBeGreaterThan(0);
      for (const n of identifiers) {
        expect(n.node).toBeNull();
        expect(n.label).not.toBe('');
      }
      expect(graph.nodes[0]!.node).toEqual({ id: 'authority:cornwall' });
    });

    it('with kinds, follows only those relationship types', async () => {
      const graph = (await neighbourhood(
        'id: "authority:cornwall", depth: 2, kinds: ["INSPECTED", "GIVEN_IN"]',
      ))!;
      expect(new Set(graph.nodes.slice(1).map((n) => n.type))).toEqual(new Set(['Inspection', 'Judgement']));
      expect(new Set(graph.relationships.map((r) => r.type))).toEqual(new Set(['INSPECTED', 'GIVEN_IN']));
      expect(graph.nodes.map((n) => n.id)).toContain('judgement:cornwall-2016-sif-adoption');
    });

    it('returns only relationships among the nodes returned, each keyed by its ends and type', async () => {
      const graph = (await neighbourhood('id: "authority:cornwall", depth: 2, limit: 40'))!;
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const r of graph.relationships) {
        expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
        expect(r.id).toBe(`${r.from}|${r.type}|${r.to}`);
      }
    });

    it('stops at the limit, nearest first, and says it was cut short', async () => {
      const graph = (await neighbourhood('id: "authority:cornwall", depth: 2, limit: 5'))!;
      expect(graph.nodes).toHaveLength(5);
      expect(graph.truncated).toBe(true);
      const nearest = (await neighbourhood('id: "authority:cornwall", depth: 1'))!.nodes.map((n) => n.id);
      for (const n of graph.nodes) expect(nearest).toContain(n.id);
    });

    it('is the node alone when it has no relationships of the kinds asked for', async () => {
      const alone = (await neighbourhood('id: "authority:cornwall", kinds: ["AUTHORED_BY"]'))!;
      expect(alone.nodes.map((n) => n.id)).toEqual(['authority:cornwall']);
      expect(alone).toMatchObject({ relationships: [], truncated: false });
    });

    it('is null for an unknown id', async () => {
      expect(await neighbourhood('id: "authority:atlantis"')).toBeNull();
    });

    it('refuses unknown relationship types, too great a depth and too high a limit, naming the argument', async () => {
      for (const [args, argument] of [
        ['kinds: ["INSPECTED", "LOVES"]', 'kinds'],
        ['depth: 4', 'depth'],
        ['depth: 0', 'depth'],
        ['limit: 501', 'limit'],
      ]) {
        const body = await send(api, `{ neighbourhood(id: "authority:cornwall", ${args}) { truncated } }`);
        expect(body.errors?.[0]?.message).toContain(`"${argument}"`);
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('paths', () => {
    it('finds a shortest path from Dean Ashton to Ofsted whose relationships join consecutive nodes', async () => {
      const { shortestPath } = await data<{ shortestPath: GraphPath }>(
        api,
        `{ shortestPath(from: "person:dean-ashton", to: "org:ofsted") { ${PATH} } }`,
      );
      expect(shortestPath.nodes[0]!.id).toBe('person:dean-ashton');
      expect(shortestPath.nodes.at(-1)!.id).toBe('org:ofsted');
      expect(shortestPath.length).toBe(shortestPath.relationships.length);
      expect(shortestPath.nodes).toHaveLength(shortestPath.length + 1);
      expect(joinsConsecutiveNodes(shortestPath)).toBe(true);
      expect(shortestPath.relationships.some((r) => r.type === 'SUPPORTS')).toBe(false);
    });

    it('gives every shortest path the same length as the single shortest path', async () => {
      const result = await data<{ one: GraphPath; all: GraphPath[] }>(
        api,
        `{ one: shortestPath(from: "authority:cornwall", to: "org:ofsted") { ${PATH} }
           all: allShortestPaths(from: "authority:cornwall", to: "org:ofsted", first: 50) { ${PATH} } }`,
      );
      expect(result.all.length).toBeGreaterThan(1);
      for (const path of result.all) {
        expect(path.length).toBe(result.one.length);
        expect(joinsConsecutiveNodes(path)).toBe(true);
      }
      const routes = result.all.map((p) => p.nodes.map((n) => n.id).join(' '));
      expect(new Set(routes).size).toBe(routes.length);
    });

    it('is null when no path is short enough, or when an id is unknown; a node reaches itself in 0 steps', async () => {
      const result = await data<{ far: unknown; unknown: unknown; self: GraphPath }>(
        api,
        `{ far: shortestPath(from: "person:dean-ashton", to: "org:ofsted", maxHops: 1) { length }
           unknown: shortestPath(from: "person:nobody", to: "org:ofsted") { length }
           self: shortestPath(from: "org:ofsted", to: "org:ofsted") { ${PATH} } }`,
      );
      expect(result.far).toBeNull();
      expect(result.unknown).toBeNull();
      expect(result.self).toEqual({ length: 0, nodes: [{ id: 'org:ofsted' }], relationships: [] });
    });

    it('follows only the kinds given, and refuses unknown kinds and too many hops, naming the argument', async () => {
      const { none } = await data<{ none: unknown }>(
        api,
        '{ none: shortestPath(from: "person:dean-ashton", to: "org:ofsted", kinds: ["INSPECTED"]) { length } }',
      );
      expect(none).toBeNull();
      for (const [args, argument] of [
        ['kinds: ["NOPE"]', 'kinds'],
        ['maxHops: 11', 'maxHops'],
      ]) {
        const body = await send(
          api,
          `{ shortestPath(from: "org:ofsted", to: "authority:cornwall", ${args}) { length } }`,
        );
        expect(body.errors?.[0]?.message).toContain(`"${argument}"`);
      }
      const body = await send(
        api,
        '{ allShortestPaths(from: "org:ofsted", to: "authority:cornwall", first: 101) { length } }',
      );
      expect(body.errors?.[0]?.message).toContain('"first"');
    });
  });

  describe('timeline', () => {
    interface Entry {
      date: { text: string; earliest: string };
      kind: string;
      node: { id: string };
      summary: string;
    }
    const timeline = async (args: string) =>
      (
        await data<{ timeline: Entry[] }>(
          api,
          `{ timeline(${args}) { date { text earliest } kind node { id } summary } }`,
        )
      ).timeline;

    it("lists Cornwall's 2009-2016 history oldest first: the 2016 SIF and its judgements, the 2009 resignation", async () => {
      const entries = await timeline(
        'authorityId: "authority:cornwall", from: "2009-01-01", to: "2016-12-31"',
      );
      const days = entries.map((e) => e.date.earliest);
      expect(days).toEqual([...days].sort());
      const byId = new Map(entries.map((e) => [e.node.id, e]));
      expect(byId.get('inspection:cornwall-2016-sif')).toMatchObject({
        kind: 'INSPECTION',
        date: { text: '2016-04-11' },
      });
      expect(byId.get('inspection:cornwall-2016-sif')!.summary).toMatch(/Good$/);
      expect(byId.get('judgement:cornwall-2016-sif-adoption')).toMatchObject({ kind: 'JUDGEMENT' });
      expect(byId.get('judgement:cornwall-2016-sif-adoption')!.summary).toContain('Adoption: Good');
      expect(byId.get('event:dean-ashton-resignation-2009')).toMatchObject({
        kind: 'EVENT',
        date: { text: '2009' },
      });
      for (const kind of ['POST', 'STATEMENT', 'OBSERVATION'])
        expect(entries.map((e) => e.kind)).toContain(kind);
      expect(byId.has('inspection:cornwall-2019-ilacs')).toBe(false);
      expect(byId.has('inspection:cornwall-2008-jar')).toBe(false);
    });

    it('puts an inspection before its own judgements on the same day', async () => {
      const entries = await timeline(
        'authorityId: "authority:cornwall", from: "2016-01-01", to: "2016-12-31"',
      );
      const ids = entries.map((e) => e.node.id);
      expect(ids.indexOf('inspection:cornwall-2016-sif')).toBeLessThan(
        ids.indexOf('judgement:cornwall-2016-sif-adoption'),
      );
    });

    it('keeps to the kinds asked for', async () => {
      const entries = await timeline('authorityId: "authority:cornwall", kinds: [EVENT, STATEMENT]');
      expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['EVENT', 'STATEMENT']));
    });

    it('refuses an unknown authority and a window that ends before it starts, naming the argument', async () => {
      const unknown = await send(api, '{ timeline(authorityId: "authority:atlantis") { summary } }');
      expect(unknown.errors?.[0]?.message).toContain('"authorityId"');
      const backwards = await send(
        api,
        '{ timeline(authorityId: "authority:cornwall", from: "2016-01-01", to: "2015-01-01") { summary } }',
      );
      expect(backwards.errors?.[0]?.message).toContain('"to"');
    });
  });

  describe('search', () => {
    const search = async (args: string) =>
      (
        await data<{ search: { node: { id: string; __typename: string }; score: number }[] }>(
          api,
          `{ search(${args}) { node { id __typename } score } }`,
        )
      ).search;

    it('finds the Teylu team by its Cornish name', async () => {
      expect((await search('text: "Teylu"'))[0]!.node).toEqual({
        id: 'team:cornwall-teylu',
        __typename: 'Team',
      });
    });

    it('forgives a typo: "Cornwal" ranks Cornwall first, scores falling', async () => {
      const hits = await search('text: "Cornwal"');
      expect(hits[0]!.node.id).toBe('authority:cornwall');
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it("finds a Cornish-named team by its name's English meaning", async () => {
      expect((await search('text: "helping young people", types: ["Team"]'))[0]!.node.id).toBe(
        'team:cornwall-gweres-tus-yownyk',
      );
      expect((await search('text: "family"'))[0]!.node.id).toBe('team:cornwall-teylu');
    });

    it('keeps to the types asked for and to `first` hits', async () => {
      const hits = await search('text: "Cornwall", types: ["Organisation", "Person"], first: 3');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.length).toBeLessThanOrEqual(3);
      for (const hit of hits) expect(['Organisation', 'Person']).toContain(hit.node.__typename);
    });

    it('treats Lucene syntax as plain words', async () => {
      const hits = await search('text: "Cornwall AND (name:*) OR \\"~"');
      expect(hits[0]!.node.id).toBe('authority:cornwall');
    });

    it('refuses unknown types, too many hits and text without words, naming the argument', async () => {
      for (const [args, argument] of [
        ['text: "Cornwall", types: ["Dragon"]', 'types'],
        ['text: "Cornwall", types: ["Identifier"]', 'types'],
        ['text: "Cornwall", first: 101', 'first'],
        ['text: "*?~"', 'text'],
      ]) {
        const body = await send(api, `{ search(${args}) { score } }`);
        expect(body.errors?.[0]?.message).toContain(`"${argument}"`);
      }
    });
  });
});
