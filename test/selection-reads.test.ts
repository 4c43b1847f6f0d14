import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { isNode } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Context } from '../src/graph/context.ts';
import type { Database } from '../src/graph/database.ts';
import { executableSchema } from '../src/executable-schema.ts';
import type { NodeRecord } from '../src/graph/records.ts';
import { isComputed } from '../src/graph/computed-fields.ts';
import { loadTypeDefs } from '../src/graph/schema-files.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { data } from './support/gql.ts';

/** Counts the whole nodes (every property) that come back from Neo4j while `work` runs. */
async function wholeNodesRead(db: Database, work: () => Promise<unknown>): Promise<number> {
  const read = db.read.bind(db);
  let whole = 0;
  const count = (value: unknown): void => {
    if (isNode(value)) whole += 1;
    else if (Array.isArray(value)) value.forEach(count);
    else if (value && typeof value === 'object') Object.values(value).forEach(count);
  };
  db.read = (query) =>
    read({
      ...query,
      map: (result) => {
        result.records.forEach((r) => r.forEach(count));
        return query.map(result);
      },
    });
  try {
    await work();
    return whole;
  } finally {
    db.read = read;
  }
}

const CORNWALL_PAGE = `{
  authorities(filter: {nameContains: "Cornwall"}, first: 5) { edges { node {
    name region { name }
    inspections(first: 3) { edges { node { id published { text } judgements { areaKey grade } } } }
  } } }
}`;

describe('reads sized to the selection', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('asks Neo4j only for the properties the fields read: a page, its rows and every level below', async () => {
    let result: unknown;
    const whole = await wholeNodesRead(api.db, async () => (result = await data(api, CORNWALL_PAGE)));
    expect(whole).toBe(0);
    // Derived fields still get the stored properties they are made from.
    const rows = (result as { authorities: { edges: { node: Record<string, unknown> }[] } }).authorities
      .edges;
    expect(rows.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ name: 'Cornwall Council', region: { name: 'South West' } }),
    );
  });

  it('does so for the judgements of each authority’s latest graded inspection', async () => {
    type Page = { authorities: { edges: { node: { name: string; latestJudgements: unknown[] } }[] } };
    let result: Page | undefined;
    const whole = await wholeNodesRead(
      api.db,
      async () =>
        (result = await data<Page>(
          api,
          `{ authorities(filter: {nameContains: "Cornwall"}, first: 5) { edges { node {
             name latestJudgements(asOf: "2017-01-01") { grade inspection { published { text } } } } } } }`,
        )),
    );
    expect(whole).toBe(0);
    expect(result!.authorities.edges.map((e) => e.node)).toContainEqual({
      name: 'Cornwall Council',
      latestJudgements: expect.arrayContaining([
        { grade: 'GOOD', inspection: { published: expect.anything() } },
      ]),
    });
  });

  it('does so for a node fetched by id as well', async () => {
    let result: unknown;
    const whole = await wholeNodesRead(
      api.db,
      async () => (result = await data(api, '{ person(id: "person:dean-ashton") { name posts { title } } }')),
    );
    expect(whole).toBe(0);
    expect(result).toMatchObject({ person: { name: 'Dean Ashton' } });
  });

  it('reads a neighbourhood’s nodes whole only when their own fields are asked for', async () => {
    type Graph = { neighbourhood: { nodes: { id: string; label: string; node?: { id: string } | null }[] } };
    const around = (nodes: string) =>
      `{ neighbourhood(id: "authority:cornwall", kinds: ["INSPECTED", "IDENTIFIED_BY"]) { nodes { ${nodes} } } }`;
    let projected: Graph | undefined;
    let whole: Graph | undefined;
    expect(
      await wholeNodesRead(api.db, async () => (projected = await data<Graph>(api, around('id label')))),
    ).toBe(0);
    expect(
      await wholeNodesRead(
        api.db,
        async () => (whole = await data<Graph>(api, around('id label node { id }'))),
      ),
    ).toBeGreaterThan(0);
    // The same labels either way, an identifier's made of its scheme and value among them.
    expect(projected!.neighbourhood.nodes).toEqual(
      whole!.neighbourhood.nodes.map(({ id, label }) => ({ id, label })),
    );
    expect(projected!.neighbourhood.nodes.map((n) => n.label)).toContain('ONS_GSS E06000052');
  });

  it('reads whole nodes when a field computes its value from what it likes', async () => {
    // Every computed field of the API says what it reads: this one, added here, does not.
    const schema = executableSchema({
      typeDefs: 'extend type Authority { loudName: String }',
      resolvers: { Authority: { loudName: (a: NodeRecord) => String(a.name).toUpperCase() } },
    });
    const apollo = new ApolloServer<Context>({ schema });
    await apollo.start();
    try {
      const query = '{ authority(id: "authority:cornwall") { loudName } }';
      let result: unknown;
      const whole = await wholeNodesRead(api.db, async () => {
        result = await apollo.executeOperation({ query }, { contextValue: createContext(api.db) });
      });
      expect(whole).toBeGreaterThan(0);
      expect(result).toMatchObject({
        body: { singleResult: { data: { authority: { loudName: 'CORNWALL COUNCIL' } } } },
      });
    } finally {
      await apollo.stop();
    }
  });

  it('reads what a participation selects on its parent side, which is the parent itself', async () => {
    const result = await data<{
      person: { events: { agent: { name: string; label: string } }[] };
      event: { participants: { event: { id: string; label: string } }[] };
      authorities: { edges: { node: { id: string; events: { agent: { label: string } }[] } }[] };
    }>(
      api,
      `{ person(id: "person:dean-ashton") { events { agent { ... on Person { name label } } } }
         event(id: "event:dean-ashton-resignation-2009") { participants { event { id label } } }
         authorities(filter: {nameContains: "Cornwall Council"}) { edges { node { id
           events { agent { ... on Authority { label } } } } } } }`,
    );
    expect(result.person.events).toContainEqual({ agent: { name: 'Dean Ashton', label: 'Dean Ashton' } });
    expect(result.event.participants.map((p) => p.event.id)).toEqual(
      result.event.participants.map(() => 'event:dean-ashton-resignation-2009'),
    );
    expect(result.event.participants.every((p) => p.event.label.length > 0)).toBe(true);
    const cornwall = result.authorities.edges.find((e) => e.node.id === 'authority:cornwall')!.node;
    expect(cornwall.events.length).toBeGreaterThan(0);
    expect(new Set(cornwall.events.map((e) => e.agent.label))).toEqual(new Set(['Cornwall Council']));
  });

  it('still knows stored fields from computed ones after Apollo has wrapped every resolver', async () => {
    // A plugin that watches fields makes Apollo give every field a resolve function.
    const watchFields: ApolloServerPlugin<Context> = {
      requestDidStart: async () => ({ executionDidStart: async () => ({ willResolveField: () => {} }) }),
    };
    const apollo = new ApolloServer<Context>({ schema: executableSchema(), plugins: [watchFields] });
    await apollo.start();
    try {
      const run = () =>
        apollo.executeOperation({ query: CORNWALL_PAGE }, { contextValue: createContext(api.db) });
      await run();
      expect(await wholeNodesRead(api.db, run)).toBe(0);
    } finally {
      await apollo.stop();
    }
  });

  it('treats every field as computed in a schema whose resolvers were never recorded', () => {
    const schema = buildSchema(loadTypeDefs());
    const name = schema.getType('Authority') as GraphQLObjectType;
    expect(isComputed(schema, name.getFields().name!)).toBe(true);
    const recorded = executableSchema();
    const authority = recorded.getType('Authority') as GraphQLObjectType;
    expect(isComputed(recorded, authority.getFields().name!)).toBe(false);
    expect(isComputed(recorded, authority.getFields().inspections!)).toBe(true);
  });
});
