/**
 * Turns the seed's YAML entries into a plan of nodes, relationships and citations,
 * checking every entry against the GraphQL schema first. Nothing is written unless the
 * whole seed is valid, and every problem names its file, entry and field.
 */
import {
  getNamedType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { MODEL } from '../graph/graph-model.ts';
import { flattenedProperty, references } from '../graph/model.ts';
import { isPartialDate, isDateSpan } from '../partial-date.ts';

export interface Citation {
  source: string;
  locator: string;
  field?: string;
  quote?: string;
  note?: string;
}

export interface PlannedNode {
  id: string;
  type: string;
  props: Record<string, unknown>;
  citations: Citation[];
}

export interface PlannedRelationship {
  from: string;
  type: string;
  to: string;
  /** The field that declared it, so its citations can be narrowed to that field. */
  field: string;
  props: Record<string, unknown>;
  citations: Citation[];
}

export interface SeedPlan {
  nodes: PlannedNode[];
  relationships: PlannedRelationship[];
}

export interface SeedFile {
  name: string;
  content: unknown;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The seed is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'SeedValidationError';
  }
}

const ID_PATTERN = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;
const CITATION_KEYS = new Set(['source', 'locator', 'field', 'quote', 'note']);
/** Top-level YAML collections and the node type of their entries. */
const COLLECTIONS = Object.fromEntries(
  [...MODEL.nodeTypes.values()].flatMap((t) => (t.collection ? [[t.collection, t.name]] : [])),
);
/** Lists of entries written inside another entry: `Type.field` → the entries' type. */
const NESTED = Object.fromEntries(
  [...MODEL.relations.values()].filter((r) => r.nested).map((r) => [`${r.owner}.${r.name}`, r.rows]),
);
/** Fields naming other entries by id: `Type.field` → the relationship stored to each. */
const REFERENCES = Object.fromEntries(references(MODEL));
/** Fields the API computes from stored properties, which the seed never gives. */
const isDerived = (key: string) => MODEL.reads.has(key) && !MODEL.flattened.has(key);
const IDENTIFIERS = MODEL.relations.get('Authority.identifiers')!;

type Entry = Record<string, unknown>;
interface Pending {
  where: string;
  node: PlannedNode;
  refs: { field: string; to: string; allowed: string[]; props: Record<string, unknown>; rel: string }[];
}

export function planSeed(files: SeedFile[], schema: GraphQLSchema): SeedPlan {
  const problems: string[] = [];
  const pending: Pending[] = [];

  const typeOf = (name: string) => schema.getType(name) as GraphQLObjectType;
  const concreteTypes = (named: GraphQLNamedType): string[] =>
    isInterfaceType(named) ? schema.getPossibleTypes(named).map((t) => t.name) : [named.name];

  function visit(entry: unknown, typeName: string, where: string): void {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(`${where}: expected a mapping of fields`);
      return;
    }
    const data = entry as Entry;
    const id = data.id;
    const at = typeof id === 'string' ? `${where} (${id})` : where;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      problems.push(`${at}: field "id" must look like "prefix:kebab-slug"`);
      return;
    }
    const type = typeOf(typeName);
    const fields = type.getFields();
    const node: PlannedNode = { id, type: typeName, props: { id }, citations: [] };
    const item: Pending = { where: at, node, refs: [] };
    pending.push(item);

    node.citations = citations(data.sources, at, fields, 'sources');
    for (const [key, value] of Object.entries(data)) {
      if (key === 'id' || key === 'sources') continue;
      const field = fields[key];
      if (!field) {
        problems.push(`${at}: field "${key}" is not a field of ${typeName}`);
        continue;
      }
      readField(item, typeName, field, value, `${at}: field "${key}"`);
    }
    for (const field of Object.values(fields)) {
      const key = `${typeName}.${field.name}`;
      const stored = !isObjectType(getNamedType(field.type)) && !isInterfaceType(getNamedType(field.type));
      if (isNonNullType(field.type) && stored && !isDerived(key) && field.args.length === 0) {
        if (data[field.name] === undefined || data[field.name] === null) {
          problems.push(`${at}: field "${field.name}" is required`);
        }
      }
    }
  }

  function citations(value: unknown, at: string, fields: Record<string, unknown>, key: string): Citation[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${at}: field "${key}" must be a list of citations`);
      return [];
    }
    return value.flatMap((raw, i): Citation[] => {
      const where = `${at}: ${key}[${i}]`;
      const c = raw as Record<string, unknown>;
      if (!c || typeof c !== 'object' || typeof c.source !== 'string' || typeof c.locator !== 'string') {
        problems.push(`${where}: a citation needs "source" (an id) and "locator" (text)`);
        return [];
      }
      const unknownKey = Object.keys(c).find((k) => !CITATION_KEYS.has(k));
      if (unknownKey) problems.push(`${where}: unknown citation field "${unknownKey}"`);
      if (c.field !== undefined && (typeof c.field !== 'string' || !(c.field in fields))) {
        problems.push(
          `${where}: "field" must name a field of this entry's type (got ${JSON.stringify(c.field)})`,
        );
      }
      return [
        {
          source: c.source,
          locator: c.locator,
          ...(typeof c.field === 'string' ? { field: c.field } : {}),
          ...(typeof c.quote === 'string' ? { quote: c.quote } : {}),
          ...(typeof c.note === 'string' ? { note: c.note } : {}),
        },
      ];
    });
  }

  function readField(
    item: Pending,
    typeName: string,
    field: GraphQLField<unknown, unknown>,
    value: unknown,
    at: string,
  ) {
    const key = `${typeName}.${field.name}`;
    const named = getNamedType(field.type);
    const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);

    if (value === null || value === undefined) {
      if (isNonNullType(field.type) && !list) problems.push(`${at} is required`);
      return;
    }
    if (NESTED[key]) {
      if (!Array.isArray(value)) return void problems.push(`${at} must be a list`);
      value.forEach((child, i) => visit(child, NESTED[key]!, `${at}[${i}]`));
      return;
    }
    const prefix = MODEL.flattened.get(key);
    if (prefix !== undefined) return readFlattened(item, named as GraphQLObjectType, prefix, value, at);
    if (key === 'Authority.identifiers') return readIdentifiers(item, value, at);
    const rel = REFERENCES[key];
    if (rel) {
      const allowed = concreteTypes(named);
      if (key === 'Event.participants') {
        if (!Array.isArray(value)) return void problems.push(`${at} must be a list`);
        value.forEach((p: Record<string, unknown>, i) => {
          if (typeof p?.agent !== 'string' || typeof p.role !== 'string') {
            problems.push(`${at}[${i}] needs "agent" (an id) and "role" (text)`);
          } else {
            const allowedAgents = concreteTypes(schema.getType('Agent')!);
            item.refs.push({
              field: field.name,
              to: p.agent,
              allowed: allowedAgents,
              props: { role: p.role },
              rel,
            });
          }
        });
        return;
      }
      const targets = list ? value : [value];
      if (!Array.isArray(targets) || targets.some((t) => typeof t !== 'string')) {
        return void problems.push(`${at} must be ${list ? 'a list of ids' : 'an id'}`);
      }
      targets.forEach((to: string, order) =>
        item.refs.push({ field: field.name, to, allowed, props: list ? { order } : {}, rel }),
      );
      return;
    }
    const problem = checkValue(named, list, value);
    if (problem) problems.push(`${at} ${problem}`);
    else item.node.props[field.name] = value;
  }

  /** An object stored as prefixed properties of its node (see `@flatten`). */
  function readFlattened(item: Pending, type: GraphQLObjectType, prefix: string, value: unknown, at: string) {
    const object = value as Record<string, unknown>;
    for (const f of Object.values(type.getFields())) {
      const given = object[f.name];
      if (given === undefined || given === null) {
        if (isNonNullType(f.type)) problems.push(`${at} needs a "${f.name}"`);
        continue;
      }
      const problem = checkValue(getNamedType(f.type), false, given);
      if (problem) problems.push(`${at}: "${f.name}" ${problem}`);
      else item.node.props[flattenedProperty(prefix, f.name)] = given;
    }
  }

  function readIdentifiers(item: Pending, value: unknown, at: string) {
    if (!Array.isArray(value)) return void problems.push(`${at} must be a list`);
    const fields = typeOf(IDENTIFIERS.rows).getFields();
    value.forEach((raw: Record<string, unknown>, i) => {
      const where = `${at}[${i}]`;
      const scheme = raw?.scheme;
      const code = raw?.value;
      if (typeof scheme !== 'string' || typeof code !== 'string') {
        return void problems.push(`${where} needs "scheme" and "value"`);
      }
      const props: Record<string, unknown> = {
        id: `identifier:${scheme.toLowerCase()}-${code.toLowerCase()}`,
      };
      for (const [k, v] of Object.entries(raw)) {
        if (k === 'sources' || v === null) continue;
        const f = fields[k];
        if (!f) {
          problems.push(`${where}: field "${k}" is not a field of ${IDENTIFIERS.rows}`);
          continue;
        }
        const problem = checkValue(getNamedType(f.type), false, v);
        if (problem) problems.push(`${where}: field "${k}" ${problem}`);
        else props[k] = v;
      }
      const id = props.id as string;
      pending.push({
        where,
        node: {
          id,
          type: IDENTIFIERS.rows,
          props,
          citations: citations(raw.sources, where, fields, 'sources'),
        },
        refs: [],
      });
      item.refs.push({
        field: 'identifiers',
        to: id,
        allowed: [IDENTIFIERS.rows],
        props: {},
        rel: IDENTIFIERS.hops[0]!.types[0]!,
      });
    });
  }

  function checkValue(named: GraphQLNamedType, list: boolean, value: unknown): string | undefined {
    if (list) {
      if (!Array.isArray(value)) return 'must be a list';
      for (const v of value) {
        const p = checkValue(named, false, v);
        if (p) return p;
      }
      return undefined;
    }
    if (isEnumType(named)) {
      return named.getValue(String(value))
        ? undefined
        : `must be one of ${named
            .getValues()
            .map((v) => v.name)
            .join(', ')} (got ${JSON.stringify(value)})`;
    }
    switch (named.name) {
      case 'PartialDate':
        return isPartialDate(value)
          ? undefined
          : `must be a date like "2009", "2009-09" or "2009-09-30" (got ${JSON.stringify(value)})`;
      case 'DateSpan':
        return isDateSpan(value)
          ? undefined
          : `must be a date or a span like "2011/2012" (got ${JSON.stringify(value)})`;
      case 'String':
      case 'ID':
        return typeof value === 'string' ? undefined : `must be text (got ${JSON.stringify(value)})`;
      case 'URL':
        return typeof value === 'string' && URL.canParse(value)
          ? undefined
          : `must be a URL (got ${JSON.stringify(value)})`;
      case 'Int':
      case 'NonNegativeInt':
      case 'PositiveInt': {
        const min = named.name === 'Int' ? -Infinity : named.name === 'PositiveInt' ? 1 : 0;
        return Number.isInteger(value) && (value as number) >= min
          ? undefined
          : `must be a whole number of at least ${min} (got ${JSON.stringify(value)})`;
      }
      case 'Float':
        return typeof value === 'number' ? undefined : `must be a number (got ${JSON.stringify(value)})`;
      case 'Boolean':
        return typeof value === 'boolean'
          ? undefined
          : `must be true or false (got ${JSON.stringify(value)})`;
      default:
        return `cannot be set from the seed (type ${named.name})`;
    }
  }

  for (const file of files) {
    if (!file.content || typeof file.content !== 'object') {
      problems.push(`${file.name}: expected a mapping of collections`);
      continue;
    }
    for (const [collection, entries] of Object.entries(file.content)) {
      const typeName = COLLECTIONS[collection];
      if (!typeName) {
        problems.push(
          `${file.name}: unknown collection "${collection}" (known: ${Object.keys(COLLECTIONS).join(', ')})`,
        );
        continue;
      }
      if (!Array.isArray(entries)) {
        problems.push(`${file.name}: "${collection}" must be a list`);
        continue;
      }
      entries.forEach((entry, i) => visit(entry, typeName, `${file.name}: ${collection}[${i}]`));
    }
  }

  // References and citations can point anywhere in the seed, so they are checked last.
  const types = new Map<string, string>();
  for (const { node, where } of pending) {
    if (types.has(node.id)) problems.push(`${where}: id "${node.id}" is used twice`);
    types.set(node.id, node.type);
  }
  const relationships: PlannedRelationship[] = [];
  for (const { node, refs, where } of pending) {
    for (const c of node.citations) {
      if (types.get(c.source) !== MODEL.sourceType)
        problems.push(`${where}: citation source "${c.source}" is not a source in the seed`);
    }
    for (const ref of refs) {
      const targetType = types.get(ref.to);
      if (!targetType) {
        problems.push(`${where}: field "${ref.field}" refers to "${ref.to}", which is not in the seed`);
      } else if (!ref.allowed.includes(targetType)) {
        problems.push(
          `${where}: field "${ref.field}" must refer to a ${ref.allowed.join(' or ')}, not a ${targetType}`,
        );
      }
      const own = node.citations.filter((c) => c.field === ref.field);
      relationships.push({
        from: node.id,
        type: ref.rel,
        to: ref.to,
        field: ref.field,
        props: ref.props,
        citations: own.length > 0 ? own : node.citations.filter((c) => c.field === undefined),
      });
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return { nodes: pending.map((p) => p.node), relationships };
}
