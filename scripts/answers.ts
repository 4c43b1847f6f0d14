/**
 * `npm run answers -- record FILE` / `npm run answers -- compare FILE`: the answers of a
 * broad corpus of operations, written down before a change to how answers are computed and
 * compared after it, answer by answer, byte for byte.
 *
 * The corpus: every example query in the README, every client operation, the playground's
 * examples, and operations generated from the schema itself: each root field that takes an
 * id, for ids of its type taken from the graph, at one and two levels of selection; each
 * root list at several page sizes, in every order its `orderBy` offers, with each value
 * its filter can take without knowing the data, and its second page by cursor. A generated selection takes every field without required arguments: scalars at
 * the last level, objects and lists one level further.
 *
 * Answers depend on the graph and, where a field reads "today", on the day: record and
 * compare against the same load on the same day.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/graph/database.ts';
import { ENTITY_LABEL } from '../src/graph/model.ts';
import { fromRoot } from '../src/paths.ts';
import { loadTypeDefs } from '../src/graph/schema-files.ts';
import { startServer } from '../src/http/server.ts';
import { neo4jForRun } from './local-neo4j.ts';

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const schema = buildSchema(loadTypeDefs());

/** Variables for the client operations, which declare them. */
const CLIENT_VARIABLES: Record<string, Record<string, unknown>> = {
  'authorities-page.graphql': { filter: { regionCode: 'E12000009' }, first: 10 },
  'authority-history.graphql': { id: 'authority:cornwall', overallOnly: true },
  'cypher.graphql': { query: 'MATCH (a:Authority) RETURN a.name AS name ORDER BY name LIMIT 5' },
  'neighbourhood.graphql': { id: 'authority:cornwall', depth: 1 },
  'node-details.graphql': { id: 'authority:cornwall' },
  'node.graphql': { id: 'person:dean-ashton' },
  'person.graphql': { id: 'person:dawn-primarolo' },
  'search-entities.graphql': { text: 'Cornwall' },
  'statement.graphql': { id: 'statement:cornwall-2009-apology' },
};

function written(): Operation[] {
  const readme = readFileSync(fromRoot('README.md'), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `readme ${i + 1}`,
    query: m[1]!,
  }));
  const clientDir = fromRoot('src/client/operations');
  const client = readdirSync(clientDir).map((file) => ({
    name: `client ${file}`,
    query: readFileSync(`${clientDir}/${file}`, 'utf8'),
    variables: CLIENT_VARIABLES[file] ?? {},
  }));
  const playDir = fromRoot('src/browser/playground/examples');
  const playground = readdirSync(playDir).map((file) => ({
    name: `playground ${file}`,
    query: readFileSync(`${playDir}/${file}`, 'utf8'),
  }));
  return [...examples, ...client, ...playground];
}

const takesNoRequiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** Every field without required arguments: scalars at the last level, objects `depth` levels on. */
function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) {
    return `{ __typename ${type
      .getTypes()
      .map((t) => `... on ${t.name} ${selection(t, depth)}`)
      .join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields())
    .filter(takesNoRequiredArgs)
    .map((field) => {
      const inner = getNamedType(field.type);
      if (isLeafType(inner)) return field.name;
      return depth > 0 ? `${field.name} ${selection(inner, depth - 1)}` : '';
    })
    .filter(Boolean);
  return `{ __typename ${fields.join(' ')} }`;
}

const rootFields = () => Object.values(schema.getQueryType()!.getFields());

/**
 * One filter per value a root list's filter can take without knowing the data: each
 * boolean both ways, each enum value (alone, in a list where the field takes a list), and
 * a day for each date.
 */
function filterVariations(field: GraphQLField<unknown, unknown>): Record<string, unknown>[] {
  const filterArg = field.args.find((a) => a.name === 'filter');
  const input = filterArg && getNamedType(filterArg.type);
  if (!input || !isInputObjectType(input)) return [];
  return Object.values(input.getFields()).flatMap((f) => {
    const type = getNamedType(f.type);
    const list = isListType(isNonNullType(f.type) ? f.type.ofType : f.type);
    const values: unknown[] =
      type.name === 'Boolean'
        ? [true, false]
        : isEnumType(type)
          ? type.getValues().map((v) => v.name)
          : type.name === 'Date'
            ? ['2016-06-30']
            : [];
    return values.map((value) => ({ [f.name]: list ? [value] : value }));
  });
}

/**
 * Lists inside a node that take a filter (an authority's inspections, say): each filter
 * variation, under a root field by id, for a few nodes of the parent type.
 */
function nestedFilters(idsByType: Map<string, string[]>): Operation[] {
  const operations: Operation[] = [];
  const byId = rootFields().filter(
    (f) => isInterfaceType(getNamedType(f.type)) && f.args.length === 1 && f.args[0]!.name === 'id',
  )[0];
  if (!byId) return operations;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === schema.getQueryType() || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const filterArg = field.args.find((a) => a.name === 'filter');
      if (!filterArg) continue;
      const item = getNamedType(field.type);
      for (const id of (idsByType.get(type.name) ?? []).slice(0, 2))
        for (const filter of filterVariations(field))
          operations.push({
            name: `${type.name}(${id}).${field.name} filter ${JSON.stringify(filter)}`,
            query: `query($id: ID!, $filter: ${getNamedType(filterArg.type).name}) { ${byId.name}(id: $id) { ... on ${type.name} { ${field.name}(filter: $filter) ${selection(item, 0)} } } }`,
            variables: { id, filter },
          });
    }
  }
  return operations;
}

/**
 * The test suite's own operations, as `ANSWERS_CAPTURE=FILE npx vitest run` wrote them down
 * (one JSON body a line): each distinct body once, named by its digest so that the order
 * the suite ran in does not matter.
 */
function fromTests(file: string | undefined): Operation[] {
  if (!file) return [];
  const bodies = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  return [...bodies].sort().flatMap((line) => {
    const body = JSON.parse(line) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof body.query !== 'string') return [];
    const digest = createHash('sha256').update(line).digest('hex').slice(0, 12);
    return [{ name: `test ${digest}`, query: body.query, variables: body.variables }];
  });
}

/** Root fields answering one node by id, and the root lists with a page, as (field, type). */
function generated(idsByType: Map<string, string[]>): Operation[] {
  const operations: Operation[] = [];
  for (const field of rootFields()) {
    const type = getNamedType(field.type);
    const idArg = field.args.find((a) => a.name === 'id');
    if (
      idArg &&
      field.args.every((a) => a === idArg || !isNonNullType(a.type) || a.defaultValue !== undefined)
    ) {
      const ids = idsByType.get(type.name) ?? [...idsByType.values()].flat().slice(0, 3);
      for (const id of ids.slice(0, 3))
        for (const depth of [0, 1])
          operations.push({
            name: `${field.name}(${id}) depth ${depth + 1}`,
            query: `query($id: ID!) { ${field.name}(id: $id) ${selection(type, depth)} }`,
            variables: { id },
          });
    }
    const edges = isObjectType(type) ? type.getFields().edges : undefined;
    if (!edges || !takesNoRequiredArgs(field)) continue;
    const node = getNamedType(
      (
        getNamedType(edges.type) as { getFields(): Record<string, GraphQLField<unknown, unknown>> }
      ).getFields().node!.type,
    );
    const orderArg = field.args.find((a) => a.name === 'orderBy');
    const orderType = orderArg && getNamedType(orderArg.type);
    const orders: (Record<string, string> | undefined)[] = [undefined];
    if (orderType && isInputObjectType(orderType)) {
      const fieldEnum = getNamedType(orderType.getFields().field!.type);
      if (isEnumType(fieldEnum))
        for (const value of fieldEnum.getValues())
          for (const direction of ['ASC', 'DESC']) orders.push({ field: value.name, direction });
    }
    for (const filter of filterVariations(field))
      operations.push({
        name: `${field.name} filter ${JSON.stringify(filter)}`,
        query: `query($filter: ${getNamedType(field.args.find((a) => a.name === 'filter')!.type).name}) { ${field.name}(first: 20, filter: $filter) { edges { node ${selection(node, 0)} } } }`,
        variables: { filter },
      });
    for (const order of orders)
      for (const first of [1, 7, 20])
        for (const depth of [0, 1]) {
          if (depth === 1 && first !== 7) continue;
          const args = `(first: $first${order ? ', orderBy: $order' : ''}, after: $after)`;
          const vars = `$first: PositiveInt, $after: String${order ? `, $order: ${orderType!.name}` : ''}`;
          operations.push({
            name: `${field.name} first ${first}${order ? ` ${order.field} ${order.direction}` : ''} depth ${depth + 1}`,
            query: `query(${vars}) { ${field.name}${args} { pageInfo { hasNextPage endCursor } edges { cursor node ${selection(node, depth)} } } }`,
            variables: { first, after: null, ...(order ? { order } : {}) },
          });
        }
  }
  return operations;
}

async function run(url: string, operation: Operation): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  return `${response.status} ${await response.text()}`;
}

/** Ids of each node type, a few each, from the graph. */
async function someIds(db: Database): Promise<Map<string, string[]>> {
  const { records } = await db.driver.executeQuery(
    `MATCH (n:${ENTITY_LABEL}) WITH [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS type, n.id AS id ORDER BY type, id
     WITH type, collect(id) AS ids RETURN type, ids[0..3] AS ids`,
  );
  return new Map(records.map((r) => [r.get('type') as string, r.get('ids') as string[]]));
}

/**
 * The answers of the whole corpus, from this checkout's API or, when ANSWERS_URL names one,
 * from an API already running (another checkout's, to record what older code answers).
 */
async function answers(env: NodeJS.ProcessEnv, tests: string | undefined): Promise<Map<string, string>> {
  const db = new Database(loadConfig({ ...env, HOST: '127.0.0.1', PORT: '0' }).neo4j);
  const server = env.ANSWERS_URL
    ? { url: env.ANSWERS_URL, stop: async () => {} }
    : await startServer({ host: '127.0.0.1', port: 0 }, db);
  try {
    const ids = await someIds(db);
    const corpus = [...written(), ...generated(ids), ...nestedFilters(ids), ...fromTests(tests)];
    const out = new Map<string, string>();
    for (const operation of corpus) {
      const answer = await run(server.url, operation);
      out.set(operation.name, answer);
      // A second page for every first page that has one: the cursor as the API gave it.
      const end = /"endCursor":"([^"]+)"/.exec(answer)?.[1];
      if (end && /"hasNextPage":true/.test(answer) && operation.variables && 'after' in operation.variables) {
        const next = {
          ...operation,
          name: `${operation.name} page 2`,
          variables: { ...operation.variables, after: end },
        };
        out.set(next.name, await run(server.url, next));
      }
    }
    return out;
  } finally {
    await server.stop();
    await db.close();
  }
}

async function main(): Promise<void> {
  const [mode, file, flag, tests] = process.argv.slice(2);
  if (
    (mode !== 'record' && mode !== 'compare') ||
    !file ||
    (flag !== undefined && (flag !== '--tests' || !tests))
  ) {
    throw new Error('Usage: npm run answers -- record|compare FILE [--tests CAPTURED_OPERATIONS]');
  }
  const { env, release } = await neo4jForRun({ ...process.env });
  try {
    const now = await answers(env, tests);
    if (mode === 'record') {
      writeFileSync(file, JSON.stringify(Object.fromEntries(now), null, 1));
      console.log(`Recorded ${now.size} answers in ${file}.`);
      return;
    }
    const before = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
    const differ = [...before.keys()].filter((name) => now.get(name) !== before.get(name));
    const added = [...now.keys()].filter((name) => !before.has(name));
    for (const name of differ)
      console.log(
        `differs: ${name}\n  before: ${before.get(name)?.slice(0, 300)}\n  now:    ${now.get(name)?.slice(0, 300) ?? '(not asked)'}`,
      );
    for (const name of added) console.log(`new: ${name}`);
    console.log(
      `${before.size - differ.length} of ${before.size} answers byte-identical; ${differ.length} differ, ${added.length} new.`,
    );
    if (differ.length > 0) process.exitCode = 1;
  } finally {
    await release();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
