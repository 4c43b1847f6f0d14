import DataLoader from 'dataloader';
import type { Database } from './database.ts';
import { citationsByIds, nodesByIds, traverse } from './graph-queries.ts';
import type { RelationField } from './model.ts';
import type { CitationRecord, NodeRecord, RelatedRecord } from './records.ts';
import { covers, needsKey, type Needs, type Reached, type Step, type StepValues } from './steps.ts';

/**
 * Per-request batching: every field that follows a relationship asks its loader, and all
 * the asks of one tick go to Neo4j as a single UNWIND query. Built fresh for each request
 * so no data is cached across users.
 */
export function createLoaders(db: Database) {
  const nodes = new DataLoader<string, NodeRecord | null>((ids) => nodesByIds(db, ids));
  const citations = new DataLoader<string, CitationRecord[]>((ids) => citationsByIds(db, ids));
  type Kept = { reached: RelatedRecord[]; needs: Needs | undefined };
  const fetchedAhead = new Map<string, Map<string, Kept>>();

  const keys = new Map<string, number>();
  // A step given other values may have reached other nodes than the same walk; a named
  // query may read values that no condition names.
  const ownKey = (relation: RelationField | null, values?: StepValues | null): string => {
    const walk = relation?.walk ?? 'self';
    const key = keys.get(walk) ?? (keys.set(walk, keys.size), keys.size - 1);
    const given = Object.entries(values ?? {}).filter(([, value]) => value != null);
    return given.length ? `${key}${JSON.stringify(given)}` : String(key);
  };
  const keyOf = (step: Step): string => {
    const own = ownKey(step.relation, step.values) + needsKey(step.needs);
    return step.next.length ? `${own}(${step.next.map(keyOf).join(',')})` : own;
  };

  /** Keeps what `step` reached from `id`, and every list below, for the fields that will ask. */
  const keep = (step: Step, id: string, reached: Reached[]) => {
    const own = ownKey(step.relation, step.values);
    const byId = fetchedAhead.get(own) ?? new Map<string, Kept>();
    fetchedAhead.set(own, byId.set(id, { reached, needs: step.needs }));
    // Some properties only: a later read by id must not find this record.
    const whole = !step.needs?.props;
    for (const { node, next } of reached) {
      if (whole) nodes.prime(node.id, node);
      step.next.forEach((below, k) => keep(below, node.id, next[k] ?? []));
    }
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
   * The nodes `relation` reaches from `id` (null: the node itself): what a query further
   * up already fetched, or else a batch of this level that fetches the steps `below` it
   * from each node as well. `values` are what the field's arguments ask of the nodes,
   * `needs` what the asking field reads of them.
   */
  const related = async (
    relation: RelationField | null,
    id: string,
    below: () => readonly Step[] = () => [],
    values?: StepValues | null,
    needs?: Needs,
  ) => {
    const kept = fetchedAhead.get(ownKey(relation, values))?.get(id);
    if (kept && covers(kept.needs, needs)) return kept.reached;
    return loaderFor({ relation, values, needs, next: below() }).load(id);
  };

  /**
   * Lets a query that fetched rows and the steps below them (a root list page) share what it
   * read; the rows themselves serve reads by id only if they are `whole` nodes.
   */
  const fetched = (
    steps: readonly Step[],
    rows: readonly Pick<Reached, 'node' | 'next'>[],
    whole: boolean,
  ) => {
    for (const { node, next } of rows) {
      if (whole) nodes.prime(node.id, node);
      steps.forEach((step, k) => keep(step, node.id, next[k] ?? []));
    }
  };

  /**
   * A batch a domain defines for itself: the first ask under `key` in a request makes its
   * loader and later asks share it, so (say) the authorities compared "as of" one day are
   * one query.
   */
  const batches = new Map<string, DataLoader<string, unknown>>();
  const batch = <T>(key: string, load: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T> => {
    let loader = batches.get(key);
    if (!loader) batches.set(key, (loader = new DataLoader<string, unknown>(load)));
    return loader as DataLoader<string, T>;
  };

  return { nodes, citations, related, fetched, batch };
}

export type Loaders = ReturnType<typeof createLoaders>;
