/**
 * The model of this API's schema, read from schema/ once when first imported: a mapping
 * mistake stops the server at start-up with a message naming the type and field.
 */
import { buildSchema } from 'graphql';
import { buildModel, type GraphModel, type Hop } from './model.ts';
import { loadTypeDefs } from './schema-files.ts';

export const MODEL: GraphModel = buildModel(buildSchema(loadTypeDefs()));

/** The walk of a relationship field, for queries written in terms of the schema's fields. */
export function hopsOf(typeAndField: string): readonly Hop[] {
  const relation = MODEL.relations.get(typeAndField);
  if (!relation?.hops.length) throw new Error(`${typeAndField} is not a relationship field of the model`);
  return relation.hops;
}
