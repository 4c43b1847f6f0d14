import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_LOAD_LABEL } from '../src/graph/model.ts';
import { startTestApi, type TestApi } from './support/api.ts';

interface GraphJson {
  nodes: { id: string; type: string; label: string; properties: Record<string, unknown> }[];
  edges: { id: string; type: string; source: string; target: string; properties: Record<string, unknown> }[];
}

/** RFC 4180 rows, quoted fields with commas, quotes and line breaks included. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  expect(field === '' && row.length === 0 && !quoted).toBe(true);
  return rows;
}

/** Tags balance, attributes are quoted and text has no stray `<` or `&`: enough to catch broken escaping. */
function expectWellFormedXml(text: string): void {
  const stack: string[] = [];
  const body = text.replace(/^<\?xml[^>]*\?>/, '');
  const entity = /&(?!(?:amp|lt|gt|quot|apos);)/;
  let problems = 0;
  for (const [tag, close, name, rest] of body.matchAll(/<(\/?)([A-Za-z][\w.:-]*)([^<>]*)>/g)) {
    const attributes = [...rest!.matchAll(/\s+[\w.:-]+="([^"<]*)"/g)];
    if (
      rest!
        .replace(/\s+[\w.:-]+="[^"<]*"/g, '')
        .trim()
        .replace(/^\/$/, '') !== ''
    )
      problems += 1;
    if (attributes.some(([, value]) => entity.test(value!))) problems += 1;
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced ${tag}`);
    } else if (!rest!.endsWith('/')) stack.push(name!);
  }
  expect(problems).toBe(0);
  expect(stack).toEqual([]);
  expect(body.split(/<[^<>]*>/).some((between) => /</.test(between) || entity.test(between))).toBe(false);
}

describe('exports of the graph', () => {
  let api: TestApi;
  let counts: { nodes: number; edges: number };
  const get = (path: string) => fetch(`${api.server.url}${path}`);

  beforeAll(async () => {
    api = await startTestApi();
    counts = await api.db.read({
      // The seed loader's records of its loads are not part of the graph it exports.
      cypher: `MATCH (n) WHERE NOT n:${SEED_LOAD_LABEL} WITH count(n) AS nodes
               MATCH ()-[r]->() RETURN nodes, count(r) AS edges`,
      map: (r) => ({
        nodes: r.records[0]!.get('nodes') as number,
        edges: r.records[0]!.get('edges') as number,
      }),
    });
  });
  afterAll(() => api?.close());

  it('graph.json holds every node and relationship, citations included', async () => {
    const res = await get('/export/graph.json');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const graph = (await res.json()) as GraphJson;
    expect(graph.nodes).toHaveLength(counts.nodes);
    expect(graph.edges).toHaveLength(counts.edges);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(counts.edges);
    expect(graph.edges.some((e) => e.type === 'SUPPORTS')).toBe(true);
    expect(graph.nodes.find((n) => n.id === 'authority:cornwall')).toMatchObject({
      type: 'Authority',
      label: 'Cornwall Council',
      properties: { regionName: 'South West' },
    });
  });

  it('graph.graphml is well-formed, with a typed key for each property and every node and edge', async () => {
    const text = await (await get('/export/graph.graphml')).text();
    expectWellFormedXml(text);
    expect(text.match(/<node /g)).toHaveLength(counts.nodes);
    expect(text.match(/<edge /g)).toHaveLength(counts.edges);
    expect(text).toContain(
      '<key id="node.regionName" for="node" attr.name="regionName" attr.type="string"/>',
    );
    expect(text).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
  });

  it('nodes.csv and edges.csv have a header and one row per node or edge', async () => {
    const nodes = csvRows(await (await get('/export/nodes.csv')).text());
    expect(nodes).toHaveLength(counts.nodes + 1);
    expect(nodes[0]!.slice(0, 3)).toEqual(['id', 'type', 'label']);
    expect(nodes.every((row) => row.length === nodes[0]!.length)).toBe(true);
    const edges = csvRows(await (await get('/export/edges.csv')).text());
    expect(edges).toHaveLength(counts.edges + 1);
    expect(edges[0]).toContain('property.source');
    const sources = edges[0]!.indexOf('sources');
    expect(edges.some((row) => row[sources]!.includes('|'))).toBe(true);
  });

  it('a neighbourhood of Cornwall holds the authority and its inspections', async () => {
    const graph = (await (
      await get('/export/graph.json?around=authority:cornwall&depth=1&citations=false')
    ).json()) as GraphJson;
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toContain('authority:cornwall');
    expect(ids).toEqual(
      expect.arrayContaining(['inspection:cornwall-2016-sif', 'inspection:cornwall-2019-ilacs']),
    );
    expect(graph.nodes.length).toBeLessThan(counts.nodes / 10);
    expect(graph.edges.some((e) => e.type === 'SUPPORTS')).toBe(false);
    expect(graph.edges.every((e) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);
  });

  it.each([
    ['depth=0', 'depth'],
    ['depth=4', 'depth'],
    ['depth=two', 'depth'],
    ['citations=maybe', 'citations'],
  ])('refuses %s with 400 naming the parameter', async (query, parameter) => {
    const res = await get(`/export/graph.json?around=authority:cornwall&${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(body.error.message).toContain(`"${parameter}"`);
  });

  it('answers 404 for a node that does not exist', async () => {
    const res = await get('/export/nodes.csv?around=authority:atlantis');
    expect(res.status).toBe(404);
  });
});
