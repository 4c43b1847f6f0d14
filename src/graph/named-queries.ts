/**
 * Walks and conditions a domain names with `@query`, because no plain walk says them. The
 * graph layer knows them only by name: each domain module brings its own, the schema's
 * composition hands them over once at start-up, and a name the SDL uses that no module
 * defines stops the server there, naming the fields that use it.
 */
import type Cypher from '@neo4j/cypher-builder';
import type { GraphModel } from './model.ts';
import type { StepValues } from './steps.ts';

/** A relationship field answered by a named walk: from `n` to the rows `m`, given the field's arguments. */
export type NamedWalk = (n: Cypher.Node, m: Cypher.Node, values: StepValues) => Cypher.Clause;

/** A filter condition answered by a named query, on the node `n` with the value given. */
export type NamedCondition = (n: Cypher.Node, value: Cypher.Param) => Cypher.Predicate;

export interface NamedQueries {
  walks?: Readonly<Record<string, NamedWalk>>;
  conditions?: Readonly<Record<string, NamedCondition>>;
}

const walks = new Map<string, NamedWalk>();
const conditions = new Map<string, NamedCondition>();

/** Takes each module's named queries; defining a name twice is a mistake, not an override. */
export function defineNamedQueries(model: GraphModel, modules: readonly NamedQueries[]): void {
  const problems: string[] = [];
  const take = <T>(into: Map<string, T>, from: Readonly<Record<string, T>> | undefined, kind: string) => {
    for (const [name, query] of Object.entries(from ?? {})) {
      const known = into.get(name);
      if (known && known !== query) problems.push(`two modules define the named ${kind} "${name}"`);
      into.set(name, query);
    }
  };
  for (const module of modules) {
    take(walks, module.walks, 'walk');
    take(conditions, module.conditions, 'condition');
  }
  for (const [where, relation] of model.relations)
    if (relation.query && !walks.has(relation.query))
      problems.push(`${where} names @query(name: "${relation.query}"), which no module defines`);
  for (const [where, name] of namedConditionsOf(model))
    if (!conditions.has(name))
      problems.push(`${where} names @query(name: "${name}"), which no module defines`);
  if (problems.length) throw new Error(`The named queries are wrong:\n  ${problems.join('\n  ')}`);
}

export function namedWalk(name: string): NamedWalk {
  const walk = walks.get(name);
  if (!walk) throw new Error(`No named walk "${name}" has been defined`);
  return walk;
}

export function namedCondition(name: string): NamedCondition {
  const condition = conditions.get(name);
  if (!condition) throw new Error(`No named condition "${name}" has been defined`);
  return condition;
}

/** Where the model's filters name a condition, as `Type.field(argument)` and the name. */
function* namedConditionsOf(model: GraphModel): Generator<[string, string]> {
  for (const [where, relation] of model.relations)
    for (const [arg, c] of relation.conditions) if (c.kind === 'query') yield [`${where}(${arg})`, c.name];
  for (const [field, list] of model.lists)
    for (const [arg, c] of list.conditions) if (c.kind === 'query') yield [`Query.${field}(${arg})`, c.name];
}
