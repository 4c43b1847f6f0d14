import { NonNegativeIntResolver } from 'graphql-scalars';
import { fetchGraphSize, fetchServerInfo } from './data/server-info.ts';
import type { Resolvers } from './generated/resolvers-types.ts';

export const resolvers: Resolvers = {
  NonNegativeInt: NonNegativeIntResolver,
  Query: {
    database: async (_parent, _args, { db }) => {
      const [info, size] = await Promise.all([fetchServerInfo(db), fetchGraphSize(db)]);
      return { ...info, ...size };
    },
  },
};
