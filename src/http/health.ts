import type { Request, Response } from 'express';
import { RETRY_AFTER_SECONDS, type Database } from '../graph/database.ts';
import { probeServerInfo, type ServerInfoRecord } from '../graph/server-info.ts';

const CHECK_TIMEOUT_MS = 3_000;

/** Asks Neo4j for its version, giving up after a few seconds so probes never hang. */
export async function checkDatabase(db: Database): Promise<ServerInfoRecord> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([probeServerInfo(db), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /health`: 200 once Neo4j answers, 503 while it does not; load balancers read the
 * status. While the API knows Neo4j to be down the answer is immediate (see the note on
 * outages in database.ts), so a check never waits out an outage.
 */
export const healthHandler = (db: Database) => async (_req: Request, res: Response) => {
  res.set('Cache-Control', 'no-store');
  try {
    const neo4j = await checkDatabase(db);
    res.status(200).json({ status: 'ok', neo4j });
  } catch {
    // The reason (addresses, driver messages) stays in the server's log via watchDatabase.
    res
      .set('Retry-After', String(RETRY_AFTER_SECONDS))
      .status(503)
      .json({ status: 'unavailable', neo4j: null });
  }
};

/** A one-line reason, never a stack trace. */
export function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

/**
 * Keeps trying until the database first answers, reporting each new reason once, so an
 * API started before its database waits instead of dying. Later outages are logged as
 * they begin and end; meanwhile requests are answered 503 (see database.ts).
 */
export function watchDatabase(db: Database, log: (line: string) => void, intervalMs = 5_000): () => void {
  let stopped = false;
  let connected = false;
  let timer: NodeJS.Timeout | undefined;
  let lastReason: string | undefined;
  let downSince: Date | undefined;
  const attempt = async () => {
    try {
      const info = await checkDatabase(db);
      if (stopped || connected) return;
      connected = true;
      log(`Connected to Neo4j ${info.version} (${info.edition}) at ${db.uri}.`);
    } catch (error) {
      const reason = describe(error);
      if (!stopped && reason !== lastReason) {
        log(`Neo4j at ${db.uri} is not reachable (${reason}); retrying every ${intervalMs / 1000}s.`);
        lastReason = reason;
      }
      if (!stopped && !connected) {
        clearTimeout(timer);
        timer = setTimeout(attempt, intervalMs);
      }
    }
  };
  const stopListening = db.onAvailabilityChange((availability) => {
    if (stopped) return;
    if (!connected) {
      // Still waiting for the first answer, and the database's own probe has just had one.
      if (availability.up) {
        clearTimeout(timer);
        void attempt();
      }
      return;
    }
    if (!availability.up) {
      downSince = availability.since;
      log(`Neo4j at ${db.uri} became unreachable (${availability.reason}); answering 503 until it is back.`);
    } else if (downSince) {
      const seconds = ((Date.now() - downSince.getTime()) / 1000).toFixed(1);
      log(`Neo4j at ${db.uri} is reachable again after ${seconds} s.`);
      downSince = undefined;
    }
  });
  void attempt();
  return () => {
    stopped = true;
    clearTimeout(timer);
    stopListening();
  };
}
