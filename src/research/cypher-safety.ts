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
  write: 'it writes to the graph (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH); queries are read-only',
};

// A clause keyword, not a property (`n.set`), label (`:Create`), map key (`{set: 1}`) or name part.
const WRITE_CLAUSE = /(?<![\w.$:])(?:CREATE|MERGE|SET|REMOVE|DELETE|FOREACH)(?![\w.]|\s*:)/i;

/**
 * Neo4j neither tracks the memory of values built inside one expression (a list
 * comprehension, `reduce`, `s + s`) nor checks the time limit until the expression is
 * done, so such a value can fill the heap or spin for minutes out of reach of
 * `db.memory.transaction.max` and the transaction timeout. Rows, `collect`, `ORDER BY` and
 * `DISTINCT` are tracked and stoppable; these limits are only for what is not.
 */
export const MAX_EXPRESSION_RANGE = 100_000;
/** Brackets nested deeper than this, or longer chains of one operator, take Neo4j's parser minutes. */
export const MAX_NESTING = 50;
export const MAX_OPERATORS = 100;
export const MAX_QUERY_LENGTH = 20_000;
export const MAX_REPLACE_CALLS = 8;
/** Each `reduce` body is read again for its accumulator, so their number bounds that work. */
export const MAX_REDUCE_CALLS = 20;

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
    // A bracket inside a quoted name is part of the name, not of the query's structure.
    (match) =>
      match.startsWith('`')
        ? match.replaceAll('`', '').replace(/[()[\]{}]/g, '_')
        : match.startsWith('/')
          ? ' '
          : "''",
  );
}

/** The code as Neo4j reads it: `\u0045` in a keyword or name is `E`, so `CR\u0045ATE` is CREATE. */
const unescaped = (code: string) =>
  code.replace(/\\u([0-9a-fA-F]{4})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

interface Brackets {
  /** For each opening bracket's index, the index of its closing bracket (or the end of the code). */
  closing: Map<number, number>;
  deepest: number;
  /** A closing bracket with nothing open before it. */
  unbalanced: boolean;
}

/**
 * Every bracket pair in one pass. Looking for each pair's end separately costs a pass per
 * bracket, which a query of many unclosed `reduce(` turns into seconds of work.
 */
function bracketsOf(code: string): Brackets {
  const closing = new Map<number, number>();
  const open: number[] = [];
  let deepest = 0;
  let unbalanced = false;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') {
      open.push(i);
      deepest = Math.max(deepest, open.length);
    } else if (c === ')' || c === ']' || c === '}') {
      const start = open.pop();
      if (start === undefined) unbalanced = true;
      else closing.set(start, i);
    }
  }
  for (const start of open) closing.set(start, code.length);
  return { closing, deepest, unbalanced };
}

/** The text from just past the bracket at `open` to its matching close, or to the end. */
const enclosed = (code: string, brackets: Brackets, open: number) =>
  code.slice(open + 1, brackets.closing.get(open) ?? code.length);

/** Splits on `separator` where it stands outside every bracket. */
function topLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * `+ - * / % ^` used as operators. Pattern arrows (`-[`, `]->`, `<-`, `--`) and the star of
 * a variable-length relationship (`[*]`, `[:R*1..3]`) or `count(*)` are not.
 */
function arithmeticOperators(code: string): number {
  const plain = code.match(/[+/%^]/g)?.length ?? 0;
  const minus = code.match(/(?<![-<\]])-(?!\s*[-[(>])/g)?.length ?? 0;
  const star = code.match(/\*(?!\s*(?:\d*\s*(?:\.\.|\])|\)))/g)?.length ?? 0;
  return plain + minus + star;
}

/** An integer literal, or a parameter holding a whole number; undefined for anything else. */
function integerOf(text: string, params: Record<string, unknown>): number | undefined {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) {
    const value = Number(trimmed);
    return Number.isFinite(value) ? value : undefined;
  }
  const name = /^\$(\w+)$/.exec(trimmed)?.[1];
  const value: unknown = name === undefined ? undefined : params[name];
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  // Parameters may already be driver integers by the time they are checked.
  if (
    value !== null &&
    typeof value === 'object' &&
    'toNumber' in value &&
    typeof value.toNumber === 'function'
  )
    return (value as { toNumber: () => number }).toNumber();
  return undefined;
}

const RANGE_BOUNDS =
  'range() inside an expression needs whole-number bounds and a step other than 0, written in the ' +
  'query or passed as parameters (or use UNWIND range(...) AS x, which streams)';

/** How many values `range(args)` yields, or undefined when the text does not fix it. */
function rangeSize(args: string, params: Record<string, unknown>): number | undefined {
  const parts = topLevel(args, ',').map((part) => integerOf(part, params));
  if (parts.length < 2 || parts.length > 3 || parts.some((n) => n === undefined)) return undefined;
  const [start, end, step = 1] = parts as number[];
  if (step === 0) return undefined;
  return Math.max(0, Math.floor((end! - start!) / step!) + 1);
}

/** Whether the text before `index` ends in the keyword UNWIND, read backwards so it costs no more than the gap. */
function followsUnwind(code: string, index: number): boolean {
  let i = index;
  while (i > 0 && /\s/.test(code[i - 1]!)) i -= 1;
  return i >= 6 && /^UNWIND$/i.test(code.slice(i - 6, i)) && (i === 6 || !/[\w.$]/.test(code[i - 7]!));
}

const NOT_VARIABLES = new Set(['null', 'true', 'false']);

/**
 * Bare variable names that one sum (`+` or `||`) adds more than once, as in `s + '' + s`
 * or `(s) + s`: each use doubles the value again. Brackets are looked through and literals
 * skipped; a property or element (`a.x`, `l[0]`) or a function's name is not a bare
 * variable, and anything but a term or `+` between two terms ends the sum.
 */
function repeatedInSums(code: string): string[] {
  const repeated = new Set<string>();
  let names = new Set<string>();
  let afterTerm = false;
  const term = (name?: string) => {
    // Two terms side by side (`s AS t`, `f(x) y`) belong to different expressions.
    if (afterTerm) names = new Set();
    if (name !== undefined) {
      if (names.has(name)) repeated.add(name);
      names.add(name);
    }
    afterTerm = true;
  };
  const tokens = /([A-Za-z_]\w*)|\$\w+|\d[\w.]*|''|\|\||\+|[()[\]]|\s+|[^]/g;
  for (const match of code.matchAll(tokens)) {
    const [token, word] = match;
    const next = code.slice(match.index + token.length).match(/^\s*(\S)/)?.[1];
    const previous = code.slice(Math.max(0, match.index - 1), match.index);
    if (word !== undefined) {
      const bare = previous !== '.' && next !== '.' && next !== '(' && next !== '[' && next !== ':';
      if (next === ':') {
        names = new Set();
        afterTerm = false;
      } else term(bare && !NOT_VARIABLES.has(word.toLowerCase()) ? word : undefined);
    } else if (token === '+' || token === '||') afterTerm = false;
    else if (/^(?:[()[\]]|\s+)$/.test(token)) continue;
    else if (token === "''" || token.startsWith('$') || /^\d/.test(token)) term();
    else {
      names = new Set();
      afterTerm = false;
    }
  }
  return [...repeated];
}

/** `name` as a whole variable name, not a property (`n.name`), parameter or part of a longer name. */
const variable = (name: string) => new RegExp(`(?<![\\w.$])${name}(?![\\w:])`, 'g');

/**
 * How often a `reduce` step uses its accumulator, counting a comprehension variable bound
 * over it (`[t IN [s] | t + t]`) as the accumulator itself: that binding stands for the
 * use it draws on, so it is not counted again.
 */
function accumulatorUses(step: string, accumulator: string): number {
  const family = [accumulator];
  let bindings = 0;
  for (const [, name, source] of step.matchAll(/(?<![\w.$])([A-Za-z_]\w*)\s+IN\s+([^|]*)/gi)) {
    if (family.some((member) => variable(member).test(source!))) {
      family.push(name!);
      bindings += 1;
    }
  }
  const uses = family.reduce(
    (sum, member) =>
      sum +
      [...step.matchAll(variable(member))].filter((m) => !/^\w+\s+IN\b/i.test(step.slice(m.index))).length,
    0,
  );
  return uses - bindings;
}

/**
 * Reasons to refuse a query whose expressions could grow a value past what Neo4j tracks:
 * a `reduce` step or a sum that uses the same value twice doubles it every time round, and
 * a `range` anywhere but straight after `UNWIND` (where rows stream and are stopped) is
 * materialised whole. Ranges are multiplied together, as if nested, since one inside
 * another's comprehension costs their product; an empty one counts as one, so that it
 * cannot cancel the rest.
 */
function growthReasons(code: string, params: Record<string, unknown>): string[] {
  const reasons: string[] = [];
  const brackets = bracketsOf(code);
  const reduces = [...code.matchAll(/\breduce\s*\(\s*([A-Za-z_]\w*)\s*=/gi)];
  if (reduces.length > MAX_REDUCE_CALLS)
    reasons.push(`reduce() is called ${reduces.length} times; at most ${MAX_REDUCE_CALLS}`);
  for (const match of reduces.length > MAX_REDUCE_CALLS ? [] : reduces) {
    const accumulator = match[1]!;
    const body = enclosed(code, brackets, match.index + match[0].indexOf('('));
    // Its size is only a number, so `size(acc)` beside `acc` does not double anything.
    const step = topLevel(body, '|')
      .slice(1)
      .join('|')
      .replace(new RegExp(`\\bsize\\s*\\(\\s*${accumulator}\\s*\\)`, 'gi'), '0');
    const uses = accumulatorUses(step, accumulator);
    if (uses > 1)
      reasons.push(
        `reduce uses its accumulator ${accumulator} ${uses} times in one step, so the value can double each time round`,
      );
    else if (uses === 1 && /\breplace\s*\(/i.test(step))
      reasons.push(
        `reduce passes its accumulator ${accumulator} through replace(), which can double it each time round`,
      );
  }
  const replaces = code.match(/\breplace\s*\(/gi)?.length ?? 0;
  if (replaces > MAX_REPLACE_CALLS)
    reasons.push(
      `replace() is called ${replaces} times; at most ${MAX_REPLACE_CALLS}, as each can double a string`,
    );
  for (const name of repeatedInSums(code))
    reasons.push(`${name} + ${name} doubles a value with each use (a sum may name a variable once)`);
  let product = 1;
  for (const match of code.matchAll(/\brange\s*\(/gi)) {
    if (followsUnwind(code, match.index)) continue;
    const size = rangeSize(enclosed(code, brackets, match.index + match[0].length - 1), params);
    if (size === undefined) {
      reasons.push(RANGE_BOUNDS);
      break;
    }
    product *= Math.max(1, size);
    if (product > MAX_EXPRESSION_RANGE) {
      reasons.push(
        `range() inside expressions yields ${product} values in all; at most ${MAX_EXPRESSION_RANGE} ` +
          '(use UNWIND range(...) AS x, which streams)',
      );
      break;
    }
  }
  return [...new Set(reasons)];
}

/**
 * Reasons to refuse a query before Neo4j so much as parses it: past these sizes its parser
 * ran for minutes (500 nested brackets, a chain of 300 additions) and could not be stopped
 * by the transaction timeout, holding a connection and a CPU throughout.
 */
export function parserReasons(query: string): string[] {
  if (query.length > MAX_QUERY_LENGTH)
    return [
      `the query is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} (pass values as parameters)`,
    ];
  const code = unescaped(codeOnly(query));
  const reasons: string[] = [];
  const { deepest, unbalanced } = bracketsOf(code);
  // A stray closing bracket would let the brackets after it nest deeper than they count.
  if (unbalanced) reasons.push('brackets do not balance (a closing bracket has no opening one)');
  if (deepest > MAX_NESTING) reasons.push(`brackets are nested ${deepest} deep; at most ${MAX_NESTING}`);
  const operators = arithmeticOperators(code);
  if (operators > MAX_OPERATORS)
    reasons.push(
      `the query has ${operators} arithmetic operators; at most ${MAX_OPERATORS} (pass lists as parameters)`,
    );
  return reasons;
}

/** Reasons to refuse that the text alone shows; `params` fix the bounds of `range($a, $b)`. */
export function textReasons(query: string, params: Record<string, unknown> = {}): string[] {
  const tooBig = parserReasons(query);
  if (tooBig.length > 0) return tooBig;
  const code = unescaped(codeOnly(query));
  const reasons = new Set<string>();
  // The plan's query type is not enough: a write the planner proves unreachable (behind
  // `WHERE false`) is reported as "r", and only the read-only transaction stops it.
  if (WRITE_CLAUSE.test(code)) reasons.add(REASON.write);
  for (const reason of growthReasons(code, params)) reasons.add(reason);
  if (/;\s*\S/.test(code)) reasons.add(REASON.statements);
  if (/\bLOAD\s+CSV\b/i.test(code)) reasons.add(REASON.loadCsv);
  if (/\bIN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) reasons.add(REASON.inTransactions);
  if (ADMIN.test(code)) reasons.add(REASON.admin);
  if (/(?:^|[{(])\s*USE\s/i.test(code)) reasons.add(REASON.use);
  const called = new Set<string>();
  for (const [, name] of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    called.add(name!.toLowerCase());
    if (!ALLOWED_PROCEDURES.has(name!)) reasons.add(procedure(name!));
  }
  for (const [, name] of code.matchAll(/(?<![\w.])((?:[A-Za-z_]\w*\s*\.\s*)+[A-Za-z_]\w*)\s*\(/g)) {
    const bare = name!.replace(/\s+/g, '');
    const namespace = bare.split('.')[0]!.toLowerCase();
    if (ALLOWED_PROCEDURES.has(bare) || ALLOWED_FUNCTION_NAMESPACES.has(namespace)) continue;
    // Already named as a procedure; a search of the whole text per call would cost a pass each.
    if (!called.has(bare.toLowerCase()))
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
