import DataLoader from 'dataloader';
import type { Database } from './database.ts';
import { citationsByIds, mentionsByIds, nodesByIds, traverse } from './graph-queries.ts';
import { latestJudgementsByIds } from './judgement-queries.ts';
import type { CitationRecord, NodeRecord, RelatedRecord } from './records.ts';
import type { Reached, Step, Traversal } from './steps.ts';

/**
 * Per-request batching: every field that follows a relationship asks its loader, and all
 * the asks of one tick go to Neo4j as a single UNWIND query. Built fresh for each request
 * so no data is cached across users.
 */
export function createLoaders(db: Database) {
  const nodes = new DataLoader<string, NodeRecord | null>((ids) => nodesByIds(db, ids));
  const citations = new DataLoader<string, CitationRecord[]>((ids) => citationsByIds(db, ids));
  const mentions = new DataLoader<string, NodeRecord[]>((ids) => mentionsByIds(db, ids));
  const fetchedAhead = new Map<Traversal, Map<string, RelatedRecord[]>>();

  /** Keeps what `step` reached from `id`, and every list below, for the fields that will ask. */
  const keep = (step: Step, id: string, reached: Reached[]) => {
    const byId = fetchedAhead.get(step.traversal) ?? new Map<string, RelatedRecord[]>();
    fetchedAhead.set(step.traversal, byId.set(id, reached));
    for (const { node, next } of reached) {
      nodes.prime(node.id, node);
      step.next.forEach((below, k) => keep(below, node.id, next[k] ?? []));
    }
  };

  const keys = new Map<Traversal, number>();
  const keyOf = ({ traversal, next }: Step): string => {
    const key = keys.get(traversal) ?? (keys.set(traversal, keys.size), keys.size - 1);
    return next.length ? `${key}(${next.map(keyOf).join(',')})` : String(key);
  };
  // One DataLoader per step tree: rows asking for the same traversal with the same
  // selection below it share a batch.
  const loaders = new Map<string, DataLoader<string, RelatedRecord[]>>();
  const loaderFor = (step: Step): DataLoader<string, RelatedRecord[]> => {
    const key = keyOf(step);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const lists = await traverse(db, step, ids);
        lists.forEach((list, k) => keep(step, ids[k]!, list));
        return lists;
      });
      loaders.set(key, loader);
    }
    return loader;
  };

  /**
   * The nodes `traversal` reaches from `id`: what a query further up already fetched, or
   * else a batch of this level that fetches the steps `below` it from each node as well.
   */
  const related = async (traversal: Traversal, id: string, below: () => readonly Step[] = () => []) =>
    fetchedAhead.get(traversal)?.get(id) ?? loaderFor({ traversal, next: below() }).load(id);

  /** Lets a query that fetched rows and the steps below them (a root list page) share what it read. */
  const fetched = (steps: readonly Step[], rows: readonly Pick<Reached, 'node' | 'next'>[]) => {
    for (const { node, next } of rows) {
      nodes.prime(node.id, node);
      steps.forEach((step, k) => keep(step, node.id, next[k] ?? []));
    }
  };

  // One loader per day asked about: a page of authorities "as of" a day is one query.
  const latestByDay = new Map<string, DataLoader<string, NodeRecord[]>>();
  const latestJudgements = (asOf: string) => {
    let loader = latestByDay.get(asOf);
    if (!loader)
      latestByDay.set(asOf, (loader = new DataLoader((ids) => latestJudgementsByIds(db, ids, asOf))));
    return loader;
  };

  return { nodes, citations, mentions, related, fetched, latestJudgements };
}

export type Loaders = ReturnType<typeof createLoaders>;
