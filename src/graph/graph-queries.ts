/**
 * Batched reads behind the per-request DataLoaders: each takes many ids and answers them
 * in one round trip with UNWIND, so nested GraphQL fields cost one query per field, not
 * one per row.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from './database.ts';
import { toNodeRecord, type CitationRecord, type NodeRecord, type RelatedRecord } from './records.ts';
import { traverseQuery } from './compiler.ts';
import { MODEL } from './graph-model.ts';
import { ENTITY_LABEL } from './model.ts';
import { toReached, type Reached, type Step } from './steps.ts';

export function nodesByIds(db: Database, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  return db.read({
    cypher: `UNWIND $ids AS id OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id}) RETURN n`,
    params: { ids },
    map: ({ records }) => records.map((r) => (r.get('n') ? toNodeRecord(r.get('n') as Neo4jNode) : null)),
  });
}

/**
 * Walks `step` from each id and, in the same query, every step below it from each node
 * reached: a nested GraphQL selection costs one round trip however deep it goes.
 */
export function traverse(db: Database, step: Step, ids: readonly string[]): Promise<Reached[][]> {
  return db.read({
    ...traverseQuery(step, ids),
    map: ({ records }) => {
      const byId = new Map(records.map((r) => [r.get('id') as string, toReached(r.get('related'))]));
      return ids.map((id) => byId.get(id) ?? []);
    },
  });
}

export function citationsByIds(db: Database, ids: readonly string[]): Promise<CitationRecord[][]> {
  return db.read({
    cypher: `UNWIND $ids AS id
             OPTIONAL MATCH (s:${MODEL.sourceType})-[c:${MODEL.citationType}]->(:${ENTITY_LABEL} {id: id})
             WITH id, s, c ORDER BY c.order
             RETURN id, collect(CASE WHEN s IS NULL THEN null ELSE {
               source: s.id, locator: c.locator, field: c.field, quote: c.quote, note: c.note
             } END) AS citations`,
    params: { ids },
    map: ({ records }) => {
      const byId = new Map(
        records.map((r) => [r.get('id') as string, r.get('citations') as CitationRecord[]]),
      );
      return ids.map((id) => byId.get(id) ?? []);
    },
  });
}

/** The nodes of a related list, each once (a node can be reached over several relationships). */
export function uniqueNodes(related: RelatedRecord[]): NodeRecord[] {
  const seen = new Set<string>();
  return related.map((x) => x.node).filter((n) => !seen.has(n.id) && seen.add(n.id));
}
