/** A citation names its source by id; the source itself is read when asked, in one batch. */
import type { Resolvers } from '../generated/resolvers-types.ts';

export const citationResolvers: NonNullable<Resolvers['Citation']> = {
  source: async (c, _args, { loaders }) => {
    const source = await loaders.nodes.load(c.source);
    if (!source) throw new Error(`Citation names missing source ${c.source}`);
    return source;
  },
};
