import { isNode, type Node as Neo4jNode } from 'neo4j-driver';
import { ENTITY_LABEL } from './model.ts';

/**
 * A graph node as the API sees it: its properties, plus the GraphQL type it stands for.
 * Property names are the SDL's field names, so most fields need no resolver at all.
 */
export interface NodeRecord {
  __typename: string;
  id: string;
  [property: string]: unknown;
}

/** A node reached over a relationship, with that relationship's own properties. */
export interface RelatedRecord {
  node: NodeRecord;
  rel: Record<string, unknown>;
}

export interface CitationRecord {
  source: string;
  locator: string | null;
  field: string | null;
  quote: string | null;
  note: string | null;
}

export function toNodeRecord(node: Neo4jNode): NodeRecord {
  return toRecord(node.properties as Record<string, unknown>, node.labels);
}

/** A node from some of its properties and its labels. */
export function toRecord(properties: Record<string, unknown>, labels: readonly string[]): NodeRecord {
  const typename = labels.find((label) => label !== ENTITY_LABEL) ?? ENTITY_LABEL;
  return { ...properties, __typename: typename, id: String(properties.id) };
}

/**
 * A node as a query returned it: whole (a driver Node), or projected to some properties
 * with its labels beside it (see `row` in compiler.ts).
 */
export function recordOf(value: unknown, labels: readonly string[]): NodeRecord {
  if (isNode(value)) return toNodeRecord(value);
  // A projection is a map the driver made for this result alone: completed in place
  // rather than copied, as a page holds hundreds of them.
  const record = value as NodeRecord;
  record.__typename = labels.find((label) => label !== ENTITY_LABEL) ?? ENTITY_LABEL;
  record.id = String(record.id);
  return record;
}
