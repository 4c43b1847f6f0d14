/** Hostile requests beyond the document: oversized input, batches, introspection, operations, hashes and cost. */
import {
  MAX_ALIASES,
  MAX_BODY_BYTES,
  MAX_BODY_DEPTH,
  MAX_DEPTH,
  MAX_DOCUMENT_LENGTH,
  MAX_STRING_LENGTH,
  MAX_VARIABLE_DEPTH,
} from '../../src/http/limits.ts';
import { range, refusedAs, sha256, unlessTooLong, type HostileRequest } from './refusals.ts';

export function inputAttacks(): HostileRequest[] {
  const search = 'query Find($text: String!) { search(text: $text) { score } }';
  const strings = [MAX_STRING_LENGTH + 1, 40_000, 60_000].map((n) => ({
    category: 'oversized input' as const,
    name: `a search variable of ${n} characters`,
    body: { query: search, variables: { text: 'x'.repeat(n) } },
    ...refusedAs.string,
  }));
  const inList = [MAX_STRING_LENGTH + 1, 50_000].map((n) => ({
    category: 'oversized input' as const,
    name: `an id of ${n} characters inside a list variable`,
    body: {
      query: 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: ['a', 'x'.repeat(n)] },
    },
    ...refusedAs.string,
  }));
  const literals = [MAX_DOCUMENT_LENGTH, 30_000, 60_000, 200_000].map((n) => ({
    category: 'oversized input' as const,
    name: `a string literal of ${n} characters`,
    body: { query: `{ search(text: "${'y'.repeat(n)}") { score } }` },
    ...unlessTooLong(`{ search(text: "${'y'.repeat(n)}") { score } }`, refusedAs.document),
  }));
  const blockString = {
    category: 'oversized input' as const,
    name: 'a block string of 40,000 characters, one per line',
    body: { query: `{ search(text: """${'z\n'.repeat(20_000)}""") { score } }` },
    ...refusedAs.document,
  };
  const cypher = 'query Run($p: JSON) { cypher(query: "RETURN $p AS p", params: $p) { rows } }';
  // Written as text: JSON.stringify itself recurses, and would overflow before the server saw them.
  const deepJsonText = (depth: number, open: string, close: string) =>
    `{"query": ${JSON.stringify(cypher)}, "variables": {"p": ${open.repeat(depth)}1${close.repeat(depth)}}}`;
  // The body's own object and its variables are two levels of its JSON.
  const deepRefusal = (text: string, depth: number) =>
    text.length > MAX_BODY_BYTES
      ? refusedAs.bodySize
      : depth + 2 > MAX_BODY_DEPTH
        ? refusedAs.bodyDepth
        : refusedAs.varDepth;
  const deepVariables = [MAX_VARIABLE_DEPTH + 1, 40, 100, 1000, 10_000, 100_000].flatMap((depth) =>
    (
      [
        ['objects', '{"a": ', '}'],
        ['lists', '[', ']'],
      ] as const
    ).map(([kind, open, close]) => ({
      category: 'oversized input' as const,
      name: `Cypher parameters as ${kind} nested ${depth} deep`,
      body: deepJsonText(depth, open, close),
      raw: true,
      ...deepRefusal(deepJsonText(depth, open, close), depth),
    })),
  );
  const tooLarge = [MAX_BODY_BYTES + 1, 1_100_000].map((n) => ({
    category: 'oversized input' as const,
    name: `a body of ${n} bytes`,
    body: `{"query": "{ __typename }", "variables": {"pad": "${'p'.repeat(n)}"}}`,
    raw: true,
    ...refusedAs.bodySize,
  }));
  const notJson = {
    category: 'oversized input' as const,
    name: 'a body cut off mid-JSON',
    body: `{"query": "${'{ __typename }'.repeat(100)}`,
    raw: true,
    status: 400,
    code: 'BAD_REQUEST',
    message: /not valid JSON/,
  };
  const deepJson = {
    category: 'oversized input' as const,
    name: 'a body of 30,000 nested JSON arrays',
    body: `{"query": "{ __typename }", "variables": {"v": ${'['.repeat(30_000)}${']'.repeat(30_000)}}}`,
    raw: true,
    ...refusedAs.bodyDepth,
  };
  return [...strings, ...inList, ...literals, blockString, ...deepVariables, ...tooLarge, notJson, deepJson];
}

export function batches(): HostileRequest[] {
  return [1, 2, 10, 100, 1000].map((n) => ({
    category: 'batch' as const,
    name: `a batch of ${n} operations`,
    body: range(n).map(() => ({ query: '{ authorities(first: 100) { totalCount } }' })),
    ...refusedAs.batch,
  }));
}

export function introspectionAttacks(): HostileRequest[] {
  const fieldsDeep = (levels: number) =>
    `{ __schema { types { ${'fields { type { '.repeat(levels)}name${' } }'.repeat(levels)} } } }`;
  const deep = [4, 6, 10, 50].map((levels) => ({
    category: 'introspection amplification' as const,
    name: `fields and their types nested ${levels} deep`,
    body: { query: fieldsDeep(levels) },
    ...refusedAs.introspectionDepth,
  }));
  const ofTypes = [3, 5].map((levels) => ({
    category: 'introspection amplification' as const,
    name: `fields reached through ofType, ${levels} times over`,
    body: {
      query: `{ __schema { types { ${'fields { type { ofType { '.repeat(levels)}name${' } } }'.repeat(levels)} } } }`,
    },
    ...refusedAs.introspectionDepth,
  }));
  const full =
    '__schema { types { name fields { name args { name type { name } } type { name ofType { name } } } } }';
  const fragment =
    'fragment S on __Schema { types { name description interfaces { name } enumValues { name } fields { name description args { name type { name } } type { name ofType { name } } } } }';
  const aliased = [
    ['fields, written out', full, ''],
    ['fields and descriptions, from one fragment', '__schema { ...S }', fragment],
  ].map(([what, selection, fragments]) => ({
    category: 'introspection amplification' as const,
    name: `the whole schema's ${what}, under ${MAX_ALIASES} aliases`,
    body: {
      query: `{ ${range(MAX_ALIASES)
        .map((i) => `s${i}: ${selection}`)
        .join(' ')} } ${fragments}`,
    },
    ...refusedAs.cost,
  }));
  const interfaces = {
    category: 'introspection amplification' as const,
    name: 'interfaces, their possible types and their interfaces, nested',
    body: {
      query:
        '{ __schema { types { interfaces { possibleTypes { interfaces { possibleTypes { interfaces { name } } } } } } } }',
    },
    ...refusedAs.introspectionDepth,
  };
  // `__type`, unlike `__schema`, counts towards the depth limit: nested past it, it is
  // refused for depth before graphql-js's introspection rule looks at it.
  const typeByName = [4, 8].map((levels) => ({
    category: 'introspection amplification' as const,
    name: `__type's fields and their types nested ${levels} deep`,
    body: {
      query: `{ __type(name: "Query") { ${'fields { type { '.repeat(levels)}name${' } }'.repeat(levels)} } }`,
    },
    ...(2 * levels + 2 > MAX_DEPTH ? refusedAs.depth : refusedAs.introspectionDepth),
  }));
  return [...deep, ...ofTypes, ...aliased, interfaces, ...typeByName];
}

export function operationAttacks(): HostileRequest[] {
  const kinds = ['mutation', 'subscription'] as const;
  const plain = kinds.flatMap((kind) => [
    {
      category: 'unsupported operation' as const,
      name: `an anonymous ${kind}`,
      body: { query: `${kind} { deleteEverything }` },
      ...refusedAs.operation(kind),
    },
    {
      category: 'unsupported operation' as const,
      name: `a named ${kind} with variables`,
      body: {
        query: `${kind} Drop($id: ID!) { node(id: $id) { id } }`,
        variables: { id: 'authority:cornwall' },
      },
      ...refusedAs.operation(kind),
    },
    {
      category: 'unsupported operation' as const,
      name: `a ${kind} chosen by operationName beside a query`,
      body: { query: `query Q { __typename } ${kind} M { __typename }`, operationName: 'M' },
      ...refusedAs.operation(kind),
    },
    {
      category: 'unsupported operation' as const,
      name: `a ${kind} sent over GET`,
      body: { query: `${kind} { __typename }` },
      method: 'GET' as const,
      ...refusedAs.operation(kind),
    },
  ]);
  return plain;
}

export function persistedQueryAttacks(): HostileRequest[] {
  const query = '{ authorities(first: 1) { edges { cursor } } }';
  const right = sha256(query);
  const wrong = [
    ['a hash of other text', sha256('{ __typename }')],
    ['a hash of the query with a space added', sha256(`${query} `)],
    ['the right hash in capitals', right.toUpperCase()],
    ['the right hash cut short', right.slice(0, 40)],
    ['the right hash with a character changed', `${right.slice(0, -1)}${right.endsWith('0') ? '1' : '0'}`],
    ['64 zeros', '0'.repeat(64)],
  ].map(([name, hash]) => ({
    category: 'persisted query' as const,
    name: `a persisted query with ${name}`,
    body: { query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
    ...refusedAs.hash,
  }));
  const version = {
    category: 'persisted query' as const,
    name: 'a persisted query of an unknown version',
    body: { query, extensions: { persistedQuery: { version: 2, sha256Hash: right } } },
    status: 400,
    code: 'BAD_REQUEST',
    message: /Unsupported persisted query version/,
  };
  return [...wrong, version];
}

export function costAttacks(): HostileRequest[] {
  const page = (first: number, inner: number) =>
    `authorities(first: ${first}) { edges { node { id inspections(first: ${inner}) { edges { node { id judgements { grade } } } } } } }`;
  // As short as a page can be written, so that thirty of them fit the token limit.
  const bare =
    'authorities(first: 100) { edges { node { inspections(first: 100) { edges { node { id } } } } } }';
  const aliased = [5, 10, MAX_ALIASES].map((n) => ({
    category: 'cost' as const,
    name: `${n} aliases × 100 authorities × 100 inspections`,
    body: {
      query: `{ ${range(n)
        .map((i) => `p${i}: ${bare}`)
        .join(' ')} }`,
    },
    ...refusedAs.cost,
  }));
  const single = {
    category: 'cost' as const,
    name: '100 authorities × 100 inspections',
    body: { query: `{ ${page(100, 100)} }` },
    ...refusedAs.cost,
  };
  const viaVariables = {
    category: 'cost' as const,
    name: 'page sizes given as variables',
    body: {
      query: `query Big($n: PositiveInt, $m: PositiveInt) { authorities(first: $n) { edges { node {
        inspections(first: $m) { edges { node { judgements { grade } } } } } } } }`,
      variables: { n: 1000, m: 1000 },
    },
    ...refusedAs.cost,
  };
  const neighbourhoods = [25, MAX_ALIASES].map((n) => ({
    category: 'cost' as const,
    name: `${n} aliased neighbourhoods of 500 nodes with their properties`,
    body: {
      query: `{ ${range(n)
        .map((i) => `g${i}: neighbourhood(id: "authority:cornwall", depth: 3, limit: 500) { ...G }`)
        .join(' ')} }
        fragment G on Subgraph { nodes { id type label node { id } } relationships { id type from to properties } }`,
    },
    ...refusedAs.cost,
  }));
  const nestedLists = {
    category: 'cost' as const,
    name: 'lists of lists of lists without page sizes',
    body: {
      query: `{ authorities(first: 100) { edges { node { judgementHistory { inspection { judgements {
        inspection { judgements { inspection { judgements { grade } } } } } } } } } } }`,
    },
    ...refusedAs.cost,
  };
  return [...aliased, single, viaVariables, ...neighbourhoods, nestedLists];
}
