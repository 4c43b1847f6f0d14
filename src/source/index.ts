/** Sources and the citations that tie each fact to them. */
import type { DomainModule } from '../graph/module.ts';
import { citationResolvers } from './resolvers.ts';

export const source: DomainModule = { name: 'source', resolvers: { Citation: citationResolvers } };
