/** Fields every node type shares, and the few values the API derives rather than stores. */
import { getNamedType, isNonNullType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.ts';
import { MODEL } from '../graph/graph-model.ts';
import { flattenedProperty } from '../graph/model.ts';
import type { NodeRecord } from '../graph/records.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { parseDateSpan, parsePartialDate } from '../partial-date.ts';

const supportedBy = async (parent: NodeRecord, args: { field?: string | null }, { loaders }: Context) => {
  const citations = await loaders.citations.load(parent.id);
  const field = args.field ?? null;
  // Asked about one field: that field's own citations, plus those backing the whole node.
  return citations.filter((c) => field === null || c.field === null || c.field === field);
};

export const sharedNodeFields = { supportedBy };

export const citationResolvers: NonNullable<Resolvers['Citation']> = {
  source: async (c, _args, { loaders }) => {
    const source = await loaders.nodes.load(c.source);
    if (!source) throw new Error(`Citation names missing source ${c.source}`);
    return source;
  },
};

/** Dates travel as ISO reduced-precision text and are taken apart only when asked. */
const parsed = (text: string) => {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`Stored date "${text}" is not an ISO partial date`);
  return date;
};

export const dateResolvers: Pick<Resolvers, 'PartialDate' | 'DateSpan'> = {
  PartialDate: {
    year: (text) => parsed(text).year,
    month: (text) => parsed(text).month,
    day: (text) => parsed(text).day,
    text: (text) => text,
    earliest: (text) => parsed(text).earliest,
    latest: (text) => parsed(text).latest,
  },
  DateSpan: {
    start: (text) => parseDateSpan(text)?.start?.text ?? null,
    end: (text) => parseDateSpan(text)?.end?.text ?? null,
    text: (text) => text,
  },
};

export const derivedFields: Pick<Resolvers, 'Judgement'> = {
  Judgement: { isOverall: (j) => j.areaKey === 'overall' },
};

/**
 * Resolvers for the object fields stored flattened on their node (`@flatten`): the object
 * from its prefixed properties, or null when a property its type requires is not stored.
 */
export function flattenedFields(schema: GraphQLSchema): Record<string, Record<string, unknown>> {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const [key, prefix] of MODEL.flattened) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const type = getNamedType((schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName]!.type);
    const fields = Object.values((type as GraphQLObjectType).getFields());
    (resolvers[typeName] ??= {})[fieldName] = (node: NodeRecord) => {
      const value = Object.fromEntries(
        fields.map((f) => [f.name, node[flattenedProperty(prefix, f.name)] ?? null]),
      );
      return fields.some((f) => isNonNullType(f.type) && value[f.name] === null) ? null : value;
    };
  }
  return resolvers;
}
