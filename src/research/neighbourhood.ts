/**
 * Neighbourhoods and paths: parts of the graph read as nodes and relationships rather
 * than typed fields. `types` and the hop counts are checked by graph-view.ts before they
 * reach a pattern (variable-length bounds cannot be parameters); everything else from the
 * user travels as a parameter.
 */
import Cypher from '@neo4j/cypher-builder';
import neo4j, { isNode, type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import type { Database } from '../graph/database.ts';
import { ENTITY_LABEL } from '../graph/model.ts';
import { toNodeRecord, toRecord, type NodeRecord } from '../graph/records.ts';
import {
  relationshipRecord,
  toNodes,
  type PathRecord,
  type RelationshipRecord,
  type SubgraphRecord,
} from './graph-view.ts';

export interface NeighbourhoodRequest {
  id: string;
  depth: number;
  types: readonly string[];
  limit: number;
  /** Whether the relationships among the nodes are read; nodes alone are far cheaper. */
  relationships: boolean;
  /**
   * The node properties the answer reads (`id` among them); null for whole nodes. Neo4j
   * reads every property of a node it returns whole, a db hit each.
   */
  properties: readonly string[] | null;
}

const typeExpr = (types: readonly string[]) => Cypher.labelExpr.or(...types);
const entity = (node: Cypher.Node, id: Cypher.Param) =>
  new Cypher.Pattern(node, { labels: [ENTITY_LABEL], properties: { id: id } });

/**
 * One breadth-first expansion per distance: Neo4j prunes a variable-length match down to
 * distinct end nodes, where enumerating paths to learn each node's distance would not.
 */
function nearestWithin(
  start: Cypher.Node,
  m: Cypher.Node,
  distance: Cypher.Variable,
  request: NeighbourhoodRequest,
) {
  const expansions = Array.from({ length: request.depth }, (_, k) =>
    new Cypher.Match(
      new Cypher.Pattern(start)
        .related({ type: typeExpr(request.types), direction: 'undirected', length: { min: 1, max: k + 1 } })
        .to(m, { labels: [ENTITY_LABEL] }),
    )
      .return([m, m], [new Cypher.Literal(k + 1), distance])
      .distinct(),
  );
  return expansions.length === 1 ? expansions[0]! : new Cypher.Union(...expansions);
}

/** The start node and up to `limit - 1` others, nearest first; null when the id is unknown. */
export function neighbourhood(db: Database, request: NeighbourhoodRequest): Promise<SubgraphRecord | null> {
  const others = request.limit - 1;
  return db.read({
    ...neighbourhoodQuery(request).build(),
    map: ({ records }) => {
      const row = records[0];
      if (!row) return null;
      // One node more than is shown was read, to tell whether any were left out.
      const reached = row.get('reached') as unknown[];
      const kept = [row.get('start'), ...reached.slice(0, others)].map(readNode);
      return {
        nodes: kept.map((k) => k.record),
        relationships: request.relationships
          ? withEnds(row.get('rels') as Relationship[], new Map(kept.map((k) => [k.elementId, k.record.id])))
          : [],
        truncated: reached.length > others,
      };
    },
  });
}

// The keys a projected node carries beside its properties.
const LABELS = '__labels';
const ELEMENT = '__elementId';

/** A node as the neighbourhood returns it: whole, or the properties asked for. */
function shown(n: Cypher.Variable, properties: readonly string[] | null): Cypher.Expr {
  if (!properties) return n;
  return new Cypher.MapProjection(n, [...properties], {
    [LABELS]: Cypher.labels(n),
    [ELEMENT]: Cypher.elementId(n),
  });
}

function readNode(value: unknown): { record: NodeRecord; elementId: string } {
  if (isNode(value)) return { record: toNodeRecord(value), elementId: value.elementId };
  const { [LABELS]: labels, [ELEMENT]: elementId, ...projected } = value as Record<string, unknown>;
  // Neo4j stores no nulls: a null here is a property the node lacks, left out as a whole node would.
  const properties = Object.fromEntries(Object.entries(projected).filter(([, v]) => v !== null));
  return { record: toRecord(properties, labels as string[]), elementId: elementId as string };
}

function neighbourhoodQuery(request: NeighbourhoodRequest): Cypher.Clause {
  const [start, m, a, b] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Node(), new Cypher.Node()];
  const [distance, kept, r] = [new Cypher.Variable(), new Cypher.Variable(), new Cypher.Relationship()];
  const reached = new Cypher.NamedVariable('reached');
  const relationships = new Cypher.Collect(
    new Cypher.Unwind([kept, a])
      .match(new Cypher.Pattern(a).related(r, { type: typeExpr(request.types) }).to(b))
      .where(Cypher.in(b, kept))
      .return(r)
      .orderBy([a.property('id'), 'ASC'], [Cypher.type(r), 'ASC'], [b.property('id'), 'ASC']),
  );
  // OPTIONAL, so a node with no relationships of the types asked for is a neighbourhood of
  // one (its row's m is null, and collect leaves it out), not the null of an unknown id.
  const nearest = new Cypher.Match(entity(start, new Cypher.Param(request.id)))
    .optionalCall(nearestWithin(start, m, distance, request), [start])
    .with(start, m, [Cypher.min(distance), distance])
    .where(Cypher.or(Cypher.isNull(m), Cypher.neq(m, start)))
    .orderBy(distance, m.property('id'))
    .limit(new Cypher.Param(neo4j.int(request.limit)))
    .with(start, [Cypher.collect(m), reached]);
  const [startAs, relsAs] = [new Cypher.NamedVariable('start'), new Cypher.NamedVariable('rels')];
  const x = new Cypher.Variable();
  const returned = (rels: Cypher.Expr): [Cypher.Expr, Cypher.Variable][] => [
    [shown(start, request.properties), startAs],
    [
      request.properties
        ? new Cypher.ListComprehension(x).in(reached).map(shown(x, request.properties))
        : reached,
      reached,
    ],
    [rels, relsAs],
  ];
  if (!request.relationships) return nearest.return(...returned(new Cypher.List([])));
  return nearest
    .with(start, reached, [Cypher.plus(new Cypher.List([start]), reached), kept])
    .return(...returned(relationships));
}

/**
 * Relationships as graph views show them, their ends named by the ids of the nodes drawn
 * (`ids`, by element id); those with an end outside them are left out.
 */
function withEnds(relationships: Relationship[], ids: Map<string, string>): RelationshipRecord[] {
  return relationships.flatMap((rel) => {
    const [from, to] = [ids.get(rel.startNodeElementId), ids.get(rel.endNodeElementId)];
    return from && to ? [relationshipRecord(rel.type, from, to, rel.properties)] : [];
  });
}

export interface PathRequest {
  from: string;
  to: string;
  types: readonly string[];
  maxHops: number;
  /** Every shortest path (up to `first`), or just one. */
  all: boolean;
  first: number;
}

/** Shortest paths, either way along each relationship; a node to itself is a path of length 0. */
export function shortestPaths(db: Database, request: PathRequest): Promise<PathRecord[]> {
  return db.read({
    ...shortestPathsQuery(request).build(),
    map: ({ records }) =>
      records.map((row) => {
        const nodes = row.get('nodes') as Neo4jNode[];
        const ids = new Map(nodes.map((n) => [n.elementId, String(n.properties.id)]));
        const relationships = withEnds(row.get('rels') as Relationship[], ids);
        return { length: relationships.length, nodes: toNodes(nodes), relationships };
      }),
  });
}

function shortestPathsQuery(request: PathRequest): Cypher.Clause {
  const [a, b, n] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Variable()];
  const p = new Cypher.PathVariable();
  const [nodes, rels] = [new Cypher.NamedVariable('nodes'), new Cypher.NamedVariable('rels')];
  const itself = new Cypher.With(a, b)
    .where(Cypher.eq(a, b))
    .return([new Cypher.List([a]), nodes], [new Cypher.List([]), rels]);
  const pattern = new Cypher.Pattern(a)
    .related({
      type: typeExpr(request.types),
      direction: 'undirected',
      length: { min: 1, max: request.maxHops },
    })
    .to(b);
  // The builder's own path selector (`.shortest(1)`) writes `SHORTEST 1 p = (…)`, which
  // Neo4j 5 refuses, so the pattern it builds goes inside Cypher's shortest-path functions.
  const shortest = new Cypher.Raw(
    (cypher) =>
      `MATCH ${cypher.compile(p)} = ${request.all ? 'allShortestPaths' : 'shortestPath'}(${cypher.compile(pattern)})`,
  );
  const between = Cypher.utils.concat(
    new Cypher.With(a, b).where(Cypher.neq(a, b)),
    shortest,
    new Cypher.Return([Cypher.nodes(p), nodes], [Cypher.relationships(p), rels]),
  );
  return new Cypher.Match(entity(a, new Cypher.Param(request.from)))
    .match(entity(b, new Cypher.Param(request.to)))
    .call(new Cypher.Union(itself, between), [a, b])
    .return(nodes, rels)
    .orderBy(new Cypher.ListComprehension(n).in(nodes).map(n.property('id')))
    .limit(new Cypher.Param(neo4j.int(request.first)));
}
