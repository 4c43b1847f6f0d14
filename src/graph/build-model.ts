/**
 * Reads the graph model from the mapping directives of the SDL, checking it as it goes: a
 * mapping mistake is refused with every problem listed, each naming its type and field.
 */
import {
  GraphQLID,
  GraphQLString,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { readIndexes } from './model-indexes.ts';
import { argumentConditions, conditionOf, type Pending } from './model-conditions.ts';
import { connectionNode, interfaceRelation, rowType, shapeOf } from './model-shapes.ts';
import { applied, one, type AnyField } from './sdl-directives.ts';
import {
  ModelError,
  flattenedProperty,
  type Condition,
  type GraphModel,
  type Hop,
  type RelationField,
  type RootList,
  type NodeType,
  type OrderKey,
} from './model.ts';

const RELATIONSHIP_TYPE = /^[A-Z][A-Z0-9_]*$/;
const MAPPING = ['relationship', 'path', 'query', 'reads', 'flatten'];

/** The directives of schema/graph-mapping.graphql. */
export const MAPPING_DIRECTIVES = [...MAPPING, 'node', 'sort', 'where', 'sortKey', 'fulltext', 'index'];

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
      rowLabel: nodeTypes.get(hops?.at(-1)?.reaches ?? '')?.label ?? null,
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
            stored: storedKey(schema, node.name, key),
          });
      }
    }
    lists.set(field.name, { field: field.name, type: node.name, conditions, orders });
  }

  const { fulltext, indexes } = readIndexes(schema, (name) => nodeTypes.has(name), fail);

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
    fulltext,
    indexes,
  };
}

/** See `OrderKey.stored`. */
function storedKey(schema: GraphQLSchema, type: string, key: Record<string, unknown>): string | null {
  const by = key.by as string[];
  if (by.length !== 1 || key.path || key.then) return null;
  const field = (schema.getType(type) as GraphQLObjectType).getFields()[by[0]!];
  // A field with a directive of its own may be computed or stored under another name.
  const plain = field && !field.astNode?.directives?.length;
  const stored =
    plain &&
    isNonNullType(field.type) &&
    (field.type.ofType === GraphQLString || field.type.ofType === GraphQLID);
  return stored ? by[0]! : null;
}
