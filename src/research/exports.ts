/**
 * The graph, or one node's neighbourhood, read for export: property keys first (GraphML
 * and CSV declare their columns up front), then nodes, then relationships, each streamed
 * to the caller as Neo4j sends it, in one read transaction so all parts agree.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { ValueMapper, type Json } from '../graph/cypher-values.ts';
import type { Database } from '../graph/database.ts';
import Cypher from '@neo4j/cypher-builder';
import { MODEL } from '../graph/graph-model.ts';
import { ENTITY_LABEL, SEED_LOAD_LABEL } from '../graph/model.ts';
import { relationshipId } from './graph-view.ts';

const { citationType } = MODEL;

export const MAX_EXPORT_DEPTH = 3;

export interface ExportScope {
  /** Only nodes within `depth` relationships of this node; the whole graph when absent. */
  around?: string;
  depth: number;
  /** Whether citations count as edges (and as paths for the neighbourhood). */
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

/** Whether a relationship is other than a citation, for scopes that leave citations out. */
const notCitation = (r: Cypher.Relationship | Cypher.Variable) =>
  Cypher.neq(Cypher.type(r), new Cypher.Literal(citationType));

/** The nodes of the scope, as `n`, one row each. */
function nodeScope(scope: ExportScope, n: Cypher.Node): Cypher.Clause {
  // The seed's bookkeeping nodes are not part of the graph (see SEED_LOAD_LABEL); nodes of
  // any other label, made by hand say, still are.
  if (scope.around === undefined)
    return new Cypher.Match(new Cypher.Pattern(n)).where(Cypher.not(n.hasLabel(SEED_LOAD_LABEL)));
  // Bounds of a variable-length pattern cannot be parameters; `depth` is a checked integer.
  const depth = Math.trunc(scope.depth);
  if (!(depth >= 1 && depth <= MAX_EXPORT_DEPTH)) throw new RangeError(`depth ${scope.depth}`);
  const [start, path, r] = [new Cypher.Node(), new Cypher.Relationship(), new Cypher.Variable()];
  const reach = new Cypher.Match(
    new Cypher.Pattern(start)
      .related(path, { direction: 'undirected', length: { min: 0, max: depth } })
      .to(n),
  );
  return Cypher.utils.concat(
    new Cypher.Match(
      new Cypher.Pattern(start, {
        labels: [ENTITY_LABEL],
        properties: { id: new Cypher.Param(scope.around) },
      }),
    ),
    scope.citations ? reach : reach.where(Cypher.all(r, path, notCitation(r))),
    new Cypher.With(n).distinct(),
  );
}

/** The relationships of the scope, as `(a)-[r]->(b)`: both ends inside it. */
function edgeScope(
  scope: ExportScope,
  a: Cypher.Node,
  r: Cypher.Relationship,
  b: Cypher.Node,
): Cypher.Clause {
  const edge = new Cypher.Pattern(a).related(r).to(b);
  if (scope.around === undefined)
    return scope.citations ? new Cypher.Match(edge) : new Cypher.Match(edge).where(notCitation(r));
  const [n, inside] = [new Cypher.Node(), new Cypher.Variable()];
  const within = Cypher.in(b, inside);
  return Cypher.utils.concat(
    nodeScope(scope, n),
    new Cypher.With([Cypher.collect(n), inside]),
    new Cypher.Unwind([inside, a]),
    new Cypher.Match(edge).where(scope.citations ? within : Cypher.and(within, notCitation(r))),
  );
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

/** The property keys of the scope's nodes or relationships, with the types of their values. */
async function keys(
  tx: ManagedTransaction,
  scope: Cypher.Clause,
  item: Cypher.Variable,
  fields: string[],
): Promise<PropertyKey[]> {
  const [k, t] = [new Cypher.NamedVariable('k'), new Cypher.Variable()];
  const query = Cypher.utils
    .concat(
      scope,
      new Cypher.Unwind([Cypher.keys(item), k]),
      new Cypher.With(k, [Cypher.valueType(item.property(k)), t]).where(
        Cypher.not(Cypher.in(k, new Cypher.Param(fields))),
      ),
      new Cypher.Return(k, [Cypher.collect(t).distinct(), new Cypher.NamedVariable('types')]).orderBy(k),
    )
    .build();
  const result = await tx.run(query.cypher, query.params);
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

const named = (...names: string[]) => names.map((name) => new Cypher.NamedVariable(name));

/** Each node: its id, its type (the label that is not Entity), the label shown, its properties. */
function nodesQuery(scope: ExportScope): Cypher.CypherResult {
  const [n, l] = [new Cypher.Node(), new Cypher.Variable()];
  const [id, type, label, properties] = named('id', 'type', 'label', 'properties');
  const typeLabel = new Cypher.ListComprehension(l)
    .in(Cypher.labels(n))
    .where(Cypher.neq(l, new Cypher.Literal(ENTITY_LABEL)));
  return Cypher.utils
    .concat(
      nodeScope(scope, n),
      new Cypher.Return(
        [n.property('id'), id!],
        [Cypher.listIndex(typeLabel, 0), type!],
        [Cypher.coalesce(n.property('label'), n.property('name'), n.property('id')), label!],
        [Cypher.properties(n), properties!],
      ),
    )
    .build();
}

/** Each relationship: its ends' ids, its type, its key (citations have one), its properties. */
function edgesQuery(scope: ExportScope): Cypher.CypherResult {
  const [a, r, b] = [new Cypher.Node(), new Cypher.Relationship(), new Cypher.Node()];
  const [source, type, target, key, properties] = named('source', 'type', 'target', 'key', 'properties');
  return Cypher.utils
    .concat(
      edgeScope(scope, a, r, b),
      new Cypher.Return(
        [a.property('id'), source!],
        [Cypher.type(r), type!],
        [b.property('id'), target!],
        [r.property('key'), key!],
        [Cypher.properties(r), properties!],
      ),
    )
    .build();
}

/** Streams the scope into `sink`; false, before anything is sent, when `around` names no node. */
export async function streamExport(db: Database, scope: ExportScope, sink: ExportSink): Promise<boolean> {
  const start = new Cypher.Node();
  const found = new Cypher.Match(
    new Cypher.Pattern(start, {
      labels: [ENTITY_LABEL],
      properties: { id: new Cypher.Param(scope.around ?? null) },
    }),
  )
    .return([Cypher.count(start), new Cypher.NamedVariable('found')])
    .build();
  return db.readStream(
    found.cypher,
    found.params,
    async (counted, tx) => {
      if (scope.around !== undefined && (await counted).records[0]?.get('found') === 0) return false;
      const [n, a, r, b] = [
        new Cypher.Node(),
        new Cypher.Node(),
        new Cypher.Relationship(),
        new Cypher.Node(),
      ];
      await sink.begin(
        sink.wants.keys
          ? {
              node: await keys(tx, nodeScope(scope, n), n, NODE_FIELDS),
              edge: await keys(tx, edgeScope(scope, a, r, b), r, []),
            }
          : { node: [], edge: [] },
      );
      if (sink.wants.nodes) {
        const query = nodesQuery(scope);
        for await (const record of tx.run(query.cypher, query.params))
          await sink.node({
            id: record.get('id') as string,
            type: (record.get('type') as string | null) ?? ENTITY_LABEL,
            label: String(record.get('label')),
            properties: properties(record.get('properties') as Record<string, unknown>, NODE_FIELDS),
          });
      }
      if (sink.wants.edges) {
        const query = edgesQuery(scope);
        for await (const record of tx.run(query.cypher, query.params)) {
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
