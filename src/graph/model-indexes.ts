/**
 * The graph's indexes as the SDL declares them on the schema (`@fulltext`, `@index`): part
 * of the model, so that the seed writer creates them and search reads them from one place.
 */
import { getArgumentValues, type DirectiveNode, type GraphQLSchema } from 'graphql';

export interface FulltextIndex {
  name: string;
  /** Node types covered, in the order the SDL gives them (errors list them so). */
  types: readonly string[];
  properties: readonly string[];
}

export interface PropertyIndex {
  name: string;
  type: string;
  property: string;
}

/** The arguments of each use of directive `name` on the schema, wherever it is extended. */
function onSchema(schema: GraphQLSchema, name: string): Record<string, unknown>[] {
  const directive = schema.getDirective(name);
  if (!directive) return [];
  const nodes = [schema.astNode, ...schema.extensionASTNodes].flatMap(
    (node) => (node?.directives ?? []) as readonly DirectiveNode[],
  );
  return nodes
    .filter((d) => d.name.value === name)
    .map((d) => getArgumentValues(directive, d) as Record<string, unknown>);
}

export function readIndexes(
  schema: GraphQLSchema,
  isNodeType: (name: string) => boolean,
  fail: (where: string, what: string) => void,
): { fulltext: FulltextIndex | null; indexes: PropertyIndex[] } {
  const unknownTypes = (where: string, types: readonly string[]) => {
    for (const type of types) if (!isNodeType(type)) fail(where, `${type} is not a node type (@node)`);
  };
  const fulltexts = onSchema(schema, 'fulltext') as unknown as FulltextIndex[];
  if (fulltexts.length > 1) fail('schema @fulltext', 'is declared more than once');
  const fulltext = fulltexts[0] ?? null;
  if (fulltext) unknownTypes(`schema @fulltext(name: "${fulltext.name}")`, fulltext.types);
  const indexes = onSchema(schema, 'index') as unknown as PropertyIndex[];
  for (const index of indexes) unknownTypes(`schema @index(name: "${index.name}")`, [index.type]);
  return { fulltext, indexes };
}
