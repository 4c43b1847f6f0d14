import { describe, expect, it } from 'vitest';
import { codeOnly, textReasons } from '../src/data/cypher-safety.ts';

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
});
