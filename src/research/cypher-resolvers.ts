/** The `cypher` research field: the data layer decides; this only turns refusals into GraphQL errors. */
import { GraphQLError } from 'graphql';
import { CypherError, runResearcherCypher } from './researcher-cypher.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const researcherCypher: Pick<Resolvers, 'Query'> = {
  Query: {
    cypher: async (_root, { query, params, limit }, { db }) => {
      try {
        return await runResearcherCypher(db, { query, params, limit });
      } catch (error) {
        if (!(error instanceof CypherError)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: error.code, ...(error.argument ? { argument: error.argument } : {}) },
        });
      }
    },
  },
};
