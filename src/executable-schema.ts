/**
 * The SDL joined to its resolvers: each domain module's hand-written ones, then those the
 * graph model implies. Built here rather than inside Apollo so the look-ahead can learn
 * which fields compute their values before Apollo instruments the schema.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import { GraphQLSchema } from 'graphql';
import { MODEL } from './graph/graph-model.ts';
import { MAPPING_DIRECTIVES } from './graph/build-model.ts';
import { defineNamedQueries } from './graph/named-queries.ts';
import { recordComputedFields } from './graph/computed-fields.ts';
import { attachGraphResolvers } from './graph/field-resolvers.ts';
import { MODULES } from './modules.ts';
import { loadTypeDefs } from './graph/schema-files.ts';

/** `extend` adds type definitions and their resolvers, as a test of the look-ahead may. */
export const executableSchema = (
  extend: { typeDefs: string; resolvers: IResolvers } | null = null,
): GraphQLSchema => {
  defineNamedQueries(
    MODEL,
    MODULES.flatMap((m) => m.queries ?? []),
  );
  for (const m of MODULES) m.load?.();
  return recordComputedFields(
    attachGraphResolvers(
      withoutMapping(
        makeExecutableSchema({
          typeDefs: [loadTypeDefs(), ...(extend ? [extend.typeDefs] : [])],
          resolvers: [...MODULES.map((m) => m.resolvers), ...(extend ? [extend.resolvers] : [])],
        }),
      ),
    ),
  );
};

/** The mapping directives say how the API is stored, not what it offers: they are not served. */
function withoutMapping(schema: GraphQLSchema): GraphQLSchema {
  return new GraphQLSchema({
    ...schema.toConfig(),
    directives: schema.getDirectives().filter((d) => !MAPPING_DIRECTIVES.includes(d.name)),
  });
}
