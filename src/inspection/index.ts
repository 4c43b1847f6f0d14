/** Inspections, their judgements and findings, and the "as of a day" rules they follow. */
import type { DomainModule } from '../graph/module.ts';
import { inspectionQueries } from './named-queries.ts';
import { inspectionResolvers } from './resolvers.ts';

export const inspection: DomainModule = {
  name: 'inspection',
  resolvers: inspectionResolvers,
  queries: inspectionQueries,
};
