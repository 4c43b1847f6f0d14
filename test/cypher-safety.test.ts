import { describe, expect, it } from 'vitest';
import { codeOnly, MAX_EXPRESSION_RANGE, parserReasons, textReasons } from '../src/data/cypher-safety.ts';

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
});
