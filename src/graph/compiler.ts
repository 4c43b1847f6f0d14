/**
 * The Cypher compiler: steps (relationship fields and what they select) and root list
 * pages in, Cypher built with Neo4j's cypher-builder out. Labels and relationship types
 * come from the model, every value travels as a parameter, and a whole nested selection is
 * one query: each level a COLLECT subquery whose ORDER BY sits right before its RETURN,
 * so the lists come back in the order the model gives.
 */
import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import {
  ENTITY_LABEL,
  type Condition,
  type Hop,
  type OrderKey,
  type RelationField,
  type RootList,
} from './model.ts';
import { namedCondition, namedWalk } from './named-queries.ts';
import { QueryCache, type Compiled } from './query-cache.ts';
import { stepKey, withoutNulls, type Needs, type Step, type StepValues } from './steps.ts';
import { walk } from './walk.ts';

export type { Compiled };

// Keys hold the filter values asked, so the common shapes stay while the least recently
// used go; a miss only costs building the query again.
const BUILT = new QueryCache(500);

const coalesced = (node: Cypher.Node, properties: readonly string[], missing: string | null): Cypher.Expr => {
  const values: Cypher.Expr[] = properties.map((p) => node.property(p));
  if (missing !== null) values.push(new Cypher.Literal(missing));
  const [first, ...rest] = values;
  return rest.length ? Cypher.coalesce(first!, ...rest) : first!;
};

/** The test a condition makes of `node`, with its value in `param`. */
function test(c: Extract<Condition, { kind: 'test' }>, node: Cypher.Node, value: unknown): Cypher.Predicate {
  const param = new Cypher.Param(value);
  const prop = () => coalesced(node, c.properties, c.missing);
  const p0 = c.properties[0]!;
  switch (c.op) {
    case 'EQ':
      return Cypher.eq(prop(), param);
    case 'IN':
      return Cypher.in(prop(), param);
    case 'CONTAINS':
      // Any of the properties may hold the text.
      return Cypher.or(
        ...c.properties.map((p) => Cypher.contains(Cypher.toLower(node.property(p)), Cypher.toLower(param))),
      )!;
    case 'GTE':
      return Cypher.gte(prop(), param);
    case 'LTE':
      return Cypher.lte(prop(), param);
    case 'IS_NULL':
      return Cypher.eq(Cypher.isNull(node.property(p0)), param);
    case 'IS_NOT_NULL':
      return Cypher.eq(Cypher.isNotNull(node.property(p0)), param);
    case 'DURING':
      return Cypher.and(
        Cypher.lte(Cypher.coalesce(node.property(`${p0}Earliest`), new Cypher.Literal('0000')), param),
        Cypher.gte(Cypher.coalesce(node.property(`${p0}Latest`), new Cypher.Literal('9999')), param),
      );
    case 'EQUALS':
      return Cypher.eq(
        Cypher.coalesce(Cypher.eq(node.property(p0), new Cypher.Literal(c.value)), Cypher.false),
        param,
      );
    case 'MATCHES': {
      // The input object's fields are the schema's, so its keys are never free input.
      const given = Object.keys(value as Record<string, unknown>);
      return Cypher.and(...given.map((key) => Cypher.eq(node.property(key), param.property(key))))!;
    }
    case 'ID_PREFIX': {
      const prefix = new Cypher.Variable();
      return Cypher.any(
        prefix,
        param,
        Cypher.startsWith(node.property('id'), Cypher.plus(prefix, new Cypher.Literal(':'))),
      );
    }
  }
}

/** A condition on `node`: a test of it, or of the nodes its paths reach (any of them). */
export function condition(c: Condition, node: Cypher.Node, value: unknown): Cypher.Predicate {
  if (c.kind === 'query') {
    return namedCondition(c.name)(node, new Cypher.Param(value));
  }
  if (!c.paths.length) return test(c, node, value);
  return Cypher.or(
    ...c.paths.map((path) => {
      const target = new Cypher.Node();
      return new Cypher.Exists(
        new Cypher.Match(walk(node, path, target, { labelled: true })).where(test(c, target, value)),
      );
    }),
  )!;
}

const reverses = (a: readonly Hop[], b: readonly Hop[]) =>
  a.length === b.length &&
  a.every((hop, k) => {
    const back = b[b.length - 1 - k]!;
    return hop.direction !== back.direction && JSON.stringify(hop.types) === JSON.stringify(back.types);
  });

/**
 * The conditions `values` ask of the rows a relation reaches. A condition walking straight
 * back to the parent ("inspections of authority X" on an authority's own inspections) is
 * implied by the walk and ignored, as the schema documents.
 */
function conditionsOf(relation: RelationField, values: StepValues | null | undefined, row: Cypher.Node) {
  if (relation.query) return [];
  return Object.entries(values ?? {}).flatMap(([name, value]) => {
    const c = relation.conditions.get(name);
    if (value == null || !c) return [];
    if (c.kind === 'test' && c.paths.length === 1 && reverses(c.paths[0]!, relation.hops)) return [];
    return [condition(c, row, value)];
  });
}

type Order = [Cypher.Expr, 'ASC' | 'DESC'];

function orderOf(
  relation: RelationField,
  m: Cypher.Node,
  r: Cypher.Relationship | undefined,
  i: Cypher.Node | undefined,
): Order[] {
  const keys: Order[] = relation.sort.flatMap((s): Order[] => {
    const node = s.through ? i! : m;
    const value = coalesced(node, s.by, s.missing);
    const direction = s.descending ? 'DESC' : 'ASC';
    if (s.first === null) return [[value, direction]];
    const first = new Cypher.Case(value)
      .when(new Cypher.Literal(s.first))
      .then(new Cypher.Literal(0))
      .else(new Cypher.Literal(1));
    return [
      [first, 'ASC'],
      [value, direction],
    ];
  });
  // Unsorted single relationships keep the order the seed wrote them in.
  if (!keys.length && r) keys.push([r.property('order'), 'ASC']);
  return [...keys, [m.property('id'), 'ASC']];
}

/** How a row returns the node: the properties `needs` names, or the whole node. */
export const projection = (m: Cypher.Node, needs: Needs | undefined): Cypher.Expr =>
  needs?.props ? new Cypher.MapProjection(m, [...new Set(['id', ...needs.props])]) : m;

/**
 * One row as the query returns it (read back by `toReached`): the node, and only what
 * else the answer needs: its labels when the walk does not tell its type, the
 * relationship's properties when they are read, the steps below when there are any. A
 * page of a few hundred rows is unpacked by the driver key by key.
 */
function row(m: Cypher.Node, step: Step, rel: Cypher.Expr | null): Cypher.Map {
  const fields: Record<string, Cypher.Expr> = { node: projection(m, step.needs) };
  if (step.needs?.props && !step.relation?.rowLabel) fields.labels = Cypher.labels(m);
  if (rel) fields.rel = rel;
  if (step.next.length) fields.next = reachedFrom(m, step.next);
  return new Cypher.Map(fields);
}

/** A Cypher list holding, for each of `steps`, the rows it reaches from `from`. */
export function reachedFrom(from: Cypher.Node, steps: readonly Step[]): Cypher.Expr {
  return new Cypher.List(steps.map((step) => collect(from, step)));
}

function collect(from: Cypher.Node, step: Step): Cypher.Expr {
  if (!step.relation) {
    return new Cypher.List([row(from, step, null)]);
  }
  const relation = step.relation;
  const m = new Cypher.Node();
  const single = relation.hops.length === 1;
  const r = single ? new Cypher.Relationship() : undefined;
  const i = relation.sort.some((s) => s.through) ? new Cypher.Node() : undefined;
  let reach: Cypher.Clause;
  if (relation.query) {
    reach = namedWalk(relation.query)(from, m, step.values ?? {});
  } else {
    const where = [
      ...relation.excludeLabels.map((label) => Cypher.not(m.hasLabel(label))),
      ...conditionsOf(relation, step.values, m),
    ];
    const match = new Cypher.Match(walk(from, relation.hops, m, { rel: r, through: i }));
    reach = where.length ? match.where(Cypher.and(...where)!) : match;
  }
  const rel = r && (step.needs?.rel ?? true) ? new Cypher.Variable() : null;
  const rows = (rel ? new Cypher.With(m, [Cypher.properties(r!), rel]) : new Cypher.With(m))
    .orderBy(...orderOf(relation, m, r, i))
    .return(row(m, step, rel));
  return new Cypher.Collect(Cypher.utils.concat(reach, rows));
}

/** From each id, the rows `step` reaches and everything below them, in one query. */
export function traverseQuery(step: Step, ids: readonly string[]): Compiled {
  return BUILT.get(`traverse ${stepKey(step)}`, () => buildTraverse(step), { ids });
}

function buildTraverse(step: Step): Compiled {
  const id = new Cypher.NamedVariable('id');
  const n = new Cypher.Node();
  const query = new Cypher.Unwind([new Cypher.NamedParam('ids'), id])
    .match(new Cypher.Pattern(n, { labels: [ENTITY_LABEL], properties: { id } }))
    .return(id, [Cypher.listIndex(reachedFrom(n, [step]), 0), new Cypher.NamedVariable('related')]);
  return query.build();
}

export interface PageRequest {
  filter: Record<string, unknown>;
  order: { field: string; direction: 'ASC' | 'DESC' };
  first: number;
  after: { key: string; id: string } | null;
  /** What to fetch from each row as well, in the same query. */
  next: readonly Step[];
  /** What the selection reads of each row; whole nodes when absent. */
  needs?: Needs;
}

function sortKeyOf(key: OrderKey | undefined, n: Cypher.Node): Cypher.Expr {
  if (!key) return n.property('id');
  let value: Cypher.Expr;
  if (key.path.length) {
    const at = new Cypher.Node();
    const read = new Cypher.Match(walk(n, key.path, at, { labelled: true }))
      .return(coalesced(at, key.by, null))
      .limit(1);
    value = Cypher.listIndex(new Cypher.Collect(read), 0);
  } else value = coalesced(n, key.by, null);
  return key.then ? Cypher.plus(Cypher.plus(value, new Cypher.Literal('|')), n.property(key.then)) : value;
}

/**
 * One filtered, sorted page of a root list, keyset-paged on (sort key, id); each row comes
 * with what `request.next` follows from it.
 */
export function pageQuery(list: RootList, request: PageRequest): Compiled {
  const { filter, order, after, next, needs } = request;
  const shape = [
    list.field,
    withoutNulls(filter),
    `${order.field} ${order.direction}`,
    after ? 'after' : '',
    stepKey({ relation: null, needs, next }),
  ].join(' ');
  // LIMIT needs a Neo4j integer; plain JS numbers travel as floats.
  const varying = { first: neo4j.int(request.first + 1), ...(after ? { after } : {}) };
  return BUILT.get(`page ${shape}`, () => buildPage(list, request), varying);
}

function buildPage(list: RootList, request: PageRequest): Compiled {
  const n = new Cypher.Node();
  const sortKey = new Cypher.NamedVariable('sortKey');
  const asc = request.order.direction === 'ASC';
  const direction = asc ? 'ASC' : 'DESC';
  const where = Object.entries(request.filter).flatMap(([name, value]) => {
    const c = list.conditions.get(name);
    return value == null || !c ? [] : [condition(c, n, value)];
  });
  const orderKey = list.orders.get(request.order.field);
  // A property every node has is sorted on as it is, so an index on it gives the order and
  // a page reads its rows alone; the predicate is what lets the planner use the index, and
  // holds for every node. Other keys are worked out per node, unknown ones going last in
  // either direction.
  const stored = orderKey ? orderKey.stored : 'id';
  if (stored) where.push(Cypher.isNotNull(n.property(stored)));
  const key = stored
    ? n.property(stored)
    : Cypher.coalesce(Cypher.toString(sortKeyOf(orderKey, n)), new Cypher.Literal(asc ? '\uffff' : ''));
  const match = new Cypher.Match(new Cypher.Pattern(n, { labels: [list.type] }));
  let page = (where.length ? match.where(Cypher.and(...where)!) : match).with(n, [key, sortKey]);
  if (request.after) {
    const after = new Cypher.NamedParam('after');
    const beyond = asc ? Cypher.gt : Cypher.lt;
    page = page.where(
      Cypher.or(
        beyond(sortKey, after.property('key')),
        Cypher.and(Cypher.eq(sortKey, after.property('key')), beyond(n.property('id'), after.property('id'))),
      )!,
    );
  }
  const order: Order[] = [
    [sortKey, direction],
    [n.property('id'), direction],
  ];
  // Sorted again after the rows' next levels are fetched: only the page is walked from,
  // and the order comes back as promised.
  const query = page
    .with(n, sortKey)
    .orderBy(...order)
    .limit(new Cypher.NamedParam('first'))
    .return(
      [projection(n, request.needs), new Cypher.NamedVariable('n')],
      [Cypher.labels(n), new Cypher.NamedVariable('labels')],
      sortKey,
      [reachedFrom(n, request.next), new Cypher.NamedVariable('next')],
    )
    .orderBy(...order);
  return query.build();
}
