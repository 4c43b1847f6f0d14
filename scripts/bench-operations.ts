/**
 * The operations the benches time. Each is asked three ways: as this API's GraphQL, as
 * the Neo4j GraphQL Library's GraphQL over the same graph (bench-library.graphql), and as
 * the one Cypher query a hand-written endpoint would send for the same answer, the floor
 * no API layer can beat. The answers are reduced to the same essentials so the benches
 * can prove, before timing, that every path really returns the same thing.
 *
 * Where the library cannot say an order this API keeps (a fallback between two date
 * properties, "overall first"), its reducer sorts by that order itself; the order is
 * still part of what is compared.
 */
import type { Record as Neo4jRecord } from 'neo4j-driver';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON is checked by comparison, not by type */
type Json = any;

export interface Operation {
  name: string;
  graphql: string;
  library: string;
  cypher: string;
  params: Record<string, unknown>;
  fromApi: (data: Json) => unknown;
  fromLibrary: (data: Json) => unknown;
  fromCypher: (records: Neo4jRecord[]) => unknown;
  /** A single entity (target 1.3x the bare-HTTP floor) rather than a page (1.5x). */
  single: boolean;
}

const byKeys =
  <T>(...keys: ((row: T) => string | number)[]) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
const sorted = <T>(rows: T[], compare: (a: T, b: T) => number) => [...rows].sort(compare);
const judgementOrder = byKeys<Json>(
  (j) => (j.areaKey === 'overall' ? 0 : 1),
  (j) => j.areaKey,
  (j) => j.id,
);
const inspectors = (people: Json[]) => people.map((p) => p.id).sort();
const one = (records: Neo4jRecord[]) => records[0]!.toObject() as Json;

/**
 * Hits as (id, score), compared where a path cannot choose: the scores in order, and the
 * ids of hits whose score no other shares. Among equal scores the library keeps Lucene's
 * order, which a limit then cuts anywhere; on a generated graph (npm run generate) many
 * copies of an authority score alike.
 */
function untied(hits: [string, number][]): unknown {
  const scores = hits.map(([, score]) => score);
  const alone = hits.filter(([, score]) => scores.indexOf(score) === scores.lastIndexOf(score));
  return { scores: [...scores].sort((a, b) => b - a), alone: alone.map(([id]) => id).sort() };
}

// The orderings below copy the model's orders (schema/, src/graph/lists.ts) (ties broken by
// id), so a floor that sorted differently cannot pass the agreement check by luck.
export const OPERATIONS: Operation[] = [
  {
    name: 'node by id',
    single: true,
    graphql: `{ node(id: "person:dean-ashton") { id __typename ... on Person { label name notes } } }`,
    library: `{ people(where: { id: { eq: "person:dean-ashton" } }) { id label name notes } }`,
    cypher: `MATCH (n:Entity {id: $id})
             RETURN n {.id, .label, .name, .notes, type: [l IN labels(n) WHERE l <> 'Entity'][0]} AS n`,
    params: { id: 'person:dean-ashton' },
    fromApi: ({ node: n }) => ({
      id: n.id,
      type: n.__typename,
      label: n.label,
      name: n.name,
      notes: n.notes,
    }),
    fromLibrary: ({ people: [p] }) => ({
      id: p.id,
      type: 'Person',
      label: p.label,
      name: p.name,
      notes: p.notes,
    }),
    fromCypher: (records) => {
      const { n } = one(records);
      return { id: n.id, type: n.type, label: n.label, name: n.name, notes: n.notes };
    },
  },
  {
    name: 'authority + inspections + judgements',
    single: true,
    graphql: `{ authority(id: "authority:cornwall") { name inspections(first: 20) { edges { node {
                id label published { text } judgements { id areaKey grade gradeLabel } } } } } }`,
    library: `{ authorities(where: { id: { eq: "authority:cornwall" } }) { name
                inspections(sort: [{ datedEarliest: DESC }, { id: ASC }], limit: 20) {
                  id label published judgements { id areaKey grade gradeLabel } } } }`,
    cypher: `MATCH (a:Authority {id: $id})
             CALL (a) {
               MATCH (a)<-[:INSPECTED]-(i:Inspection)
               WITH i ORDER BY coalesce(i.datedEarliest, i.dateEarliest, '0000') DESC, i.id LIMIT 20
               RETURN collect(i {.id, .label, .published, judgements: COLLECT {
                 MATCH (i)<-[:GIVEN_IN]-(j:Judgement)
                 RETURN j {.id, .areaKey, .grade, .gradeLabel}
                 ORDER BY CASE j.areaKey WHEN 'overall' THEN 0 ELSE 1 END, j.areaKey, j.id
               }}) AS inspections
             }
             RETURN a.name AS name, inspections`,
    params: { id: 'authority:cornwall' },
    fromApi: ({ authority: a }) => ({
      name: a.name,
      inspections: a.inspections.edges.map(({ node: i }: Json) => ({
        ...i,
        published: i.published?.text ?? null,
      })),
    }),
    fromLibrary: ({ authorities: [a] }) => ({
      name: a.name,
      inspections: a.inspections.map((i: Json) => ({
        ...i,
        judgements: sorted(i.judgements, judgementOrder),
      })),
    }),
    fromCypher: (records) => one(records),
  },
  {
    name: 'page of 100 authorities + inspections',
    single: false,
    graphql: `{ authorities(first: 100) { edges { node { id name shortName
                inspections(first: 20) { edges { node { id label published { text } dated { text } } } } } } } }`,
    library: `{ authorities(sort: [{ name: ASC }, { id: ASC }], limit: 100) { id name shortName
                inspections(sort: [{ datedEarliest: DESC }, { id: ASC }], limit: 20) { id label published dated } } }`,
    cypher: `MATCH (a:Authority)
             WITH a ORDER BY a.name, a.id LIMIT 100
             RETURN a {.id, .name, .shortName, inspections: COLLECT {
               MATCH (a)<-[:INSPECTED]-(i:Inspection)
               WITH i ORDER BY coalesce(i.datedEarliest, i.dateEarliest, '0000') DESC, i.id LIMIT 20
               RETURN i {.id, .label, .published, .dated}
             }} AS a`,
    params: {},
    fromApi: ({ authorities }) =>
      authorities.edges.map(({ node: a }: Json) => ({
        ...a,
        inspections: a.inspections.edges.map(({ node: i }: Json) => ({
          ...i,
          published: i.published?.text ?? null,
          dated: i.dated.text,
        })),
      })),
    fromLibrary: ({ authorities }) => authorities,
    fromCypher: (records) => records.map((r) => r.get('a')),
  },
  {
    name: 'authorities of a region + overall judgements',
    single: false,
    graphql: `{ authorities(filter: { regionCode: "E12000009" }, first: 100) { edges { node { id name
                judgementHistory(filter: { overall: true }) { grade inspection { id } } } } } }`,
    library: `{ authorities(where: { regionCode: { eq: "E12000009" } }, sort: [{ name: ASC }, { id: ASC }]) {
                id name inspections { id judgements(where: { areaKey: { eq: "overall" } }) { grade } } } }`,
    cypher: `MATCH (a:Authority {regionCode: $region})
             WITH a ORDER BY a.name, a.id
             RETURN a.id AS id, a.name AS name, COLLECT {
               MATCH (a)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(j:Judgement {areaKey: 'overall'})
               RETURN [i.id, j.grade]
             } AS grades`,
    params: { region: 'E12000009' },
    // Pairs of (inspection, grade), sorted: the API orders by date, the library cannot.
    fromApi: ({ authorities }) =>
      authorities.edges.map(({ node: a }: Json) => ({
        id: a.id,
        name: a.name,
        grades: a.judgementHistory.map((j: Json) => [j.inspection.id, j.grade]).sort(),
      })),
    fromLibrary: ({ authorities }) =>
      authorities.map((a: Json) => ({
        id: a.id,
        name: a.name,
        grades: a.inspections.flatMap((i: Json) => i.judgements.map((j: Json) => [i.id, j.grade])).sort(),
      })),
    fromCypher: (records) =>
      records.map((r) => ({ id: r.get('id'), name: r.get('name'), grades: [...r.get('grades')].sort() })),
  },
  {
    name: 'person + posts + bodies + statements',
    single: true,
    graphql: `{ person(id: "person:dawn-primarolo") { name
                posts { title body { ... on Organisation { name } ... on Authority { name } } }
                statements(first: 20) { edges { node { id kind quotes date { text } } } } } }`,
    library: `{ people(where: { id: { eq: "person:dawn-primarolo" } }) { name
                posts { id title fromEarliest attestedOnEarliest
                  body { ... on Organisation { name } ... on Authority { name } } }
                statements(limit: 20) { id kind quotes date dateEarliest } } }`,
    cypher: `MATCH (p:Person {id: $id})
             RETURN p.name AS name,
               COLLECT {
                 MATCH (p)<-[:HELD_BY]-(post:PostHeld)-[:POST_IN]->(b)
                 RETURN {title: post.title, body: b.name}
                 ORDER BY coalesce(post.fromEarliest, post.attestedOnEarliest, '9999'), post.id
               } AS posts,
               COLLECT {
                 MATCH (p)<-[:MADE_BY]-(s:Statement)
                 RETURN s {.id, .kind, .quotes, .date}
                 ORDER BY coalesce(s.dateEarliest, '0000') DESC, s.id LIMIT 20
               } AS statements`,
    params: { id: 'person:dawn-primarolo' },
    fromApi: ({ person: p }) => ({
      name: p.name,
      posts: p.posts.map((post: Json) => ({ title: post.title, body: post.body.name })),
      statements: p.statements.edges.map(({ node: s }: Json) => ({ ...s, date: s.date?.text ?? null })),
    }),
    // The person has fewer than 20 statements, so the library's unordered limit takes them all.
    fromLibrary: ({ people: [p] }) => ({
      name: p.name,
      posts: sorted(
        p.posts,
        byKeys<Json>(
          (post) => post.fromEarliest ?? post.attestedOnEarliest ?? '9999',
          (post) => post.id,
        ),
      ).map((post: Json) => ({ title: post.title, body: post.body[0].name })),
      statements: sorted(
        p.statements,
        (a: Json, b: Json) =>
          (b.dateEarliest ?? '0000').localeCompare(a.dateEarliest ?? '0000') || a.id.localeCompare(b.id),
      ).map(({ dateEarliest: _, ...s }: Json) => s),
    }),
    fromCypher: (records) => one(records),
  },
  {
    name: 'authority → inspections → inspectors',
    single: true,
    graphql: `{ authority(id: "authority:norfolk") { name inspections(first: 20) { edges { node { id
                leadInspectors { id name } deputyLeadInspectors { id name } } } } } }`,
    library: `{ authorities(where: { id: { eq: "authority:norfolk" } }) { name
                inspections(sort: [{ datedEarliest: DESC }, { id: ASC }], limit: 20) { id
                  leadInspectors { id name } deputyLeadInspectors { id name } } } }`,
    cypher: `MATCH (a:Authority {id: $id})
             RETURN a.name AS name, COLLECT {
               MATCH (a)<-[:INSPECTED]-(i:Inspection)
               WITH i ORDER BY coalesce(i.datedEarliest, i.dateEarliest, '0000') DESC, i.id LIMIT 20
               RETURN {id: i.id,
                 lead: COLLECT { MATCH (i)-[:LED_BY]->(p:Person) RETURN p.id },
                 deputy: COLLECT { MATCH (i)-[:DEPUTY_LED_BY]->(p:Person) RETURN p.id }}
             } AS inspections`,
    params: { id: 'authority:norfolk' },
    fromApi: ({ authority: a }) => ({
      name: a.name,
      inspections: a.inspections.edges.map(({ node: i }: Json) => ({
        id: i.id,
        lead: inspectors(i.leadInspectors),
        deputy: inspectors(i.deputyLeadInspectors),
      })),
    }),
    fromLibrary: ({ authorities: [a] }) => ({
      name: a.name,
      inspections: a.inspections.map((i: Json) => ({
        id: i.id,
        lead: inspectors(i.leadInspectors),
        deputy: inspectors(i.deputyLeadInspectors),
      })),
    }),
    fromCypher: (records) => {
      const { name, inspections } = one(records);
      return {
        name,
        inspections: inspections.map((i: Json) => ({
          id: i.id,
          lead: [...i.lead].sort(),
          deputy: [...i.deputy].sort(),
        })),
      };
    },
  },
  {
    name: 'full-text search',
    single: false,
    graphql: `{ search(text: "cornwall", types: ["Authority"], first: 20) { score node { id } } }`,
    // The library passes its phrase to Lucene as it is: here, the query this API builds
    // from "cornwall" (src/research/search.ts).
    library: `{ authoritySearch(phrase: "(cornwall^2 OR cornwall~2)", first: 20, sort: [{ score: DESC }]) {
                edges { score node { id } } } }`,
    cypher: `CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
             WHERE node:Authority
             RETURN node.id AS id, score ORDER BY score DESC, id LIMIT 20`,
    params: { query: '(cornwall^2 OR cornwall~2)' },
    fromApi: ({ search }) => untied(search.map((h: Json) => [h.node.id, h.score])),
    fromLibrary: ({ authoritySearch }) =>
      untied(authoritySearch.edges.map((e: Json) => [e.node.id, e.score])),
    fromCypher: (records) => untied(records.map((r) => [r.get('id'), r.get('score')])),
  },
  {
    name: 'two-hop neighbourhood',
    single: false,
    graphql: `{ neighbourhood(id: "authority:cornwall", depth: 2, kinds: ["NEIGHBOURS_FOR", "NEIGHBOUR"]) {
                nodes { id } } }`,
    // Both ways along both types, two steps: the authority's own list and the lists it is
    // on (one step), then the authorities those entries name (two).
    library: `{ authorities(where: { id: { eq: "authority:cornwall" } }) { id
                neighbours { id neighbour { id } } neighbourOf { id authority { id } } } }`,
    cypher: `MATCH (a:Entity {id: $id})
             RETURN [a.id] + COLLECT {
               MATCH (a)-[:NEIGHBOURS_FOR|NEIGHBOUR]-{1,2}(n) WHERE n <> a RETURN DISTINCT n.id
             } AS ids`,
    params: { id: 'authority:cornwall' },
    fromApi: ({ neighbourhood }) => neighbourhood.nodes.map((n: Json) => n.id).sort(),
    fromLibrary: ({ authorities: [a] }) =>
      [
        ...new Set([
          a.id,
          ...a.neighbours.flatMap((s: Json) => [s.id, ...s.neighbour.map((n: Json) => n.id)]),
          ...a.neighbourOf.flatMap((s: Json) => [s.id, ...s.authority.map((n: Json) => n.id)]),
        ]),
      ].sort(),
    fromCypher: (records) => [...one(records).ids].sort(),
  },
];
