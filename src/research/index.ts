/** Research across the graph: neighbourhoods, paths, search, timelines, comparisons, Cypher, exports. */
import type { DomainModule } from '../graph/module.ts';
import { researcherCypher } from './cypher-resolvers.ts';
import { research as researchResolvers } from './resolvers.ts';

export const research: DomainModule = {
  name: 'research',
  resolvers: { ...researchResolvers, Query: { ...researchResolvers.Query, ...researcherCypher.Query } },
};
