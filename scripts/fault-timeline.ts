/**
 * `npm run bench:faults`: the outage drill of test/faults.test.ts, printed as a timeline.
 * A throwaway Neo4j is started, the API serves it in this process, a few clients send
 * GraphQL, POST /cypher and GET /health in a loop; Neo4j is killed with SIGKILL, left dead
 * for a moment and started again on the same data and port. The figures: answers before,
 * at and during the outage (count, status codes, p50/p99/max latency), how long after Neo4j
 * accepts connections again the API gives its first correct answer, and the whole outage as
 * the clients saw it. Nothing here fails on a slow figure; the test holds the bounds.
 *
 * Then the same Neo4j is frozen with SIGSTOP (its sockets stay open, nothing answers) and
 * resumed with SIGCONT: how long the API takes to find it unreachable, how fast it refuses
 * meanwhile, and how long after SIGCONT it answers again.
 *
 * Settings: FAULT_CLIENTS (GraphQL clients, 4), FAULT_DOWN_MS (how long Neo4j stays dead
 * before the restart, 1500), FAULT_FROZEN_MS (how long it stays stopped, 8000).
 */
import {
  firstCorrectAfterRestart,
  latency,
  percentile,
  phaseOf,
  runFreezeDrill,
  runOutageDrill,
  stalledDuring,
  startDrillRig,
  type Answer,
  type Phase,
} from '../test/support/outage-drill.ts';

const RECOVERY_MS = 2_000;

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '-');

function row(label: string, answers: Answer[]): string {
  const statuses = new Map<string, number>();
  for (const a of answers) {
    const key = `${a.status}${a.code ? ` ${a.code}` : ''}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  const times = answers.map(latency);
  const tally = [...statuses].map(([key, n]) => `${n}× ${key}`).join(', ') || 'none';
  return [
    label.padEnd(28),
    String(answers.length).padStart(6),
    ms(percentile(times, 50)).padStart(10),
    ms(percentile(times, 99)).padStart(10),
    ms(Math.max(...times)).padStart(10),
    `  ${tally}`,
  ].join('');
}

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (got "${raw}")`);
  return value;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const started = performance.now();
  const rig = await startDrillRig(log);
  try {
    const t = await runOutageDrill(rig, {
      graphqlClients: setting('FAULT_CLIENTS', 4),
      downMs: setting('FAULT_DOWN_MS', 1_500),
      log,
    });
    const at = (time: number) => `${((time - t.killedAt) / 1000).toFixed(3).padStart(7)} s`;
    console.log('\nTimeline (seconds from the kill):');
    console.log(`${at(t.loadFrom)}  load starts`);
    console.log(`${at(t.killedAt)}  SIGKILL to Neo4j`);
    console.log(`${at(t.goneAt)}  Neo4j's process is gone`);
    if (t.apiDownAt !== undefined) console.log(`${at(t.apiDownAt)}  the API finds Neo4j unreachable`);
    console.log(`${at(t.restartedAt)}  Neo4j started again (same data, same port)`);
    console.log(`${at(t.acceptingAt)}  Neo4j accepts connections (a fresh driver's RETURN 1 succeeds)`);
    if (t.apiUpAt !== undefined) console.log(`${at(t.apiUpAt)}  the API finds Neo4j reachable again`);
    console.log(`${at(t.answeringAt)}  Neo4j answers that driver's first query reading data`);
    const refusals = t.answers.filter((a) => a.status === 503);
    if (refusals.length > 0) {
      console.log(`${at(Math.max(...refusals.map((a) => a.endedAt)))}  the API's last 503`);
    }
    const first = firstCorrectAfterRestart(t);
    if (first) console.log(`${at(first.endedAt)}  the API's first correct GraphQL answer`);
    console.log(`${at(t.loadTo)}  load stops`);

    const byPhase = (phase: Phase, kind?: Answer['kind']) =>
      t.answers.filter((a) => phaseOf(a, t, RECOVERY_MS) === phase && (!kind || a.kind === kind));
    console.log(
      `\n${'Answers'.padEnd(28)}${'count'.padStart(6)}${'p50'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}  statuses`,
    );
    for (const phase of ['up', 'at kill', 'down', 'recovering', 'recovered'] as const) {
      for (const kind of ['graphql', 'cypher', 'health'] as const) {
        const answers = byPhase(phase, kind);
        if (answers.length > 0) console.log(row(`${phase}: ${kind}`, answers));
      }
    }
    const atKill = byPhase('at kill');
    if (atKill.length > 0) {
      const after = Math.max(...atKill.map((a) => a.endedAt - t.killedAt));
      console.log(
        `\nIn flight at the kill: ${atKill.length}, the last answered ${ms(after)} after the kill.`,
      );
    }
    const down = byPhase('down');
    const retryAfter = (['graphql', 'cypher', 'health'] as const)
      .map((kind) => {
        const values = new Set(down.filter((a) => a.kind === kind).map((a) => a.retryAfter ?? 'none'));
        return `${kind} ${[...values].join('/')}`;
      })
      .join(', ');
    console.log(`While down: ${down.length} answers; Retry-After: ${retryAfter}.`);
    console.log(
      first
        ? `API answered correctly ${ms(first.endedAt - t.acceptingAt)} after Neo4j accepted connections ` +
            `(outage as clients saw it: ${((first.endedAt - t.killedAt) / 1000).toFixed(2)} s, ` +
            `of which Neo4j's restart ${((t.acceptingAt - t.restartedAt) / 1000).toFixed(2)} s); ` +
            `Neo4j's own first answer reading data took ${ms(t.answeringAt - t.acceptingAt)}.`
        : 'The API never answered correctly after the restart.',
    );
    const overBound = down.filter((a) => a.status === 503 && latency(a) > 100);
    const longest = Math.max(0, ...t.stalls.map((s) => s.to - s.from));
    console.log(
      `503s while down taking over 100 ms: ${overBound.length}, of which late only because this whole process ` +
        `was off the CPU: ${overBound.filter((a) => latency(a) - stalledDuring(a, t.stalls) <= 100).length} ` +
        `(longest stall of the event loop during the drill: ${ms(longest)}).`,
    );

    const f = await runFreezeDrill(rig, { frozenMs: setting('FAULT_FROZEN_MS', 8_000) });
    const since = (time: number | undefined) =>
      time === undefined ? 'never' : `${((time - f.frozenAt) / 1000).toFixed(3)} s`;
    console.log('\nFreeze (seconds from SIGSTOP):');
    console.log(`${since(f.apiDownAt)}  the API finds Neo4j unreachable`);
    console.log(`${since(f.thawedAt)}  SIGCONT`);
    console.log(`${since(f.apiUpAt)}  the API finds Neo4j reachable again`);
    const frozenPhase = (a: Answer) => {
      if (a.endedAt < f.frozenAt) return 'before';
      if (f.apiDownAt === undefined || a.sentAt < f.apiDownAt) return 'frozen, not yet found';
      if (a.sentAt < f.thawedAt) return 'frozen, found';
      if (f.apiUpAt === undefined || a.sentAt < f.apiUpAt) return 'resumed, not yet found';
      return 'resumed, found';
    };
    for (const phase of [
      'before',
      'frozen, not yet found',
      'frozen, found',
      'resumed, not yet found',
      'resumed, found',
    ]) {
      const answers = f.answers.filter((a) => frozenPhase(a) === phase);
      if (answers.length > 0) console.log(row(phase, answers));
    }
    console.log(`Total run: ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await rig.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
