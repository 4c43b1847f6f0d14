/**
 * Reads a field's sub-selection to learn which relationships its children will follow,
 * so one query can fetch this level and the next (see `traverse`).
 */
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionNode,
} from 'graphql';
import type { Traversal } from '../data/graph-queries.ts';
import { TRAVERSALS } from './traversals.ts';

const subSelections = (selections: readonly SelectionNode[], name: string): SelectionNode[] =>
  selections.flatMap((s) =>
    s.kind === Kind.FIELD && s.name.value === name ? (s.selectionSet?.selections ?? []) : [],
  );

// Every row of a list asks with the same field node: read each selection once.
const cache = new WeakMap<object, Map<string, Traversal[]>>();

export function lookahead(info: GraphQLResolveInfo): Traversal[] {
  const byParent = cache.get(info.fieldNodes[0]!) ?? new Map<string, Traversal[]>();
  cache.set(info.fieldNodes[0]!, byParent);
  let found = byParent.get(info.parentType.name);
  if (!found) byParent.set(info.parentType.name, (found = readSelection(info)));
  return found;
}

function readSelection(info: GraphQLResolveInfo): Traversal[] {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return [];
  let type: GraphQLNamedType = getNamedType(field.type);
  let selections = info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []);
  if (type.name.endsWith('Connection') && isObjectType(type)) {
    // A page's rows sit under edges { node { … } }.
    selections = subSelections(subSelections(selections, 'edges'), 'node');
    const edge = getNamedType(type.getFields().edges?.type);
    const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
    if (node) type = node;
  }
  const possible: readonly GraphQLObjectType[] = isAbstractType(type)
    ? info.schema.getPossibleTypes(type)
    : isObjectType(type)
      ? [type]
      : [];

  const found = new Set<Traversal>();
  const visit = (nodes: readonly SelectionNode[], types: readonly GraphQLObjectType[]) => {
    for (const node of nodes) {
      if (node.kind === Kind.FIELD) {
        for (const t of types) {
          const traversal = TRAVERSALS[t.name]?.[node.name.value];
          if (traversal) found.add(traversal);
        }
      } else {
        const fragment = node.kind === Kind.INLINE_FRAGMENT ? node : info.fragments[node.name.value];
        if (!fragment) continue;
        const condition = fragment.typeCondition?.name.value;
        const narrowed = condition
          ? types.filter((t) => t.name === condition || t.getInterfaces().some((i) => i.name === condition))
          : types;
        visit(fragment.selectionSet.selections, narrowed);
      }
    }
  };
  visit(selections, possible);
  return [...found];
}
