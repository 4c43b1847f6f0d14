/**
 * Arguments of lists that hang off a node (an authority's identifiers, a source's
 * supported facts) that narrow the loaded list here. Filters a traversal knows
 * (`Traversal.filters`) are applied in Cypher instead.
 */
import type { Context } from '../context.ts';
import type { NodeRecord } from '../data/records.ts';

type Filter = (nodes: NodeRecord[], args: Record<string, unknown>, context: Context) => Promise<NodeRecord[]>;

export const listFilters: Record<string, Filter> = {
  'Authority.identifiers': async (nodes, { scheme }) =>
    scheme ? nodes.filter((n) => n.scheme === scheme) : nodes,

  'Source.supports': async (nodes, { prefixes }) =>
    Array.isArray(prefixes)
      ? nodes.filter((n) => prefixes.some((p: string) => n.id.startsWith(`${p}:`)))
      : nodes,
};
