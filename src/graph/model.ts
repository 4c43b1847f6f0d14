/**
 * The graph model: how the GraphQL types map onto Neo4j, as build-model.ts reads it once
 * from the mapping directives of the SDL (schema/graph-mapping.graphql). Every label and
 * relationship type the API, the seed and the exports use comes from a model of this shape.
 */
import type { FulltextIndex, PropertyIndex } from './model-indexes.ts';

/** One relationship crossed, from the node before it to the node after it. */
export interface Hop {
  types: readonly string[];
  direction: 'OUT' | 'IN';
  /** The GraphQL type reached: a node type, or an interface or union of node types. */
  reaches: string;
}

/** One key of a list's order (see `@sort`). */
export interface SortKey {
  by: readonly string[];
  missing: string | null;
  descending: boolean;
  first: string | null;
  through: boolean;
}

export const OPERATORS = [
  'EQ',
  'IN',
  'CONTAINS',
  'GTE',
  'LTE',
  'IS_NULL',
  'IS_NOT_NULL',
  'DURING',
  'EQUALS',
  'MATCHES',
  'ID_PREFIX',
] as const;
export type Operator = (typeof OPERATORS)[number];

/** What one filter field or argument tests (see `@where`, `@query`). */
export type Condition =
  | {
      kind: 'test';
      properties: readonly string[];
      /** Walks to the node tested, any of which may hold; empty: the node itself. */
      paths: readonly (readonly Hop[])[];
      op: Operator;
      missing: string | null;
      value: string | null;
    }
  | { kind: 'query'; name: string };

/** How a relationship field returns what it reaches. */
export type Shape = 'one' | 'list' | 'connection' | 'participation';

export interface RelationField {
  owner: string;
  name: string;
  /** The walk; empty for a field answered by a named query. */
  hops: readonly Hop[];
  /** The named query answering the field, instead of a walk. */
  query: string | null;
  sort: readonly SortKey[];
  nested: boolean;
  /** Whether the relationships are citations rather than references the seed's entries name. */
  citations: boolean;
  excludeLabels: readonly string[];
  shape: Shape;
  /** The GraphQL type of the rows: the connection's node, or the participation's other side. */
  rows: string;
  /** For a participation: which of its fields holds the parent, and which the row. */
  sides: { parent: string; row: string } | null;
  /** Conditions by the argument, or the `filter` argument's field, that gives their value. */
  conditions: ReadonlyMap<string, Condition>;
  /** Whether the conditions come from a `filter` argument rather than plain arguments. */
  filterArg: boolean;
  /** The field's argument names. */
  args: readonly string[];
  /** Equal for fields that walk alike, whatever type declares them: they share fetched rows. */
  walk: string;
  /**
   * The label every node the walk reaches carries, when it ends on one node type: its
   * rows then need not fetch their labels to tell their type. Null for an interface, a
   * union or a named query.
   */
  rowLabel: string | null;
}

/** A root field that pages through every node of a type. */
export interface RootList {
  field: string;
  type: string;
  conditions: ReadonlyMap<string, Condition>;
  orders: ReadonlyMap<string, OrderKey>;
}

export interface OrderKey {
  by: readonly string[];
  path: readonly Hop[];
  then: string | null;
  /**
   * The node's own property the key is, when it is one the SDL says every node has (a
   * non-null String or ID field of that name): a page can then sort on the property itself,
   * which an index on it orders, instead of on an expression every node must be read for.
   */
  stored: string | null;
}

export interface NodeType {
  name: string;
  label: string;
  collection: string | null;
}

export interface GraphModel {
  nodeTypes: ReadonlyMap<string, NodeType>;
  /** Relationship fields by `Type.field`, for every node type (interfaces' fields inherited). */
  relations: ReadonlyMap<string, RelationField>;
  /** Stored properties a computed or flattened field reads, by `Type.field`. */
  reads: ReadonlyMap<string, readonly string[]>;
  /** Flattened object fields by `Type.field`: the prefix of their properties. */
  flattened: ReadonlyMap<string, string>;
  lists: ReadonlyMap<string, RootList>;
  /** Root fields that fetch one node by id, with the type they answer. */
  byId: ReadonlyMap<string, string>;
  relationshipTypes: readonly string[];
  /** The relationship from a source to each node it backs, holding the citation. */
  citationType: string;
  /** The node type of sources, which cite. */
  sourceType: string;
  fulltext: FulltextIndex | null;
  indexes: readonly PropertyIndex[];
}

/** The label every node carries, whose `id` is unique across the graph. */
export const ENTITY_LABEL = 'Entity';

/**
 * The label of the one bookkeeping node per seed set, `{set, fingerprint, nodes, loadedAt}`.
 * It lives in the graph rather than in a file beside the project so that it is written in
 * the load's own transaction (a failed load records nothing) and goes wherever the data goes:
 * a wiped or replaced database has no fingerprint and is written in full. Neo4j Community
 * has no database-level metadata to hold it instead. It is not an `:Entity` and has no
 * relationships, so the API, search and neighbourhoods never reach it; the whole-graph
 * export and `nodeCount` leave it out by name, as it is not part of the knowledge graph.
 */
export const SEED_LOAD_LABEL = 'SeedLoad';

export class ModelError extends Error {}

/** The property holding field `field` of an object flattened onto its node under `prefix`. */
export const flattenedProperty = (prefix: string, field: string) =>
  `${prefix}${field[0]!.toUpperCase()}${field.slice(1)}`;

/** `Type.field` keys of the relationship fields the seed writes: single relationships pointing out. */
export const references = (model: GraphModel): Map<string, string> =>
  new Map(
    [...model.relations.values()]
      .filter(
        (r) =>
          !r.citations &&
          r.hops.length === 1 &&
          r.hops[0]!.direction === 'OUT' &&
          r.hops[0]!.types.length === 1,
      )
      .map((r) => [`${r.owner}.${r.name}`, r.hops[0]!.types[0]!]),
  );
