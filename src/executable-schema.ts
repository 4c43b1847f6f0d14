/**
 * The SDL joined to its resolvers. Built here rather than inside Apollo so the look-ahead
 * can learn which fields are stored properties before Apollo instruments the schema.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { recordComputedFields } from './resolvers/computed-fields.ts';
import { buildResolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './schema.ts';

export const executableSchema = (): GraphQLSchema =>
  recordComputedFields(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() }));
