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

/** A traversal's pattern and ordering, rewritten to start from `m` and end at `x`. */
function shifted(traversal: Traversal): Traversal {
  // Renaming is textual, so the model's patterns may only use the variables n, m, r and i.
  if (/\b(x|r2|i2)\b/.test(`${traversal.pattern} ${traversal.orderBy ?? ''}`)) {
    throw new Error(`Traversal uses a variable reserved for the next level: ${traversal.pattern}`);
  }
  const rename = (text: string) =>
    text.replace(/\bm\b/g, 'x').replace(/\bn\b/g, 'm').replace(/\br\b/g, 'r2').replace(/\bi\b/g, 'i2');
  return { pattern: rename(traversal.pattern), orderBy: traversal.orderBy && rename(traversal.orderBy) };
}

const hasRel = (pattern: string, name: string) => new RegExp(`\\[${name}[:\\]]`).test(pattern);

/** What a traversal returns for each start id: the related nodes, and for each of them the next level. */
export interface RelatedWithNext extends RelatedRecord {
  next: RelatedRecord[][];
}

/**
 * Walks `traversal` from each id and, in the same query, each of `next` from every node
 * reached: a nested GraphQL selection costs one round trip per two levels.
 */
export function traverse(
  db: Database,
  traversal: Traversal,
  ids: readonly string[],
  next: readonly Traversal[] = [],
): Promise<RelatedWithNext[][]> {
  const withRel = hasRel(traversal.pattern, 'r');
  // Each level is a COLLECT subquery whose ORDER BY sits right before its RETURN, so the
  // order Neo4j promises is the order the lists come back in.
  const nextLevel = next.map((t) => {
    const sub = shifted(t);
    const subRel = hasRel(sub.pattern, 'r2');
    return `COLLECT {
               MATCH ${sub.pattern}
               WITH x, ${subRel ? 'properties(r2)' : '{}'} AS rel2
               ORDER BY ${sub.orderBy ?? (subRel ? 'r2.order, x.id' : 'x.id')}, x.id
               RETURN {node: x, rel: rel2}
             }`;
  });
  return db.read({
    cypher: `UNWIND $ids AS id
             MATCH (n:Entity {id: id})
             RETURN id, COLLECT {
               MATCH ${traversal.pattern}
               WITH m, ${withRel ? 'properties(r)' : '{}'} AS rel
               ORDER BY ${traversal.orderBy ?? (withRel ? 'r.order, m.id' : 'm.id')}, m.id
               RETURN {node: m, rel: rel, next: [${nextLevel.join(', ')}]}
             } AS related`,
    params: { ids },
    map: ({ records }) => {
      type Raw = { node: Neo4jNode; rel: Record<string, unknown> };
      const toRelated = (x: Raw): RelatedRecord => ({ node: toNodeRecord(x.node), rel: x.rel });
      const byId = new Map(
        records.map((r) => [
          r.get('id') as string,
          (r.get('related') as (Raw & { next: Raw[][] })[]).map((x) => ({
            ...toRelated(x),
            next: x.next.map((list) => list.map(toRelated)),
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
  ).then((lists) => lists.map((list) => uniqueNodes(list)));
}

/** The nodes of a related list, each once (a node can be reached over several relationships). */
export function uniqueNodes(related: RelatedRecord[]): NodeRecord[] {
  const seen = new Set<string>();
  return related.map((x) => x.node).filter((n) => !seen.has(n.id) && seen.add(n.id));
}
