import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { authorityByIdentifier } from './queries.ts';

export const authorityQueries: QueryResolvers = {
  authorityByIdentifier: async (_parent, { identifier }, { db }) => authorityByIdentifier(db, identifier),
};
