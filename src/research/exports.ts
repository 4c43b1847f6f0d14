/**
 * The graph, or one node's neighbourhood, read for export: property keys first (GraphML
 * and CSV declare their columns up front), then nodes, then relationships, each streamed
 * to the caller as Neo4j sends it, in one read transaction so all parts agree.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ValueMapper, type Json } from '../graph/cypher-values.ts';
import type { Database } from '../graph/database.ts';
import { SEED_LOAD_LABEL } from '../graph/model.ts';
import { relationshipId } from './graph-view.ts';

export const MAX_EXPORT_DEPTH = 3;

export interface ExportScope {
  /** Only nodes within `depth` relationships of this node; the whole graph when absent. */
  around?: string;
  depth: number;
  /** Whether `SUPPORTS` citations count as edges (and as paths for the neighbourhood). */
  citations: boolean;
}

export interface ExportNode {
  id: string;
  type: string;
  label: string;
  /** Every property but `id` and `label`, which have their own fields. */
  properties: Record<string, Json>;
}

export interface ExportEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, Json>;
}

/** GraphML's attribute types, which NetworkX and Gephi read back as typed columns. */
export type KeyType = 'string' | 'long' | 'double' | 'boolean';
export interface PropertyKey {
  name: string;
  type: KeyType;
}

export interface ExportSink {
  /** Which parts to read; `keys` only when the format declares columns. */
  wants: { keys: boolean; nodes: boolean; edges: boolean };
  begin: (keys: { node: PropertyKey[]; edge: PropertyKey[] }) => Promise<void>;
  node: (node: ExportNode) => Promise<void>;
  edge: (edge: ExportEdge) => Promise<void>;
  end: () => Promise<void>;
}

const NOT_CITATION = "type(r) <> 'SUPPORTS'";

function nodeScope(scope: ExportScope): string {
  // The seed's bookkeeping nodes are not part of the graph (see SEED_LOAD_LABEL); nodes of
  // any other label, made by hand say, still are.
  if (scope.around === undefined) return `MATCH (n) WHERE NOT n:${SEED_LOAD_LABEL}`;
  // Bounds of a variable-length pattern cannot be parameters; `depth` is a checked integer.
  const depth = Math.trunc(scope.depth);
  if (!(depth >= 1 && depth <= MAX_EXPORT_DEPTH)) throw new RangeError(`depth ${scope.depth}`);
  return `MATCH (start:Entity {id: $around})
    MATCH (start)-[path*0..${depth}]-(n)
    ${scope.citations ? '' : `WHERE all(r IN path WHERE ${NOT_CITATION})`}
    WITH DISTINCT n`;
}

function edgeScope(scope: ExportScope): string {
  const filter = scope.citations ? '' : NOT_CITATION;
  if (scope.around === undefined) return `MATCH (a)-[r]->(b) ${filter ? `WHERE ${filter}` : ''}`;
  return `${nodeScope(scope)}
    WITH collect(n) AS inside
    UNWIND inside AS a
    MATCH (a)-[r]->(b)
    WHERE b IN inside ${filter ? `AND ${filter}` : ''}`;
}

/** One GraphML type per key: text wins over numbers, floats over integers. */
function keyType(valueTypes: string[]): KeyType {
  const kinds = new Set(valueTypes.map((t) => t.replace(/ NOT NULL$/, '')));
  kinds.delete('NULL');
  if ([...kinds].every((k) => k === 'BOOLEAN')) return 'boolean';
  if ([...kinds].every((k) => k === 'INTEGER')) return 'long';
  if ([...kinds].every((k) => k === 'INTEGER' || k === 'FLOAT')) return 'double';
  return 'string';
}

const NODE_FIELDS = ['id', 'label'];

async function keys(
  tx: ManagedTransaction,
  match: string,
  item: 'n' | 'r',
  params: Record<string, unknown>,
): Promise<PropertyKey[]> {
  const result = await tx.run(
    `${match} UNWIND keys(${item}) AS k WITH k, valueType(${item}[k]) AS t
     WHERE NOT k IN $fields
     RETURN k, collect(DISTINCT t) AS types ORDER BY k`,
    { ...params, fields: item === 'n' ? NODE_FIELDS : [] },
  );
  return result.records.map((r) => ({
    name: r.get('k') as string,
    type: keyType(r.get('types') as string[]),
  }));
}

function properties(raw: Record<string, unknown>, drop: string[]): Record<string, Json> {
  const mapper = new ValueMapper();
  return Object.fromEntries(
    Object.keys(raw)
      .filter((key) => !drop.includes(key))
      .sort()
      .map((key) => [key, mapper.map(raw[key])]),
  );
}

/** Streams the scope into `sink`; false, before anything is sent, when `around` names no node. */
export async function streamExport(db: Database, scope: ExportScope, sink: ExportSink): Promise<boolean> {
  const params = scope.around === undefined ? {} : { around: scope.around };
  return db.readStream(
    'MATCH (start:Entity {id: $around}) RETURN count(start) AS found',
    { around: scope.around ?? null },
    async (found, tx) => {
      if (scope.around !== undefined && (await found).records[0]?.get('found') === 0) return false;
      await sink.begin(
        sink.wants.keys
          ? {
              node: await keys(tx, nodeScope(scope), 'n', params),
              edge: await keys(tx, edgeScope(scope), 'r', params),
            }
          : { node: [], edge: [] },
      );
      if (sink.wants.nodes) {
        const nodes = tx.run(
          `${nodeScope(scope)}
           RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
                  coalesce(n.label, n.name, n.id) AS label, properties(n) AS properties`,
          params,
        );
        for await (const record of nodes)
          await sink.node({
            id: record.get('id') as string,
            type: (record.get('type') as string | null) ?? 'Entity',
            label: String(record.get('label')),
            properties: properties(record.get('properties') as Record<string, unknown>, NODE_FIELDS),
          });
      }
      if (sink.wants.edges) {
        const edges = tx.run(
          `${edgeScope(scope)}
           RETURN a.id AS source, type(r) AS type, b.id AS target, r.key AS key, properties(r) AS properties`,
          params,
        );
        for await (const record of edges) {
          const [source, type, target, key] = ['source', 'type', 'target', 'key'].map(
            (field) => record.get(field) as string | null,
          );
          await sink.edge({
            id: relationshipId(source!, type!, target!, key),
            type: type!,
            source: source!,
            target: target!,
            properties: properties(record.get('properties') as Record<string, unknown>, []),
          });
        }
      }
      await sink.end();
      return true;
    },
    { retry: false },
  );
}
