/** Graph-shaped research queries: neighbourhoods, paths and full-text search. */
import { badInput } from '../cursor.ts';
import { bounded, nodeLabel, relationshipTypes } from '../data/graph-view.ts';
import { NODE_TYPES } from '../data/model.ts';
import { neighbourhood, shortestPaths } from '../data/neighbourhood.ts';
import type { NodeRecord } from '../data/records.ts';
import { search, SEARCHABLE_TYPES } from '../data/search.ts';
import type { Context } from '../context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

const MAX_NODES = 500;
const MAX_PATHS = 100;
const MAX_HITS = 100;

/** Nodes fetched here answer later `node(id:)`-style lookups in the same request. */
const primed = <T extends { nodes: NodeRecord[] }>(loaders: Context['loaders'], found: T): T => {
  for (const node of found.nodes) loaders.nodes.prime(node.id, node);
  return found;
};

function searchTypes(types: readonly string[] | null | undefined): string[] | null {
  if (types === null || types === undefined) return null;
  const unknown = types.filter((t) => !NODE_TYPES.includes(t));
  if (unknown.length > 0) throw badInput('types', `names unknown node types (${unknown.join(', ')})`);
  const unsearched = types.filter((t) => !SEARCHABLE_TYPES.includes(t));
  if (unsearched.length > 0)
    throw badInput(
      'types',
      `names types the search does not cover (${unsearched.join(', ')}); it covers ${SEARCHABLE_TYPES.join(', ')}`,
    );
  return [...types];
}

export const research: Pick<Resolvers, 'Query' | 'GraphNode' | 'GraphRelationship'> = {
  GraphNode: {
    type: (node) => node.__typename,
    label: nodeLabel,
    // Identifiers are records of an authority, not Nodes of their own.
    node: (node) => (node.__typename === 'Identifier' ? null : node),
  },
  GraphRelationship: {
    properties: (rel) => rel.properties,
  },
  Query: {
    neighbourhood: async (_root, { id, depth, kinds, limit }, { db, loaders }) => {
      const found = await neighbourhood(db, {
        id,
        depth: bounded(depth, 'depth', 1, 3),
        types: relationshipTypes(kinds),
        limit: bounded(limit, 'limit', 1, MAX_NODES),
      });
      return found && primed(loaders, found);
    },
    shortestPath: async (_root, { from, to, maxHops, kinds }, { db, loaders }) => {
      const [path] = await shortestPaths(db, {
        from,
        to,
        types: relationshipTypes(kinds),
        maxHops: bounded(maxHops, 'maxHops', 1, 10),
        all: false,
        first: 1,
      });
      return path ? primed(loaders, path) : null;
    },
    allShortestPaths: async (_root, { from, to, maxHops, kinds, first }, { db, loaders }) => {
      const paths = await shortestPaths(db, {
        from,
        to,
        types: relationshipTypes(kinds),
        maxHops: bounded(maxHops, 'maxHops', 1, 10),
        all: true,
        first: bounded(first, 'first', 1, MAX_PATHS),
      });
      return paths.map((path) => primed(loaders, path));
    },
    search: async (_root, { text, types, first }, { db, loaders }) => {
      const hits = await search(db, text, searchTypes(types), bounded(first, 'first', 1, MAX_HITS));
      for (const { node } of hits) loaders.nodes.prime(node.id, node);
      return hits;
    },
  },
};
