/**
 * The graph's own shape for views that draw it: nodes, relationships and paths, and the
 * checks on the arguments that choose them. Relationship types reach Cypher only after
 * `relationshipTypes` has matched them against the model.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import { badInput } from '../graph/cursor.ts';
import { MODEL } from '../graph/graph-model.ts';

const { relationshipTypes: RELATIONSHIP_TYPES, citationType } = MODEL;
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';

export interface RelationshipRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface SubgraphRecord {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

export interface PathRecord {
  length: number;
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

/**
 * Citations are left out unless asked for: nearly every node is cited by a Source, so
 * with citations every two of them would sit two steps apart through it.
 */
const DEFAULT_TYPES: string[] = RELATIONSHIP_TYPES.filter((t) => t !== citationType);

/** The relationship types to follow, each checked against the model. */
export function relationshipTypes(kinds: readonly string[] | null | undefined, argument = 'kinds'): string[] {
  if (kinds === null || kinds === undefined) return DEFAULT_TYPES;
  if (kinds.length === 0) throw badInput(argument, 'must name at least one relationship type');
  const unknown = kinds.filter((k) => !RELATIONSHIP_TYPES.includes(k));
  if (unknown.length > 0)
    throw badInput(
      argument,
      `names unknown relationship types (${unknown.join(', ')}); known: ${[...RELATIONSHIP_TYPES].sort().join(', ')}`,
    );
  return [...new Set(kinds)];
}

/** An integer argument within bounds; the result is safe to splice into Cypher. */
export function bounded(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(argument, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

/**
 * A relationship's stable id, the same in graph views and exports: its ends and type, plus,
 * for a citation, its key (several citations may join one source to one node).
 */
export const relationshipId = (from: string, type: string, to: string, key: unknown) =>
  [from, type, to, ...(type === citationType && typeof key === 'string' ? [key] : [])].join('|');

export const relationshipRecord = (
  type: string,
  from: string,
  to: string,
  properties: Record<string, unknown>,
): RelationshipRecord => ({ id: relationshipId(from, type, to, properties.key), type, from, to, properties });

export const toNodes = (value: unknown): NodeRecord[] => (value as Neo4jNode[]).map(toNodeRecord);

// The properties a node's label is read from, in order; then an identifier's scheme and value.
const LABEL_KEYS = ['label', 'name', 'title'];
/** Every property nodeLabel reads: a projection for it must hold all of them. */
export const LABEL_PROPERTIES = [...LABEL_KEYS, 'scheme', 'value'];

/** What a graph view prints for a node that has no label of its own (identifiers, people). */
export function nodeLabel(node: NodeRecord): string {
  for (const key of LABEL_KEYS) if (typeof node[key] === 'string') return node[key] as string;
  if (typeof node.scheme === 'string' && node.value !== undefined)
    return `${node.scheme} ${String(node.value)}`;
  return node.id;
}
