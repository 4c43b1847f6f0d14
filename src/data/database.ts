/**
 * The one place that owns the Neo4j driver: sessions, transaction functions, timeouts and
 * the mapping of Neo4j values. Query modules beside this file build `{ cypher, params }`
 * and hand them here; nothing else in the API talks to the driver.
 */
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Result,
  type ResultSummary,
} from 'neo4j-driver';
import type { Config } from '../config.ts';

export interface Query<T> {
  cypher: string;
  params?: Record<string, unknown>;
  /** Turns the driver's records into the data layer's own record type. */
  map: (result: QueryResult<RecordShape>) => T;
}

/**
 * GraphQL hands resolvers input objects without a prototype, which the driver cannot
 * serialise; copy them into ordinary objects (leaving the driver's own values alone).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the driver takes any parameter shape
function plain(value: unknown): any {
  if (Array.isArray(value)) return value.map(plain);
  const prototype = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype === null || prototype === Object.prototype) {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export interface StreamOptions {
  /** Neo4j ends the transaction after this long; the general query timeout when omitted. */
  timeoutMs?: number;
  /** Records pulled per batch, so a capped read does not fetch far past its cap. */
  fetchSize?: number;
  /**
   * False once output leaves the process as records arrive: a retried transaction would
   * send the same records twice, so a failure must surface instead.
   */
  retry?: boolean;
}

export type WriteStep = (cypher: string, params: Record<string, unknown>) => Promise<Record<string, number>>;

export class Database {
  readonly driver: Driver;
  /** Round trips made through this instance; tests read it to prove batching. */
  roundTrips = 0;

  constructor(private readonly config: Config['neo4j']) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      // Counts and ids stay far below 2^53, so plain numbers are safe and simpler to map.
      disableLosslessIntegers: true,
      // The driver's defaults suit batch jobs (30-60 s waits); an API should fail fast.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: 5_000,
      userAgent: 'public-bodies-graph',
    });
  }

  get uri(): string {
    return this.config.uri;
  }

  /** The time limit for researchers' own Cypher. */
  get cypherTimeoutMs(): number {
    return this.config.cypherTimeoutMs;
  }

  /** Reads go through `executeRead`, so a `neo4j://` cluster routes them to followers. */
  async read<T>(query: Query<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: 'READ' });
    try {
      this.roundTrips += 1;
      const result = await session.executeRead((tx) => tx.run(query.cypher, plain(query.params ?? {})), {
        timeout: this.config.queryTimeoutMs,
      });
      return query.map(result);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a read once, without the retries of a transaction function: health checks must
   * report the database's state now, not wait for it to recover.
   */
  async probe<T>(query: Query<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: 'READ' });
    try {
      this.roundTrips += 1;
      return query.map(
        await session.run(query.cypher, query.params ?? {}, { timeout: this.config.queryTimeoutMs }),
      );
    } finally {
      await session.close();
    }
  }

  /** Neo4j's plan and query type for a query, without running it. */
  async explain(cypher: string, params: Record<string, unknown>, timeoutMs?: number): Promise<ResultSummary> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: 'READ' });
    try {
      this.roundTrips += 1;
      const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`, plain(params)), {
        timeout: timeoutMs ?? this.config.queryTimeoutMs,
      });
      return result.summary;
    } finally {
      await session.close();
    }
  }

  /**
   * A read whose records `consume` takes one at a time as they arrive (iterating the
   * result; leaving the loop early tells Neo4j to stop). `consume` may run more queries in
   * the same transaction, e.g. to look up what the records refer to.
   */
  async readStream<T>(
    cypher: string,
    params: Record<string, unknown>,
    consume: (result: Result, tx: ManagedTransaction) => Promise<T>,
    options: StreamOptions = {},
  ): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: 'READ',
      ...(options.fetchSize ? { fetchSize: options.fetchSize } : {}),
    });
    try {
      this.roundTrips += 1;
      return await session.executeRead(
        async (tx) => {
          try {
            return await consume(tx.run(cypher, plain(params)), tx);
          } catch (error) {
            if (options.retry === false && error instanceof Neo4jError) {
              error.retryable = false;
              error.retriable = false;
            }
            throw error;
          }
        },
        { timeout: options.timeoutMs ?? this.config.queryTimeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) run on their own: they cannot share a transaction. */
  async schema(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: 'WRITE' });
    try {
      this.roundTrips += 1;
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  /** Several writes in one transaction: all of them happen, or none. Resolves to their counters. */
  async writeTransaction(work: (run: WriteStep) => Promise<void>): Promise<void> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite(
        async (tx) => {
          await work(async (cypher, params) => {
            this.roundTrips += 1;
            const result = await tx.run(cypher, params);
            return result.summary.counters.updates();
          });
        },
        { timeout: this.config.queryTimeoutMs },
      );
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
