/** Nodes in general: `node`, `nodes`, the database's description, scalars and dates. */
import type { DomainModule } from '../graph/module.ts';
import { nodeQueries } from './resolvers.ts';
import { dateResolvers, scalars } from './scalars.ts';

export const node: DomainModule = {
  name: 'node',
  resolvers: { ...scalars, ...dateResolvers, Query: nodeQueries },
};
