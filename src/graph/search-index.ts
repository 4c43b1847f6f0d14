/**
 * The full-text index behind search, as the SDL declares it (`@fulltext` in
 * schema/research/): the seed writer creates it and search queries it, both from here.
 */
import { LABEL, MODEL } from './graph-model.ts';

if (!MODEL.fulltext) throw new Error('The SDL declares no full-text index (@fulltext) for search');
const { name, types, properties } = MODEL.fulltext;

export const SEARCH_INDEX = name;

/** Node types in the index, in the order the SDL lists them. */
export const SEARCHABLE_TYPES: readonly string[] = types;

export const SEARCH_INDEX_DDL = `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
  FOR (n:${SEARCHABLE_TYPES.map((t) => LABEL[t]).join('|')}) ON EACH [${properties.map((p) => `n.${p}`).join(', ')}]`;
