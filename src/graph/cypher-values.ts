/**
 * Neo4j values as plain JSON, for answers whose shape the caller chose (researchers'
 * Cypher, exports). Nodes and relationships keep their properties beside `_`-prefixed
 * keys, so a row reads like the graph's own data rather than the driver's classes.
 */
import {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Relationship,
} from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Relationships name their end nodes by element id only; `ids` records the `id` property
 * of every node seen so `endpoints` can rewrite them once the answer is complete.
 */
export class ValueMapper {
  private readonly ids = new Map<string, string>();
  private readonly relationships: { _start: string; _end: string }[] = [];

  map(value: unknown): Json {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'bigint') return Number(value);
    if (Array.isArray(value)) return value.map((item) => this.map(item));
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
    if (isNode(value)) return this.node(value);
    if (isRelationship(value)) return this.relationship(value);
    if (isPath(value)) {
      const steps: Json[] = [this.node(value.start)];
      for (const segment of value.segments)
        steps.push(this.relationship(segment.relationship), this.node(segment.end));
      return steps;
    }
    if (isPoint(value)) {
      const { srid, x, y, z } = value;
      return z === undefined ? { srid: Number(srid), x, y } : { srid: Number(srid), x, y, z };
    }
    if (
      isDate(value) ||
      isDateTime(value) ||
      isLocalDateTime(value) ||
      isLocalTime(value) ||
      isTime(value) ||
      isDuration(value)
    )
      return value.toString();
    if (typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.map(item)]));
    return String(value);
  }

  /** Element ids that relationships point at but no node in the answer has named. */
  unresolved(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships)
      for (const end of [rel._start, rel._end]) if (!this.ids.has(end)) missing.add(end);
    return [...missing];
  }

  /** Rewrites relationship ends to node ids, given the ids looked up for `unresolved()`. */
  resolve(found: Iterable<[string, string]> = []): void {
    for (const [elementId, id] of found) this.ids.set(elementId, id);
    for (const rel of this.relationships) {
      rel._start = this.ids.get(rel._start) ?? rel._start;
      rel._end = this.ids.get(rel._end) ?? rel._end;
    }
  }

  private node(node: Node): Json {
    const properties = this.properties(node.properties);
    const id = typeof node.properties.id === 'string' ? node.properties.id : node.elementId;
    this.ids.set(node.elementId, id);
    // Properties first: a stored property called `_id` must not stand in for the real one.
    return { ...properties, _id: id, _labels: [...node.labels] };
  }

  private relationship(rel: Relationship): Json {
    const mapped = {
      ...this.properties(rel.properties),
      _type: rel.type,
      _start: rel.startNodeElementId,
      _end: rel.endNodeElementId,
    };
    this.relationships.push(mapped);
    return mapped;
  }

  private properties(properties: Record<string, unknown>): Record<string, Json> {
    return Object.fromEntries(Object.entries(properties).map(([key, item]) => [key, this.map(item)]));
  }
}
