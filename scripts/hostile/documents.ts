/** Hostile documents: fragments, nesting and bombs of aliases, fields, directives and tokens. */
import { MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS } from '../../src/http/limits.ts';
import { range, refusedAs, spreadTree, unlessTooLong, type HostileRequest } from './refusals.ts';

export function fragmentAttacks(): HostileRequest[] {
  const chains = [12, 14, 16, 18, 20, 22, 24, 26, 28, 30].map((levels) => ({
    category: 'fragment chain' as const,
    name: `each of ${levels} fragments spreads the next twice`,
    body: { query: spreadTree(levels, 2) },
    ...refusedAs.spread,
  }));
  const aliased = [16, 20, 24].map((levels) => ({
    category: 'fragment chain' as const,
    name: `${levels} doubling fragments, each with a fresh operation name`,
    body: {
      query: spreadTree(levels, 2).replace('query Spread', `query Spread${levels}x${Date.now() % 1000}`),
    },
    ...refusedAs.spread,
  }));
  const fanOuts = [
    [4, 10],
    [5, 8],
    [6, 6],
    [8, 4],
    [3, 20],
    [10, 3],
    [12, 3],
  ].map(([levels, fanOut]) => ({
    category: 'fragment fan-out' as const,
    name: `${levels} levels, each spreading the next ${fanOut} times`,
    body: { query: spreadTree(levels!, fanOut!) },
    ...refusedAs.spread,
  }));
  const nodeFanOut = [4, 6].map((levels) => ({
    category: 'fragment fan-out' as const,
    name: `${levels} levels of 5 spreads over a field that reads the database`,
    body: { query: spreadTree(levels, 5, 'authorities(first: 1) { edges { cursor } }') },
    ...refusedAs.spread,
  }));
  const cycles = [1, 2, 3, 5, 8, 13].map((length) => ({
    category: 'fragment cycle' as const,
    name: `a cycle of ${length} fragment${length === 1 ? '' : 's'}`,
    body: {
      query: `{ ...C0 }\n${range(length)
        .map((i) => `fragment C${i} on Query { __typename ...C${(i + 1) % length} }`)
        .join('\n')}`,
    },
    ...refusedAs.cycle,
  }));
  const inlineCycles = [2, 4].map((length) => ({
    category: 'fragment cycle' as const,
    name: `a cycle of ${length} fragments through inline fragments and fields`,
    body: {
      query: `{ ...C0 }\n${range(length)
        .map(
          (i) => `fragment C${i} on Query { ... on Query { node(id: "x") { id } ...C${(i + 1) % length} } }`,
        )
        .join('\n')}`,
    },
    ...refusedAs.cycle,
  }));
  return [...chains, ...aliased, ...fanOuts, ...nodeFanOut, ...cycles, ...inlineCycles];
}

export function nestingAttacks(): HostileRequest[] {
  // A real path that can go on for ever: an authority's successors' successors…
  const successors = (levels: number) =>
    `{ authority(id: "authority:cornwall") { ${'successors { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
  const valid = [12, 13, 20, 50, 100, 300, 600, 900, 1200].map((levels) => ({
    category: 'deep nesting' as const,
    name: `successors nested ${levels} deep`,
    body: { query: successors(levels) },
    // Past the token limit the parser gives up before depth is measured.
    ...unlessTooLong(successors(levels), refusedAs.depth),
  }));
  const unknownField = (levels: number) => `{ a${' { a'.repeat(levels)}${' }'.repeat(levels)} }`;
  const unknown = [100, 300, 1000, 1499, 2000, 5000, 10_000, 50_000].map((levels) => ({
    category: 'deep nesting' as const,
    name: `an unknown field nested ${levels} deep`,
    body: { query: unknownField(levels) },
    // The limits are looked at first: too deep, before graphql-js finds the field unknown.
    ...unlessTooLong(unknownField(levels), refusedAs.depth),
  }));
  const inlineNest = (levels: number) =>
    `{ node(id: "x") { ${'... on Authority { successors { id '.repeat(levels)}${' } }'.repeat(levels)} } }`;
  const inline = [13, 30, 100, 1000, 5000].map((levels) => ({
    category: 'deep nesting' as const,
    name: `inline fragments nested ${levels} deep around a field nested as deep`,
    body: { query: inlineNest(levels) },
    ...unlessTooLong(inlineNest(levels), refusedAs.depth),
  }));
  const braces = [1000, 100_000].map((levels) => ({
    category: 'deep nesting' as const,
    name: `${levels} bare opening braces`,
    body: { query: '{'.repeat(levels) },
    ...unlessTooLong('{'.repeat(levels), {
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      message: /Syntax Error: Expected Name, found "\{"/,
    }),
  }));
  const listNest = (levels: number) => `{ nodes(ids: ${'['.repeat(levels)}"x"${']'.repeat(levels)}) { id } }`;
  const listLiteral = [21, 100, 400, 1400, 2000, 10_000].map((levels) => ({
    category: 'deep nesting' as const,
    name: `a list argument nested ${levels} deep`,
    body: { query: listNest(levels) },
    ...unlessTooLong(listNest(levels), refusedAs.literalDepth),
  }));
  const objectNest = (levels: number) =>
    `{ cypher(query: "RETURN 1", params: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}) { columns } }`;
  const objectLiteral = [21, 100, 200, 1000, 10_000].map((levels) => ({
    category: 'deep nesting' as const,
    name: `an object argument nested ${levels} deep`,
    body: { query: objectNest(levels) },
    ...unlessTooLong(objectNest(levels), refusedAs.literalDepth),
  }));
  return [...valid, ...unknown, ...inline, ...braces, ...listLiteral, ...objectLiteral];
}

export function bombs(): HostileRequest[] {
  const typenames = (n: number) =>
    `{ ${range(n)
      .map((i) => `t${i}: __typename`)
      .join(' ')} }`;
  const typenameAliases = [MAX_ALIASES + 1, 100, 500, 999].map((n) => ({
    category: 'alias bomb' as const,
    name: `${n} aliases of __typename`,
    body: { query: typenames(n) },
    ...unlessTooLong(typenames(n), refusedAs.aliases),
  }));
  const pages = (n: number) =>
    `{ ${range(n)
      .map((i) => `p${i}: authorities(first: 1) { edges { cursor } }`)
      .join(' ')} }`;
  const pageAliases = [MAX_ALIASES + 1, 60, 200].map((n) => ({
    category: 'alias bomb' as const,
    name: `${n} aliases of a page of authorities`,
    body: { query: pages(n) },
    ...unlessTooLong(pages(n), refusedAs.aliases),
  }));
  const spreadAliases = [3, 4, 8].map((spreads) => ({
    category: 'alias bomb' as const,
    name: `a fragment of 10 aliases spread under ${spreads} aliased fields`,
    body: {
      query: `{ ${range(spreads)
        .map((i) => `n${i}: node(id: "x") { ...A }`)
        .join(' ')} }
        fragment A on Node { ${range(10)
          .map((i) => `a${i}: id`)
          .join(' ')} }`,
    },
    ...refusedAs.aliases,
  }));
  // Asked for again and again, a field is answered once, but every copy is looked at
  // before that is known: fragments multiply the copies past the fields a document may spread.
  const repeated = (copies: number, spreads: number, field: string) =>
    `{ ${range(spreads)
      .map((i) => `n${i}: node(id: "authority:cornwall") { ...R }`)
      .join(' ')} } fragment R on Authority { ${`${field} `.repeat(copies)}}`;
  const fields = [
    [200, 11, 'id'],
    [300, 10, 'name'],
    [100, 25, '__typename'],
    [500, 5, 'kind'],
  ].map(([copies, spreads, field]) => ({
    category: 'field bomb' as const,
    name: `${field} asked for ${copies} times in a fragment spread ${spreads} times`,
    body: { query: repeated(copies as number, spreads as number, field as string) },
    ...refusedAs.spread,
  }));
  const nodeFields = [
    [6, 8],
    [4, 20],
  ].map(([levels, copies]) => ({
    category: 'field bomb' as const,
    name: `the same page of authorities ${copies} times at each of ${levels} levels of fragments`,
    body: { query: spreadTree(levels!, copies!, 'authorities(first: 1) { edges { cursor } }') },
    ...refusedAs.spread,
  }));
  const directives = [MAX_DIRECTIVES + 1, 200, 1000].map((n) => ({
    category: 'directive bomb' as const,
    name: `${n} @include directives on one field`,
    body: { query: `{ __typename ${'@include(if: true) '.repeat(n)}}` },
    ...unlessTooLong(`{ __typename ${'@include(if: true) '.repeat(n)}}`, refusedAs.directives),
  }));
  const unknownDirective = (n: number) =>
    `{ __typename ${range(n)
      .map((i) => `@d${i}`)
      .join(' ')} }`;
  const unknownDirectives = [60, 400].map((n) => ({
    category: 'directive bomb' as const,
    name: `${n} unknown directives`,
    body: { query: unknownDirective(n) },
    ...unlessTooLong(unknownDirective(n), refusedAs.directives),
  }));
  const spreadDirectives = [6, 12].map((spreads) => ({
    category: 'directive bomb' as const,
    name: `a fragment of 10 directives spread ${spreads} times`,
    body: {
      query: `{ ${range(spreads)
        .map((i) => `n${i}: node(id: "x") { ...D }`)
        .join(' ')} }
        fragment D on Node { id ${'@skip(if: false) '.repeat(10)} }`,
    },
    ...refusedAs.directives,
  }));
  const tokens = [
    ['names', (n: number) => `{ ${'a '.repeat(n)}}`],
    ['punctuation', (n: number) => `{ __typename ${'@a '.repeat(n / 2)}}`],
    [
      'strings',
      (n: number) =>
        `{ nodes(ids: [${range(n)
          .map((i) => `"${i}"`)
          .join(', ')}]) { id } }`,
    ],
    [
      'variables',
      (n: number) =>
        `query(${range(n / 4)
          .map((i) => `$v${i}: Int`)
          .join(' ')}) { __typename }`,
    ],
  ] as const;
  const tokenCounts = tokens.flatMap(([kind, make]) =>
    [MAX_TOKENS + 10, 3000, 7000].map((n) => ({
      category: 'token count' as const,
      name: `about ${n} tokens of ${kind}`,
      body: { query: make(n) },
      ...unlessTooLong(make(n), refusedAs.tokens),
    })),
  );
  return [
    ...typenameAliases,
    ...pageAliases,
    ...spreadAliases,
    ...fields,
    ...nodeFields,
    ...directives,
    ...unknownDirectives,
    ...spreadDirectives,
    ...tokenCounts,
  ];
}
