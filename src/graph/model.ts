/**
 * The graph model: how the GraphQL types map onto Neo4j, read once from the mapping
 * directives of the SDL (schema/graph-mapping.graphql) and checked as it is read. Every
 * label and relationship type the API, the seed and the exports use comes from here.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type ASTNode,
  type DirectiveNode,
} from 'graphql';

/** One relationship crossed, from the node before it to the node after it. */
export interface Hop {
  types: readonly string[];
  direction: 'OUT' | 'IN';
  /** The GraphQL type reached: a node type, or an interface or union of node types. */
  reaches: string;
}

/** One key of a list's order (see `@sort`). */
export interface SortKey {
  by: readonly string[];
  missing: string | null;
  descending: boolean;
  first: string | null;
  through: boolean;
}

export const OPERATORS = [
  'EQ',
  'IN',
  'CONTAINS',
  'GTE',
  'LTE',
  'IS_NULL',
  'IS_NOT_NULL',
  'DURING',
  'EQUALS',
  'MATCHES',
  'ID_PREFIX',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** What one filter field or argument tests (see `@where`, `@query`). */
export type Condition =
  | {
      kind: 'test';
      properties: readonly string[];
      /** Walks to the node tested, any of which may hold; empty: the node itself. */
      paths: readonly (readonly Hop[])[];
      op: Operator;
      missing: string | null;
      value: string | null;
    }
  | { kind: 'query'; name: string };

/** How a relationship field returns what it reaches. */
export type Shape = 'one' | 'list' | 'connection' | 'participation';

export interface RelationField {
  owner: string;
  name: string;
  /** The walk; empty for a field answered by a named query. */
  hops: readonly Hop[];
  /** The named query answering the field, instead of a walk. */
  query: string | null;
  sort: readonly SortKey[];
  nested: boolean;
  /** Whether the relationships are citations rather than references the seed's entries name. */
  citations: boolean;
  excludeLabels: readonly string[];
  shape: Shape;
  /** The GraphQL type of the rows: the connection's node, or the participation's other side. */
  rows: string;
  /** For a participation: which of its fields holds the parent, and which the row. */
  sides: { parent: string; row: string } | null;
  /** Conditions by the argument, or the `filter` argument's field, that gives their value. */
  conditions: ReadonlyMap<string, Condition>;
  /** Whether the conditions come from a `filter` argument rather than plain arguments. */
  filterArg: boolean;
  /** The field's argument names. */
  args: readonly string[];
  /** Equal for fields that walk alike, whatever type declares them: they share fetched rows. */
  walk: string;
}

/** A root field that pages through every node of a type. */
export interface RootList {
  field: string;
  type: string;
  conditions: ReadonlyMap<string, Condition>;
  orders: ReadonlyMap<string, OrderKey>;
}

export interface OrderKey {
  by: readonly string[];
  path: readonly Hop[];
  then: string | null;
}

export interface NodeType {
  name: string;
  label: string;
  collection: string | null;
}

export interface GraphModel {
  nodeTypes: ReadonlyMap<string, NodeType>;
  /** Relationship fields by `Type.field`, for every node type (interfaces' fields inherited). */
  relations: ReadonlyMap<string, RelationField>;
  /** Stored properties a computed or flattened field reads, by `Type.field`. */
  reads: ReadonlyMap<string, readonly string[]>;
  /** Flattened object fields by `Type.field`: the prefix of their properties. */
  flattened: ReadonlyMap<string, string>;
  lists: ReadonlyMap<string, RootList>;
  /** Root fields that fetch one node by id, with the type they answer. */
  byId: ReadonlyMap<string, string>;
  relationshipTypes: readonly string[];
  /** The relationship from a source to each node it backs, holding the citation. */
  citationType: string;
  /** The node type of sources, which cite. */
  sourceType: string;
}

type AnyField = GraphQLField<unknown, unknown>;
type Args = Record<string, unknown>;

/** The label every node carries, whose `id` is unique across the graph. */
export const ENTITY_LABEL = 'Entity';

/**
 * The label of the one bookkeeping node per seed set, `{set, fingerprint, nodes, loadedAt}`.
 * It lives in the graph rather than in a file beside the project so that it is written in
 * the load's own transaction (a failed load records nothing) and goes wherever the data goes:
 * a wiped or replaced database has no fingerprint and is written in full. Neo4j Community
 * has no database-level metadata to hold it instead. It is not an `:Entity` and has no
 * relationships, so the API, search and neighbourhoods never reach it; the whole-graph
 * export and `nodeCount` leave it out by name, as it is not part of the knowledge graph.
 */
export const SEED_LOAD_LABEL = 'SeedLoad';

export class ModelError extends Error {}

/** The values of every application of directive `name` on an SDL node. */
function applied(
  schema: GraphQLSchema,
  node: { astNode?: ASTNode | null | undefined },
  name: string,
): Args[] {
  const directive = schema.getDirective(name);
  const ast = node.astNode as { directives?: readonly DirectiveNode[] } | undefined | null;
  if (!directive || !ast?.directives) return [];
  return ast.directives
    .filter((d) => d.name.value === name)
    .map((d) => getArgumentValues(directive, d) as Args);
}
const one = (schema: GraphQLSchema, node: { astNode?: ASTNode | null }, name: string) =>
  applied(schema, node, name)[0] ?? null;

const RELATIONSHIP_TYPE = /^[A-Z][A-Z0-9_]*$/;
const MAPPING = ['relationship', 'path', 'query', 'reads', 'flatten'];

/** The directives of schema/graph-mapping.graphql. */
export const MAPPING_DIRECTIVES = [...MAPPING, 'node', 'sort', 'where', 'sortKey'];

export function buildModel(schema: GraphQLSchema): GraphModel {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);

  const nodeTypes = new Map<string, NodeType>();
  for (const type of Object.values(schema.getTypeMap())) {
    const node = isObjectType(type) ? one(schema, type, 'node') : null;
    if (node) {
      const collection = (node.collection as string | undefined) ?? null;
      nodeTypes.set(type.name, { name: type.name, label: type.name, collection });
    }
  }
  /** Whether every type `type` can stand for is a node type. */
  const isNodeish = (type: GraphQLNamedType): boolean =>
    nodeTypes.has(type.name) ||
    ((isInterfaceType(type) || isUnionType(type)) &&
      schema.getPossibleTypes(type).every((t) => nodeTypes.has(t.name)));

  // A node type's field takes its mapping from the first interface declaring one.
  const mappedField = (type: GraphQLObjectType, name: string): AnyField | undefined => {
    const own = type.getFields()[name];
    if (own && MAPPING.some((d) => applied(schema, own, d).length)) return own;
    for (const i of type.getInterfaces()) {
      const field = i.getFields()[name];
      if (field && MAPPING.some((d) => applied(schema, field, d).length)) return field;
    }
    return own;
  };

  const relations = new Map<string, RelationField>();
  const reads = new Map<string, readonly string[]>();
  const flattened = new Map<string, string>();
  const pending: { type: GraphQLObjectType; field: AnyField; mapped: AnyField }[] = [];

  for (const name of nodeTypes.keys()) {
    const type = schema.getType(name) as GraphQLObjectType;
    for (const field of Object.values(type.getFields())) {
      const mapped = mappedField(type, field.name)!;
      const where = `${name}.${field.name}`;
      const flatten = one(schema, mapped, 'flatten');
      const read = one(schema, mapped, 'reads');
      if (flatten) {
        const target = getNamedType(field.type);
        if (!isObjectType(target) || nodeTypes.has(target.name))
          fail(where, '@flatten needs an object type that is not a node type');
        else {
          flattened.set(where, flatten.prefix as string);
          reads.set(
            where,
            Object.keys(target.getFields()).map((f) => flattenedProperty(flatten.prefix as string, f)),
          );
        }
      } else if (read) reads.set(where, read.properties as string[]);
      else pending.push({ type, field, mapped });
    }
  }

  const hopsOf = (
    where: string,
    type: GraphQLObjectType,
    field: AnyField,
    mapped: AnyField,
  ): Hop[] | null => {
    const rel = one(schema, mapped, 'relationship');
    const path = one(schema, mapped, 'path');
    const target = rowType(schema, type, field);
    if (rel) {
      const out = rel.out as string[] | undefined;
      const back = rel.in as string[] | undefined;
      if (!out === !back)
        return (void fail(where, '@relationship needs exactly one of `out` and `in`'), null);
      const types = (out ?? back)!;
      for (const t of types)
        if (!RELATIONSHIP_TYPE.test(t)) fail(where, `relationship type "${t}" is not UPPER_SNAKE_CASE`);
      if (!target || !isNodeish(target))
        return (
          void fail(where, `@relationship must reach a node type, not ${target?.name ?? 'nothing'}`),
          null
        );
      return [{ types, direction: out ? 'OUT' : 'IN', reaches: target.name }];
    }
    if (path) {
      const hops: Hop[] = [];
      let at: GraphQLObjectType | undefined = type;
      for (const step of path.fields as string[]) {
        const next: AnyField | undefined = at && mappedField(at, step);
        if (!at || !next)
          return (void fail(where, `@path step "${step}" is not a field of ${at?.name}`), null);
        const stepHops = hopsOf(`${where} (step ${step})`, at, next, mappedField(at, step)!);
        if (!stepHops) return null;
        hops.push(...stepHops);
        const reached = schema.getType(stepHops.at(-1)!.reaches);
        at = isObjectType(reached) ? reached : undefined;
      }
      return hops;
    }
    return null;
  };

  for (const { type, field, mapped } of pending) {
    const where = `${type.name}.${field.name}`;
    const query = one(schema, mapped, 'query');
    const hops = hopsOf(where, type, field, mapped);
    const target = rowType(schema, type, field);
    if (!hops && !query) {
      // A field reaching nodes that says nothing of how would silently answer nothing.
      if (target && isNodeish(target))
        fail(where, 'reaches a node type but has no @relationship, @path, @query or @reads');
      continue;
    }
    const sort = applied(schema, mapped, 'sort').map((s) => ({
      by: s.by as string[],
      missing: (s.missing as string | undefined) ?? null,
      descending: s.descending === true,
      first: (s.first as string | undefined) ?? null,
      through: s.through === true,
    }));
    if (sort.some((s) => s.through) && (hops?.length ?? 0) < 2)
      fail(where, '@sort(through: true) needs a @path of two relationships');
    const rel = one(schema, mapped, 'relationship');
    const { conditions, filterArg } = argumentConditions(schema, field, where, fail);
    relations.set(where, {
      owner: type.name,
      name: field.name,
      hops: hops ?? [],
      query: (query?.name as string | undefined) ?? null,
      sort,
      nested: rel?.nested === true,
      citations: rel?.citations === true,
      excludeLabels: (rel?.excludeLabels as string[] | undefined) ?? [],
      ...shapeOf(schema, type, field),
      conditions,
      filterArg,
      args: field.args.map((a) => a.name),
      walk: JSON.stringify([hops, query?.name, sort, rel?.excludeLabels, [...conditions.keys()]]),
    });
  }

  // Conditions name paths by field; they are resolved once every field is known.
  const resolvePaths = (from: string, paths: readonly string[], where: string): Hop[][] =>
    paths.map((dotted) => {
      const hops: Hop[] = [];
      let at = from;
      for (const step of dotted.split('.')) {
        const rel = relations.get(`${at}.${step}`) ?? interfaceRelation(schema, relations, at, step);
        if (!rel || rel.query) {
          fail(where, `path "${dotted}": ${at}.${step} is not a relationship field`);
          return [];
        }
        hops.push(...rel.hops);
        at = rel.hops.at(-1)!.reaches;
      }
      return hops;
    });
  const resolved = (c: Pending, from: string, where: string): Condition => {
    if (c.kind !== 'test') return c;
    const { dotted, ...test } = c;
    return { ...test, paths: resolvePaths(from, dotted, where) };
  };
  for (const rel of relations.values()) {
    const conditions = rel.conditions as Map<string, Condition>;
    for (const [name, c] of conditions)
      conditions.set(name, resolved(c as Pending, rel.rows, `${rel.owner}.${rel.name}(${name})`));
  }

  const lists = new Map<string, RootList>();
  const byId = new Map<string, string>();
  const query = schema.getQueryType()!;
  for (const field of Object.values(query.getFields())) {
    const returns = getNamedType(field.type);
    if (nodeTypes.has(returns.name) && field.args.some((a) => a.name === 'id'))
      byId.set(field.name, returns.name);
    const node = returns.name.endsWith('Connection') ? connectionNode(returns) : undefined;
    if (!node || !nodeTypes.has(node.name)) continue;
    const filter = field.args.find((a) => a.name === 'filter');
    const conditions = new Map<string, Condition>();
    const filterType = filter && getNamedType(filter.type);
    if (filterType && 'getFields' in filterType) {
      for (const input of Object.values(filterType.getFields())) {
        const c = conditionOf(schema, input, `${filterType.name}.${input.name}`, fail);
        if (!c) fail(`${filterType.name}.${input.name}`, 'has no @where or @query');
        else conditions.set(input.name, resolved(c, node.name, `${filterType.name}.${input.name}`));
      }
    }
    const orders = new Map<string, OrderKey>();
    const orderType = field.args.find((a) => a.name === 'orderBy');
    const fieldEnum = orderType && getNamedType(orderType.type);
    const orderField = fieldEnum && 'getFields' in fieldEnum ? fieldEnum.getFields().field : undefined;
    const values = orderField ? getNamedType(orderField.type) : undefined;
    if (values && 'getValues' in values) {
      for (const value of values.getValues()) {
        const key = one(schema, value, 'sortKey');
        if (!key) fail(`${values.name}.${value.name}`, 'has no @sortKey');
        else
          orders.set(value.name, {
            by: key.by as string[],
            path: key.path
              ? (resolvePaths(node.name, [key.path as string], `${values.name}.${value.name}`)[0] ?? [])
              : [],
            then: (key.then as string | undefined) ?? null,
          });
      }
    }
    lists.set(field.name, { field: field.name, type: node.name, conditions, orders });
  }

  if (problems.length)
    throw new ModelError(`The graph mapping in schema/ is wrong:\n  ${problems.join('\n  ')}`);
  const relationshipTypes = [
    ...new Set([...relations.values()].flatMap((r) => r.hops.flatMap((h) => h.types))),
  ];
  const cited = [...relations.values()].filter((r) => r.citations);
  const citationType = cited[0]?.hops[0]?.types[0];
  if (!citationType || cited.some((r) => r.hops.length !== 1 || r.hops[0]!.types.join() !== citationType))
    throw new ModelError(
      'The graph mapping needs one relationship type holding citations (`citations: true`)',
    );
  return {
    nodeTypes,
    relations,
    reads,
    flattened,
    lists,
    byId,
    relationshipTypes,
    citationType,
    sourceType: cited[0]!.owner,
  };
}

/** A condition whose paths are still dotted field names, before they are resolved to hops. */
type Pending =
  | Extract<Condition, { kind: 'query' }>
  | (Extract<Condition, { kind: 'test' }> & { dotted: readonly string[] });

function conditionOf(
  schema: GraphQLSchema,
  input: { astNode?: ASTNode | null },
  where: string,
  fail: (where: string, what: string) => void,
): Pending | null {
  const query = one(schema, input, 'query');
  if (query) return { kind: 'query', name: query.name as string };
  const w = one(schema, input, 'where');
  if (!w) return null;
  const op = w.op as Operator;
  if (!OPERATORS.includes(op)) fail(where, `@where op "${op}" is not one of ${OPERATORS.join(', ')}`);
  const properties = (w.property as string[] | undefined) ?? [];
  const dotted = (w.path as string[] | undefined) ?? [];
  if (!properties.length && !dotted.length) fail(where, '@where needs a `property` or a `path`');
  if (op === 'EQUALS' && w.value === undefined) fail(where, '@where(op: "EQUALS") needs a `value`');
  return {
    kind: 'test',
    properties: properties.length ? properties : ['id'],
    paths: [],
    dotted,
    op,
    missing: (w.missing as string | undefined) ?? null,
    value: (w.value as string | undefined) ?? null,
  };
}

function argumentConditions(
  schema: GraphQLSchema,
  field: AnyField,
  where: string,
  fail: (where: string, what: string) => void,
): { conditions: Map<string, Condition>; filterArg: boolean } {
  const conditions = new Map<string, Condition>();
  const filter = field.args.find((a) => a.name === 'filter');
  const filterType = filter && getNamedType(filter.type);
  if (filterType && 'getFields' in filterType) {
    for (const input of Object.values(filterType.getFields())) {
      const c = conditionOf(schema, input, `${filterType.name}.${input.name}`, fail);
      if (c) conditions.set(input.name, c);
    }
    return { conditions, filterArg: true };
  }
  for (const arg of field.args) {
    const c = conditionOf(schema, arg, `${where}(${arg.name})`, fail);
    if (c) conditions.set(arg.name, c);
  }
  return { conditions, filterArg: false };
}

/** The property holding field `field` of an object flattened onto its node under `prefix`. */
export const flattenedProperty = (prefix: string, field: string) =>
  `${prefix}${field[0]!.toUpperCase()}${field.slice(1)}`;

const connectionNode = (type: GraphQLNamedType): GraphQLNamedType | undefined => {
  if (!isObjectType(type)) return undefined;
  const edges = getNamedType(type.getFields().edges?.type);
  return isObjectType(edges) ? getNamedType(edges.getFields().node?.type) : undefined;
};

/** The participation type's field that holds `type` itself (its own type or an interface). */
const sideFor = (participation: GraphQLObjectType, type: GraphQLObjectType): string | undefined =>
  Object.values(participation.getFields()).find((f) => {
    const t = getNamedType(f.type);
    return t.name === type.name || type.getInterfaces().some((i) => i.name === t.name);
  })?.name;

function shapeOf(schema: GraphQLSchema, type: GraphQLObjectType, field: AnyField) {
  const returns = getNamedType(field.type);
  const rows = rowType(schema, type, field)!;
  if (returns.name.endsWith('Connection'))
    return { shape: 'connection' as const, rows: rows.name, sides: null };
  if (isObjectType(returns) && returns.name !== rows.name) {
    const parent = sideFor(returns, type)!;
    const row = Object.values(returns.getFields()).find(
      (f) => f.name !== parent && getNamedType(f.type).name === rows.name,
    )!.name;
    return { shape: 'participation' as const, rows: rows.name, sides: { parent, row } };
  }
  const many = isListType(getNullableType(field.type));
  return { shape: many ? ('list' as const) : ('one' as const), rows: rows.name, sides: null };
}

/**
 * The type of the rows a field returns: a connection's node, a participation's side that
 * is not the parent (a type with no `@node` joining two nodes, e.g. EventParticipation),
 * or the field's own type.
 */
function rowType(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  field: AnyField,
): GraphQLNamedType | undefined {
  const returns = getNamedType(field.type);
  if (returns.name.endsWith('Connection')) return connectionNode(returns);
  if (isObjectType(returns) && !one(schema, returns, 'node') && returns.getFields().id === undefined) {
    const parent = sideFor(returns, type);
    const other = Object.values(returns.getFields()).find((f) => {
      const t = getNamedType(f.type);
      return f.name !== parent && (isObjectType(t) || isInterfaceType(t));
    });
    if (parent && other) return getNamedType(other.type);
  }
  return returns;
}

function interfaceRelation(
  schema: GraphQLSchema,
  relations: ReadonlyMap<string, RelationField>,
  typeName: string,
  field: string,
): RelationField | undefined {
  const type = schema.getType(typeName);
  if (!type || !(isInterfaceType(type) || isUnionType(type))) return undefined;
  // A path through an interface follows the field of its implementations, which agree.
  const found = schema.getPossibleTypes(type).map((t) => relations.get(`${t.name}.${field}`));
  return found.every((r) => r && r.hops.length) ? found[0] : undefined;
}

/** `Type.field` keys of the relationship fields the seed writes: single relationships pointing out. */
export const references = (model: GraphModel): Map<string, string> =>
  new Map(
    [...model.relations.values()]
      .filter(
        (r) =>
          !r.citations &&
          r.hops.length === 1 &&
          r.hops[0]!.direction === 'OUT' &&
          r.hops[0]!.types.length === 1,
      )
      .map((r) => [`${r.owner}.${r.name}`, r.hops[0]!.types[0]!]),
  );
