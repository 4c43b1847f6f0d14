import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  codeOnly,
  MAX_EXPRESSION_RANGE,
  MAX_REDUCE_CALLS,
  parserReasons,
  textReasons,
} from '../src/research/cypher-safety.ts';
import { CypherError, named } from '../src/research/researcher-cypher.ts';

// The text look is the second of two (Neo4j's plan is the first); these pin down what it
// sees when the plan cannot be had, e.g. for procedures not installed on this server.
describe('the text check on researchers’ Cypher', () => {
  it('ignores names inside strings and comments', () => {
    expect(codeOnly("RETURN 'apoc.x()' /* LOAD CSV */ AS s // CALL dbms.x")).not.toMatch(/apoc|LOAD|dbms/);
    expect(textReasons("MATCH (n) WHERE n.name = 'a;b' RETURN n // ; DROP")).toEqual([]);
  });

  it('sees through backticks and spaces around dots', () => {
    expect(textReasons('CALL `apoc`.`load`.`json`("x")')).toEqual([
      expect.stringMatching(/apoc\.load\.json/),
    ]);
    expect(textReasons("RETURN apoc . text . join(['a'], '') AS s")).toEqual([
      expect.stringMatching(/function apoc\.text\.join/),
    ]);
  });

  it('does not let a quote or a comment inside a backtick name hide what follows', () => {
    expect(textReasons("RETURN 1 AS `'a`, apoc.cypher.runFirstColumnSingle('RETURN 1', {}) AS `b'`")).toEqual(
      [expect.stringMatching(/apoc\.cypher\.runFirstColumnSingle/)],
    );
    expect(textReasons("MATCH (`//`) RETURN apoc.text.join(['a'], ',')")).toEqual([
      expect.stringMatching(/apoc\.text\.join/),
    ]);
  });

  it('allows Cypher’s own namespaced functions and the listed procedures', () => {
    expect(
      textReasons("RETURN date.truncate('month', date()) AS m, duration.between(date(), date()) AS d"),
    ).toEqual([]);
    expect(textReasons('CALL db.labels YIELD label RETURN label')).toEqual([]);
    expect(textReasons("CALL db.index.fulltext.queryNodes('names', 'cornwall')")).toEqual([]);
  });

  it('refuses USE, admin commands and concurrent transactions', () => {
    expect(textReasons('USE system SHOW USERS').join(' ')).toMatch(
      /USE.*administration|administration.*USE/s,
    );
    expect(textReasons('DROP DATABASE neo4j')).toEqual([expect.stringMatching(/administration/)]);
    expect(
      textReasons('UNWIND [1] AS x CALL (x) { RETURN x AS y } IN 2 CONCURRENT TRANSACTIONS RETURN y'),
    ).toEqual([expect.stringMatching(/IN TRANSACTIONS/)]);
  });

  it('allows a trailing semicolon but not a second statement', () => {
    expect(textReasons('RETURN 1;  ')).toEqual([]);
    expect(textReasons('RETURN 1; RETURN 2')).toEqual([expect.stringMatching(/more than one statement/)]);
  });

  it('sees a write clause the plan may miss, but not words that only look like one', () => {
    expect(textReasons('MATCH (n) WITH n WHERE false CREATE (:Intruder)')).toEqual([
      expect.stringMatching(/writes to the graph/),
    ]);
    expect(textReasons('CR\\u0045ATE (:Intruder)')).toEqual([expect.stringMatching(/writes to the graph/)]);
    expect(textReasons("MATCH (n:Create {set: 1}) WHERE n.delete RETURN n.merge AS x, 'SET' AS s")).toEqual(
      [],
    );
  });

  it('refuses values that double inside an expression, and allows ones that grow by a step', () => {
    expect(textReasons("RETURN reduce(s = 'x', i IN range(1, 40) | s + s) AS s").join()).toMatch(
      /accumulator s 2 times/,
    );
    expect(textReasons("WITH 'x' AS s WITH s + s AS s RETURN s")).toEqual([
      expect.stringMatching(/s \+ s doubles/),
    ]);
    expect(textReasons("RETURN reduce(s = '', i IN range(1, 10) | s + 'x') AS s")).toEqual([]);
    expect(textReasons('RETURN reduce(acc = [], x IN [1, 2] | acc + [size(acc)]) AS r')).toEqual([]);
  });

  it('bounds range() inside expressions by the product of their sizes, parameters included', () => {
    expect(textReasons('UNWIND range(1, 1000000000) AS x RETURN x')).toEqual([]);
    expect(textReasons('RETURN range(1, $n) AS ns', { n: MAX_EXPRESSION_RANGE })).toEqual([]);
    expect(textReasons('RETURN range(1, $n) AS ns', { n: MAX_EXPRESSION_RANGE + 1 })).toEqual([
      expect.stringMatching(/yields 100001 values/),
    ]);
    expect(textReasons('RETURN [x IN range(1, 1000) | [y IN range(1, 1000, 10) | y]] AS n')).toEqual([]);
    expect(textReasons('RETURN [x IN range(0, 1000) | [y IN range(1, 1000, 10) | y]] AS n')).toEqual([
      expect.stringMatching(/yields 100100 values in all/),
    ]);
    expect(textReasons('RETURN range(0, size($xs) - 1) AS i', { xs: [] })).toEqual([
      expect.stringMatching(/whole-number bounds/),
    ]);
  });

  it('refuses queries too big for the parser, without counting pattern arrows as operators', () => {
    expect(parserReasons(`RETURN ${'['.repeat(51)}1${']'.repeat(51)} AS x`)).toEqual([
      'brackets are nested 51 deep; at most 50',
    ]);
    expect(parserReasons(`RETURN ${'1+'.repeat(101)}1 AS x`)).toEqual([
      expect.stringMatching(/101 arithmetic operators/),
    ]);
    const path = 'MATCH (a)-[:R*1..3]->(b)<-[r]-(c)--(d)-->(e) RETURN count(*) AS n';
    expect(parserReasons(`${path} UNION ALL `.repeat(30) + path)).toEqual([]);
  });

  it('does not let an empty or wrong-way range cancel the others, nor a huge product escape the limit', () => {
    const huge = /yields 100000000 values in all/;
    expect(textReasons('RETURN size(range(1, 0)) AS z, size([x IN range(1, 100000000) | x]) AS n')).toEqual([
      expect.stringMatching(huge),
    ]);
    expect(textReasons('RETURN range(0, 10, -1) AS z, [x IN range(1, 100000000) | x] AS n')).toEqual([
      expect.stringMatching(huge),
    ]);
    expect(
      textReasons('RETURN range(1, 9000000000000000000) AS a, range(1, 9000000000000000000) AS b'),
    ).toEqual([expect.stringMatching(/yields 9000000000000000000 values in all/)]);
    expect(textReasons('RETURN range(0, 10, 0) AS z')).toEqual([expect.stringMatching(/step other than 0/)]);
    expect(textReasons('RETURN range(1, 0) AS z, range(1, 10) AS a')).toEqual([]);
  });

  it('refuses a sum that names one variable twice, whatever stands between', () => {
    const doubles = [expect.stringMatching(/s \+ s doubles/)];
    expect(textReasons(`WITH 'x' AS s ${"WITH s + '' + s AS s ".repeat(32)}RETURN s`)).toEqual(doubles);
    expect(textReasons("WITH 'x' AS s WITH (s) + s AS s RETURN s")).toEqual(doubles);
    expect(textReasons("WITH 'x' AS s WITH s || 1 || s AS s RETURN s")).toEqual(doubles);
    expect(
      textReasons(
        "MATCH (a) RETURN a.x + a.y AS z, a.name + ' ' + a.surname AS n, count(a) + count(a) AS c, a + 1 AS b",
      ),
    ).toEqual([]);
    expect(textReasons('WITH [1] AS l RETURN l + l[0] AS m, {l: l + [2]} AS n')).toEqual([]);
  });

  it('counts a comprehension variable bound over the accumulator as the accumulator', () => {
    expect(
      textReasons("RETURN reduce(s = 'x', i IN range(1, 32) | [t IN [s] | t + '' + t][0]) AS s").join(),
    ).toMatch(/accumulator s 2 times/);
    expect(textReasons('RETURN reduce(l = [1], i IN range(1, 32) | [t IN [l] | [t, t]][0]) AS l')).toEqual([
      expect.stringMatching(/accumulator l 2 times/),
    ]);
    expect(textReasons("RETURN reduce(s = 'x', i IN range(1, 32) | [t IN [s] | t + 'x'][0]) AS s")).toEqual(
      [],
    );
  });

  it('refuses brackets that close more than they open, which hid deep nesting', () => {
    const query = 'RETURN ' + ')'.repeat(1950) + 'reduce(a='.repeat(2000);
    expect(parserReasons(query)).toContain('brackets do not balance (a closing bracket has no opening one)');
    expect(textReasons(query).join()).toMatch(/brackets do not balance/);
    expect(parserReasons('RETURN 1) + (((1 AS x')).toEqual([expect.stringMatching(/do not balance/)]);
    expect(textReasons('RETURN 1 AS `a)`')).toEqual([]);
  });

  it('caps the number of reduce() calls', () => {
    const calls = (n: number) =>
      'RETURN ' + Array.from({ length: n }, (_v, i) => `reduce(a = 0, i IN [1] | a) AS r${i}`).join(', ');
    expect(textReasons(calls(MAX_REDUCE_CALLS))).toEqual([]);
    expect(textReasons(calls(MAX_REDUCE_CALLS + 1))).toEqual([
      `reduce() is called ${MAX_REDUCE_CALLS + 1} times; at most ${MAX_REDUCE_CALLS}`,
    ]);
  });
});

describe('Neo4j’s failures of a researcher’s query', () => {
  const failure = (code: string, message = 'java.lang.IllegalStateException at org.neo4j.internal.Foo') =>
    named(new Neo4jError(message, code, '50N42', 'error: general processing exception'), 1000);

  it('shows Neo4j’s message for a client error only', () => {
    const invalid = failure('Neo.ClientError.Statement.ArithmeticError', '/ by zero');
    expect(invalid).toBeInstanceOf(CypherError);
    expect(invalid).toMatchObject({
      code: 'CYPHER_INVALID',
      message: 'Neo4j could not run this query: / by zero',
    });
  });

  it('passes a database error through, to be logged and masked', () => {
    const error = new Neo4jError('internal', 'Neo.DatabaseError.General.UnknownError', '50N42', 'x');
    expect(named(error, 1000)).toBe(error);
  });

  it('answers other transient errors with a fixed message, without Neo4j’s', () => {
    const busy = failure('Neo.TransientError.Transaction.Terminated');
    expect(busy).toMatchObject({
      code: 'CYPHER_BUSY',
      message: 'Neo4j stopped the query (Neo.TransientError.Transaction.Terminated); try again.',
    });
    expect(failure('Neo.TransientError.General.MemoryPoolOutOfMemoryError')).toMatchObject({
      code: 'CYPHER_MEMORY_LIMIT',
    });
  });
});
