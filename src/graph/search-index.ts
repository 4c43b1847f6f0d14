/**
 * The full-text index behind search: which node types it covers and which of their
 * properties it reads. Part of the graph's schema, so the seed writer creates it and
 * search queries it, both from here.
 */
export const SEARCH_INDEX = 'search_text';

/** Node types in the index: those people look for by name (judgements are found through their inspection). */
export const SEARCHABLE_TYPES = [
  'Authority',
  'Organisation',
  'Service',
  'Team',
  'TeamPartnership',
  'Person',
  'PostHeld',
  'Inspection',
  'Finding',
  'Event',
  'Statement',
  'Observation',
  'Source',
];

const SEARCHED_PROPERTIES = [
  'name',
  'shortName',
  'abbreviation',
  'alsoKnownAs',
  'nameMeaning',
  'label',
  'title',
  'purpose',
  'summary',
  'measure',
  'partnerDescription',
  'kindLabel',
  'frameworkLabel',
  'publisherName',
  'notes',
];

export const SEARCH_INDEX_DDL = `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
  FOR (n:${SEARCHABLE_TYPES.join('|')}) ON EACH [${SEARCHED_PROPERTIES.map((p) => `n.${p}`).join(', ')}]`;
