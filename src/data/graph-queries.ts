/**
 * Batched reads behind the per-request DataLoaders: each takes many ids and answers them
 * in one round trip with UNWIND, so nested GraphQL fields cost one query per field, not
 * one per row.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from './database.ts';
import { MENTION_TYPES } from './model.ts';
import { toNodeRecord, type CitationRecord, type NodeRecord, type RelatedRecord } from './records.ts';

export function nodesByIds(db: Database, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  return db.read({
    cypher: `UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN n`,
    params: { ids },
    map: ({ records }) => records.map((r) => (r.get('n') ? toNodeRecord(r.get('n') as Neo4jNode) : null)),
  });
}

/**
 * A traversal the model defines: `pattern` joins the start node `(n)` to the nodes `(m)`
 * wanted, optionally through a relationship bound to `r` whose properties come along.
 * Patterns and orderings are constants of the model, never input.
 */
export interface Traversal {
  pattern: string;
  /** Cypher expression to sort on; the target's id breaks ties. */
  orderBy?: string;
}

export function traverse(
  db: Database,
  traversal: Traversal,
  ids: readonly string[],
): Promise<RelatedRecord[][]> {
  const withRel = /\[r[:\]]/.test(traversal.pattern);
  return db.read({
    cypher: `UNWIND $ids AS id
             MATCH (n:Entity {id: id})
             CALL (n) {
               MATCH ${traversal.pattern}
               RETURN m, ${withRel ? 'properties(r)' : '{}'} AS rel
               ORDER BY ${traversal.orderBy ?? (withRel ? 'r.order, m.id' : 'm.id')}, m.id
             }
             RETURN id, collect({node: m, rel: rel}) AS related`,
    params: { ids },
    map: ({ records }) => {
      const byId = new Map(
        records.map((r) => [
          r.get('id') as string,
          (r.get('related') as { node: Neo4jNode; rel: Record<string, unknown> }[]).map((x) => ({
            node: toNodeRecord(x.node),
            rel: x.rel,
          })),
        ]),
      );
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

/** Statements, findings and events that point at each node as their subject, cause or relation. */
export function mentionsByIds(db: Database, ids: readonly string[]): Promise<NodeRecord[][]> {
  return traverse(
    db,
    {
      pattern: `(n)<-[r:${MENTION_TYPES.join('|')}]-(m)`,
      orderBy: 'coalesce(m.dateEarliest, m.datedEarliest, "9999")',
    },
    ids,
  ).then((lists) => lists.map((list) => dedupe(list.map((x) => x.node))));
}

function dedupe(nodes: NodeRecord[]): NodeRecord[] {
  const seen = new Set<string>();
  return nodes.filter((n) => !seen.has(n.id) && seen.add(n.id));
}
