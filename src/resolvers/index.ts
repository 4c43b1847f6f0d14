/**
 * The hand-written resolvers, typed by codegen field by field. Everything the graph model
 * implies (relationship fields, roots by id, root lists, citations, abstract types) is
 * attached to the schema by the graph layer instead (see src/executable-schema.ts).
 */
import { GraphQLScalarType } from 'graphql';
import {
  JSONResolver,
  LocalDateResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { citationResolvers, dateResolvers, derivedFields } from './fields.ts';
import { researcherCypher } from './cypher.ts';
import { judgementResearch } from './judgements.ts';
import { queryResolvers } from './query.ts';
import { research } from './research.ts';

// graphql-scalars' Date turns input into a JS Date at midnight UTC; its LocalDate checks
// the same YYYY-MM-DD text but keeps it as text, which is what Neo4j compares with.
const calendarDate = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });

export const resolvers: Resolvers = {
  ...research,
  ...dateResolvers,
  ...derivedFields,
  Query: { ...queryResolvers, ...judgementResearch.Query, ...research.Query, ...researcherCypher.Query },
  Citation: citationResolvers,
  Date: calendarDate,
  NonNegativeInt: NonNegativeIntResolver,
  PositiveInt: PositiveIntResolver,
  URL: URLResolver,
  JSON: JSONResolver,
};
