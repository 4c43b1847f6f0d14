/**
 * What one query fetches: the relationship fields a selection follows, each with what the
 * fields below it follow in turn, and what its rows' fields read.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { RelationField } from './model.ts';
import { recordOf, type RelatedRecord } from './records.ts';

/**
 * What a selection reads from the nodes a step reaches: `props` (schema field names, never
 * input) or, if null, whole nodes; `rel`, the relationship's properties.
 */
export interface Needs {
  props: ReadonlySet<string> | null;
  rel: boolean;
}

/** The values a field's arguments give its conditions (or its named query), by name. */
export type StepValues = Readonly<Record<string, unknown>>;

/** A relationship field to follow, and the steps to follow from each node it reaches. */
export interface Step {
  /** The field walked; null for the start node itself (a root field by id). */
  relation: RelationField | null;
  /** Values for the relation's conditions or named query; part of the step's identity. */
  values?: StepValues | null;
  /** What the fields on the nodes reached read; absent, whole nodes and relationships. */
  needs?: Needs;
  next: readonly Step[];
}

/** Values as JSON with null ones left out: a value not given and a null one build the same query. */
export const withoutNulls = (values: object): string =>
  JSON.stringify(values, (_key, value: unknown) => (value === null ? undefined : value));

/** What a step reads of the nodes it reaches, as text for keys; empty for whole nodes and relationships. */
export const needsKey = (needs: Needs | undefined): string =>
  needs ? `[${needs.props ? [...needs.props].sort().join() : '*'}${needs.rel ? '+rel' : ''}]` : '';

/** A step's shape, all that the query walking it depends on, as text (see query-cache.ts). */
export function stepKey(step: Step): string {
  const field = step.relation ? `${step.relation.owner}.${step.relation.name}` : '.';
  const values = step.values ? withoutNulls(step.values) : '';
  return `${field}${values}${needsKey(step.needs)}(${step.next.map(stepKey).join(',')})`;
}

/** What a step returns for each node reached: the node, and for each step below it the list it reached. */
export interface Reached extends RelatedRecord {
  next: Reached[][];
}

/** Whether records fetched for `have` serve a field that needs `want` (absent: everything). */
export const covers = (have: Needs | undefined, want: Needs | undefined): boolean =>
  !have ||
  (!!want &&
    (!want.rel || have.rel) &&
    (have.props === null || (want.props !== null && [...want.props].every((p) => have.props!.has(p)))));

/** The values a field's arguments give a step over `relation`; null when none is given. */
export function stepValues(relation: RelationField, args: Record<string, unknown>): StepValues | null {
  // A named query reads all its arguments, given or not: left out is a value too ("today").
  if (relation.query) return Object.fromEntries(relation.args.map((k) => [k, args[k] ?? null]));
  const given = relation.filterArg
    ? ((args.filter as Record<string, unknown> | null | undefined) ?? {})
    : Object.fromEntries([...relation.conditions.keys()].map((k) => [k, args[k]]));
  return Object.values(given).some((v) => v != null) ? given : null;
}

type Raw = {
  node: Neo4jNode | Record<string, unknown>;
  labels?: string[];
  rel?: Record<string, unknown>;
  next?: Raw[][];
};

/** The rows one step of a compiled query reached (see `row` in compiler.ts), as records. */
export function toReached(list: unknown, step: Step): Reached[] {
  const label = step.relation?.rowLabel;
  const labels = label ? [label] : [];
  return (list as Raw[]).map((x) => ({
    node: recordOf(x.node, x.labels ?? labels),
    rel: x.rel ?? {},
    next: step.next.map((below, k) => toReached(x.next?.[k] ?? [], below)),
  }));
}
