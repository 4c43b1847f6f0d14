import type { Database } from './database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver receives: built fresh for each request, so nothing leaks between them. */
export interface Context {
  db: Database;
  loaders: Loaders;
}

export const createContext = (db: Database): Context => ({ db, loaders: createLoaders(db) });
