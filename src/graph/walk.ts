/** Patterns along the model's relationships. */
import Cypher from '@neo4j/cypher-builder';
import { MODEL } from './graph-model.ts';
import type { Hop } from './model.ts';

/**
 * The pattern from `start` over `hops` to `end`; `rel` names a single relationship, and
 * `through` the node a two-relationship path passes through.
 */
export function walk(
  start: Cypher.Node,
  hops: readonly Hop[],
  end: Cypher.Node,
  options: { rel?: Cypher.Relationship; labelled?: boolean; through?: Cypher.Node } = {},
): Cypher.Pattern {
  // Single relationships reach whatever they point at; along a longer path every node
  // is labelled with the type the model says it has, so each hop narrows the search.
  const labelled = options.labelled ?? hops.length > 1;
  let pattern: Cypher.Pattern | Cypher.PartialPattern = new Cypher.Pattern(start);
  hops.forEach((hop, k) => {
    const last = k === hops.length - 1;
    const node = last ? end : k === 0 && options.through ? options.through : undefined;
    const type = hop.types.length === 1 ? hop.types[0]! : Cypher.labelExpr.or(...hop.types);
    const related = (pattern as Cypher.Pattern).related(hops.length === 1 ? options.rel : undefined, {
      type,
      direction: hop.direction === 'OUT' ? 'right' : 'left',
    });
    const labels = labelled && isConcrete(hop.reaches) ? [hop.reaches] : undefined;
    pattern = node ? related.to(node, { labels }) : related.to({ labels });
  });
  return pattern as Cypher.Pattern;
}

// A node type's label is its name; interfaces and unions have no label of their own.
const isConcrete = (type: string) => MODEL.nodeTypes.has(type);
