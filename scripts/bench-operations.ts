/**
 * The operations `npm run bench` times. Each is asked twice: as GraphQL over HTTP, and as
 * the one Cypher query a hand-written endpoint would send for the same answer, the floor
 * no API layer can beat. Both answers are reduced to the same essentials so the bench can
 * prove, before timing, that the two paths really return the same thing.
 */
import type { Record as Neo4jRecord } from 'neo4j-driver';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL JSON is checked by comparison, not by type */
type Json = any;

export interface Operation {
  name: string;
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
  fromApi: (data: Json) => unknown;
  fromCypher: (records: Neo4jRecord[]) => unknown;
}

// The orderings below copy the model's orders (schema/, src/graph/lists.ts) (ties broken by
// id), so a floor that sorted differently cannot pass the agreement check by luck.
export const OPERATIONS: Operation[] = [
  {
    name: 'node by id',
    graphql: `{ node(id: "person:dean-ashton") { id __typename ... on Person { label name notes } } }`,
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
    fromCypher: ([r]) => {
      const n = r?.get('n');
      return { id: n.id, type: n.type, label: n.label, name: n.name, notes: n.notes };
    },
  },
  {
    name: 'authority + inspections + judgements',
    graphql: `{ authority(id: "authority:cornwall") { name inspections(first: 20) { edges { node {
                id label published { text } judgements { areaKey grade gradeLabel } } } } } }`,
    cypher: `MATCH (a:Authority {id: $id})
             CALL (a) {
               MATCH (a)<-[:INSPECTED]-(i:Inspection)
               WITH i ORDER BY coalesce(i.datedEarliest, i.dateEarliest, '0000') DESC, i.id LIMIT 20
               RETURN collect(i {.id, .label, .published, judgements: COLLECT {
                 MATCH (i)<-[:GIVEN_IN]-(j:Judgement)
                 RETURN j {.areaKey, .grade, .gradeLabel}
                 ORDER BY CASE j.areaKey WHEN 'overall' THEN 0 ELSE 1 END, j.areaKey, j.id
               }}) AS inspections
             }
             RETURN a.name AS name, inspections`,
    params: { id: 'authority:cornwall' },
    fromApi: ({ authority: a }) => ({
      name: a.name,
      inspections: a.inspections.edges.map(({ node: i }: Json) => ({
        id: i.id,
        label: i.label,
        published: i.published?.text ?? null,
        judgements: i.judgements,
      })),
    }),
    fromCypher: ([r]) => ({ name: r?.get('name'), inspections: r?.get('inspections') }),
  },
  {
    name: 'authorities page + latest overall',
    graphql: `{ authorities(first: 20) { edges { node { id name
                judgementHistory(filter: {overall: true}) { grade inspection { published { text } } } } } } }`,
    // judgementHistory runs oldest first with undated inspections last; "latest" is its last row.
    cypher: `MATCH (a:Authority)
             WITH a ORDER BY a.name, a.id LIMIT 20
             CALL (a) {
               OPTIONAL MATCH (a)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(j:Judgement {areaKey: 'overall'})
               RETURN j.grade AS grade, i.published AS published
               ORDER BY coalesce(i.datedEarliest, '9999') DESC, i.id DESC, j.id DESC LIMIT 1
             }
             RETURN a.id AS id, a.name AS name, grade, published`,
    params: {},
    fromApi: ({ authorities }) =>
      authorities.edges.map(({ node: a }: Json) => {
        const latest = a.judgementHistory.at(-1);
        return {
          id: a.id,
          name: a.name,
          grade: latest?.grade ?? null,
          published: latest?.inspection.published?.text ?? null,
        };
      }),
    fromCypher: (records) =>
      records.map((r) => ({
        id: r.get('id'),
        name: r.get('name'),
        grade: r.get('grade'),
        published: r.get('published'),
      })),
  },
  {
    name: 'person + posts + statements',
    graphql: `{ person(id: "person:dawn-primarolo") { name
                posts { title body { ... on Organisation { name } ... on Authority { name } } }
                statements(first: 20) { edges { node { id kind quotes date { text } } } } } }`,
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
      statements: p.statements.edges.map(({ node: s }: Json) => ({
        id: s.id,
        kind: s.kind,
        quotes: s.quotes,
        date: s.date?.text ?? null,
      })),
    }),
    fromCypher: ([r]) => ({ name: r?.get('name'), posts: r?.get('posts'), statements: r?.get('statements') }),
  },
];
