import type { Resolvers } from '../generated/resolvers-types.ts';
import type { NamedQueries } from './named-queries.ts';

/**
 * What a domain adds to what its SDL already implies: the resolvers written by hand (typed
 * by codegen) and the named queries its `@query` directives call for. A domain whose
 * fields all follow from the mapping has no module at all, only its SDL folder.
 */
export interface DomainModule {
  name: string;
  resolvers: Resolvers;
  queries?: NamedQueries;
  /**
   * Files a domain reads once per process, read when the schema is built: a missing or
   * broken file then stops the server at start-up, and no request waits while it is read.
   */
  load?: () => void;
}
