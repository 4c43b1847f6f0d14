/**
 * Which fields compute their value rather than read a stored property of the same name.
 * Recorded when the schema is built, because Apollo later wraps every field's `resolve`
 * once any plugin watches fields: from then on `field.resolve` is set on all of them.
 */
import { isInterfaceType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';

type AnyField = GraphQLField<unknown, unknown>;

const computedBySchema = new WeakMap<GraphQLSchema, WeakSet<AnyField>>();

/** Notes the fields of `schema` that have a resolver of their own; call before serving it. */
export function recordComputedFields(schema: GraphQLSchema): GraphQLSchema {
  const computed = new WeakSet<AnyField>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
    for (const field of Object.values<AnyField>(type.getFields())) {
      if (field.resolve) computed.add(field);
    }
  }
  computedBySchema.set(schema, computed);
  return schema;
}

/**
 * Whether `field` computes its value. A schema whose fields were never recorded cannot
 * tell, so every field counts as computed there: callers then read whole nodes.
 */
export const isComputed = (schema: GraphQLSchema, field: AnyField): boolean =>
  computedBySchema.get(schema)?.has(field) ?? true;
