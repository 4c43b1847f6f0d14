/**
 * The SDL joined to its resolvers. Built here rather than inside Apollo so the look-ahead
 * can learn which fields are stored properties before Apollo instruments the schema.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import { MAPPING_DIRECTIVES } from './graph/model.ts';
import { recordComputedFields } from './graph/computed-fields.ts';
import { buildResolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './graph/schema-files.ts';

export const executableSchema = (): GraphQLSchema =>
  recordComputedFields(
    withoutMapping(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() })),
  );

/** The mapping directives say how the API is stored, not what it offers: they are not served. */
function withoutMapping(schema: GraphQLSchema): GraphQLSchema {
  return new GraphQLSchema({
    ...schema.toConfig(),
    directives: schema.getDirectives().filter((d) => !MAPPING_DIRECTIVES.includes(d.name)),
  });
}
