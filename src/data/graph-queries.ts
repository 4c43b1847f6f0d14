/**
 * Batched reads behind the per-request DataLoaders: each takes many ids and answers them
 * in one round trip with UNWIND, so nested GraphQL fields cost one query per field, not
 * one per row.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from './database.ts';
import { MENTION_TYPES } from './model.ts';
import { toNodeRecord, type CitationRecord, type NodeRecord, type RelatedRecord } from './records.ts';
import { reachedFrom, toReached, type Reached, type Step, type Traversal } from './steps.ts';

export function nodesByIds(db: Database, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  return db.read({
    cypher: `UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN n`,
    params: { ids },
    map: ({ records }) => records.map((r) => (r.get('n') ? toNodeRecord(r.get('n') as Neo4jNode) : null)),
  });
}

/**
 * Walks `step` from each id and, in the same query, every step below it from each node
 * reached: a nested GraphQL selection costs one round trip however deep it goes.
 */
export function traverse(db: Database, step: Step, ids: readonly string[]): Promise<Reached[][]> {
  const params: Record<string, unknown> = { ids };
  return db.read({
    cypher: `UNWIND $ids AS id
             MATCH (n:Entity {id: id})
             RETURN id, ${reachedFrom('n', [step], params)}[0] AS related`,
    params,
    map: ({ records }) => {
      const byId = new Map(records.map((r) => [r.get('id') as string, toReached(r.get('related'))]));
      return ids.map((id) => byId.get(id) ?? []);
    },
  });
}

export function citationsByIds(db: Database, ids: readonly string[]): Promise<CitationRecord[][]> {
  return db.read({
    cypher: `UNWIND $ids AS id
             OPTIONAL MATCH (s:Source)-[c:SUPPORTS]->(:Entity {id: id})
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

const MENTIONS: Traversal = {
  pattern: ({ n, m, r }) => `(${n})<-[${r}:${MENTION_TYPES.join('|')}]-(${m})`,
  orderBy: ({ m }) => `coalesce(${m}.dateEarliest, ${m}.datedEarliest, "9999")`,
};

/** Statements, findings and events that point at each node as their subject, cause or relation. */
export function mentionsByIds(db: Database, ids: readonly string[]): Promise<NodeRecord[][]> {
  return traverse(db, { traversal: MENTIONS, next: [] }, ids).then((lists) =>
    lists.map((list) => uniqueNodes(list)),
  );
}

/** The nodes of a related list, each once (a node can be reached over several relationships). */
export function uniqueNodes(related: RelatedRecord[]): NodeRecord[] {
  const seen = new Set<string>();
  return related.map((x) => x.node).filter((n) => !seen.has(n.id) && seen.add(n.id));
}
