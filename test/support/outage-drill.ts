/**
 * The outage drill behind test/faults.test.ts and `npm run bench:faults`: the real API on a
 * throwaway Neo4j, a few clients sending requests in a loop, then SIGKILL to Neo4j while
 * they run and a restart of the same server (same data folder, same port). Every answer is
 * recorded with when it was sent and when it came back, so the test and the script judge
 * the same run by the same clock.
 *
 * "Neo4j accepts connections" is measured apart from the API: from the restart on, a fresh
 * driver (nothing pooled, no retries) runs `RETURN 1` every 10 ms; its first success is
 * that moment.
 *
 * The clients and the API share this process, and on a small machine a JVM starting up can
 * keep the whole process off the CPU for a while; no code answers within 100 ms then. A
 * ticker records those stalls (the event loop not running at all) and how much of each the
 * process spent off the CPU, so a late answer can be told apart from one the API kept
 * waiting: a wait on a timer or a socket leaves the loop idle, not stalled, and the API
 * blocking its own loop keeps the process on the CPU; neither is excused.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { Database } from '../../src/graph/database.ts';
import { startServer, type ApiServer } from '../../src/http/server.ts';
import { runningPid } from '../../scripts/local-neo4j.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './throwaway-neo4j.ts';

export const DRILL_AUTHORITY = 'authority:outage-drill';
const GRAPHQL_QUERY = '{ authorities(first: 1) { edges { node { id } } } }';
const CYPHER_QUERY = 'MATCH (a:Authority) RETURN a.id AS id LIMIT 1';

export type RequestKind = 'graphql' | 'cypher' | 'health';

export interface Answer {
  kind: RequestKind;
  /** Milliseconds on the drill's clock (performance.now()). */
  sentAt: number;
  endedAt: number;
  /** HTTP status; 0 when the request itself failed (connection reset, refused). */
  status: number;
  /** The answer's error code (GraphQL extensions.code, the routes' error.code), if any. */
  code: string | undefined;
  /** What a healthy API answers: 200 and the drill's authority (or `ok` from /health). */
  correct: boolean;
  retryAfter: string | null;
}

/** A span during which this process's event loop did not run. */
export interface Stall {
  from: number;
  to: number;
  /** How much of the span (measured from the tick before it) the process was not on the CPU. */
  offCpuMs: number;
}

export interface DrillTimeline {
  answers: Answer[];
  stalls: Stall[];
  /** When the clients started sending. */
  loadFrom: number;
  /** SIGKILL sent to Neo4j's JVM. */
  killedAt: number;
  /** The JVM no longer exists (its pid is gone), so all its sockets are closed. */
  goneAt: number;
  /** The same Neo4j started again. */
  restartedAt: number;
  /** A fresh driver's `RETURN 1` first succeeded. */
  acceptingAt: number;
  /** That driver's first query reading data came back (NaN if it failed). */
  answeringAt: number;
  /** The clients stopped sending. */
  loadTo: number;
  /** When the API found Neo4j unreachable, and reachable again (its availability events). */
  apiDownAt: number | undefined;
  apiUpAt: number | undefined;
}

export interface DrillOptions {
  /** Clients sending GraphQL; one more sends POST /cypher and one GET /health. */
  graphqlClients?: number;
  /** Pause between one client's requests, so the load stays light on a small machine. */
  pauseMs?: number;
  /** Load before the kill. */
  upMs?: number;
  /** Neo4j stays dead this long before the restart. */
  downMs?: number;
  /** Load kept up after Neo4j accepts connections again. */
  afterMs?: number;
  log?: (line: string) => void;
}

function isCorrect(kind: RequestKind, status: number, body: unknown): boolean {
  if (status !== 200) return false;
  if (kind === 'health') return (body as { status?: unknown } | undefined)?.status === 'ok';
  if (kind === 'cypher')
    return (body as { rows?: unknown[][] } | undefined)?.rows?.[0]?.[0] === DRILL_AUTHORITY;
  const { data, errors } = (body ?? {}) as {
    data?: { authorities?: { edges?: { node: { id: string } }[] } };
    errors?: unknown;
  };
  return errors === undefined && data?.authorities?.edges?.[0]?.node.id === DRILL_AUTHORITY;
}

function codeOf(body: unknown): string | undefined {
  const b = body as { errors?: { extensions?: { code?: string } }[]; error?: { code?: string } } | undefined;
  return b?.errors?.[0]?.extensions?.code ?? b?.error?.code;
}

const REQUESTS: Record<RequestKind, { path: string; init: RequestInit }> = {
  graphql: {
    path: '/graphql',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GRAPHQL_QUERY }),
    },
  },
  cypher: {
    path: '/cypher',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CYPHER_QUERY }),
    },
  },
  health: { path: '/health', init: {} },
};

/** No answer within this ends the request, so a drill on an API that waits for good still ends. */
const SEND_TIMEOUT_MS = 20_000;

async function send(server: ApiServer, kind: RequestKind): Promise<Answer> {
  const sentAt = performance.now();
  try {
    const response = await fetch(`${server.url}${REQUESTS[kind].path}`, {
      ...REQUESTS[kind].init,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return {
      kind,
      sentAt,
      endedAt: performance.now(),
      status: response.status,
      code: codeOf(body),
      correct: isCorrect(kind, response.status, body),
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    return {
      kind,
      sentAt,
      endedAt: performance.now(),
      status: 0,
      code: (error as { cause?: { code?: string } }).cause?.code ?? String(error),
      correct: false,
      retryAfter: null,
    };
  }
}

/**
 * Records every span longer than `minMs` in which timers could not run, with how much of it
 * this process spent off the CPU. Only that part is excused: a stall the process spent
 * computing (the API blocking its own event loop) is the API's doing. process.cpuUsage()
 * counts every thread of the process, so the excuse errs on the small side.
 */
function watchStalls(minMs = 20): { stalls: Stall[]; stop: () => void } {
  const stalls: Stall[] = [];
  const tickMs = 5;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const ticker = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    if (now - last - tickMs > minMs) {
      const from = last + tickMs;
      const onCpuMs = (cpu.user + cpu.system) / 1000;
      stalls.push({ from, to: now, offCpuMs: Math.max(0, now - last - onCpuMs) });
    }
    last = now;
    lastCpu = process.cpuUsage();
  }, tickMs);
  return { stalls, stop: () => clearInterval(ticker) };
}

/**
 * Tries a fresh driver's `RETURN 1` every 10 ms, a few at a time (while Neo4j starts, one
 * attempt can hang for a while), until one succeeds: `accepting` is that moment. That
 * driver then asks the drill's own Cypher once, for how long Neo4j itself takes to answer
 * a first query that reads data after its restart (`answering`).
 */
function whenAccepting(
  neo: ThrowawayNeo4j,
  stop: AbortSignal,
): { accepting: Promise<number>; answering: Promise<number> } {
  let answered: (at: number) => void = () => {};
  const answering = new Promise<number>((resolve) => (answered = resolve));
  let won = false;
  const tryOnce = async (): Promise<number | undefined> => {
    const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), {
      connectionTimeout: 1_000,
      maxConnectionPoolSize: 1,
    });
    try {
      await driver.session().run('RETURN 1');
    } catch {
      // Not yet: refused, or the database is still coming online.
      await driver.close();
      return undefined;
    }
    const at = performance.now();
    if (won) {
      await driver.close();
      return undefined;
    }
    won = true;
    void driver
      .session()
      .run(CYPHER_QUERY)
      .then(
        () => answered(performance.now()),
        () => answered(NaN),
      )
      .finally(() => driver.close());
    return at;
  };
  const accepting = new Promise<number>((resolve, reject) => {
    let inFlight = 0;
    const tick = () => {
      if (won) return;
      if (stop.aborted) {
        answered(NaN);
        return reject(new Error('stopped before Neo4j accepted connections'));
      }
      if (inFlight < 4) {
        inFlight += 1;
        void tryOnce().then((at) => {
          inFlight -= 1;
          if (at !== undefined) resolve(at);
        });
      }
      setTimeout(tick, 10);
    };
    tick();
  });
  return { accepting, answering };
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return performance.now();
    }
    if (performance.now() > deadline) throw new Error(`Neo4j (pid ${pid}) still exists after SIGKILL`);
    await sleep(1);
  }
}

/** A running API over a throwaway Neo4j holding the drill's one authority. */
export interface DrillRig {
  neo4j: ThrowawayNeo4j;
  db: Database;
  server: ApiServer;
  close: () => Promise<void>;
}

export async function startDrillRig(log: (line: string) => void = () => {}): Promise<DrillRig> {
  const neo = await startThrowawayNeo4j(log);
  const db = new Database({
    uri: neo.uri,
    username: neo.username,
    password: neo.password,
    database: undefined,
    queryTimeoutMs: 15_000,
    cypherTimeoutMs: 5_000,
  });
  try {
    await db.driver.executeQuery('MERGE (a:Entity:Authority {id: $id}) SET a.name = $name', {
      id: DRILL_AUTHORITY,
      name: 'Outage drill',
    });
    const server = await startServer({ host: '127.0.0.1', port: 0 }, db);
    return {
      neo4j: neo,
      db,
      server,
      close: async () => {
        await server.stop();
        await db.close();
        await neo.destroy();
      },
    };
  } catch (error) {
    await db.close();
    await neo.destroy();
    throw error;
  }
}

/** Until every kind answers correctly, so the figures before a fault are not a cold start's. */
async function warmUp(server: ApiServer): Promise<void> {
  for (let i = 0; i < 20; i++) {
    for (const kind of ['graphql', 'cypher', 'health'] as const) {
      const answer = await send(server, kind);
      if (!answer.correct) throw new Error(`warm-up: ${kind} answered ${answer.status} ${answer.code}`);
    }
  }
}

/**
 * Clients of the given kinds, each sending one request after another, with the API's own
 * view of Neo4j and the process's stalls recorded, until `stop` (which is safe to call twice).
 */
function startLoad(rig: DrillRig, kinds: RequestKind[], pauseMs: number) {
  const seen: { downAt?: number; upAt?: number } = {};
  const stopListening = rig.db.onAvailabilityChange(({ up }) => {
    if (up) seen.upAt ??= performance.now();
    else seen.downAt ??= performance.now();
  });
  const stallWatch = watchStalls();
  const answers: Answer[] = [];
  let sending = true;
  const client = async (kind: RequestKind) => {
    while (sending) {
      answers.push(await send(rig.server, kind));
      await sleep(pauseMs);
    }
  };
  const clients = kinds.map(client);
  return {
    answers,
    stalls: stallWatch.stalls,
    seen,
    stop: async () => {
      if (!sending) return;
      sending = false;
      await Promise.all(clients);
      stallWatch.stop();
      stopListening();
    },
  };
}

/** Runs load, kills Neo4j, restarts it and records every answer. */
export async function runOutageDrill(rig: DrillRig, options: DrillOptions = {}): Promise<DrillTimeline> {
  const { graphqlClients = 4, pauseMs = 10, upMs = 1_500, downMs = 1_500, afterMs = 3_000 } = options;
  const log = options.log ?? (() => {});
  const { server, neo4j: neo } = rig;

  await warmUp(server);

  const loadFrom = performance.now();
  const kinds: RequestKind[] = [...Array<RequestKind>(graphqlClients).fill('graphql'), 'cypher', 'health'];
  const load = startLoad(rig, kinds, pauseMs);
  try {
    await sleep(upMs);
    const pid = runningPid(neo.instance);
    if (!pid) throw new Error('the throwaway Neo4j is not running');
    const killedAt = performance.now();
    process.kill(pid, 'SIGKILL');
    const goneAt = await waitUntilGone(pid, 10_000);
    log(`Killed Neo4j (pid ${pid}); its process was gone ${(goneAt - killedAt).toFixed(0)} ms later.`);
    await sleep(downMs);

    const restartedAt = performance.now();
    const stopPolling = new AbortController();
    const { accepting, answering } = whenAccepting(neo, stopPolling.signal);
    try {
      await neo.start();
    } catch (error) {
      stopPolling.abort();
      await accepting.catch(() => {});
      throw error;
    }
    const acceptingAt = await accepting;
    const remaining = acceptingAt + afterMs - performance.now();
    if (remaining > 0) await sleep(remaining);
    await load.stop();
    const answeringAt = await answering;
    return {
      answers: load.answers,
      stalls: load.stalls,
      loadFrom,
      killedAt,
      goneAt,
      restartedAt,
      acceptingAt,
      answeringAt,
      loadTo: performance.now(),
      apiDownAt: load.seen.downAt,
      apiUpAt: load.seen.upAt,
    };
  } finally {
    await load.stop();
  }
}

export type Phase = 'up' | 'at kill' | 'down' | 'recovering' | 'recovered';

/**
 * Where an answer falls. `at kill`: sent before Neo4j's process was gone and answered after
 * the kill (the sockets of a killed JVM close only as it exits). `down`: sent from then
 * until Neo4j accepts connections. `recovering`: the `recoveryMs` after that; `recovered`:
 * sent later still.
 */
export function phaseOf(answer: Answer, t: DrillTimeline, recoveryMs: number): Phase {
  if (answer.endedAt < t.killedAt) return 'up';
  if (answer.sentAt < t.goneAt) return 'at kill';
  if (answer.sentAt < t.acceptingAt) return 'down';
  if (answer.sentAt < t.acceptingAt + recoveryMs) return 'recovering';
  return 'recovered';
}

export const latency = (a: Answer): number => a.endedAt - a.sentAt;

/**
 * How long the process was off the CPU in stalls while the answer was under way: each
 * stall's off-CPU time, in proportion to the part of it the answer overlaps.
 */
export function stalledDuring(a: { sentAt: number; endedAt: number }, stalls: Stall[]): number {
  let total = 0;
  for (const s of stalls) {
    const overlap = Math.max(0, Math.min(s.to, a.endedAt) - Math.max(s.from, a.sentAt));
    if (overlap > 0) total += Math.min(overlap, (s.offCpuMs * overlap) / (s.to - s.from));
  }
  return total;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The first correct GraphQL answer after the kill, by when it arrived. */
export function firstCorrectAfterRestart(t: DrillTimeline): Answer | undefined {
  return t.answers
    .filter((a) => a.kind === 'graphql' && a.correct && a.sentAt > t.killedAt)
    .sort((a, b) => a.endedAt - b.endedAt)[0];
}

export interface FreezeTimeline {
  answers: Answer[];
  stalls: Stall[];
  /** SIGSTOP sent to Neo4j's JVM. */
  frozenAt: number;
  /** SIGCONT sent. */
  thawedAt: number;
  /** The API's availability events after the freeze. */
  apiDownAt: number | undefined;
  apiUpAt: number | undefined;
}

export interface FreezeOptions {
  /** Neo4j stays stopped this long. */
  frozenMs?: number;
  /** After SIGCONT, load goes on until the API reports Neo4j up, at most this long... */
  recoverWithinMs?: number;
  /** ...and then this long more. */
  afterMs?: number;
  pauseMs?: number;
}

/**
 * Stops Neo4j's JVM with SIGSTOP under light load (two GraphQL clients, one each for
 * /cypher and /health): its sockets stay open and nothing answers, as with a partition or
 * a long pause. Then SIGCONT, whatever happened meanwhile, so the server is never left
 * stopped.
 */
export async function runFreezeDrill(rig: DrillRig, options: FreezeOptions = {}): Promise<FreezeTimeline> {
  const { frozenMs = 8_000, recoverWithinMs = 15_000, afterMs = 1_500, pauseMs = 20 } = options;
  const { server, neo4j: neo } = rig;
  await warmUp(server);
  const pid = runningPid(neo.instance);
  if (!pid) throw new Error('the throwaway Neo4j is not running');

  const load = startLoad(rig, ['graphql', 'graphql', 'cypher', 'health'], pauseMs);
  let frozenAt: number;
  let thawedAt: number;
  try {
    await sleep(500);
    frozenAt = performance.now();
    process.kill(pid, 'SIGSTOP');
    try {
      await sleep(frozenMs);
    } finally {
      process.kill(pid, 'SIGCONT');
      thawedAt = performance.now();
    }
    const deadline = thawedAt + recoverWithinMs;
    const { seen } = load;
    while (seen.downAt !== undefined && seen.upAt === undefined && performance.now() < deadline)
      await sleep(20);
    await sleep(afterMs);
  } finally {
    await load.stop();
  }
  const { answers, stalls, seen } = load;
  return { answers, stalls, frozenAt, thawedAt, apiDownAt: seen.downAt, apiUpAt: seen.upAt };
}
