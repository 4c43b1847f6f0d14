/**
 * Neighbourhoods and paths: parts of the graph read as nodes and relationships rather
 * than typed fields. `types` and the hop counts are checked by graph-view.ts before they
 * are spliced in; everything from the user travels as a parameter.
 */
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from '../graph/database.ts';
import {
  relationshipMap,
  toNodes,
  toRelationship,
  type PathRecord,
  type SubgraphRecord,
} from './graph-view.ts';
import { toNodeRecord } from '../graph/records.ts';

export interface NeighbourhoodRequest {
  id: string;
  depth: number;
  types: string;
  limit: number;
}

/**
 * One breadth-first expansion per distance: Neo4j prunes a variable-length match down to
 * distinct end nodes, where enumerating paths to learn each node's distance would not.
 */
const nearestWithin = (types: string, depth: number) =>
  Array.from(
    { length: depth },
    (_, k) => `MATCH (start)-[:${types}*1..${k + 1}]-(m:Entity) RETURN DISTINCT m, ${k + 1} AS distance`,
  ).join(' UNION ');

/** The start node and up to `limit - 1` others, nearest first; null when the id is unknown. */
export function neighbourhood(db: Database, request: NeighbourhoodRequest): Promise<SubgraphRecord | null> {
  const { types, depth } = request;
  return db.read({
    cypher: `MATCH (start:Entity {id: $id})
             CALL (start) { ${nearestWithin(types, depth)} }
             WITH start, m, min(distance) AS distance WHERE m <> start
             ORDER BY distance, m.id
             WITH start, collect(m) AS reached
             WITH start, reached[0..$others] AS others, size(reached) > $others AS truncated
             WITH start, others, truncated, [start] + others AS kept
             RETURN start, others, truncated, COLLECT {
               UNWIND kept AS a
               MATCH (a)-[r:${types}]->(b) WHERE b IN kept
               RETURN ${relationshipMap('r')} AS rel ORDER BY rel.from, rel.type, rel.to
             } AS rels`,
    params: { id: request.id, others: neo4j.int(request.limit - 1) },
    map: ({ records }) => {
      const row = records[0];
      if (!row) return null;
      return {
        nodes: [toNodeRecord(row.get('start') as Neo4jNode), ...toNodes(row.get('others'))],
        relationships: (row.get('rels') as unknown[]).map(toRelationship),
        truncated: row.get('truncated') as boolean,
      };
    },
  });
}

export interface PathRequest {
  from: string;
  to: string;
  types: string;
  maxHops: number;
  /** Every shortest path (up to `first`), or just one. */
  all: boolean;
  first: number;
}

/** Shortest paths, either way along each relationship; a node to itself is a path of length 0. */
export function shortestPaths(db: Database, request: PathRequest): Promise<PathRecord[]> {
  const { types, maxHops } = request;
  const shortest = request.all ? 'allShortestPaths' : 'shortestPath';
  return db.read({
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
             CALL (a, b) {
               WITH a, b WHERE a = b
               RETURN [a] AS nodes, [] AS rels
               UNION
               WITH a, b WHERE a <> b
               MATCH p = ${shortest}((a)-[:${types}*1..${maxHops}]-(b))
               RETURN nodes(p) AS nodes, [r IN relationships(p) | ${relationshipMap('r')}] AS rels
             }
             RETURN nodes, rels ORDER BY [n IN nodes | n.id] LIMIT $first`,
    params: { from: request.from, to: request.to, first: neo4j.int(request.first) },
    map: ({ records }) =>
      records.map((r) => {
        const relationships = (r.get('rels') as unknown[]).map(toRelationship);
        return { length: relationships.length, nodes: toNodes(r.get('nodes')), relationships };
      }),
  });
}
