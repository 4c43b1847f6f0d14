/** Reading the mapping directives where the SDL applies them. */
import {
  getArgumentValues,
  type ASTNode,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

export type AnyField = GraphQLField<unknown, unknown>;
export type Args = Record<string, unknown>;

/** The values of every application of directive `name` on an SDL node. */
export function applied(
  schema: GraphQLSchema,
  node: { astNode?: ASTNode | null | undefined },
  name: string,
): Args[] {
  const directive = schema.getDirective(name);
  const ast = node.astNode as { directives?: readonly DirectiveNode[] } | undefined | null;
  if (!directive || !ast?.directives) return [];
  return ast.directives
    .filter((d) => d.name.value === name)
    .map((d) => getArgumentValues(directive, d) as Args);
}
export const one = (schema: GraphQLSchema, node: { astNode?: ASTNode | null }, name: string) =>
  applied(schema, node, name)[0] ?? null;
