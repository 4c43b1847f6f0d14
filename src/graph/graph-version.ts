/**
 * The graph's version: what changes when, and only when, a seed load writes. Every load
 * commits in one transaction that ends by stamping its set's bookkeeping node (see
 * RECORD_LOAD in seed/fingerprint.ts), so a digest of those nodes moves exactly when the
 * data does. A load that finds nothing to do writes nothing and leaves it alone. Edits made
 * by hand outside a load are not seen; they should be followed by a load, as the README says.
 */
import { createHash } from 'node:crypto';
import type { Database, Query } from './database.ts';
import { SEED_LOAD_LABEL } from './model.ts';

const versionQuery: Query<string> = {
  cypher: `MATCH (l:${SEED_LOAD_LABEL})
           RETURN l.set AS set, l.fingerprint AS fingerprint, toString(l.loadedAt) AS loadedAt
           ORDER BY set`,
  map: ({ records }) =>
    createHash('sha256')
      .update(JSON.stringify(records.map((r) => [r.get('set'), r.get('fingerprint'), r.get('loadedAt')])))
      .digest('base64url')
      .slice(0, 16),
};

export const fetchGraphVersion = (db: Database): Promise<string> => db.probe(versionQuery);

export interface GraphVersion {
  /** The version last read, or null while it is not known (not read yet, or Neo4j down). */
  current(): string | null;
  stop(): void;
}

/**
 * Reads the version every `intervalMs` and calls `onChange` when it moves, so answers kept
 * for one version are dropped within that time of a load's commit. Many copies of the API
 * can serve one database: each reads the version for itself, and none needs telling.
 */
export function watchGraphVersion(
  db: Database,
  intervalMs: number,
  onChange: (version: string | null) => void,
): GraphVersion {
  let version: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const read = async () => {
    let next: string | null;
    try {
      next = await fetchGraphVersion(db);
    } catch {
      // Not knowing the version means nothing may be reused until it is known again.
      next = null;
    }
    if (stopped) return;
    if (next !== version) {
      version = next;
      onChange(version);
    }
    timer = setTimeout(read, intervalMs);
    timer.unref();
  };
  void read();
  return {
    current: () => version,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
