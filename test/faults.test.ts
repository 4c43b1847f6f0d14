import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_GRACE_MS } from '../src/research/researcher-cypher.ts';
import {
  latency,
  phaseOf,
  runFreezeDrill,
  runOutageDrill,
  stalledDuring,
  startDrillRig,
  type Answer,
  type DrillRig,
  type DrillTimeline,
  type FreezeTimeline,
  type Phase,
} from './support/outage-drill.ts';

/** While Neo4j is down, every answer within this; after it accepts connections, well within RECOVERY_MS. */
const DOWN_ANSWER_MS = 100;
const RECOVERY_MS = 2_000;

/** A frozen Neo4j is found out after three unanswered 1 s probes; the rest is slack for a slow machine. */
const FROZEN_FOUND_MS = 6_000;
const THAWED_RECOVERY_MS = 5_000;

// This file kills and freezes its Neo4j, so it owns one of its own, shared by both drills
// (see support/outage-drill.ts).
let rig: DrillRig;
beforeAll(async () => {
  rig = await startDrillRig();
}, 300_000);
afterAll(async () => {
  await rig?.close();
}, 120_000);

// Four GraphQL clients, one POST /cypher and one GET /health in a loop, SIGKILL, 1.5 s
// dead, a restart on the same data and port, 3 s more load.
describe('Neo4j killed with SIGKILL under load, then started again', () => {
  let t: DrillTimeline;
  beforeAll(async () => {
    t = await runOutageDrill(rig);
  }, 300_000);

  const inPhase = (phase: Phase) => t.answers.filter((a) => phaseOf(a, t, RECOVERY_MS) === phase);
  /** Time the API took, less any time this whole process was off the CPU (see outage-drill.ts). */
  const ownTime = (a: Answer, from = a.sentAt) =>
    a.endedAt - from - stalledDuring({ sentAt: from, endedAt: a.endedAt }, t.stalls);
  const describeAnswer = (a: Answer) =>
    `${a.kind} sent ${(a.sentAt - t.killedAt).toFixed(0)} ms after the kill: ${a.status} ${a.code ?? ''} ` +
    `in ${latency(a).toFixed(0)} ms (${ownTime(a).toFixed(0)} ms not counting stalls)`;
  /** 503 with the outage named: DATABASE_UNAVAILABLE on GraphQL and /cypher, a bare 503 on /health. */
  const isOutageAnswer = (a: Answer) =>
    a.status === 503 && (a.kind === 'health' ? a.code === undefined : a.code === 'DATABASE_UNAVAILABLE');

  it('answers correctly before the kill', () => {
    const up = inPhase('up');
    expect(up.filter((a) => a.kind === 'graphql').length).toBeGreaterThan(10);
    expect(up.filter((a) => !a.correct).map(describeAnswer)).toEqual([]);
  });

  it('answers every request sent while Neo4j is down with 503 and DATABASE_UNAVAILABLE within 100 ms', () => {
    const down = inPhase('down');
    expect(down.filter((a) => a.kind === 'graphql').length).toBeGreaterThan(100);
    expect(down.filter((a) => a.kind === 'cypher').length).toBeGreaterThan(10);
    // Neo4j may come back a poll (10 ms) before the fresh driver notices, and then a request
    // is answered properly; never before its restart began.
    const wrong = down.filter(
      (a) =>
        !(a.correct && a.sentAt >= t.restartedAt) && !(isOutageAnswer(a) && ownTime(a) <= DOWN_ANSWER_MS),
    );
    expect(wrong.map(describeAnswer)).toEqual([]);
  });

  it('ends the requests in flight at the kill within 100 ms of Neo4j being gone', () => {
    // In flight: sent before the killed JVM had exited (its sockets close as it exits) and
    // answered after the kill. Each either got its answer before the end or 503.
    const atKill = inPhase('at kill');
    expect(atKill.length).toBeGreaterThan(0);
    const late = atKill.filter(
      (a) => !(a.correct || isOutageAnswer(a)) || ownTime(a, Math.max(a.sentAt, t.goneAt)) > DOWN_ANSWER_MS,
    );
    expect(late.map(describeAnswer)).toEqual([]);
  });

  it('never answers with another status, and never drops a connection', () => {
    const other = t.answers.filter((a) => !a.correct && !isOutageAnswer(a));
    expect(other.map(describeAnswer)).toEqual([]);
  });

  it('says when to ask again on every 503: GraphQL, /cypher and /health (Retry-After)', () => {
    const refused = t.answers.filter((a) => a.status === 503);
    expect(new Set(refused.map((a) => a.kind))).toEqual(new Set(['graphql', 'cypher', 'health']));
    expect(new Set(refused.map((a) => a.retryAfter))).toEqual(new Set(['1']));
  });

  it('keeps serving /health throughout: 503 while Neo4j is down, 200 once it is back', () => {
    const health = (phase: Phase) => inPhase(phase).filter((a) => a.kind === 'health');
    expect(health('down').length).toBeGreaterThan(10);
    expect(health('down').every((a) => a.status === 503 || (a.correct && a.sentAt >= t.restartedAt))).toBe(
      true,
    );
    expect(health('recovered').length).toBeGreaterThan(0);
    expect(health('recovered').every((a) => a.correct)).toBe(true);
  });

  it('stops refusing within 2 s of Neo4j accepting connections, and answers correctly from then on', () => {
    // Accepting connections: a fresh driver's RETURN 1 succeeded (acceptingAt). The first
    // answers after that wait on Neo4j's own cold start (its first query in a new JVM
    // takes a second or more on a small machine), so the bound is on the API: no refusal
    // after 2 s, and every request sent from then on answered correctly.
    const lastRefusal = Math.max(...t.answers.filter((a) => a.status === 503).map((a) => a.endedAt));
    expect(lastRefusal - t.acceptingAt).toBeLessThanOrEqual(RECOVERY_MS);
    const recovering = inPhase('recovering').filter((a) => !a.correct);
    expect(
      recovering.filter((a) => !isOutageAnswer(a) || ownTime(a) > DOWN_ANSWER_MS).map(describeAnswer),
    ).toEqual([]);
    const recovered = inPhase('recovered');
    expect(recovered.filter((a) => a.kind === 'graphql').length).toBeGreaterThan(10);
    expect(recovered.filter((a) => !a.correct).map(describeAnswer)).toEqual([]);
  });
});

// SIGSTOP: the server keeps its sockets open and answers nothing, as behind a partition or
// in a long pause. No error ever reaches the driver; only the probes' deadline sees it.
describe('Neo4j frozen with SIGSTOP under load, then resumed with SIGCONT', () => {
  let t: FreezeTimeline;
  beforeAll(async () => {
    t = await runFreezeDrill(rig);
  }, 120_000);

  const ownTime = (a: Answer, from = a.sentAt) =>
    a.endedAt - from - stalledDuring({ sentAt: from, endedAt: a.endedAt }, t.stalls);
  const describeAnswer = (a: Answer) =>
    `${a.kind} sent ${(a.sentAt - t.frozenAt).toFixed(0)} ms after the freeze: ${a.status} ${a.code ?? ''} ` +
    `in ${latency(a).toFixed(0)} ms`;
  const isOutageAnswer = (a: Answer) =>
    a.status === 503 && (a.kind === 'health' ? a.code === undefined : a.code === 'DATABASE_UNAVAILABLE');

  it(`finds Neo4j unreachable within ${FROZEN_FOUND_MS / 1000} s of the freeze, of its own time`, () => {
    expect(t.apiDownAt).toBeDefined();
    // As for the answers below, time the machine kept this process off the CPU is not the
    // API's; but the probes keep wall-clock deadlines, so at most 2 s of it is excused.
    const excused = Math.min(2_000, stalledDuring({ sentAt: t.frozenAt, endedAt: t.apiDownAt! }, t.stalls));
    expect(t.apiDownAt! - t.frozenAt - excused, `${excused.toFixed(0)} ms excused`).toBeLessThanOrEqual(
      FROZEN_FOUND_MS,
    );
  });

  it('then ends the requests waiting on the frozen server, and answers new ones with 503 at once', () => {
    const during = t.answers.filter((a) => a.sentAt >= t.frozenAt && a.sentAt < t.thawedAt);
    expect(during.filter((a) => a.sentAt > t.apiDownAt!).length).toBeGreaterThan(50);
    // A request sent before the freeze may still have been answered by it. A /cypher query
    // already streaming is not given up (see database.ts): it ends at its own deadline.
    const runningCypher = (a: Answer) =>
      a.kind === 'cypher' &&
      a.sentAt < t.apiDownAt! &&
      a.status === 408 &&
      a.code === 'CYPHER_TIMEOUT' &&
      latency(a) <= rig.db.cypherTimeoutMs + CYPHER_GRACE_MS + DOWN_ANSWER_MS;
    const wrong = during.filter(
      (a) =>
        !runningCypher(a) &&
        (!(isOutageAnswer(a) || (a.correct && a.endedAt <= t.apiDownAt!)) ||
          ownTime(a, Math.max(a.sentAt, t.apiDownAt!)) > DOWN_ANSWER_MS),
    );
    expect(wrong.map(describeAnswer)).toEqual([]);
  });

  it(`answers correctly again within ${THAWED_RECOVERY_MS / 1000} s of SIGCONT, and never drops a connection`, () => {
    expect(t.apiUpAt).toBeDefined();
    expect(t.apiUpAt! - t.thawedAt).toBeLessThanOrEqual(THAWED_RECOVERY_MS);
    const after = t.answers.filter((a) => a.sentAt > t.apiUpAt!);
    expect(after.filter((a) => a.kind === 'graphql').length).toBeGreaterThan(10);
    expect(after.filter((a) => !a.correct).map(describeAnswer)).toEqual([]);
    const failed = t.answers.filter((a) => !a.correct && !isOutageAnswer(a) && a.status !== 408);
    expect(failed.map(describeAnswer)).toEqual([]);
  });
});
