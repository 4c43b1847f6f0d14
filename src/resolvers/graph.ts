/**
 * Resolvers for every relationship field, built from the graph model: the field's shape
 * says whether it wants one node, a list, a page or participations.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { NodeRecord } from '../graph/records.ts';
import { uniqueNodes } from '../data/graph-queries.ts';
import { MODEL } from '../graph/graph-model.ts';
import type { RelationField } from '../graph/model.ts';
import { lookahead, rowNeeds } from '../graph/selection.ts';
import { stepValues } from '../graph/steps.ts';
import { pageOfList } from './paging.ts';

type Args = Record<string, unknown>;
type FieldResolver = (
  parent: NodeRecord,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
) => Promise<unknown>;

/**
 * The related records, looking ahead (only if not fetched yet) to all this field's own
 * selection follows; what its arguments ask is applied in the same query.
 */
function related(
  relation: RelationField,
  parent: NodeRecord,
  context: Context,
  info: GraphQLResolveInfo,
  args: Args,
) {
  return context.loaders.related(
    relation,
    parent.id,
    () => lookahead(info),
    stepValues(relation, args),
    rowNeeds(info),
  );
}

function resolverFor(relation: RelationField): FieldResolver {
  switch (relation.shape) {
    case 'participation': {
      const { parent: parentSide, row } = relation.sides!;
      return async (parent, args, context, info) =>
        // Its own fields (a participant's role) are the relationship's properties.
        (await related(relation, parent, context, info, args)).map(({ node, rel }) => ({
          [parentSide]: parent,
          [row]: node,
          ...rel,
        }));
    }
    case 'connection':
      return async (parent, args, context, info) =>
        pageOfList(uniqueNodes(await related(relation, parent, context, info, args)), args);
    case 'list':
      return async (parent, args, context, info) =>
        uniqueNodes(await related(relation, parent, context, info, args));
    case 'one':
      return async (parent, args, context, info) =>
        uniqueNodes(await related(relation, parent, context, info, args))[0] ?? null;
  }
}

export function relationshipResolvers(): Record<string, Record<string, FieldResolver>> {
  const resolvers: Record<string, Record<string, FieldResolver>> = {};
  for (const relation of MODEL.relations.values()) {
    (resolvers[relation.owner] ??= {})[relation.name] = resolverFor(relation);
  }
  return resolvers;
}
