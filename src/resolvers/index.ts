import {
  buildSchema,
  GraphQLScalarType,
  isInterfaceType,
  type GraphQLInterfaceType,
  type GraphQLSchema,
} from 'graphql';
import {
  JSONResolver,
  LocalDateResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';
import type { NodeRecord } from '../graph/records.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { loadTypeDefs } from '../graph/schema-files.ts';
import {
  citationResolvers,
  dateResolvers,
  derivedFields,
  flattenedFields,
  sharedNodeFields,
} from './fields.ts';
import { researcherCypher } from './cypher.ts';
import { relationshipResolvers } from './graph.ts';
import { judgementResearch } from './judgements.ts';
import { queryResolvers } from './query.ts';
import { research } from './research.ts';

// graphql-scalars' Date turns input into a JS Date at midnight UTC; its LocalDate checks
// the same YYYY-MM-DD text but keeps it as text, which is what Neo4j compares with.
const calendarDate = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });

type ResolverMap = Record<string, Record<string, unknown>>;

function merge(target: ResolverMap, source: ResolverMap): ResolverMap {
  for (const [type, fields] of Object.entries(source)) target[type] = { ...target[type], ...fields };
  return target;
}

export function buildResolvers(schema: GraphQLSchema = buildSchema(loadTypeDefs())): Resolvers {
  const map: ResolverMap = {
    Query: queryResolvers((typename) =>
      schema
        .getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType)
        .some((t) => t.name === typename),
    ),
    Citation: citationResolvers,
    ...dateResolvers,
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInterfaceType(type) || type.name.startsWith('__')) continue;
    map[type.name] = { __resolveType: (node: NodeRecord) => node.__typename };
    for (const implementation of schema.getPossibleTypes(type)) {
      if (type.name === 'Sourced')
        merge(map, { [implementation.name]: { supportedBy: sharedNodeFields.supportedBy } });
    }
  }
  // Identifier is not a Node but carries citations all the same.
  merge(map, { Identifier: { supportedBy: sharedNodeFields.supportedBy } });
  merge(map, relationshipResolvers());
  merge(map, derivedFields);
  merge(map, flattenedFields(schema));
  merge(map, judgementResearch as ResolverMap);
  merge(map, research as ResolverMap);
  merge(map, researcherCypher as ResolverMap);
  return {
    ...map,
    Date: calendarDate,
    NonNegativeInt: NonNegativeIntResolver,
    PositiveInt: PositiveIntResolver,
    URL: URLResolver,
    JSON: JSONResolver,
  } as Resolvers;
}
