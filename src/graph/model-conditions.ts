/** Filter conditions as `@where` and `@query` declare them on filter inputs and arguments. */
import { getNamedType, type ASTNode, type GraphQLSchema } from 'graphql';
import { OPERATORS, type Condition, type Operator } from './model.ts';
import { one, type AnyField } from './sdl-directives.ts';

/** A condition whose paths are still dotted field names, before they are resolved to hops. */
export type Pending =
  | Extract<Condition, { kind: 'query' }>
  | (Extract<Condition, { kind: 'test' }> & { dotted: readonly string[] });

export function conditionOf(
  schema: GraphQLSchema,
  input: { astNode?: ASTNode | null },
  where: string,
  fail: (where: string, what: string) => void,
): Pending | null {
  const query = one(schema, input, 'query');
  if (query) return { kind: 'query', name: query.name as string };
  const w = one(schema, input, 'where');
  if (!w) return null;
  const op = w.op as Operator;
  if (!OPERATORS.includes(op)) fail(where, `@where op "${op}" is not one of ${OPERATORS.join(', ')}`);
  const properties = (w.property as string[] | undefined) ?? [];
  const dotted = (w.path as string[] | undefined) ?? [];
  if (!properties.length && !dotted.length) fail(where, '@where needs a `property` or a `path`');
  if (op === 'EQUALS' && w.value === undefined) fail(where, '@where(op: "EQUALS") needs a `value`');
  return {
    kind: 'test',
    properties: properties.length ? properties : ['id'],
    paths: [],
    dotted,
    op,
    missing: (w.missing as string | undefined) ?? null,
    value: (w.value as string | undefined) ?? null,
  };
}

export function argumentConditions(
  schema: GraphQLSchema,
  field: AnyField,
  where: string,
  fail: (where: string, what: string) => void,
): { conditions: Map<string, Condition>; filterArg: boolean } {
  const conditions = new Map<string, Condition>();
  const filter = field.args.find((a) => a.name === 'filter');
  const filterType = filter && getNamedType(filter.type);
  if (filterType && 'getFields' in filterType) {
    for (const input of Object.values(filterType.getFields())) {
      const c = conditionOf(schema, input, `${filterType.name}.${input.name}`, fail);
      if (c) conditions.set(input.name, c);
    }
    return { conditions, filterArg: true };
  }
  for (const arg of field.args) {
    const c = conditionOf(schema, arg, `${where}(${arg.name})`, fail);
    if (c) conditions.set(arg.name, c);
  }
  return { conditions, filterArg: false };
}
