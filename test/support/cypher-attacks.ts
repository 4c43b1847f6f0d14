/**
 * Researcher Cypher that must never run: writes, schema and administration, files and the
 * network, procedures outside the allow-list, other databases, and the same again dressed
 * up (lower case, comments, inside a subquery, after a harmless prefix). Each attack names
 * the reason its refusal must give; a variant that no longer parses is refused by Neo4j
 * itself, so its message must then say that Neo4j cannot run it.
 */

export interface Attack {
  name: string;
  query: string;
  params?: Record<string, unknown>;
  /** What the refusal's message must name. */
  reason: RegExp;
  /** True where a variant may stop parsing (then CYPHER_INVALID is a refusal too). */
  mayBeInvalid: boolean;
}

const WRITE = /query type "(?:w|rw)"|writes to the graph/i;
const UNREADABLE = /writes to the graph|cannot run this query/i;
const LOAD_CSV = /LOAD CSV reads files and URLs/i;
const IN_TX = /IN TRANSACTIONS commits on its own/i;
const ADMIN = /administration/i;
const SCHEMA = /query type "s"|administration and schema/i;
const USE = /USE switches database/i;
const STATEMENTS = /more than one statement/i;
const procedure = (name: string) =>
  new RegExp(`procedure ${name.replaceAll('.', '\\.')} is not allowed`, 'i');
const fn = (name: string) => new RegExp(`function ${name.replaceAll('.', '\\.')} is not allowed`, 'i');

/** Clauses that stay a statement when wrapped in another query. */
const clauses: [string, string, RegExp][] = [
  ['create a node', 'CREATE (n:Intruder {at: 1})', WRITE],
  [
    'create a relationship',
    'MATCH (a:Authority), (b:Authority) WITH a, b LIMIT 1 CREATE (a)-[:PWNED]->(b)',
    WRITE,
  ],
  ['merge a node', "MERGE (n:Intruder {id: 'intruder:1'})", WRITE],
  [
    'merge on match set',
    "MERGE (a:Authority {id: 'authority:cornwall'}) ON MATCH SET a.name = 'pwned'",
    WRITE,
  ],
  ['set a property', "MATCH (n) SET n.name = 'pwned'", WRITE],
  ['set a label', 'MATCH (n) SET n:Pwned', WRITE],
  ['set all properties', 'MATCH (n) SET n = {}', WRITE],
  ['add properties', 'MATCH (n) SET n += {pwned: true}', WRITE],
  ['set a dynamic label', "MATCH (n) SET n:$('Pwned')", WRITE],
  ['remove a property', 'MATCH (n) REMOVE n.id', WRITE],
  ['remove a label', 'MATCH (n:Authority) REMOVE n:Authority', WRITE],
  ['delete a relationship', 'MATCH ()-[r]->() DELETE r', WRITE],
  ['delete nodes', 'MATCH (n) DELETE n', WRITE],
  ['detach delete', 'MATCH (n) DETACH DELETE n', WRITE],
  ['delete then finish', 'MATCH (n) DETACH DELETE n FINISH', WRITE],
  ['write behind a false filter', 'MATCH (n) WITH n WHERE false CREATE (:Intruder)', WRITE],
  ['foreach create', 'FOREACH (x IN [1, 2] | CREATE (:Intruder {x: x}))', WRITE],
  ['foreach set', 'MATCH (n) FOREACH (x IN [1] | SET n.pwned = x)', WRITE],
  ['foreach delete', 'MATCH (n) FOREACH (x IN [n] | DETACH DELETE x)', WRITE],
  ['write in a subquery', 'CALL { CREATE (:Intruder) }', WRITE],
  ['delete in a scoped subquery', 'MATCH (n) CALL (n) { DETACH DELETE n }', WRITE],
  ['write in an optional subquery', 'OPTIONAL CALL { CREATE (:Intruder) RETURN 1 AS one } RETURN one', WRITE],
  ['write returning rows', 'CREATE (n:Intruder) RETURN n', WRITE],
  ['write in transactions', 'CALL { CREATE (:Intruder) } IN TRANSACTIONS', IN_TX],
  ['delete in transactions', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS', IN_TX],
  [
    'a read in concurrent transactions',
    'UNWIND [1, 2] AS x CALL (x) { RETURN x AS y } IN 2 CONCURRENT TRANSACTIONS RETURN y',
    IN_TX,
  ],
  ['transactions on error continue', 'CALL { CREATE (:Intruder) } IN TRANSACTIONS ON ERROR CONTINUE', IN_TX],
  ['LOAD CSV of a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", LOAD_CSV],
  ['LOAD CSV with headers', "LOAD CSV WITH HEADERS FROM 'file:///etc/hosts' AS row RETURN row", LOAD_CSV],
  [
    'LOAD CSV from loopback',
    "LOAD CSV FROM 'http://127.0.0.1:7474/' AS line FIELDTERMINATOR ';' RETURN line",
    LOAD_CSV,
  ],
  [
    'LOAD CSV from the network',
    "LOAD CSV FROM 'https://example.org/x.csv' AS line RETURN count(line)",
    LOAD_CSV,
  ],
  ['LOAD CSV then write', "LOAD CSV FROM 'file:///x.csv' AS line CREATE (:Intruder {line: line})", LOAD_CSV],
  [
    'APOC file read',
    "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
    procedure('apoc.load.json'),
  ],
  [
    'APOC URL read',
    "CALL apoc.load.jsonParams('http://127.0.0.1:7687', {}, null)",
    procedure('apoc.load.jsonParams'),
  ],
  [
    'APOC write',
    "CALL apoc.create.node(['Intruder'], {}) YIELD node RETURN node",
    procedure('apoc.create.node'),
  ],
  [
    'APOC Cypher runner',
    "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
    procedure('apoc.cypher.runWrite'),
  ],
  [
    'APOC batch job',
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    procedure('apoc.periodic.iterate'),
  ],
  ['APOC sleep', 'CALL apoc.util.sleep(100000)', procedure('apoc.util.sleep')],
  ['APOC export', "CALL apoc.export.csv.all('/tmp/x.csv', {})", procedure('apoc.export.csv.all')],
  ['GDS', "CALL gds.graph.drop('x')", procedure('gds.graph.drop')],
  ['kill queries', "CALL dbms.killQueries(['query-1'])", procedure('dbms.killQueries')],
  ['server components', 'CALL dbms.components() YIELD name RETURN name', procedure('dbms.components')],
  ['server settings', 'CALL dbms.listConfig() YIELD name RETURN name', procedure('dbms.listConfig')],
  [
    'create a user by procedure',
    "CALL dbms.security.createUser('intruder', 'secret', false)",
    procedure('dbms.security.createUser'),
  ],
  [
    'change the password by procedure',
    "CALL dbms.security.changePassword('secret')",
    procedure('dbms.security.changePassword'),
  ],
  ['create a label by procedure', "CALL db.createLabel('Intruder')", procedure('db.createLabel')],
  ['create a property key', "CALL db.createProperty('pwned')", procedure('db.createProperty')],
  ['clear the query caches', 'CALL db.clearQueryCaches()', procedure('db.clearQueryCaches')],
  ['force a checkpoint', 'CALL db.checkpoint()', procedure('db.checkpoint')],
  ['set transaction metadata', "CALL tx.setMetaData({who: 'intruder'})", procedure('tx.setMetaData')],
  ['list procedures', 'CALL dbms.procedures() YIELD name RETURN name', procedure('dbms.procedures')],
  ['APOC function', "RETURN apoc.text.join(['a', 'b'], ',') AS s", fn('apoc.text.join')],
  [
    'APOC Cypher function',
    "RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) RETURN count(n)', {}) AS c",
    fn('apoc.cypher.runFirstColumnSingle'),
  ],
  ['APOC file function', "RETURN apoc.util.md5(['x']) AS h", fn('apoc.util.md5')],
  [
    'Cypher text from a parameter',
    'CALL apoc.cypher.run($q, {}) YIELD value RETURN value',
    procedure('apoc.cypher.run'),
  ],
  ['LOAD CSV from a parameter', 'LOAD CSV FROM $url AS line RETURN line', LOAD_CSV],
];

const clauseParams: Record<string, Record<string, unknown>> = {
  'Cypher text from a parameter': { q: 'MATCH (n) DETACH DELETE n' },
  'LOAD CSV from a parameter': { url: 'file:///etc/passwd' },
};

/** Commands that must stand alone; wrapped, they stop parsing. */
const commands: [string, string, RegExp][] = [
  ['create an index', 'CREATE INDEX intruder FOR (n:Authority) ON (n.pwned)', SCHEMA],
  [
    'create an index if missing',
    'CREATE INDEX intruder IF NOT EXISTS FOR (n:Authority) ON (n.pwned)',
    SCHEMA,
  ],
  ['create a range index', 'CREATE RANGE INDEX intruder FOR (n:Authority) ON (n.pwned)', SCHEMA],
  ['create a text index', 'CREATE TEXT INDEX intruder FOR (n:Authority) ON (n.name)', SCHEMA],
  ['create a point index', 'CREATE POINT INDEX intruder FOR (n:Authority) ON (n.location)', SCHEMA],
  ['create a lookup index', 'CREATE LOOKUP INDEX intruder FOR (n) ON EACH labels(n)', SCHEMA],
  ['create a fulltext index', 'CREATE FULLTEXT INDEX intruder FOR (n:Authority) ON EACH [n.name]', SCHEMA],
  ['create a vector index', 'CREATE VECTOR INDEX intruder FOR (n:Authority) ON (n.embedding)', SCHEMA],
  ['create a relationship index', 'CREATE INDEX intruder FOR ()-[r:INSPECTED]-() ON (r.pwned)', SCHEMA],
  ['create a constraint', 'CREATE CONSTRAINT intruder FOR (n:Intruder) REQUIRE n.id IS UNIQUE', SCHEMA],
  [
    'create a key constraint',
    'CREATE CONSTRAINT intruder FOR (n:Authority) REQUIRE n.pwned IS NOT NULL',
    SCHEMA,
  ],
  ['drop an index', 'DROP INDEX intruder', SCHEMA],
  ['drop an index if present', 'DROP INDEX intruder IF EXISTS', SCHEMA],
  ['drop a constraint', 'DROP CONSTRAINT intruder', SCHEMA],
  ['create a database', 'CREATE DATABASE intruder', ADMIN],
  ['create or replace a database', 'CREATE OR REPLACE DATABASE neo4j', ADMIN],
  ['create a composite database', 'CREATE COMPOSITE DATABASE intruder', ADMIN],
  ['drop the database', 'DROP DATABASE neo4j', ADMIN],
  ['stop the database', 'STOP DATABASE neo4j', ADMIN],
  ['start a database', 'START DATABASE neo4j', ADMIN],
  ['alter a database', 'ALTER DATABASE neo4j SET ACCESS READ ONLY', ADMIN],
  ['create an alias', 'CREATE ALIAS intruder FOR DATABASE neo4j', ADMIN],
  ['list databases', 'SHOW DATABASES', ADMIN],
  ['list users', 'SHOW USERS', ADMIN],
  ['list the current user', 'SHOW CURRENT USER', ADMIN],
  ['list transactions', 'SHOW TRANSACTIONS', ADMIN],
  ['list settings', 'SHOW SETTINGS', ADMIN],
  ['list procedures by command', 'SHOW PROCEDURES', ADMIN],
  ['list functions', 'SHOW FUNCTIONS', ADMIN],
  ['list indexes', 'SHOW INDEXES', ADMIN],
  ['list servers', 'SHOW SERVERS', ADMIN],
  ['list privileges', 'SHOW PRIVILEGES', ADMIN],
  ['terminate transactions', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", ADMIN],
  ['create a user', "CREATE USER intruder SET PASSWORD 'secret-secret'", ADMIN],
  ['alter a user', "ALTER USER neo4j SET PASSWORD 'secret-secret'", ADMIN],
  ['alter the current user', "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'secret-secret'", ADMIN],
  ['rename a user', 'RENAME USER neo4j TO intruder', ADMIN],
  ['drop a user', 'DROP USER neo4j', ADMIN],
  ['create a role', 'CREATE ROLE intruder', ADMIN],
  ['grant a role', 'GRANT ROLE admin TO intruder', ADMIN],
  ['grant a privilege', 'GRANT WRITE ON GRAPH * TO PUBLIC', ADMIN],
  ['deny a privilege', 'DENY READ {*} ON GRAPH * TO PUBLIC', ADMIN],
  ['revoke a role', 'REVOKE ROLE admin FROM neo4j', ADMIN],
  ['enable a server', "ENABLE SERVER 'intruder'", ADMIN],
  ['deallocate databases', "DEALLOCATE DATABASES FROM SERVER 'intruder'", ADMIN],
  ['use the system database', 'USE system SHOW USERS', USE],
  ['use the system database to read', 'USE system MATCH (n) RETURN n', USE],
  ['use a named graph', 'USE neo4j MATCH (n) DETACH DELETE n', USE],
  ['use a composite part', 'USE intruder.graph MATCH (n) RETURN n', USE],
  ['use inside a subquery', 'CALL { USE system RETURN 1 AS x } RETURN x', USE],
  ['a second statement', 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n', STATEMENTS],
  ['a second statement on its own line', 'RETURN 1;\n\nCREATE (:Intruder)', STATEMENTS],
  ['a statement after a leading semicolon', ';CREATE (:Intruder)', STATEMENTS],
  ['a second statement after a string', "RETURN 'a;b' AS s; DROP DATABASE neo4j", STATEMENTS],
  ['a union ending in a write', 'RETURN 1 AS x UNION MATCH (n) DETACH DELETE n RETURN 1 AS x', WRITE],
  [
    'a union ending in a procedure',
    'CALL db.labels() YIELD label RETURN label UNION CALL dbms.components() YIELD name AS label RETURN label',
    procedure('dbms.components'),
  ],
  [
    'a union all ending in LOAD CSV',
    "RETURN '' AS l UNION ALL LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l[0] AS l",
    LOAD_CSV,
  ],
  [
    'an allowed procedure then one not allowed',
    'CALL db.labels() YIELD label CALL dbms.components() YIELD name RETURN label, name',
    procedure('dbms.components'),
  ],
];

/** Attempts to hide a clause or name from the checks by how it is spelt. */
const disguises: [string, string, RegExp][] = [
  ['a backticked procedure name', "CALL `apoc.load.json`('file:///etc/passwd')", procedure('apoc.load.json')],
  ['backticked name parts', 'CALL `dbms`.`killQueries`([])', procedure('dbms.killQueries')],
  ['spaces around the dots', "RETURN apoc . text . join(['a'], '') AS s", fn('apoc.text.join')],
  ['a comment inside LOAD CSV', "LOAD/* a */CSV FROM 'file:///etc/passwd' AS l RETURN l", LOAD_CSV],
  ['a line break inside LOAD CSV', "LOAD\nCSV FROM 'file:///etc/passwd' AS l RETURN l", LOAD_CSV],
  [
    'a quote in a backtick name before a call',
    "RETURN 1 AS `'`, apoc.text.join(['a'], '') AS `x'`",
    fn('apoc.text.join'),
  ],
  [
    'a line comment inside a backtick name',
    "MATCH (`//`) RETURN apoc.text.join(['a'], ',') AS s",
    fn('apoc.text.join'),
  ],
  ['a comment hiding the rest of a string', "RETURN '/*' AS a; CREATE (:Intruder) // */'", STATEMENTS],
  ['a byte-order mark before a write', '\uFEFFCREATE (:Intruder)', WRITE],
  ['a comment splitting a keyword', 'CRE/**/ATE (:Intruder)', UNREADABLE],
  ['a unicode escape in a keyword', 'CR\\u0045ATE (:Intruder)', WRITE],
  ['a zero-width space in a keyword', 'CRE\u200BATE (:Intruder)', UNREADABLE],
  ['full-width letters', 'ＣＲＥＡＴＥ (:Intruder)', UNREADABLE],
  ['a backticked keyword', '`CREATE` (:Intruder)', UNREADABLE],
  ['PROFILE in front', 'PROFILE MATCH (n) DETACH DELETE n', UNREADABLE],
  ['EXPLAIN in front', 'EXPLAIN MATCH (n) DETACH DELETE n', UNREADABLE],
  ['a Cypher version prefix', 'CYPHER 5 MATCH (n) DETACH DELETE n', /query type "w"|cannot run this query/i],
  [
    'a runtime option',
    'CYPHER runtime=slotted MATCH (n) DETACH DELETE n',
    /query type "w"|cannot run this query/i,
  ],
  ['an escaped quote ending a string early', "RETURN 'x\\'' AS s; MATCH (n) DETACH DELETE n", STATEMENTS],
];

const lower = (query: string) =>
  query
    .replace(/'[^']*'|\$\w+/g, (kept) => `\u0000${kept}\u0000`)
    .split('\u0000')
    .map((part, i) => (i % 2 ? part : part.toLowerCase()))
    .join('');

/** Ways to wrap a clause so it reads as part of a larger, harmless-looking query. */
const wrappings: [string, (query: string) => string][] = [
  ['', (q) => q],
  ['in lower case', lower],
  ['after a read', (q) => `MATCH (anchor:Authority) WITH anchor LIMIT 1 ${q}`],
  ['inside a subquery', (q) => `CALL { ${q} } RETURN 1 AS done`],
  [
    'with comments',
    (q) => `/* a harmless read */ ${q.replace(/^(\w+)/, '$1 /* nothing here */')}\n// the end`,
  ],
  ['spread over lines', (q) => `\n\t${q.replaceAll(' ', '\n  ')}\n`],
];

const commandWrappings: [string, (query: string) => string][] = [
  ['', (q) => q],
  ['in lower case', lower],
  ['with comments and space', (q) => `  /* routine */\n${q} // harmless`],
];

export function attacks(): Attack[] {
  const out: Attack[] = [];
  for (const [name, query, reason] of clauses)
    for (const [how, wrap] of wrappings)
      out.push({
        name: how ? `${name}, ${how}` : name,
        query: wrap(query),
        ...(clauseParams[name] ? { params: clauseParams[name] } : {}),
        reason,
        // A procedure call or FINISH inside a subquery or after WITH may not parse; the text
        // check must still name it, so only the plain clause forms are held to one answer.
        mayBeInvalid: how === 'inside a subquery' || how === 'after a read',
      });
  for (const [name, query, reason] of commands)
    for (const [how, wrap] of commandWrappings)
      out.push({ name: how ? `${name}, ${how}` : name, query: wrap(query), reason, mayBeInvalid: false });
  for (const [name, query, reason] of disguises) out.push({ name, query, reason, mayBeInvalid: false });
  const seen = new Set<string>();
  return out.filter((attack) => !seen.has(attack.query) && seen.add(attack.query));
}
