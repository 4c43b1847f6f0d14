/**
 * Bounds on how much one request may ask for, checked before anything runs. Apollo has no
 * execution timeout of its own, so a query nested or aliased without end would otherwise
 * turn into as much database work as its author likes.
 */
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;

export function queryLimits(context: ValidationContext): ASTVisitor {
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // A type's `ofType` is one object, not a list, and ends at the type's few wrappers:
        // its chain costs nothing, and the introspection query every GraphQL IDE sends
        // (GraphiQL's among them) nests it seven deep.
        const level = selection.name.value === 'ofType' ? 0 : 1;
        deepest = Math.max(deepest, level + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = context.getFragment(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set(seen).add(selection.name.value)));
      }
    }
    return deepest;
  };
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases += 1;
    },
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(
          new GraphQLError(`The query is nested ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`, {
            nodes: [node],
          }),
        );
      }
    },
    Document: {
      leave() {
        if (aliases > MAX_ALIASES) {
          context.reportError(
            new GraphQLError(`The query uses ${aliases} aliases; at most ${MAX_ALIASES} are allowed.`),
          );
        }
      },
    },
  };
}
