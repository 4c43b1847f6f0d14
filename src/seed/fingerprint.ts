/**
 * What lets a seed load be skipped: a fingerprint of everything the writer would write for a
 * plan, and the record of the last successful load of each seed set, kept in the graph.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../graph/database.ts';
import { ENTITY_LABEL, SEED_LOAD_LABEL } from '../graph/model.ts';

/**
 * Bump whenever the writer would write something else for the same plan (a new property,
 * another shape of citation key, a new kind of row): graphs loaded by the older writer then
 * no longer match and are written again. Schema setup is not covered, as it runs on every
 * load anyway.
 */
export const SEED_WRITE_FORMAT = 1;

/**
 * One text per value, whatever order its keys were built in. Only the values the driver
 * sends as they are may appear: anything else would serialise to something that does not
 * say what gets stored, and two different plans could then share a fingerprint.
 */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // JSON would write NaN and the infinities as null; these markers are not valid JSON,
      // so they cannot be mistaken for any string or number.
      return Number.isFinite(value) ? JSON.stringify(value) : `#${value}`;
    case 'bigint':
      return `${value}n`;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  throw new TypeError(`A seed value the fingerprint cannot describe: ${String(value)}`);
}

/** What a load writes, grouped as the writer sends it: the fingerprint is taken of exactly this. */
export interface SeedRows {
  nodes: [string, { id: string; props: Record<string, unknown> }[]][];
  relationships: [string, { from: string; to: string; props: Record<string, unknown> }[]][];
  citations: { target: string; source: string; key: string; props: Record<string, unknown> }[];
}

/**
 * A hash of everything a load would write: every row with its properties (date bounds and
 * markers included), the set, whether it prunes, and the writer's format. Equal
 * fingerprints mean equal writes, so a set whose last successful load had this one already
 * holds it, unless the graph was changed by other means since (hence `force`).
 */
export function seedFingerprint(rows: SeedRows, seedSet: string, prune: boolean): string {
  return createHash('sha256')
    .update(canonical({ format: SEED_WRITE_FORMAT, seedSet, prune, ...rows }))
    .digest('hex');
}

/**
 * Whether the last successful load of `seedSet` wrote this fingerprint and the set still has
 * the nodes it left. The count is a cheap check against nodes deleted by hand; other hand
 * edits need `force`.
 */
export async function alreadyLoaded(db: Database, seedSet: string, fingerprint: string): Promise<boolean> {
  return db.read({
    cypher: `OPTIONAL MATCH (l:${SEED_LOAD_LABEL} {set: $seedSet})
             RETURN l.fingerprint AS fingerprint, l.nodes AS recorded,
                    COUNT { MATCH (n:${ENTITY_LABEL} {loadedBy: $seedSet}) } AS present`,
    params: { seedSet },
    map: ({ records }) => {
      const record = records[0];
      return record?.get('fingerprint') === fingerprint && record.get('recorded') === record.get('present');
    },
  });
}

/**
 * Cypher that forgets the last load of every set named by `marker`, a `loadedBy` value of
 * the rows `match` yields: those sets no longer hold the graph as they left it, so their
 * next load must write.
 */
export const forgetLoads = (match: string, marker: string) =>
  `${match}
   WITH collect(DISTINCT ${marker}) AS sets
   MATCH (l:${SEED_LOAD_LABEL}) WHERE l.set IN sets DELETE l`;

/** Cypher that records a successful load of `$seedSet` with `$fingerprint` and the nodes it left. */
export const RECORD_LOAD = `MERGE (l:${SEED_LOAD_LABEL} {set: $seedSet})
   SET l.fingerprint = $fingerprint, l.loadedAt = datetime(),
       l.nodes = COUNT { MATCH (n:${ENTITY_LABEL} {loadedBy: $seedSet}) }`;
