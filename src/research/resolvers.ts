/** Research queries: neighbourhoods, paths, search, timelines, comparisons and grade aggregates. */
import { badInput } from '../graph/cursor.ts';
import { compareAuthorities, gradeDistribution, gradeTransitions, neighbourIds } from './aggregates.ts';
import { bounded, LABEL_PROPERTIES, nodeLabel, relationshipTypes } from './graph-view.ts';
import { MODEL, NODE_INTERFACE_TYPES } from '../graph/graph-model.ts';
import { neighbourhood, shortestPaths } from './neighbourhood.ts';
import type { NodeRecord } from '../graph/records.ts';
import { SEARCHABLE_TYPES } from '../graph/search-index.ts';
import { childrenOf, selects } from '../graph/selection.ts';
import { search } from './search.ts';
import { timeline } from './timeline.ts';
import type { Context } from '../graph/context.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { latestJudgementsOn } from '../inspection/judgement-queries.ts';
import { today } from '../inspection/resolvers.ts';

const MAX_NODES = 500;
const MAX_PATHS = 100;
const MAX_HITS = 100;
const MAX_COMPARED = 100;

/** What a neighbourhood reads of its nodes: whole nodes when their own fields are asked for. */
const nodeProperties = (fields: Set<string> | null): string[] | null =>
  fields?.has('node') ? null : ['id', ...(fields?.has('label') ? LABEL_PROPERTIES : [])];

/** Nodes fetched here answer later `node(id:)`-style lookups in the same request. */
const primed = <T extends { nodes: NodeRecord[] }>(loaders: Context['loaders'], found: T): T => {
  for (const node of found.nodes) loaders.nodes.prime(node.id, node);
  return found;
};

function searchTypes(types: readonly string[] | null | undefined): string[] | null {
  if (types === null || types === undefined) return null;
  const unknown = types.filter((t) => !MODEL.nodeTypes.has(t));
  if (unknown.length > 0) throw badInput('types', `names unknown node types (${unknown.join(', ')})`);
  const unsearched = types.filter((t) => !SEARCHABLE_TYPES.includes(t));
  if (unsearched.length > 0)
    throw badInput(
      'types',
      `names types the search does not cover (${unsearched.join(', ')}); it covers ${SEARCHABLE_TYPES.join(', ')}`,
    );
  return [...types];
}

/** The ids to compare: those named, then the authority and its neighbours by rank, each once. */
async function comparedIds(db: Context['db'], ids: readonly string[], withNeighboursOf: string | null) {
  const wanted = [...ids];
  if (withNeighboursOf !== null) {
    const neighbours = await neighbourIds(db, withNeighboursOf);
    if (neighbours === null) throw badInput('withNeighboursOf', `names no authority (${withNeighboursOf})`);
    wanted.push(withNeighboursOf, ...neighbours);
  }
  if (wanted.length === 0) throw badInput('ids', 'or "withNeighboursOf" must name an authority');
  const unique = [...new Set(wanted)];
  if (unique.length > MAX_COMPARED)
    throw badInput('ids', `may hold at most ${MAX_COMPARED} authorities (got ${unique.length})`);
  return unique;
}

export const research: Pick<Resolvers, 'Query' | 'GraphNode' | 'GraphRelationship' | 'AuthorityComparison'> =
  {
    GraphNode: {
      type: (node) => node.__typename,
      label: nodeLabel,
      // Some node types (identifiers, records of an authority) are not Nodes of their own.
      node: (node) => (NODE_INTERFACE_TYPES.has(node.__typename) ? node : null),
    },
    GraphRelationship: {
      properties: (rel) => rel.properties,
    },
    AuthorityComparison: {
      latestJudgements: (c, _args, context) =>
        latestJudgementsOn(context, c.asOf, c.countFrom).load(c.authority.id),
    },
    Query: {
      neighbourhood: async (_root, { id, depth, kinds, limit }, { db, loaders }, info) => {
        const properties = nodeProperties(childrenOf(info, 'nodes'));
        const found = await neighbourhood(db, {
          id,
          depth: bounded(depth, 'depth', 1, 3),
          types: relationshipTypes(kinds),
          limit: bounded(limit, 'limit', 1, MAX_NODES),
          relationships: selects(info, 'relationships'),
          properties,
        });
        // Only whole nodes may serve other fields of the request.
        return found && (properties ? found : primed(loaders, found));
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
      timeline: async (_root, { authorityId, from, to, kinds }, { db, loaders }) => {
        if (from && to && from > to) throw badInput('to', `must not be before "from" (${from})`);
        const entries = await timeline(db, {
          authorityId,
          from: from ?? null,
          to: to ?? null,
          kinds: kinds ?? null,
        });
        if (entries === null) throw badInput('authorityId', `names no authority (${authorityId})`);
        for (const { node } of entries) loaders.nodes.prime(node.id, node);
        return entries;
      },
      compareAuthorities: async (_root, { ids, withNeighboursOf, asOf, countFrom }, { db }) => {
        const wanted = await comparedIds(db, ids ?? [], withNeighboursOf ?? null);
        const compared = await compareAuthorities(db, wanted, asOf ?? today(), countFrom);
        const missing = wanted.filter((id) => !compared.some((c) => c.authority.id === id));
        if (missing.length > 0) throw badInput('ids', `names no authority (${missing.join(', ')})`);
        return compared;
      },
      gradeDistribution: (_root, { asOf, countFrom, areaKey, groupBy }, { db }) =>
        gradeDistribution(db, { asOf: asOf ?? today(), countFrom, areaKey, groupBy }),
      gradeTransitions: (_root, { areaKey }, { db }) => gradeTransitions(db, areaKey),
    },
  };
