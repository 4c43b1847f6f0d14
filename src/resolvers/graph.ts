/**
 * Resolvers for every relationship field, built from TRAVERSALS and the SDL: the field's
 * return type says whether it wants one node, a list, a page or participations.
 */
import {
  type GraphQLResolveInfo,
  getNamedType,
  isListType,
  isNonNullType,
  type GraphQLSchema,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import type { Context } from '../context.ts';
import type { NodeRecord } from '../data/records.ts';
import { uniqueNodes } from '../data/graph-queries.ts';
import { stepFilter, type Traversal } from '../data/steps.ts';
import { pageOfList } from './paging.ts';
import { lookahead, parentSide, rowNeeds } from './lookahead.ts';
import { TRAVERSALS } from './traversals.ts';
import { listFilters } from './list-filters.ts';

type Args = Record<string, unknown>;
type FieldResolver = (
  parent: NodeRecord,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
) => Promise<unknown>;

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * The related records, looking ahead (only if not fetched yet) to all this field's own
 * selection follows; a `filter` argument the traversal knows is applied in the same query.
 */
async function related(
  traversal: Traversal,
  parent: NodeRecord,
  context: Context,
  info: GraphQLResolveInfo,
  args: Args = {},
) {
  const filter = stepFilter(traversal, args);
  return context.loaders.related(traversal, parent.id, () => lookahead(info), filter, rowNeeds(info));
}

async function relatedNodes(
  traversal: Traversal,
  parent: NodeRecord,
  context: Context,
  info: GraphQLResolveInfo,
  args?: Args,
): Promise<NodeRecord[]> {
  return uniqueNodes(await related(traversal, parent, context, info, args));
}

function participations(traversal: Traversal, parentIs: 'event' | 'agent'): FieldResolver {
  return async (parent, _args, context, info) =>
    (await related(traversal, parent, context, info)).map(({ node, rel }) => ({
      event: parentIs === 'event' ? parent : node,
      agent: parentIs === 'event' ? node : parent,
      role: rel.role,
    }));
}

export function relationshipResolvers(schema: GraphQLSchema): Record<string, Record<string, FieldResolver>> {
  const resolvers: Record<string, Record<string, FieldResolver>> = {};
  for (const [typeName, fields] of Object.entries(TRAVERSALS)) {
    const type = schema.getType(typeName) as GraphQLObjectType | undefined;
    const typeResolvers: Record<string, FieldResolver> = (resolvers[typeName] = {});
    for (const [fieldName, traversal] of Object.entries(fields)) {
      const field = type?.getFields()[fieldName];
      if (!field) throw new Error(`TRAVERSALS names ${typeName}.${fieldName}, which the schema lacks`);
      const returns = getNamedType(field.type).name;
      if (returns === 'EventParticipation') {
        typeResolvers[fieldName] = participations(traversal, parentSide(typeName));
      } else if (returns.endsWith('Connection')) {
        const filter = listFilters[`${typeName}.${fieldName}`];
        typeResolvers[fieldName] = async (parent, args, context, info) => {
          const nodes = await relatedNodes(traversal, parent, context, info, args);
          return pageOfList(filter ? await filter(nodes, args, context) : nodes, args);
        };
      } else if (isList(field.type)) {
        const filter = listFilters[`${typeName}.${fieldName}`];
        typeResolvers[fieldName] = async (parent, args, context, info) => {
          const nodes = await relatedNodes(traversal, parent, context, info, args);
          return filter ? filter(nodes, args, context) : nodes;
        };
      } else {
        typeResolvers[fieldName] = async (parent, _args, context, info) =>
          (await relatedNodes(traversal, parent, context, info))[0] ?? null;
      }
    }
  }
  return resolvers;
}
