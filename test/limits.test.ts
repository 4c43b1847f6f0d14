import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { describe, expect, it } from 'vitest';
import {
  MAX_SPREAD_FIELDS,
  MAX_STRING_LENGTH,
  MAX_VARIABLE_DEPTH,
  parseOptions,
  validationRules,
  variablesProblem,
} from '../src/http/limits.ts';
import { costEstimator, DEFAULT_LIST_SIZE, MAX_COST } from '../src/http/query-cost.ts';
import { loadTypeDefs } from '../src/graph/schema-files.ts';

const schema = buildSchema(loadTypeDefs());
const estimator = costEstimator(schema);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [estimator] });
const problems = (query: string) =>
  validate(schema, parse(query, parseOptions), validationRules).map((e) => e.message);

describe('the cost estimate', () => {
  it('prices a field at one and an object at one plus what is below it', () => {
    expect(cost('{ __typename }')).toBe(1);
    expect(cost('{ authority(id: "a") { name kind } }')).toBe(3);
  });

  it("multiplies a page by its `first`, given in the query, by a variable, or by the argument's default", () => {
    const page = (first: string) => `{ authorities${first} { edges { node { id name } } } }`;
    // The edges are sized by the connection (@listSize(assumedSize: 1)): 1 + 1 × (1 + 2).
    expect(cost(page('(first: 7)'))).toBe(1 + 7 * 4);
    expect(
      cost('query($n: PositiveInt) { authorities(first: $n) { edges { node { id name } } } }', { n: 7 }),
    ).toBe(1 + 7 * 4);
    expect(cost(page(''))).toBe(1 + 20 * 4);
  });

  it('prices a list without a page size at the default size, and one the SDL sizes at its size', () => {
    expect(cost('{ authority(id: "a") { services { name } } }')).toBe(1 + (1 + DEFAULT_LIST_SIZE * 1));
    expect(cost('{ authority(id: "a") { neighbourOf { rank } } }')).toBe(1 + (1 + 25 * 1));
  });

  it('prices a list of ids at the number of ids asked for', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `authority:a${i}`);
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect(cost(query, { ids })).toBe(1 + 100 * 1);
    expect(cost(query, { ids: ids.slice(0, 3) })).toBe(1 + DEFAULT_LIST_SIZE * 1);
  });

  it('lets the introspection query IDEs send through, and refuses thirty copies of the schema', () => {
    const introspection = cost(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(introspection).toBeLessThan(MAX_COST / 2);
    const copies = Array.from(
      { length: 30 },
      (_, i) =>
        `s${i}: __schema { types { name fields { name args { name type { name } } type { name ofType { name } } } } }`,
    );
    expect(cost(`{ ${copies.join(' ')} }`)).toBeGreaterThan(MAX_COST);
  });

  it('prices thirty aliases of 100 authorities with 100 inspections each far over the budget', () => {
    const page =
      'authorities(first: 100) { edges { node { inspections(first: 100) { edges { node { id } } } } } }';
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    expect(cost(query)).toBeGreaterThan(30 * 100 * 100);
  });
});

describe('the checks before execution', () => {
  const doubling = (levels: number) =>
    `{ ...F0 } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on Query { __typename }`;

  it('count the fields of fragments spread into one another, each fragment once', () => {
    // 2^40 fields: counted by walking them, this test would never end.
    expect(problems(doubling(40))).toContain(
      `The query selects more than a billion fields once its fragments are spread; at most ${MAX_SPREAD_FIELDS} are allowed.`,
    );
    expect(problems(doubling(9))).toEqual([]);
  });

  it('refuse mutations and subscriptions by name', () => {
    expect(problems('mutation { x }')).toContain(
      'This API answers queries only: mutation operations are not supported.',
    );
    expect(problems('subscription { x }')).toContain(
      'This API answers queries only: subscription operations are not supported.',
    );
  });

  it('refuse argument values nested too deep', () => {
    const nested = (depth: number) => `{ nodes(ids: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`;
    expect(problems(nested(MAX_VARIABLE_DEPTH + 1))).toContain(
      `An argument nests lists and objects more than ${MAX_VARIABLE_DEPTH} levels deep.`,
    );
    expect(problems(nested(MAX_VARIABLE_DEPTH)).join()).not.toMatch(/levels deep/);
  });

  it('find long strings and deep nesting in variables, however deep, naming the variable', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    expect(variablesProblem({ p: deep })).toMatch(
      /^Variable \$p\.a\.a.* nests lists and objects more than 20 levels deep\.$/,
    );
    expect(variablesProblem({ ids: ['a', 'x'.repeat(MAX_STRING_LENGTH + 1)] })).toBe(
      `Variable $ids[1] is a string of ${MAX_STRING_LENGTH + 1} characters; at most ${MAX_STRING_LENGTH} are allowed.`,
    );
    expect(variablesProblem({ p: { a: [1, 'two', { b: null }] } })).toBeUndefined();
  });
});
