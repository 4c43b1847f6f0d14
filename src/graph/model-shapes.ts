/** What a relationship field returns: one node, a list, a connection, or a participation joining two nodes. */
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { RelationField } from './model.ts';
import { one, type AnyField } from './sdl-directives.ts';

export const connectionNode = (type: GraphQLNamedType): GraphQLNamedType | undefined => {
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

export function shapeOf(schema: GraphQLSchema, type: GraphQLObjectType, field: AnyField) {
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
export function rowType(
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

export function interfaceRelation(
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
