/**
 * Traversals and the nested Cypher that follows a whole tree of them in one query. Each
 * level gets its own variable names (m1, r1, i1 below the start, m2… below that), so a
 * pattern never captures or shadows a variable of the level above.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import { recordOf, type RelatedRecord } from './records.ts';

/**
 * The variables one level of a walk may use: start `n`, target `m`, relationship `r`, a node
 * between `i`; and its parameters, by the name of the filter value each holds.
 */
export interface Names {
  n: string;
  m: string;
  r: string;
  i: string;
  /** The parameter holding the step's filter value `name` (null when not given), added to the query's parameters. */
  value: (name: string) => string;
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
  /**
   * Conditions the field's `filter` argument may ask for, each over the level's variables
   * and reading its value from the parameter named `param`: a fixed table, so input only
   * ever travels as parameter values.
   */
  filters?: Record<string, (names: Names, param: string) => string>;
  /**
   * The step's filter values from the field's arguments, when arguments other than `filter`
   * shape the walk: its pattern reads them through `names.value` (null when left out), and
   * they are part of the step's identity as a filter's values are. When set, it alone gives
   * the values: a `filter` argument is not read.
   */
  filterOf?: (args: Record<string, unknown>) => FilterArgs | null;
}

/** A filter argument's given conditions, by name. */
export type FilterArgs = Record<string, unknown>;

/** A traversal and the traversals to follow from each node it reaches, to any depth. */
export interface Step {
  traversal: Traversal;
  /** Values for `traversal.filters` (or read by its pattern, see `filterOf`); part of the step's identity. */
  filter?: FilterArgs | null;
  /** What the fields on the nodes reached read; absent, whole nodes and relationships. */
  needs?: Needs;
  next: readonly Step[];
}

/**
 * What a selection reads from the nodes a step reaches: `props` (schema field names, never
 * input) or, if null, whole nodes; `rel`, the relationship's properties.
 */
export interface Needs {
  props: ReadonlySet<string> | null;
  rel: boolean;
}

/**
 * How a query returns the node bound to `m`: the properties `needs` names (with its labels,
 * which give the GraphQL type), or the whole node when they are unknown. Whole nodes repeat
 * every long property on every row.
 */
export const projected = (m: string, needs: Needs | undefined): string =>
  needs?.props ? `${m} {${[...new Set(['id', ...needs.props])].map((p) => `.${p}`).join(', ')}}` : m;

/** Whether records fetched for `have` serve a field that needs `want` (absent: everything). */
export const covers = (have: Needs | undefined, want: Needs | undefined): boolean =>
  !have ||
  (!!want &&
    (!want.rel || have.rel) &&
    (have.props === null || (want.props !== null && [...want.props].every((p) => have.props!.has(p)))));

/** The filter values a field's arguments give a step over `traversal`. */
export const stepFilter = (traversal: Traversal, args: Record<string, unknown>): FilterArgs | null =>
  traversal.filterOf
    ? traversal.filterOf(args)
    : traversal.filters
      ? ((args.filter as FilterArgs | null | undefined) ?? null)
      : null;

/** The conditions of `filter` that `traversal` can apply, with their values. */
const activeFilters = (traversal: Traversal, filter: FilterArgs | null | undefined) =>
  Object.entries(filter ?? {}).filter(([name, value]) => value != null && traversal.filters?.[name]);

/** What a step returns for each node reached: the node, and for each step below it the list it reached. */
export interface Reached extends RelatedRecord {
  next: Reached[][];
}

/**
 * A Cypher list expression holding, for each of `steps`, what it reaches from the node
 * bound to `from`. Each level is a COLLECT subquery whose ORDER BY sits right before its
 * RETURN, so the order Neo4j promises is the order the lists come back in.
 */
export function reachedFrom(
  from: string,
  steps: readonly Step[],
  params: Record<string, unknown>,
  depth = 1,
  path = 'p',
): string {
  const levels = steps.map(({ traversal, filter, needs, next }, k) => {
    // Sibling steps of one level can filter on the same names: the path keeps them apart.
    const prefix = `${path}${k}_`;
    const value = (name: string) => {
      params[prefix + name] = filter?.[name] ?? null;
      return `$${prefix}${name}`;
    };
    const names: Names = { n: from, m: `m${depth}`, r: `r${depth}`, i: `i${depth}`, value };
    const { m, r } = names;
    const pattern = traversal.pattern(names);
    const withRel = pattern.includes(`[${r}:`);
    const order = traversal.orderBy?.(names) ?? (withRel ? `${r}.order, ${m}.id` : `${m}.id`);
    const conditions = activeFilters(traversal, filter).map(([name, value]) => {
      params[prefix + name] = value;
      return `(${traversal.filters![name]!(names, `$${prefix}${name}`)})`;
    });
    // Conditions join the pattern's last MATCH; an earlier one may have a WHERE of its own.
    const lastMatch = pattern.split(/\bMATCH\b/).at(-1)!;
    const where = conditions.length
      ? ` ${lastMatch.includes(' WHERE ') ? 'AND' : 'WHERE'} ${conditions.join(' AND ')}`
      : '';
    const node = needs?.props ? `${projected(m, needs)}, labels: labels(${m})` : m;
    const rel = withRel && (needs?.rel ?? true) ? `properties(${r})` : '{}';
    return `COLLECT {
      MATCH ${pattern}${where}
      WITH ${m}, ${rel} AS rel${depth}
      ORDER BY ${order}, ${m}.id
      RETURN {node: ${node}, rel: rel${depth}, next: ${reachedFrom(m, next, params, depth + 1, prefix)}}
    }`;
  });
  return `[${levels.join(', ')}]`;
}

type Raw = {
  node: Neo4jNode | Record<string, unknown>;
  labels?: string[];
  rel: Record<string, unknown>;
  next: Raw[][];
};

/** One list of `reachedFrom`'s result, as records. */
export function toReached(list: unknown): Reached[] {
  return (list as Raw[]).map((x) => ({
    node: recordOf(x.node, x.labels ?? []),
    rel: x.rel,
    next: x.next.map(toReached),
  }));
}
