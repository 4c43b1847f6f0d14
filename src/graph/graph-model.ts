/**
 * The model of this API's schema, read from schema/ once when first imported: a mapping
 * mistake stops the server at start-up with a message naming the type and field.
 */
import { buildSchema, type GraphQLInterfaceType } from 'graphql';
import { buildModel } from './build-model.ts';
import type { GraphModel, Hop } from './model.ts';
import { loadTypeDefs } from './schema-files.ts';

const schema = buildSchema(loadTypeDefs());

export const MODEL: GraphModel = buildModel(schema);

/** The node types a `Node` field may return: an identifier is an authority's record, not a node of its own. */
export const NODE_INTERFACE_TYPES: ReadonlySet<string> = new Set(
  schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((t) => t.name),
);

/**
 * Each node type's label, read by type name (`LABEL.Authority`) where a query starts from
 * a type rather than along a field. A name the model does not have throws, so a query
 * naming a type that was renamed fails when built instead of matching nothing.
 */
export const LABEL: Readonly<Record<string, string>> = new Proxy(
  Object.fromEntries([...MODEL.nodeTypes.values()].map((t) => [t.name, t.label])),
  {
    get(labels: Record<string, string>, name) {
      // Only names shaped like a type's throw, so that probes such as toJSON or then pass.
      if (typeof name !== 'string' || Object.hasOwn(labels, name) || !/^[A-Z]/.test(name))
        return labels[name as string];
      throw new Error(`${String(name)} is not a node type of the model`);
    },
  },
);

/** The walk of a relationship field, for queries written in terms of the schema's fields. */
export function hopsOf(typeAndField: string): readonly Hop[] {
  const relation = MODEL.relations.get(typeAndField);
  if (!relation?.hops.length) throw new Error(`${typeAndField} is not a relationship field of the model`);
  return relation.hops;
}
