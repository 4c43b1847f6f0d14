import type { Database } from './data/database.ts';

/** What every resolver receives: built fresh for each request, so nothing leaks between them. */
export interface Context {
  db: Database;
}
