/**
 * The resolvers the model implies, attached to the schema by the graph layer rather than
 * written field by field: every relationship field, every root field by id and root list,
 * every flattened object, every type's citations, and the type of every abstract value.
 * Records carry their GraphQL type name, so abstract types resolve from it.
 */
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  getNamedType,
  GraphQLInterfaceType,
  GraphQLUnionType,
  isNonNullType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from './context.ts';
import { decodeCursor, pageSize } from './cursor.ts';
import { uniqueNodes } from './graph-queries.ts';
import { listPage } from './lists.ts';
import { toConnection, pageOfList } from './paging.ts';
import { MODEL } from './graph-model.ts';
import { flattenedProperty, type RelationField } from './model.ts';
import type { NodeRecord } from './records.ts';
import { lookahead, rowNeeds } from './selection.ts';
import { stepValues } from './steps.ts';

type Args = Record<string, unknown>;
type Resolver = GraphQLFieldResolver<NodeRecord, Context, Args>;

/**
 * The node with the properties its selection reads and, in the same query, the next levels.
 * Whole nodes come from the shared by-id batch only when the selection's reads are unknown.
 */
export async function nodeWithNextLevel(id: string, { loaders }: Context, info: GraphQLResolveInfo) {
  const next = lookahead(info);
  const needs = rowNeeds(info);
  if (next.length === 0 && !needs.props) return loaders.nodes.load(id);
  return (await loaders.related(null, id, () => next, null, needs))[0]?.node ?? null;
}

/** `authority(id:)`, `person(id:)`…: the node with that id if it is of the asked type, else null. */
const byId =
  (typename: string): Resolver =>
  async (_parent, { id }, context, info) => {
    const node = await nodeWithNextLevel(id as string, context, info);
    return node?.__typename === typename ? node : null;
  };

/** A root list: filter, sort and keyset-page in Neo4j. */
const list =
  (name: string): Resolver =>
  async (_parent, args, { db, loaders }, info) => {
    const order = (args.orderBy as { field: string; direction: 'ASC' | 'DESC' } | undefined) ?? {
      field: 'ID',
      direction: 'ASC',
    };
    const after = decodeCursor(args.after as string | null | undefined);
    // The page's rows come with everything the selection follows from them, in the same query.
    const next = lookahead(info);
    const needs = rowNeeds(info);
    const { rows, hasNextPage } = await listPage(db, MODEL.lists.get(name)!, {
      filter: (args.filter as Args | null) ?? {},
      order,
      first: pageSize(args.first as number | null | undefined),
      after,
      next,
      needs,
    });
    loaders.fetched(next, rows, !needs.props);
    return toConnection(rows, hasNextPage, after !== null);
  };

/**
 * The related records, looking ahead (only if not fetched yet) to all this field's own
 * selection follows; what its arguments ask is applied in the same query.
 */
const related = (
  relation: RelationField,
  parent: NodeRecord,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
) =>
  context.loaders.related(
    relation,
    parent.id,
    () => lookahead(info),
    stepValues(relation, args),
    rowNeeds(info),
  );

/** A relationship field's resolver: its shape says whether it wants one node, a list, a page or participations. */
function relationship(relation: RelationField): Resolver {
  switch (relation.shape) {
    case 'participation': {
      const { parent: parentSide, row } = relation.sides!;
      return async (parent, args, context, info) =>
        // Its own fields (a participant's role) are the relationship's properties.
        (await related(relation, parent, args, context, info)).map(({ node, rel }) => ({
          [parentSide]: parent,
          [row]: node,
          ...rel,
        }));
    }
    case 'connection':
      return async (parent, args, context, info) =>
        pageOfList(uniqueNodes(await related(relation, parent, args, context, info)), args);
    case 'list':
      return async (parent, args, context, info) =>
        uniqueNodes(await related(relation, parent, args, context, info));
    case 'one':
      return async (parent, args, context, info) =>
        uniqueNodes(await related(relation, parent, args, context, info))[0] ?? null;
  }
}

/** An object stored flattened on its node: null when a property its type requires is not stored. */
function flattened(schema: GraphQLSchema, key: string, prefix: string): Resolver {
  const [typeName, fieldName] = key.split('.') as [string, string];
  const type = getNamedType((schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!.type);
  const fields = Object.values((type as GraphQLObjectType).getFields());
  return (node) => {
    const value = Object.fromEntries(
      fields.map((f) => [f.name, node[flattenedProperty(prefix, f.name)] ?? null]),
    );
    return fields.some((f) => isNonNullType(f.type) && value[f.name] === null) ? null : value;
  };
}

/** A node's citations; asked about one field, that field's own plus those backing the whole node. */
const supportedBy: Resolver = async (parent, args, { loaders }) => {
  const citations = await loaders.citations.load(parent.id);
  const field = (args.field as string | null | undefined) ?? null;
  return citations.filter((c) => field === null || c.field === null || c.field === field);
};

function resolverOf(schema: GraphQLSchema, type: string, field: string): Resolver | undefined {
  const key = `${type}.${field}`;
  if (type === schema.getQueryType()?.name) {
    const byIdType = MODEL.byId.get(field);
    return byIdType ? byId(byIdType) : MODEL.lists.has(field) ? list(field) : undefined;
  }
  const relation = MODEL.relations.get(key);
  if (relation) return relationship(relation);
  const prefix = MODEL.flattened.get(key);
  if (prefix !== undefined) return flattened(schema, key, prefix);
  // Identifiers are not Nodes but carry citations all the same.
  if (field === 'supportedBy') return supportedBy;
  return undefined;
}

/** `schema` with the model's resolvers attached; a field already resolved by hand keeps its own. */
export function attachGraphResolvers(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, field, typeName) => {
      const resolve = config.resolve ?? resolverOf(schema, typeName, field);
      return resolve ? { ...config, resolve: resolve as GraphQLFieldResolver<unknown, unknown> } : config;
    },
    [MapperKind.INTERFACE_TYPE]: (type) => new GraphQLInterfaceType({ ...type.toConfig(), resolveType }),
    [MapperKind.UNION_TYPE]: (type) => new GraphQLUnionType({ ...type.toConfig(), resolveType }),
  });
}

const resolveType = (record: NodeRecord) => record.__typename;
