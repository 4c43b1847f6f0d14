/**
 * A larger graph of the real one's shape, for measuring how the API grows with the graph.
 * Copy k of the seed's plan is the whole real graph again (authorities, services,
 * inspections and judgements, people, posts, statements, sources and citations,
 * statistical neighbours) with every id, and every value a lookup or a search finds it by,
 * made its own: so each copy has exactly the real graph's proportions and degrees, every
 * question about one entity of the real graph has the same answer at any scale, and lists,
 * filters and searches see k times as many candidates. Copies are not linked to each other:
 * wiring them together would change the real entities' neighbourhoods, and with them the
 * answers the benches compare across scales.
 *
 * Each copy is loaded by the ordinary loader as a seed set of its own (`syntheticSet(k)`),
 * one transaction each, so a large scale needs no more memory per transaction than the
 * real seed does, an interrupted generation resumes where it stopped (copies already held
 * are skipped by fingerprint), and a smaller scale deletes the copies above it.
 */
import type { Database } from '../graph/database.ts';
import { ENTITY_LABEL, SEED_LOAD_LABEL } from '../graph/model.ts';
import { loadSeed, readSeedFolder, writeReading } from './load.ts';
import type { SeedPlan } from './plan.ts';

export const SYNTHETIC_SET_PREFIX = 'synthetic-copy-';

/** A query timeout long enough for one copy's transaction on a large graph. */
export const GENERATION_TIMEOUT_MS = 600_000;
export const syntheticSet = (copy: number) => `${SYNTHETIC_SET_PREFIX}${copy}`;

/** Values that find an entity (lookups, filters, search), besides its id. */
const FINDING_PROPERTIES = ['label', 'name', 'shortName', 'regionCode', 'value'];

/** Copy `copy` (2 and up; copy 1 is the real seed) of `plan`. */
export function copyPlan(plan: SeedPlan, copy: number): SeedPlan {
  if (!Number.isInteger(copy) || copy < 2) throw new RangeError(`A copy is numbered from 2 (got ${copy})`);
  const id = (original: string) => `${original}-copy${copy}`;
  const citations = (list: SeedPlan['nodes'][number]['citations']) =>
    list.map((c) => ({ ...c, source: id(c.source) }));
  return {
    nodes: plan.nodes.map((node) => {
      const props: Record<string, unknown> = { ...node.props, id: id(node.id) };
      for (const key of FINDING_PROPERTIES) {
        const value = props[key];
        if (typeof value === 'string') props[key] = `${value} ${copy}`;
      }
      return { ...node, id: id(node.id), props, citations: citations(node.citations) };
    }),
    relationships: plan.relationships.map((rel) => ({
      ...rel,
      from: id(rel.from),
      to: id(rel.to),
      citations: citations(rel.citations),
    })),
  };
}

/** The copies the graph holds, by number, from their load records. */
async function copiesHeld(db: Database): Promise<number[]> {
  return db.read({
    cypher: `MATCH (l:${SEED_LOAD_LABEL}) WHERE l.set STARTS WITH $prefix RETURN l.set AS set`,
    params: { prefix: SYNTHETIC_SET_PREFIX },
    map: ({ records }) =>
      records.map((r) => Number((r.get('set') as string).slice(SYNTHETIC_SET_PREFIX.length))),
  });
}

/** Deletes one copy, its load record last, in one transaction; returns the nodes deleted. */
async function removeCopy(db: Database, copy: number): Promise<number> {
  let deleted = 0;
  await db.writeTransaction(async (run) => {
    const counters = await run(`MATCH (n:${ENTITY_LABEL} {loadedBy: $set}) DETACH DELETE n`, {
      set: syntheticSet(copy),
    });
    deleted = counters.nodesDeleted ?? 0;
    await run(`MATCH (l:${SEED_LOAD_LABEL} {set: $set}) DELETE l`, { set: syntheticSet(copy) });
  });
  return deleted;
}

export interface Generation {
  scale: number;
  nodesWritten: number;
  relationshipsWritten: number;
  copiesSkipped: number;
  copiesRemoved: number;
  seconds: number;
}

/**
 * Makes the graph `scale` times the real one: the real seed, copies 2..scale, and no copy
 * above. The database's own query timeout must allow one copy's transaction.
 */
export async function generateScale(
  db: Database,
  scale: number,
  progress: (line: string) => void = () => {},
): Promise<Generation> {
  const real = await loadSeed(db);
  progress(`Copy 1 (the real seed): ${real.unchanged ? 'already held' : 'loaded'}.`);
  const { plan } = readSeedFolder();
  const above = (await copiesHeld(db)).filter((copy) => copy > scale).sort((a, b) => a - b);
  for (const copy of above) progress(`Removed copy ${copy}: ${await removeCopy(db, copy)} nodes.`);
  const started = Date.now();
  const generation = {
    scale,
    nodesWritten: 0,
    relationshipsWritten: 0,
    copiesSkipped: 0,
    copiesRemoved: above.length,
  };
  for (let copy = 2; copy <= scale; copy++) {
    const t0 = Date.now();
    const reading = { plan: copyPlan(plan, copy), rowsRead: 0, skipped: [], rejected: [] };
    const summary = await writeReading(db, reading, syntheticSet(copy));
    if (summary.unchanged) {
      generation.copiesSkipped += 1;
      continue;
    }
    generation.nodesWritten += summary.nodesCreated;
    generation.relationshipsWritten += summary.relationshipsCreated;
    progress(
      `Copy ${copy} of ${scale}: ${summary.nodesCreated} nodes, ${summary.relationshipsCreated} ` +
        `relationships in ${((Date.now() - t0) / 1000).toFixed(1)} s.`,
    );
  }
  return { ...generation, seconds: (Date.now() - started) / 1000 };
}
