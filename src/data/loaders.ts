import DataLoader from 'dataloader';
import type { Database } from './database.ts';
import { citationsByIds, mentionsByIds, nodesByIds, traverse, type Traversal } from './graph-queries.ts';
import { latestJudgementsByIds } from './judgement-queries.ts';
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
  const traversals = new Map<string, DataLoader<string, RelatedRecord[]>>();
  const fetchedAhead = new Map<Traversal, Map<string, RelatedRecord[]>>();
  const remember = (t: Traversal, id: string, list: RelatedRecord[]) => {
    const byId = fetchedAhead.get(t) ?? new Map<string, RelatedRecord[]>();
    fetchedAhead.set(t, byId.set(id, list));
  };
  const keys = new Map<Traversal, number>();
  const keyOf = (t: Traversal) => keys.get(t) ?? (keys.set(t, keys.size), keys.size - 1);
  // One DataLoader per traversal and look-ahead set. With `next`, each batch also fetches
  // those traversals from every node it reaches and keeps them in `fetchedAhead`.
  const loaderFor = (
    traversal: Traversal,
    next: readonly Traversal[] = [],
  ): DataLoader<string, RelatedRecord[]> => {
    const key = [traversal, ...next].map(keyOf).join(',');
    let loader = traversals.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const lists = await traverse(db, traversal, ids, next);
        for (const list of lists) {
          for (const { node, next: below } of list) {
            nodes.prime(node.id, node);
            next.forEach((t, k) => remember(t, node.id, below[k] ?? []));
          }
        }
        return lists;
      });
      traversals.set(key, loader);
    }
    return loader;
  };
  /**
   * The nodes `traversal` reaches from `id`: what a batch one level up already fetched, or
   * else this level's batch, which fetches `next` from each node as well.
   */
  const related = async (traversal: Traversal, id: string, next: readonly Traversal[] = []) =>
    fetchedAhead.get(traversal)?.get(id) ?? loaderFor(traversal, next).load(id);
  // One loader per day asked about: a page of authorities "as of" a day is one query.
  const latestByDay = new Map<string, DataLoader<string, NodeRecord[]>>();
  const latestJudgements = (asOf: string) => {
    let loader = latestByDay.get(asOf);
    if (!loader)
      latestByDay.set(asOf, (loader = new DataLoader((ids) => latestJudgementsByIds(db, ids, asOf))));
    return loader;
  };
  return { nodes, citations, mentions, related, latestJudgements };
}

export type Loaders = ReturnType<typeof createLoaders>;
