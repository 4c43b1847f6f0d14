import DataLoader from 'dataloader';
import type { Database } from './database.ts';
import { citationsByIds, mentionsByIds, nodesByIds, traverse, type Traversal } from './graph-queries.ts';
import type { CitationRecord, NodeRecord, RelatedRecord } from './records.ts';

/**
 * Per-request batching: every field that follows a relationship asks its loader, and all
 * the asks of one tick go to Neo4j as a single UNWIND query. Built fresh for each request
 * so no data is cached across users.
 */
export function createLoaders(db: Database) {
  const nodes = new DataLoader<string, NodeRecord | null>((ids) => nodesByIds(db, ids));
  const citations = new DataLoader<string, CitationRecord[]>((ids) => citationsByIds(db, ids));
  const mentions = new DataLoader<string, NodeRecord[]>((ids) => mentionsByIds(db, ids));
  const traversals = new Map<Traversal, DataLoader<string, RelatedRecord[]>>();
  const related = (traversal: Traversal): DataLoader<string, RelatedRecord[]> => {
    let loader = traversals.get(traversal);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const lists = await traverse(db, traversal, ids);
        for (const list of lists) for (const { node } of list) nodes.prime(node.id, node);
        return lists;
      });
      traversals.set(traversal, loader);
    }
    return loader;
  };
  return { nodes, citations, mentions, related };
}

export type Loaders = ReturnType<typeof createLoaders>;
