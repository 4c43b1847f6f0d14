/**
 * Reads a field's sub-selection, to the bottom, to learn which relationships its
 * descendants will follow, so one query can fetch them all (see `reachedFrom`).
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionNode,
} from 'graphql';
import type { FilterArgs, Step, Traversal } from '../data/steps.ts';
import { TRAVERSALS } from './traversals.ts';

const subSelections = (selections: readonly SelectionNode[], name: string): SelectionNode[] =>
  selections.flatMap((s) =>
    s.kind === Kind.FIELD && s.name.value === name ? (s.selectionSet?.selections ?? []) : [],
  );

const fieldType = (type: GraphQLNamedType | undefined, name: string): GraphQLNamedType | undefined =>
  isObjectType(type) ? getNamedType(type.getFields()[name]?.type) : undefined;

/**
 * The rows a relationship field returns and the selection made on them: a page's rows sit
 * under edges { node { … } }, a participation's under the side that is not the parent.
 */
function rowsOf(
  parent: GraphQLObjectType,
  returns: GraphQLNamedType,
  selections: readonly SelectionNode[],
): { type: GraphQLNamedType | undefined; selections: SelectionNode[] } {
  if (returns.name.endsWith('Connection')) {
    return {
      type: fieldType(fieldType(returns, 'edges'), 'node'),
      selections: subSelections(subSelections(selections, 'edges'), 'node'),
    };
  }
  if (returns.name === 'EventParticipation') {
    const side = parent.name === 'Event' ? 'agent' : 'event';
    return { type: fieldType(returns, side), selections: subSelections(selections, side) };
  }
  return { type: returns, selections: [...selections] };
}

/**
 * How many list-valued levels one query walks below its start. Nested COLLECTs repeat a
 * subtree for every path that reaches it, where a batch per level reads each node once: a
 * selection that cycles (judgementHistory { authority { judgementHistory … } }) would
 * multiply its rows level after level. Single-node levels cost nothing extra and are
 * always included; below the cut, the fields start a batch of their own.
 */
export const LIST_LEVELS_PER_QUERY = 2;

const isMany = (field: GraphQLField<unknown, unknown>) =>
  isListType(getNullableType(field.type)) || getNamedType(field.type).name.endsWith('Connection');

/** The steps a selection on rows of `types` follows, each with the steps below it. */
function stepsOf(
  info: GraphQLResolveInfo,
  selections: readonly SelectionNode[],
  types: readonly GraphQLObjectType[],
  listLevels: number,
): Step[] {
  // Fields reached over the same traversal with the same filter (aliases, fragments,
  // several possible types) share one step, whose next level is what all of them select.
  type Found = {
    traversal: Traversal;
    filter: FilterArgs | null;
    selections: SelectionNode[];
    types: Set<GraphQLObjectType>;
    listLevels: number;
  };
  const found = new Map<string, Found>();
  const ids = new Map<Traversal, number>();
  const visit = (nodes: readonly SelectionNode[], types: readonly GraphQLObjectType[]) => {
    for (const node of nodes) {
      if (node.kind === Kind.FIELD) {
        for (const t of types) {
          const traversal = TRAVERSALS[t.name]?.[node.name.value];
          const field = t.getFields()[node.name.value];
          if (!traversal || !field) continue;
          const left = isMany(field) ? listLevels - 1 : listLevels;
          if (left < 0) continue;
          const rows = rowsOf(t, getNamedType(field.type), node.selectionSet?.selections ?? []);
          const filter = traversal.filters
            ? ((getArgumentValues(field, node, info.variableValues).filter as FilterArgs | null) ?? null)
            : null;
          const id = ids.get(traversal) ?? (ids.set(traversal, ids.size), ids.size - 1);
          const key = `${id}${JSON.stringify(filter)}`;
          const entry = found.get(key) ?? {
            traversal,
            filter,
            selections: [],
            types: new Set(),
            listLevels: left,
          };
          found.set(key, entry);
          entry.selections.push(...rows.selections);
          possibleTypes(info, rows.type).forEach((p) => entry.types.add(p));
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
  visit(selections, types);
  return [...found.values()].map((rows) => ({
    traversal: rows.traversal,
    filter: rows.filter,
    next: stepsOf(info, rows.selections, [...rows.types], rows.listLevels),
  }));
}

const possibleTypes = (info: GraphQLResolveInfo, type: GraphQLNamedType | undefined) =>
  type && isAbstractType(type) ? info.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];

// Every row of a list asks with the same field node, and the parsed document is reused
// across requests: read each selection once per parent type and variables (filters may
// come from variables).
const cache = new WeakMap<object, Map<string, Step[]>>();

/** The steps below the field being resolved: what its rows' own relationship fields will follow. */
export function lookahead(info: GraphQLResolveInfo): Step[] {
  const byParent = cache.get(info.fieldNodes[0]!) ?? new Map<string, Step[]>();
  cache.set(info.fieldNodes[0]!, byParent);
  const key = `${info.parentType.name}${JSON.stringify(info.variableValues)}`;
  let found = byParent.get(key);
  if (byParent.size > 100) byParent.clear();
  if (!found) byParent.set(key, (found = readSelection(info)));
  return found;
}

function readSelection(info: GraphQLResolveInfo): Step[] {
  const returns = getNamedType(info.parentType.getFields()[info.fieldName]?.type);
  if (!returns) return [];
  const selections = info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []);
  const rows = rowsOf(info.parentType, returns, selections);
  return stepsOf(info, rows.selections, possibleTypes(info, rows.type), LIST_LEVELS_PER_QUERY);
}
