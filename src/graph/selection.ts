/**
 * Reads a field's sub-selection, to the bottom, to learn which relationships its
 * descendants will follow and what they read, so one query can fetch them all. The
 * selection is read by graphql-parse-resolve-info, which resolves fragments, aliases,
 * variables, `@skip` and `@include` as graphql-js's executor does.
 */
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import { isComputed } from './computed-fields.ts';
import { MODEL } from './graph-model.ts';
import type { RelationField } from './model.ts';
import { stepValues, type Needs, type Step, type StepValues } from './steps.ts';

/**
 * How many list-valued levels one query walks below its start. Nested COLLECTs repeat a
 * subtree for every path that reaches it, where a batch per level reads each node once: a
 * selection that cycles (judgementHistory { authority { judgementHistory … } }) would
 * multiply its rows level after level. Single-node levels cost nothing extra and are
 * always included; below the cut, the fields start a batch of their own.
 */
export const LIST_LEVELS_PER_QUERY = 2;

type Selections = readonly FieldsByTypeName[];

/** The fields selected on an object of `type`: those asked on it, or on an interface or union it belongs to. */
function fieldsOn(schema: GraphQLSchema, selections: Selections, type: GraphQLObjectType): ResolveTree[] {
  return selections.flatMap((byType) =>
    Object.entries(byType).flatMap(([name, fields]) => {
      const on = schema.getType(name);
      const applies = on === type || (on && isAbstractType(on) && schema.isSubType(on, type));
      return applies ? Object.values(fields) : [];
    }),
  );
}

/** The selections made below the fields called `name`, whatever type they were asked on. */
const below = (selections: Selections, name: string): FieldsByTypeName[] =>
  selections.flatMap((byType) =>
    Object.values(byType).flatMap((fields) =>
      Object.values(fields)
        .filter((f) => f.name === name)
        .map((f) => f.fieldsByTypeName),
    ),
  );

/** The selections on the rows a relation returns: a page's under edges { node }, a participation's under its row side. */
function rowSelections(relation: Pick<RelationField, 'shape' | 'sides'>, selections: Selections): Selections {
  if (relation.shape === 'connection') return below(below(selections, 'edges'), 'node');
  if (relation.sides) return below(selections, relation.sides.row);
  return selections;
}

const possibleTypes = (schema: GraphQLSchema, type: GraphQLNamedType | undefined | null) =>
  type && isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];

/** What the fields selected on rows of `types` read, or whole nodes when a field's reads are unknown. */
function needsOf(
  schema: GraphQLSchema,
  selections: Selections,
  types: readonly GraphQLObjectType[],
  rel: boolean,
): Needs {
  const props = new Set<string>();
  const visit = (selections: Selections, types: readonly GraphQLObjectType[]): boolean =>
    types.every((t) =>
      fieldsOn(schema, selections, t).every((f) => {
        if (f.name === '__typename') return true;
        const key = `${t.name}.${f.name}`;
        const reads = MODEL.reads.get(key);
        const relation = MODEL.relations.get(key);
        const field = t.getFields()[f.name];
        if (reads) reads.forEach((p) => props.add(p));
        // A participation hands back the parent itself as one of its sides.
        else if (relation?.sides) return visit(below([f.fieldsByTypeName], relation.sides.parent), [t]);
        else if (relation || !field) return true;
        else if (isComputed(schema, field)) return false;
        else props.add(f.name);
        return true;
      }),
    );
  return { props: visit(selections, types) ? props : null, rel };
}

/** Needs met by the fields below the cut, by the walk they repeat. */
type Cut = Map<string, Needs[]>;

/** The steps a selection on rows of `types` follows, each with the steps below it. */
function stepsOf(
  schema: GraphQLSchema,
  selections: Selections,
  types: readonly GraphQLObjectType[],
  listLevels: number,
  cut: Cut,
): Step[] {
  // Fields walking alike with the same values (aliases, fragments, several possible types)
  // share one step, whose next level is what all of them select.
  type Found = {
    relation: RelationField;
    values: StepValues | null;
    selections: FieldsByTypeName[];
    types: Set<GraphQLObjectType>;
    listLevels: number;
  };
  const found = new Map<string, Found>();
  for (const t of types) {
    for (const f of fieldsOn(schema, selections, t)) {
      const relation = MODEL.relations.get(`${t.name}.${f.name}`);
      if (!relation) continue;
      const left = relation.shape === 'one' ? listLevels : listLevels - 1;
      const rows = rowSelections(relation, [f.fieldsByTypeName]);
      const rowTypes = possibleTypes(schema, schema.getType(relation.rows));
      if (left < 0) {
        cut.set(relation.walk, [...(cut.get(relation.walk) ?? []), needsOf(schema, rows, rowTypes, true)]);
        continue;
      }
      const values = stepValues(relation, f.args);
      const key = `${relation.walk}${JSON.stringify(values)}`;
      const entry = found.get(key) ?? {
        relation,
        values,
        selections: [],
        types: new Set(),
        listLevels: left,
      };
      found.set(key, entry);
      entry.selections.push(...rows);
      rowTypes.forEach((p) => entry.types.add(p));
    }
  }
  return [...found.values()].map((rows) => ({
    relation: rows.relation,
    values: rows.values,
    needs: needsOf(schema, rows.selections, [...rows.types], rows.relation.shape === 'participation'),
    next: stepsOf(schema, rows.selections, [...rows.types], rows.listLevels, cut),
  }));
}

/**
 * A field below the cut reads what a step above already fetched for the same node (a
 * cycle): that step reads what the field will, so the field needs no query of its own.
 */
function widen(steps: readonly Step[], cut: Cut): Step[] {
  return steps.map((step) => {
    let needs = step.needs;
    for (const more of (step.relation && cut.get(step.relation.walk)) || []) {
      if (!needs) break;
      needs = {
        props: needs.props && more.props ? new Set([...needs.props, ...more.props]) : null,
        rel: needs.rel || more.rel,
      };
    }
    return { ...step, needs, next: widen(step.next, cut) };
  });
}

interface Read {
  steps: Step[];
  needs: Needs;
}

// Every row of a list asks with the same field nodes, and the parsed document is reused
// across requests: read each selection once per parent type and variables (filters may
// come from variables). A fragment's field node can be merged with different sibling
// fields where it is spread, so the key names all the field nodes being resolved.
const cache = new WeakMap<object, Map<string, Read>>();

function read(info: GraphQLResolveInfo): Read {
  const byParent = cache.get(info.fieldNodes[0]!) ?? new Map<string, Read>();
  cache.set(info.fieldNodes[0]!, byParent);
  const key = `${info.parentType.name}@${info.fieldNodes.map((f) => f.loc?.start ?? '?').join(',')}${JSON.stringify(info.variableValues)}`;
  let found = byParent.get(key);
  if (byParent.size > 100) byParent.clear();
  if (!found) byParent.set(key, (found = readSelection(info)));
  return found;
}

function readSelection(info: GraphQLResolveInfo): Read {
  const tree = parseResolveInfo(info) as ResolveTree;
  const relation = MODEL.relations.get(`${info.parentType.name}.${info.fieldName}`);
  // A root field returns a node by id, or a page of a list.
  const list = info.parentType === info.schema.getQueryType() ? MODEL.lists.get(info.fieldName) : undefined;
  const shape = relation ?? { shape: list ? 'connection' : 'one', sides: null };
  const rowType = info.schema.getType(relation?.rows ?? list?.type ?? getNamedType(info.returnType).name);
  const rows = rowSelections(shape, [tree.fieldsByTypeName]);
  const types = possibleTypes(info.schema, rowType);
  const cut: Cut = new Map();
  const steps = stepsOf(info.schema, rows, types, LIST_LEVELS_PER_QUERY, cut);
  const needs = needsOf(info.schema, rows, types, relation?.shape === 'participation');
  return { steps: cut.size ? widen(steps, cut) : steps, needs };
}

/** The steps below the field being resolved: what its rows' own relationship fields will follow. */
export const lookahead = (info: GraphQLResolveInfo): Step[] => read(info).steps;

/** What the field being resolved reads of the rows it returns. */
export const rowNeeds = (info: GraphQLResolveInfo): Needs => read(info).needs;

/**
 * Whether the field being resolved selects `child` (under any alias, fragment or type), so
 * a research query can leave out what nobody asked for.
 */
export function selects(info: GraphQLResolveInfo, child: string): boolean {
  return childrenOf(info, child) !== null;
}

/**
 * The names of the fields selected on `child` of the field being resolved (under any alias,
 * fragment or type); null when `child` is not selected.
 */
export function childrenOf(info: GraphQLResolveInfo, child: string): Set<string> | null {
  const tree = parseResolveInfo(info) as ResolveTree;
  const found = Object.values(tree.fieldsByTypeName).flatMap((fields) =>
    Object.values(fields).filter((field) => field.name === child),
  );
  if (found.length === 0) return null;
  return new Set(
    found
      .flatMap((field) => Object.values(field.fieldsByTypeName).flatMap((fields) => Object.values(fields)))
      .map((field) => field.name),
  );
}
