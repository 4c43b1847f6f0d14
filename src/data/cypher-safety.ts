/**
 * What a researcher's Cypher may do. A READ transaction already stops writes on one
 * server, but not `LOAD CSV`, file- or network-reaching procedures, `SHOW` commands that
 * reveal other sessions, or a cluster follower that would forward a write. So a query must
 * pass two independent looks: Neo4j's own plan (authoritative, but only when it can plan
 * the query) and a scan of the text (which still answers when Neo4j cannot, e.g. for a
 * procedure that is not installed here but may be elsewhere).
 */
import type { Plan, ResultSummary } from 'neo4j-driver';

/** Procedures that only describe the graph or search it through its own indexes. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
]);

// Namespaced functions built into Cypher that compute from their arguments alone.
const ALLOWED_FUNCTION_NAMESPACES = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
]);

const QUERY_TYPES: Record<string, string> = {
  w: 'writes to the graph',
  rw: 'reads and writes the graph',
  s: 'changes the schema or runs an administration command',
};

const ADMIN =
  /^\s*(?:USE\s+[\w.]+\s+)?(?:SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|RENAME|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN|(?:CREATE|DROP)(?:\s+OR\s+REPLACE)?\s+(?:COMPOSITE\s+)?(?:DATABASE|ALIAS|USER|ROLE|SERVER|(?:RANGE\s+|TEXT\s+|POINT\s+|LOOKUP\s+|FULLTEXT\s+|VECTOR\s+)?INDEX|CONSTRAINT))\b/i;

const REASON = {
  statements: 'it holds more than one statement; send one at a time',
  loadCsv: 'LOAD CSV reads files and URLs from the database server',
  inTransactions: 'CALL … IN TRANSACTIONS commits on its own, outside the read-only transaction',
  admin: 'administration and schema commands (SHOW, CREATE/DROP DATABASE, USER, INDEX…) are not allowed',
  use: 'USE switches database; queries run against the graph only',
};

const procedure = (name: string) =>
  `procedure ${name} is not allowed (allowed: ${[...ALLOWED_PROCEDURES].join(', ')})`;

/**
 * The query with string literals and comments blanked (so a name inside a string is not
 * taken for a call) and backtick-quoted names unquoted (so `apoc`.`x` reads as apoc.x).
 * One left-to-right pass: whichever of these starts first owns the text up to its end,
 * so a quote or `//` inside a backtick name cannot hide what follows it.
 */
export function codeOnly(query: string): string {
  return query.replace(
    /`(?:[^`]|``)*(?:`|$)|\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*|'(?:[^'\\]|\\.)*(?:'|$)|"(?:[^"\\]|\\.)*(?:"|$)/g,
    (match) => (match.startsWith('`') ? match.replaceAll('`', '') : match.startsWith('/') ? ' ' : "''"),
  );
}

/** Reasons to refuse that the text alone shows. */
export function textReasons(query: string): string[] {
  const code = codeOnly(query);
  const reasons = new Set<string>();
  if (/;\s*\S/.test(code)) reasons.add(REASON.statements);
  if (/\bLOAD\s+CSV\b/i.test(code)) reasons.add(REASON.loadCsv);
  if (/\bIN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) reasons.add(REASON.inTransactions);
  if (ADMIN.test(code)) reasons.add(REASON.admin);
  if (/(?:^|[{(])\s*USE\s/i.test(code)) reasons.add(REASON.use);
  for (const [, name] of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi))
    if (!ALLOWED_PROCEDURES.has(name!)) reasons.add(procedure(name!));
  for (const [, name] of code.matchAll(/(?<![\w.])((?:[A-Za-z_]\w*\s*\.\s*)+[A-Za-z_]\w*)\s*\(/g)) {
    const bare = name!.replace(/\s+/g, '');
    const namespace = bare.split('.')[0]!.toLowerCase();
    if (ALLOWED_PROCEDURES.has(bare) || ALLOWED_FUNCTION_NAMESPACES.has(namespace)) continue;
    if (!new RegExp(`\\bCALL\\s+${bare.replaceAll('.', '\\.')}\\b`, 'i').test(code))
      reasons.add(`function ${bare} is not allowed (only Cypher's own functions are)`);
  }
  return [...reasons];
}

function operators(plan: Plan | false | undefined, out: Plan[] = []): Plan[] {
  if (!plan) return out;
  out.push(plan);
  for (const child of plan.children) operators(child, out);
  return out;
}

/** Reasons to refuse that Neo4j's EXPLAIN shows. */
export function planReasons(summary: ResultSummary): string[] {
  const reasons = new Set<string>();
  const type = summary.queryType;
  if (type !== 'r')
    reasons.add(`Neo4j reports query type "${type}": it ${QUERY_TYPES[type] ?? 'is not read-only'}`);
  for (const operator of operators(summary.plan)) {
    const name = operator.operatorType.replace(/@.*$/, '');
    if (name === 'LoadCSV') reasons.add(REASON.loadCsv);
    else if (name === 'TransactionApply' || name === 'TransactionForeach') reasons.add(REASON.inTransactions);
    else if (/^(?:Show|Terminate|AdministrationCommand)/.test(name)) reasons.add(REASON.admin);
    else if (name === 'ProcedureCall') {
      const details = String(operator.arguments.Details ?? '');
      const called = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
      if (!ALLOWED_PROCEDURES.has(called)) reasons.add(procedure(called));
    }
  }
  return [...reasons];
}
