/**
 * The one place that owns the Neo4j driver: sessions, transaction functions, timeouts, the
 * mapping of Neo4j values, and what the API does while Neo4j cannot be reached. Query
 * modules beside this file build `{ cypher, params }` and hand them here; nothing else in
 * the API talks to the driver.
 */
import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Result,
  type ResultSummary,
  type Session,
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

/**
 * Outages. The driver, left to itself, makes a request wait out an outage: a transaction
 * whose connection cannot be had is retried after ~1 s, 2 s, 4 s for up to
 * maxTransactionRetryTime (7.7 s in all with our 5 s, measured against a closed port).
 * That failure never reaches our transaction function, which is not called, so it cannot be
 * marked unretryable there; and even maxTransactionRetryTime 0 sleeps once (1.0 s measured),
 * as the time is checked before the first retry. The API therefore keeps its own view of
 * whether Neo4j is reachable:
 *
 * - A query that fails with an outage error, or is still running after SUSPECT_AFTER_MS,
 *   makes us ask Neo4j directly (PROBE: one auto-commit `RETURN 1`, which the driver never
 *   retries; refused in about a millisecond when the server is gone). Probes run on a
 *   driver of their own, so they never wait behind the main pool.
 * - When that probe fails with an outage error, or UNANSWERED_PROBES_FOR_DOWN probes in a
 *   row get no answer within PROBE_TIMEOUT_MS (a server frozen with its connections open
 *   sends no error at all), Neo4j is down: every request waiting on the driver is answered
 *   at once with a ServiceUnavailable error (errors.ts turns it into DATABASE_UNAVAILABLE,
 *   the routes into 503), and every new one is answered so before it reaches the driver.
 *   The probe then repeats every PROBE_INTERVAL_MS until one is answered.
 * - Only a probe decides, never a query's error alone: on a `neo4j://` cluster one member
 *   going away fails a query, but the probe is routed to a member still up, so the driver's
 *   own retry is left to move the query there.
 *
 * A request given up this way may still be waiting in the driver's retry sleep; when the
 * driver wakes it, our transaction function refuses to run it (without a retry), so a read
 * is never run for nobody and a write never lands after its caller was told it failed.
 * Only transaction functions that have not started yet are given up, except plain reads
 * (`read`, `explain`, `probe`), whose answers nobody else sees: a stream that has begun
 * sending records, or a write under way, ends with the driver's own error, which the dead
 * connection delivers at once.
 */
const OUTAGE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
/** Low enough to answer a request within 100 ms of an outage; a few probes a second at most. */
const SUSPECT_AFTER_MS = 40;
const SUSPECT_PROBE_GAP_MS = 250;
/** While down: the API is back within this (plus one probe) of Neo4j accepting connections. */
const PROBE_INTERVAL_MS = 100;
/**
 * A probe not answered within this counts as unanswered, though its promise may still be
 * pending: a Neo4j that is stopped (SIGSTOP), partitioned away or stuck in a pause keeps its
 * sockets open, so no error ever comes, and only a deadline of our own can see it.
 */
const PROBE_TIMEOUT_MS = 1_000;
/**
 * Unanswered probes in a row that mean down. One slow answer is not an outage (a busy
 * server, or this process off the CPU when the deadline fires); three in a row, about 3 s
 * of silence, are.
 */
const UNANSWERED_PROBES_FOR_DOWN = 3;
/**
 * Probes have a driver of their own, so they never queue behind the main pool's connections
 * to a frozen server. Once this many of its probes are left hanging it is replaced: a
 * connection that never answers would otherwise hold its pool forever and stop probing.
 */
const PROBE_POOL_SIZE = 2;
/** What 503s tell clients to wait (Retry-After): Neo4j is asked again far more often than that. */
export const RETRY_AFTER_SECONDS = 1;

export const isOutageError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && OUTAGE_CODES.has(code);
};

function notRetryable<E>(error: E): E {
  if (error instanceof Neo4jError) {
    error.retryable = false;
    error.retriable = false;
  }
  return error;
}

/** Neo4j's state as this API last saw it. */
export type Availability = { up: true } | { up: false; since: Date; reason: string };

/** One call into the driver, which an outage may give up before the driver does. */
interface Attempt {
  /** Our transaction function is running, or has run to its end (and may have side effects). */
  started: boolean;
  /** The caller was answered with an outage error; the driver must not run it later. */
  abandoned: boolean;
  /** Whether it may be given up once started. */
  abandonWhileRunning: boolean;
  reject: (error: Neo4jError) => void;
}

export class Database {
  readonly driver: Driver;
  /** Round trips made through this instance; tests read it to prove batching. */
  roundTrips = 0;

  private outage: { since: Date; reason: string } | undefined;
  private readonly attempts = new Set<Attempt>();
  private checking: Promise<boolean> | undefined;
  private probeDriver: Driver;
  /** Probes of the current probe driver past their deadline and still unanswered. */
  private hangingProbes = 0;
  /** Probes are numbered, so an older probe's late answer cannot override a newer one's. */
  private probesStarted = 0;
  /** The number of the newest probe whose answer (or silence) was taken into account. */
  private decidedBy = 0;
  private unansweredInARow = 0;
  private lastSuspicion = 0;
  private probeTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly listeners = new Set<(availability: Availability) => void>();

  constructor(private readonly config: Config['neo4j']) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      // Counts and ids stay far below 2^53, so plain numbers are safe and simpler to map.
      disableLosslessIntegers: true,
      // The driver's defaults suit batch jobs (30-60 s waits); an API should fail fast.
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // Left as it was: outages no longer wait in these retries (see above), which now serve
      // transient errors and cluster fail-over, where the driver's back-off is the right tool.
      maxTransactionRetryTime: 5_000,
      userAgent: 'public-bodies-graph',
    });
    this.probeDriver = this.newProbeDriver();
  }

  get uri(): string {
    return this.config.uri;
  }

  /** The time limit for researchers' own Cypher. */
  get cypherTimeoutMs(): number {
    return this.config.cypherTimeoutMs;
  }

  get availability(): Availability {
    return this.outage ? { up: false, ...this.outage } : { up: true };
  }

  /** Calls `listener` each time Neo4j is found unreachable or reachable again. */
  onAvailabilityChange(listener: (availability: Availability) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads go through `executeRead`, so a `neo4j://` cluster routes them to followers. */
  read<T>(query: Query<T>): Promise<T> {
    return this.attempt(true, async (attempt) => {
      const session = this.session('READ');
      try {
        this.roundTrips += 1;
        const result = await session.executeRead(
          (tx) => this.work(attempt, () => tx.run(query.cypher, plain(query.params ?? {}))),
          { timeout: this.config.queryTimeoutMs },
        );
        return query.map(result);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Runs a read once, without the retries of a transaction function: health checks must
   * report the database's state now, not wait for it to recover.
   */
  probe<T>(query: Query<T>): Promise<T> {
    return this.attempt(true, async () => {
      const session = this.session('READ');
      try {
        this.roundTrips += 1;
        return query.map(
          await session.run(query.cypher, query.params ?? {}, { timeout: this.config.queryTimeoutMs }),
        );
      } catch (error) {
        if (isOutageError(error)) void this.check();
        throw error;
      } finally {
        await session.close();
      }
    });
  }

  /** Neo4j's plan and query type for a query, without running it. */
  explain(cypher: string, params: Record<string, unknown>, timeoutMs?: number): Promise<ResultSummary> {
    return this.summaryOf('EXPLAIN', cypher, params, timeoutMs);
  }

  /** The summary of a read prefixed with EXPLAIN (planned only) or PROFILE (run and counted). */
  private summaryOf(
    prefix: 'EXPLAIN' | 'PROFILE',
    cypher: string,
    params: Record<string, unknown>,
    timeoutMs = this.config.queryTimeoutMs,
  ): Promise<ResultSummary> {
    return this.attempt(true, async (attempt) => {
      const session = this.session('READ');
      try {
        this.roundTrips += 1;
        const result = await session.executeRead(
          (tx) => this.work(attempt, () => tx.run(`${prefix} ${cypher}`, plain(params))),
          { timeout: timeoutMs },
        );
        return result.summary;
      } finally {
        await session.close();
      }
    });
  }

  /**
   * The database hits Neo4j counts running a read (PROFILE), summed over its plan: how the
   * benches tell an index-backed query from one that grows with the graph.
   */
  async profileDbHits(cypher: string, params: Record<string, unknown>): Promise<number> {
    const { profile } = await this.summaryOf('PROFILE', cypher, params);
    type Plan = { dbHits: number; children: Plan[] };
    const hits = (plan: Plan): number => plan.children.reduce((sum, child) => sum + hits(child), plan.dbHits);
    return profile ? hits(profile as Plan) : 0;
  }

  /**
   * A read whose records `consume` takes one at a time as they arrive (iterating the
   * result; leaving the loop early tells Neo4j to stop). `consume` may run more queries in
   * the same transaction, e.g. to look up what the records refer to.
   */
  readStream<T>(
    cypher: string,
    params: Record<string, unknown>,
    consume: (result: Result, tx: ManagedTransaction) => Promise<T>,
    options: StreamOptions = {},
  ): Promise<T> {
    return this.attempt(false, async (attempt) => {
      const session = this.driver.session({
        database: this.config.database,
        defaultAccessMode: 'READ',
        ...(options.fetchSize ? { fetchSize: options.fetchSize } : {}),
      });
      try {
        this.roundTrips += 1;
        return await session.executeRead(
          (tx) =>
            this.work(attempt, async () => {
              try {
                return await consume(tx.run(cypher, plain(params)), tx);
              } catch (error) {
                throw options.retry === false ? notRetryable(error) : error;
              }
            }),
          { timeout: options.timeoutMs ?? this.config.queryTimeoutMs },
        );
      } finally {
        await session.close();
      }
    });
  }

  /** Schema commands (constraints, indexes) run on their own: they cannot share a transaction. */
  schema(cypher: string): Promise<void> {
    return this.attempt(false, async (attempt) => {
      attempt.started = true;
      const session = this.session('WRITE');
      try {
        this.roundTrips += 1;
        await session.run(cypher);
      } catch (error) {
        if (isOutageError(error)) void this.check();
        throw error;
      } finally {
        await session.close();
      }
    });
  }

  /** Several writes in one transaction: all of them happen, or none. Resolves to their counters. */
  writeTransaction(work: (run: WriteStep) => Promise<void>): Promise<void> {
    return this.attempt(false, async (attempt) => {
      const session = this.session('WRITE');
      try {
        await session.executeWrite(
          (tx) =>
            this.work(attempt, () =>
              work(async (cypher, params) => {
                this.roundTrips += 1;
                const result = await tx.run(cypher, params);
                return result.summary.counters.updates();
              }),
            ),
          { timeout: this.config.queryTimeoutMs },
        );
      } finally {
        await session.close();
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    this.listeners.clear();
    // A probe driver whose server is frozen may never finish closing; it holds nothing else.
    let timer: NodeJS.Timeout | undefined;
    const probesClosed = Promise.race([
      this.probeDriver.close().catch(() => {}),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, PROBE_TIMEOUT_MS))),
    ]).finally(() => clearTimeout(timer));
    await Promise.all([this.driver.close(), probesClosed]);
  }

  private newProbeDriver(): Driver {
    return neo4j.driver(this.config.uri, neo4j.auth.basic(this.config.username, this.config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: PROBE_TIMEOUT_MS,
      connectionAcquisitionTimeout: PROBE_TIMEOUT_MS,
      maxConnectionPoolSize: PROBE_POOL_SIZE,
      maxTransactionRetryTime: 0,
      userAgent: 'public-bodies-graph (availability probe)',
    });
  }

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({ database: this.config.database, defaultAccessMode: mode });
  }

  /**
   * The error every request gets while Neo4j is down; errors.ts knows it by its code. Its
   * message is the driver's own reason, so logs read the same whichever error they see.
   */
  private unavailable(cause?: unknown): Neo4jError {
    return notRetryable(
      new Neo4jError(
        this.outage?.reason ?? `Neo4j at ${this.config.uri} is not reachable`,
        'ServiceUnavailable',
        '08000',
        'error: connection exception',
        undefined,
        cause instanceof Error ? cause : undefined,
      ),
    );
  }

  /**
   * Runs one call into the driver unless Neo4j is known to be down, and lets an outage
   * found meanwhile answer its caller at once (see the note on outages above).
   */
  private attempt<T>(abandonWhileRunning: boolean, call: (attempt: Attempt) => Promise<T>): Promise<T> {
    if (this.outage) return Promise.reject(this.unavailable());
    return new Promise<T>((resolve, reject) => {
      const attempt: Attempt = { started: false, abandoned: false, abandonWhileRunning, reject };
      this.attempts.add(attempt);
      const suspicion = setTimeout(() => this.suspect(), SUSPECT_AFTER_MS);
      suspicion.unref();
      call(attempt)
        .then(resolve, (error: unknown) => {
          if (isOutageError(error)) void this.check();
          reject(error);
        })
        .finally(() => {
          clearTimeout(suspicion);
          this.attempts.delete(attempt);
        });
    });
  }

  /**
   * Our side of a transaction function. A call given up during an outage is not run when
   * the driver retries it later; an outage error inside it is confirmed by a probe and, if
   * Neo4j is down, not retried either (the driver would sleep a second first).
   */
  private async work<T>(attempt: Attempt, run: () => Promise<T>): Promise<T> {
    if (attempt.abandoned || this.outage) throw this.unavailable();
    attempt.started = true;
    try {
      return await run();
    } catch (error) {
      if (isOutageError(error)) {
        // This transaction is over, and the driver may now sleep before calling again: as
        // with a call not yet started, an outage found meanwhile must be able to answer it.
        attempt.started = false;
        if (await this.check()) throw this.unavailable(error);
      }
      throw error;
    }
  }

  /** A call is taking long: if Neo4j has gone, find out now rather than after the driver's retries. */
  private suspect(): void {
    const now = Date.now();
    if (this.outage || this.checking || now - this.lastSuspicion < SUSPECT_PROBE_GAP_MS) return;
    this.lastSuspicion = now;
    void this.check();
  }

  /** Asks Neo4j whether it is there (one probe at a time); resolves to true when it is down. */
  private check(): Promise<boolean> {
    this.checking ??= this.probeOnce()
      .catch(() => this.outage !== undefined)
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

  /**
   * One `RETURN 1` on the probe driver. Resolves when it answers or when its deadline passes,
   * whichever comes first; an answer after the deadline is still taken into account, unless
   * a newer probe has spoken since.
   */
  private async probeOnce(): Promise<boolean> {
    if (this.closed) return this.outage !== undefined;
    const number = ++this.probesStarted;
    const driver = this.probeDriver;
    const session = driver.session({ database: this.config.database, defaultAccessMode: 'READ' });
    let hanging = false;
    const settled = session
      .run('RETURN 1', {}, { timeout: PROBE_TIMEOUT_MS })
      .then(
        () => this.verdict(number, driver, undefined, hanging),
        (error: unknown) => this.verdict(number, driver, error, hanging),
      )
      .finally(() => {
        if (hanging && driver === this.probeDriver) this.hangingProbes -= 1;
        void session.close().catch(() => {});
      });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        hanging = true;
        resolve(this.unanswered(number, driver, true));
      }, PROBE_TIMEOUT_MS);
      timer.unref();
    });
    try {
      return await Promise.race([settled, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A probe got no answer from the server: its deadline passed (`hung`), or the driver gave up. */
  private unanswered(number: number, driver: Driver, hung: boolean): boolean {
    if (this.closed) return this.outage !== undefined;
    if (hung && driver === this.probeDriver && ++this.hangingProbes >= PROBE_POOL_SIZE) {
      const stale = this.probeDriver;
      this.probeDriver = this.newProbeDriver();
      this.hangingProbes = 0;
      void stale.close().catch(() => {});
    }
    if (number < this.decidedBy) return this.outage !== undefined;
    this.decidedBy = number;
    this.unansweredInARow += 1;
    if (this.unansweredInARow >= UNANSWERED_PROBES_FOR_DOWN) {
      this.markDown(`Neo4j at ${this.config.uri} did not answer ${this.unansweredInARow} probes in a row`);
    }
    // Requests already waiting raise no new suspicion, so the next probe is ours to start.
    this.scheduleProbe();
    return this.outage !== undefined;
  }

  /**
   * An outage error means down; an answer from the server, even a refusal of the query
   * (a `Neo.` code), means up; the driver's own failures (a connection or pool timeout)
   * mean no answer, since the probes' pool serves nothing else. An answer from a probe older
   * than the one last taken into account is stale and ignored, and so is the driver giving
   * up on a probe already counted as unanswered at its deadline.
   */
  private verdict(number: number, driver: Driver, error: unknown, counted: boolean): boolean {
    if (this.closed || number < this.decidedBy) return this.outage !== undefined;
    if (isOutageError(error)) {
      this.decidedBy = number;
      this.unansweredInARow = 0;
      this.markDown((error instanceof Error ? error.message : String(error)).split('\n')[0] || 'unreachable');
    } else if (error === undefined || String((error as { code?: unknown }).code).startsWith('Neo.')) {
      this.decidedBy = number;
      this.unansweredInARow = 0;
      this.markUp();
    } else if (!counted) {
      return this.unanswered(number, driver, false);
    }
    return this.outage !== undefined;
  }

  private markDown(reason: string): void {
    if (this.outage || this.closed) return;
    this.outage = { since: new Date(), reason };
    const error = this.unavailable();
    for (const attempt of this.attempts) {
      if (attempt.started && !attempt.abandonWhileRunning) continue;
      attempt.abandoned = true;
      attempt.reject(error);
    }
    this.notify();
    this.scheduleProbe();
  }

  private markUp(): void {
    if (!this.outage) return;
    this.outage = undefined;
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    this.notify();
  }

  /**
   * The one probe loop: while Neo4j is down, or probes go unanswered, the next probe follows
   * the last one's result. Whatever a probe does, the loop goes on (a failure here would
   * leave the API refusing for good).
   */
  private scheduleProbe(): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    if (this.closed || (!this.outage && this.unansweredInARow === 0)) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      void this.check()
        .catch(() => {})
        .finally(() => {
          if (!this.probeTimer) this.scheduleProbe();
        });
    }, PROBE_INTERVAL_MS);
    this.probeTimer.unref();
  }

  /** A listener that throws must not stop the others, nor the probing that called it. */
  private notify(): void {
    const availability = this.availability;
    for (const listener of this.listeners) {
      try {
        listener(availability);
      } catch (error) {
        console.error('An availability listener failed:', error);
      }
    }
  }
}
