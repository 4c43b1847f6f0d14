/**
 * Arguments of lists that hang off a node (an authority's inspections, a source's
 * supported facts). The list is already loaded in one batch; these narrow it, asking the
 * batched loaders for any neighbour a condition needs.
 */
import type { Context } from '../context.ts';
import type { NodeRecord } from '../data/records.ts';
import { TRAVERSALS } from './traversals.ts';

type Filter = (nodes: NodeRecord[], args: Record<string, unknown>, context: Context) => Promise<NodeRecord[]>;
type Conditions = Record<string, unknown> | null | undefined;

const overlaps = (node: NodeRecord, prop: string, from: unknown, to: unknown): boolean =>
  (typeof from !== 'string' || String(node[`${prop}Latest`] ?? '9999') >= from) &&
  (typeof to !== 'string' || String(node[`${prop}Earliest`] ?? '0000') <= to);

async function neighbourIds(
  context: Context,
  typeName: string,
  field: string,
  node: NodeRecord,
): Promise<string[]> {
  const traversal = TRAVERSALS[typeName]![field]!;
  return (await context.loaders.related(traversal, node.id)).map((x) => x.node.id);
}

async function inspectionMatches(
  inspection: NodeRecord,
  f: Record<string, unknown>,
  context: Context,
): Promise<boolean> {
  if (Array.isArray(f.frameworks) && !f.frameworks.includes(inspection.framework)) return false;
  if (
    typeof f.authorityId === 'string' &&
    !(await neighbourIds(context, 'Inspection', 'subject', inspection)).includes(f.authorityId)
  )
    return false;
  if (!overlaps(inspection, 'dated', f.from, f.to)) return false;
  if (
    typeof f.serviceId === 'string' &&
    !(await neighbourIds(context, 'Inspection', 'services', inspection)).includes(f.serviceId)
  )
    return false;
  if (
    typeof f.inspectorateId === 'string' &&
    !(await neighbourIds(context, 'Inspection', 'inspectorate', inspection)).includes(f.inspectorateId)
  )
    return false;
  return true;
}

const keep = async (nodes: NodeRecord[], test: (node: NodeRecord) => Promise<boolean>) => {
  const verdicts = await Promise.all(nodes.map(test));
  return nodes.filter((_, i) => verdicts[i]);
};

export const listFilters: Record<string, Filter> = {
  'Authority.identifiers': async (nodes, { scheme }) =>
    scheme ? nodes.filter((n) => n.scheme === scheme) : nodes,

  'Authority.inspections': async (nodes, args, context) => {
    const f = args.filter as Conditions;
    return f ? keep(nodes, (n) => inspectionMatches(n, { ...f, authorityId: undefined }, context)) : nodes;
  },

  'Organisation.inspectionsCarriedOut': async (nodes, args, context) => {
    const f = args.filter as Conditions;
    return f ? keep(nodes, (n) => inspectionMatches(n, { ...f, inspectorateId: undefined }, context)) : nodes;
  },

  'Authority.judgementHistory': async (nodes, args, context) => {
    const f = args.filter as Conditions;
    if (!f) return nodes;
    return keep(nodes, async (j) => {
      if (Array.isArray(f.grades) && !f.grades.includes(j.grade)) return false;
      if (typeof f.overall === 'boolean' && (j.areaKey === 'overall') !== f.overall) return false;
      if (typeof f.areaKey === 'string' && j.areaKey !== f.areaKey) return false;
      const [inspection] = (await context.loaders.related(TRAVERSALS.Judgement!.inspection!, j.id)).map(
        (x) => x.node,
      );
      if (!inspection) return false;
      if (typeof f.inspectionId === 'string' && inspection.id !== f.inspectionId) return false;
      return inspectionMatches(inspection, { frameworks: f.frameworks, from: f.from, to: f.to }, context);
    });
  },

  'Source.supports': async (nodes, { prefixes }) =>
    Array.isArray(prefixes)
      ? nodes.filter((n) => prefixes.some((p: string) => n.id.startsWith(`${p}:`)))
      : nodes,
};
