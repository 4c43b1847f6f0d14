/** Authorities, the services they run and the figures measured for them. */
import type { DomainModule } from '../graph/module.ts';
import { authorityQueries } from './resolvers.ts';

export const authority: DomainModule = { name: 'authority', resolvers: { Query: authorityQueries } };
