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
import { stepFilter, type FilterArgs, type Needs, type Step, type Traversal } from '../data/steps.ts';
import { isComputed } from './computed-fields.ts';
import { TRAVERSALS } from './traversals.ts';

const subSelections = (selections: readonly SelectionNode[], name: string): SelectionNode[] =>
  selections.flatMap((s) =>
    s.kind === Kind.FIELD && s.name.value === name ? (s.selectionSet?.selections ?? []) : [],
  );

const fieldType = (type: GraphQLNamedType | undefined, name: string): GraphQLNamedType | undefined =>
  isObjectType(type) ? getNamedType(type.getFields()[name]?.type) : undefined;

/** Which side of an EventParticipation is the node the field was asked on; the other side is its row. */
export const parentSide = (parent: string): 'event' | 'agent' => (parent === 'Event' ? 'event' : 'agent');

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
    const side = parentSide(parent.name) === 'event' ? 'agent' : 'event';
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

/** Stored properties a field reads when its name is not one; relationship fields read only `id`. */
const READS: Record<string, readonly string[]> = {
  'Authority.region': ['regionName', 'regionCode'],
  'Judgement.isOverall': ['areaKey'],
  supportedBy: [],
  mentionedIn: [],
};
/** Properties a list's own argument filters on in JS (see list-filters.ts). */
const FILTERED_ON: Record<string, readonly string[]> = { 'Authority.identifiers': ['scheme'] };

const narrow = (types: readonly GraphQLObjectType[], condition: string | undefined) =>
  condition
    ? types.filter((t) => t.name === condition || t.getInterfaces().some((i) => i.name === condition))
    : types;

/** What the fields selected on rows of `types` read, or whole nodes when a field's needs are unknown. */
function needsOf(
  info: GraphQLResolveInfo,
  selections: readonly SelectionNode[],
  types: readonly GraphQLObjectType[],
  extra: readonly string[],
  rel: boolean,
): Needs {
  const props = new Set(extra);
  const visit = (nodes: readonly SelectionNode[], types: readonly GraphQLObjectType[]): boolean =>
    nodes.every((node) => {
      if (node.kind !== Kind.FIELD) {
        const fragment = node.kind === Kind.INLINE_FRAGMENT ? node : info.fragments[node.name.value];
        return (
          !fragment ||
          visit(fragment.selectionSet.selections, narrow(types, fragment.typeCondition?.name.value))
        );
      }
      const name = node.name.value;
      return (
        name === '__typename' ||
        types.every((t) => {
          const field = t.getFields()[name];
          const reads =
            READS[`${t.name}.${name}`] ?? READS[name] ?? (TRAVERSALS[t.name]?.[name] ? [] : undefined);
          if (reads) {
            reads.forEach((p) => props.add(p));
            // A participation hands back the parent itself as one of its sides.
            if (field && getNamedType(field.type).name === 'EventParticipation') {
              return visit(subSelections(node.selectionSet?.selections ?? [], parentSide(t.name)), [t]);
            }
          } else if (field && isComputed(info.schema, field)) return false;
          else if (field) props.add(name);
          return true;
        })
      );
    });
  return { props: visit(selections, types) ? props : null, rel };
}

const isMany = (field: GraphQLField<unknown, unknown>) =>
  isListType(getNullableType(field.type)) || getNamedType(field.type).name.endsWith('Connection');

/** The steps a selection on rows of `types` follows, each with the steps below it. */
function stepsOf(
  info: GraphQLResolveInfo,
  selections: readonly SelectionNode[],
  types: readonly GraphQLObjectType[],
  listLevels: number,
  cut: Map<Traversal, Needs[]>,
): Step[] {
  // Fields reached over the same traversal with the same filter (aliases, fragments,
  // several possible types) share one step, whose next level is what all of them select.
  type Found = {
    traversal: Traversal;
    filter: FilterArgs | null;
    extra: readonly string[];
    rel: boolean;
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
          const rows = rowsOf(t, getNamedType(field.type), node.selectionSet?.selections ?? []);
          if (left < 0) {
            const needs = needsOf(info, rows.selections, possibleTypes(info, rows.type), [], true);
            cut.set(traversal, [...(cut.get(traversal) ?? []), needs]);
            continue;
          }
          const filter = stepFilter(traversal, getArgumentValues(field, node, info.variableValues));
          const id = ids.get(traversal) ?? (ids.set(traversal, ids.size), ids.size - 1);
          const key = `${id}${JSON.stringify(filter)}`;
          const entry = found.get(key) ?? {
            traversal,
            filter,
            extra: FILTERED_ON[`${t.name}.${node.name.value}`] ?? [],
            rel: getNamedType(field.type).name === 'EventParticipation',
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
        visit(fragment.selectionSet.selections, narrow(types, fragment.typeCondition?.name.value));
      }
    }
  };
  visit(selections, types);
  return [...found.values()].map((rows) => ({
    traversal: rows.traversal,
    filter: rows.filter,
    needs: needsOf(info, rows.selections, [...rows.types], rows.extra, rows.rel),
    next: stepsOf(info, rows.selections, [...rows.types], rows.listLevels, cut),
  }));
}

const possibleTypes = (info: GraphQLResolveInfo, type: GraphQLNamedType | undefined) =>
  type && isAbstractType(type) ? info.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];

// Every row of a list asks with the same field nodes, and the parsed document is reused
// across requests: read each selection once per parent type and variables (filters may
// come from variables). A fragment's field node can be merged with different sibling
// fields where it is spread, so the key names all the field nodes being resolved.
const cache = new WeakMap<object, Map<string, Step[]>>();
const fieldsKey = (info: GraphQLResolveInfo) =>
  `${info.parentType.name}@${info.fieldNodes.map((f) => `${f.loc?.start ?? '?'}`).join(',')}`;

/** The steps below the field being resolved: what its rows' own relationship fields will follow. */
export function lookahead(info: GraphQLResolveInfo): Step[] {
  const byParent = cache.get(info.fieldNodes[0]!) ?? new Map<string, Step[]>();
  cache.set(info.fieldNodes[0]!, byParent);
  const key = `${fieldsKey(info)}${JSON.stringify(info.variableValues)}`;
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
  const cut = new Map<Traversal, Needs[]>();
  const steps = stepsOf(info, rows.selections, possibleTypes(info, rows.type), LIST_LEVELS_PER_QUERY, cut);
  return cut.size ? widen(steps, cut) : steps;
}

/**
 * A field below the cut reads what a step above already fetched for the same node (a
 * cycle): that step reads what the field will, so the field needs no query of its own.
 */
function widen(steps: readonly Step[], cut: Map<Traversal, Needs[]>): Step[] {
  return steps.map((step) => {
    let needs = step.needs;
    for (const more of cut.get(step.traversal) ?? []) {
      if (!needs) break;
      needs = {
        props: needs.props && more.props ? new Set([...needs.props, ...more.props]) : null,
        rel: needs.rel || more.rel,
      };
    }
    return { ...step, needs, next: widen(step.next, cut) };
  });
}

const needsCache = new WeakMap<object, Map<string, Needs>>();

/** What the field being resolved reads of the rows it returns (see `needsOf`). */
export function rowNeeds(info: GraphQLResolveInfo): Needs {
  const byParent = needsCache.get(info.fieldNodes[0]!) ?? new Map<string, Needs>();
  needsCache.set(info.fieldNodes[0]!, byParent);
  let found = byParent.get(fieldsKey(info));
  if (!found) {
    const field = info.parentType.getFields()[info.fieldName]!;
    const returns = getNamedType(field.type);
    const selections = info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []);
    const rows = rowsOf(info.parentType, returns, selections);
    const extra = FILTERED_ON[`${info.parentType.name}.${info.fieldName}`] ?? [];
    found = needsOf(
      info,
      rows.selections,
      possibleTypes(info, rows.type),
      extra,
      returns.name === 'EventParticipation',
    );
    byParent.set(fieldsKey(info), found);
  }
  return found;
}
