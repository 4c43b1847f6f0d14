/**
 * Traversals and the nested Cypher that follows a whole tree of them in one query. Each
 * level gets its own variable names (m1, r1, i1 below the start, m2… below that), so a
 * pattern never captures or shadows a variable of the level above.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import { toNodeRecord, type RelatedRecord } from './records.ts';

/** The variables one level of a walk may use: start `n`, target `m`, relationship `r`, a node between `i`. */
export interface Names {
  n: string;
  m: string;
  r: string;
  i: string;
}

/**
 * A traversal the model defines: `pattern` joins the start node to the nodes wanted,
 * optionally through a relationship bound to `r` whose properties come along. Patterns
 * and orderings are constants of the model, never input; they are functions of the
 * variable names so that each level of a nested query can name its own.
 */
export interface Traversal {
  pattern: (names: Names) => string;
  /** Cypher expression to sort on; the target's id breaks ties. */
  orderBy?: (names: Names) => string;
}

/** A traversal and the traversals to follow from each node it reaches, to any depth. */
export interface Step {
  traversal: Traversal;
  next: readonly Step[];
}

/** What a step returns for each node reached: the node, and for each step below it the list it reached. */
export interface Reached extends RelatedRecord {
  next: Reached[][];
}

/**
 * A Cypher list expression holding, for each of `steps`, what it reaches from the node
 * bound to `from`. Each level is a COLLECT subquery whose ORDER BY sits right before its
 * RETURN, so the order Neo4j promises is the order the lists come back in.
 */
export function reachedFrom(from: string, steps: readonly Step[], depth = 1): string {
  const levels = steps.map(({ traversal, next }) => {
    const names: Names = { n: from, m: `m${depth}`, r: `r${depth}`, i: `i${depth}` };
    const { m, r } = names;
    const pattern = traversal.pattern(names);
    const withRel = pattern.includes(`[${r}:`);
    const order = traversal.orderBy?.(names) ?? (withRel ? `${r}.order, ${m}.id` : `${m}.id`);
    return `COLLECT {
      MATCH ${pattern}
      WITH ${m}, ${withRel ? `properties(${r})` : '{}'} AS rel${depth}
      ORDER BY ${order}, ${m}.id
      RETURN {node: ${m}, rel: rel${depth}, next: ${reachedFrom(m, next, depth + 1)}}
    }`;
  });
  return `[${levels.join(', ')}]`;
}

type Raw = { node: Neo4jNode; rel: Record<string, unknown>; next: Raw[][] };

/** One list of `reachedFrom`'s result, as records. */
export function toReached(list: unknown): Reached[] {
  return (list as Raw[]).map((x) => ({
    node: toNodeRecord(x.node),
    rel: x.rel,
    next: x.next.map(toReached),
  }));
}
