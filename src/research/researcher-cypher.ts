/**
 * Researchers' own read-only Cypher: checked (cypher-safety.ts), then run in a read
 * transaction with a time limit and a row cap that stops pulling from Neo4j once reached.
 */
import neo4j, { Neo4jError, type ResultSummary } from 'neo4j-driver';
import { ValueMapper, type Json } from '../graph/cypher-values.ts';
import { parserReasons, planReasons, textReasons } from './cypher-safety.ts';
import type { Database } from '../graph/database.ts';
import { isDatabaseUnavailable } from '../errors.ts';

export const MAX_CYPHER_ROWS = 5000;

export interface CypherRequest {
  query: string;
  params?: unknown;
  limit?: number;
}

export interface CypherAnswer {
  columns: string[];
  rows: Json[][];
  truncated: boolean;
}

export type CypherErrorCode =
  | 'BAD_USER_INPUT'
  | 'CYPHER_REFUSED'
  | 'CYPHER_INVALID'
  | 'CYPHER_TIMEOUT'
  | 'CYPHER_MEMORY_LIMIT'
  | 'CYPHER_BUSY';

/** `params` deeper or larger than this is refused before anything walks it recursively. */
export const MAX_PARAM_DEPTH = 20;
export const MAX_PARAM_VALUES = 100_000;

/**
 * Neo4j stops the transaction itself at its time limit, but only between rows: a single
 * expression that spins (a huge `reduce`) is not stopped until it ends. The researcher is
 * answered this long after the limit whatever Neo4j is doing; the query keeps its slot in
 * MAX_CYPHER_AT_ONCE until Neo4j lets go, so stuck queries cannot pile up.
 */
export const CYPHER_GRACE_MS = 3_000;

/**
 * Neo4j's codes for a transaction stopped at a memory limit: its own share
 * (`db.memory.transaction.max`) or the pool of all transactions
 * (`dbms.memory.transaction.total.max`), and the heap itself as a last resort.
 */
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionOutOfMemoryError',
  'Neo.ClientError.General.TransactionOutOfMemoryError',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/**
 * Researchers' queries may each hold a connection for the whole time limit: a few at once
 * per API process, so they cannot take the pool from everything else.
 */
export const MAX_CYPHER_AT_ONCE = 4;
let running = 0;

/** How many researcher queries hold a slot now, including ones already answered as timed out. */
export const researcherQueriesRunning = () => running;

/** A refusal or failure the researcher can act on; `message` is meant to be shown. */
export class CypherError extends Error {
  constructor(
    readonly code: CypherErrorCode,
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = 'CypherError';
  }
}

const isClientError = (error: unknown): error is Neo4jError =>
  error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.');

/**
 * JSON has one kind of number; the driver would send every one as a float, which Cypher
 * rejects where it needs an integer (`LIMIT $n`, `range(0, $n)`). Whole numbers go as
 * integers; Cypher compares 1 and 1.0 as equal, so nothing is lost.
 */
function toCypher(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypher);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  return value;
}

/**
 * Refuses params nested or sized beyond the limits, walking them with a stack of its own
 * so that no depth of JSON can overflow ours (the conversions after it recurse).
 */
function checkParamShape(params: object): void {
  const pending: [unknown, number][] = [[params, 1]];
  let values = 0;
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    values += 1;
    if (values > MAX_PARAM_VALUES)
      throw new CypherError(
        'BAD_USER_INPUT',
        `Argument "params" holds more than ${MAX_PARAM_VALUES} values; send less.`,
        'params',
      );
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_PARAM_DEPTH)
      throw new CypherError(
        'BAD_USER_INPUT',
        `Argument "params" is nested more than ${MAX_PARAM_DEPTH} levels deep.`,
        'params',
      );
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
}

function validate(request: CypherRequest): { limit: number; params: Record<string, unknown> } {
  const limit = request.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CYPHER_ROWS)
    throw new CypherError(
      'BAD_USER_INPUT',
      `Argument "limit" must be between 1 and ${MAX_CYPHER_ROWS} (got ${String(limit)}).`,
      'limit',
    );
  if (typeof request.query !== 'string' || request.query.trim() === '')
    throw new CypherError('BAD_USER_INPUT', 'Argument "query" must be a non-empty Cypher query.', 'query');
  const params = request.params ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params))
    throw new CypherError(
      'BAD_USER_INPUT',
      'Argument "params" must be a JSON object of parameters.',
      'params',
    );
  checkParamShape(params);
  return { limit, params: toCypher(params) as Record<string, unknown> };
}

const refused = (reasons: string[]) =>
  new CypherError('CYPHER_REFUSED', `Query refused: ${reasons.join('; ')}.`);

async function check(db: Database, query: string, params: Record<string, unknown>): Promise<void> {
  const fromText = textReasons(query, params);
  // Past these sizes Neo4j's parser itself runs away, so it is not asked.
  if (parserReasons(query).length > 0) throw refused(fromText);
  let summary: ResultSummary;
  try {
    summary = await db.explain(query, params, db.cypherTimeoutMs);
  } catch (error) {
    if (!isClientError(error)) throw named(error, db.cypherTimeoutMs);
    // A text reason explains better than the planner's complaint about, say, a missing procedure.
    if (fromText.length > 0) throw refused(fromText);
    if (error.code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand')
      throw refused(['administration commands are not allowed']);
    throw new CypherError('CYPHER_INVALID', `Neo4j cannot run this query: ${error.message}`);
  }
  const reasons = [...new Set([...planReasons(summary), ...fromText])];
  if (reasons.length > 0) throw refused(reasons);
}

export async function runResearcherCypher(db: Database, request: CypherRequest): Promise<CypherAnswer> {
  if (running >= MAX_CYPHER_AT_ONCE) {
    throw new CypherError(
      'CYPHER_BUSY',
      `At most ${MAX_CYPHER_AT_ONCE} researcher queries run at once; try again shortly.`,
    );
  }
  running += 1;
  const work = checkedRun(db, request).finally(() => {
    running -= 1;
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timedOut(db.cypherTimeoutMs)), db.cypherTimeoutMs + CYPHER_GRACE_MS);
  });
  // The late answer of a query already reported as timed out is nobody's to handle.
  work.catch(() => {});
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const timedOut = (timeoutMs: number) =>
  new CypherError(
    'CYPHER_TIMEOUT',
    `The query ran longer than ${timeoutMs} ms and was stopped; narrow it or add a LIMIT.`,
  );

/**
 * Neo4j's failures of a researcher's query as the error to show. Only a client error's
 * message is about the query; a database error's is Neo4j's internals, so it passes
 * through (as does "cannot reach the database") to be logged and masked as usual.
 */
export function named(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError) || isDatabaseUnavailable(error)) return error;
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return timedOut(timeoutMs);
  // A write the plan did not show (see cypher-safety.ts), stopped by the read-only transaction.
  if (error.code === 'Neo.ClientError.Statement.AccessMode')
    return new CypherError('CYPHER_REFUSED', 'Query refused: it writes to the graph; queries are read-only.');
  if (MEMORY_CODES.has(error.code))
    return new CypherError(
      'CYPHER_MEMORY_LIMIT',
      `The query needed more memory than one query may use and was stopped (${error.message}); ` +
        'narrow it, aggregate sooner or add a LIMIT.',
    );
  if (error.code.startsWith('Neo.ClientError.'))
    return new CypherError('CYPHER_INVALID', `Neo4j could not run this query: ${error.message}`);
  // A transient stop (the transaction terminated, a lock or leader lost) may pass on a retry.
  if (error.code.startsWith('Neo.TransientError.'))
    return new CypherError('CYPHER_BUSY', `Neo4j stopped the query (${error.code}); try again.`);
  return error;
}

async function checkedRun(db: Database, request: CypherRequest): Promise<CypherAnswer> {
  const { limit, params } = validate(request);
  await check(db, request.query, params);
  const timeoutMs = db.cypherTimeoutMs;
  try {
    return await db.readStream(
      request.query,
      params,
      async (result, tx) => {
        const mapper = new ValueMapper();
        const columns = await result.keys();
        const rows: Json[][] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === limit) {
            truncated = true;
            break;
          }
          rows.push(columns.map((column) => mapper.map(record.get(column))));
        }
        const unresolved = mapper.unresolved();
        const found =
          unresolved.length === 0
            ? []
            : (
                await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id', {
                  ids: unresolved,
                })
              ).records
                .filter((r) => typeof r.get('id') === 'string')
                .map((r) => [r.get('e') as string, r.get('id') as string] as [string, string]);
        mapper.resolve(found);
        return { columns: [...columns], rows, truncated };
      },
      // No retries: a transient failure (a memory limit, say) would run the query again and
      // stretch one request over several time and memory budgets.
      { timeoutMs, fetchSize: Math.min(limit + 1, 1000), retry: false },
    );
  } catch (error) {
    throw named(error, timeoutMs);
  }
}
