/**
 * Writes a validated seed plan. Constraints come first (schema changes cannot share a
 * transaction with data); then the whole seed goes in one write transaction, so a failed
 * load leaves the graph as it was and can simply be run again. Every write is a MERGE on
 * a stable id, so a second load creates nothing.
 *
 * Every node, relationship and citation a load writes carries `loadedBy`, the name of its
 * seed set. That marker is what lets a load delete the nodes an earlier load of the same
 * set wrote and this plan no longer has, without touching other sets or nodes made by
 * other means (which have no marker).
 *
 * A load whose plan is exactly what the last successful load of its set wrote is skipped:
 * see seed-fingerprint.ts.
 */
import type { SeedPlan } from './plan.ts';
import type { Database } from '../graph/database.ts';
import { LABEL, MODEL } from '../graph/graph-model.ts';
import { ENTITY_LABEL as ENTITY, SEED_LOAD_LABEL } from '../graph/model.ts';

const NODE_TYPES = [...MODEL.nodeTypes.keys()];
const { relationshipTypes: RELATIONSHIP_TYPES, citationType: CITES, sourceType: SOURCE } = MODEL;
import { SEARCH_INDEX_DDL } from '../graph/search-index.ts';
import { alreadyLoaded, forgetLoads, RECORD_LOAD, seedFingerprint, type SeedRows } from './fingerprint.ts';
import { parseDateSpan, parsePartialDate } from '../partial-date.ts';

export interface SeedSummary {
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesDeleted: number;
  propertiesSet: number;
  /** True when the graph already held this plan (by fingerprint) and nothing was written. */
  unchanged: boolean;
}

export interface WriteOptions {
  /** The seed set this load belongs to, written as `loadedBy` on all it writes. */
  seedSet: string;
  /**
   * Whether to delete the set's nodes that are not in the plan. Off when the plan may be
   * missing entries that still exist (rows rejected and skipped), as their nodes would go.
   */
  prune: boolean;
  /** Write even when the fingerprint says the graph already holds this plan. */
  force?: boolean;
  progress?: (line: string) => void;
}

const emptySummary = (): SeedSummary => ({
  nodesCreated: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  nodesDeleted: 0,
  propertiesSet: 0,
  unchanged: false,
});

// Map.groupBy arrives in Node 21; we support Node 20.
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export async function ensureConstraints(db: Database): Promise<void> {
  const statements = [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY}) REQUIRE n.id IS UNIQUE`,
    ...NODE_TYPES.map(
      (type) =>
        `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR (n:${type}) REQUIRE n.id IS UNIQUE`,
    ),
    `CREATE CONSTRAINT seed_load_set IF NOT EXISTS FOR (n:${SEED_LOAD_LABEL}) REQUIRE n.set IS UNIQUE`,
    ...MODEL.indexes.map(
      ({ name, type, property }) =>
        `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${LABEL[type]}) ON (n.${property})`,
    ),
    SEARCH_INDEX_DDL,
  ];
  for (const cypher of statements) await db.schema(cypher);
  await db.schema('CALL db.awaitIndexes(60)');
}

/** Adds `<field>Earliest` / `<field>Latest` beside each partial date, so Cypher can sort and filter. */
export function withDateBounds(
  props: Record<string, unknown>,
  dateFields: Set<string>,
): Record<string, unknown> {
  const out = { ...props };
  for (const [key, value] of Object.entries(props)) {
    if (!dateFields.has(key) || typeof value !== 'string') continue;
    const span = parseDateSpan(value);
    const start = span?.start ?? parsePartialDate(value);
    // An open span ("2009/") has no latest day.
    const end = span ? span.end : start;
    if (start) out[`${key}Earliest`] = start.earliest;
    if (end) out[`${key}Latest`] = end.latest;
  }
  return out;
}

/** The rows the writer sends for a plan, grouped as it sends them. */
function seedRows(plan: SeedPlan, dateFields: Set<string>, seedSet: string): SeedRows {
  const nodes = [...groupBy(plan.nodes, (n) => n.type)].map(([type, group]) => {
    if (!NODE_TYPES.includes(type)) throw new Error(`Unknown node type ${type}`);
    const rows = group.map((n) => ({
      id: n.id,
      props: { ...withDateBounds(n.props, dateFields), loadedBy: seedSet },
    }));
    return [type, rows] as SeedRows['nodes'][number];
  });
  const relationships = [...groupBy(plan.relationships, (r) => r.type)].map(([type, group]) => {
    if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`Unknown relationship type ${type}`);
    const rows = group.map((r) => ({
      from: r.from,
      to: r.to,
      props: {
        ...r.props,
        field: r.field,
        sources: r.citations.map((c) => c.source),
        locators: r.citations.map((c) => c.locator),
        loadedBy: seedSet,
      },
    }));
    return [type, rows] as SeedRows['relationships'][number];
  });
  const citations = plan.nodes.flatMap((node) =>
    node.citations.map((c, order) => ({
      target: node.id,
      source: c.source,
      key: `${c.locator}|${c.field ?? ''}|${order}`,
      props: { ...c, order, loadedBy: seedSet },
    })),
  );
  return { nodes, relationships, citations };
}

export async function writeSeed(
  db: Database,
  plan: SeedPlan,
  dateFields: Set<string>,
  { seedSet, prune, force, progress }: WriteOptions,
): Promise<SeedSummary> {
  const say = progress ?? (() => {});
  // Runs even when nothing is written: it is cheap when all exists, and an index dropped by
  // hand or added to the code since the last load would not show in the fingerprint.
  await ensureConstraints(db);
  const summary = emptySummary();
  const rows = seedRows(plan, dateFields, seedSet);
  const fingerprint = seedFingerprint(rows, seedSet, prune);
  if (!force && (await alreadyLoaded(db, seedSet, fingerprint))) {
    say('Seed unchanged since the last load: nothing written.');
    return { ...summary, unchanged: true };
  }
  const ids = plan.nodes.map((n) => n.id);
  // What each entry owns after this load: its outgoing relationships and the citations
  // pointing at it. Anything else an earlier load wrote for these entries goes.
  const owned = new Map(
    plan.nodes.map((n) => [n.id, { id: n.id, rels: [] as string[], citations: [] as string[] }]),
  );
  for (const r of plan.relationships) owned.get(r.from)?.rels.push(`${r.type}|${r.to}`);
  for (const c of rows.citations) owned.get(c.target)?.citations.push(`${c.source}|${c.key}`);

  await db.writeTransaction(async (run) => {
    // The driver may retry the whole transaction; count only the attempt that commits.
    Object.assign(summary, emptySummary());
    // Another set's fingerprint describes its nodes as it wrote them; once this load takes
    // some over (or deletes what linked to them, below), that set's next load must write.
    // These bookkeeping writes stay out of the summary, which counts the graph's own changes.
    await run(
      forgetLoads(`MATCH (n:${ENTITY}) WHERE n.id IN $ids AND n.loadedBy <> $seedSet`, 'n.loadedBy'),
      {
        ids,
        seedSet,
      },
    );
    for (const [type, nodeRows] of rows.nodes) {
      say(`Writing ${nodeRows.length} ${type} nodes.`);
      add(
        await run(`UNWIND $rows AS row MERGE (n:${ENTITY}:${type} {id: row.id}) SET n = row.props`, {
          rows: nodeRows,
        }),
      );
    }
    for (const [type, relRows] of rows.relationships) {
      say(`Writing ${relRows.length} ${type} relationships.`);
      add(
        await run(
          `UNWIND $rows AS row
           MATCH (a:${ENTITY} {id: row.from}), (b:${ENTITY} {id: row.to})
           MERGE (a)-[r:${type}]->(b) SET r = row.props`,
          { rows: relRows },
        ),
      );
    }
    say(`Writing ${rows.citations.length} citations.`);
    add(
      await run(
        `UNWIND $rows AS row
         MATCH (s:${SOURCE} {id: row.source}), (n:${ENTITY} {id: row.target})
         MERGE (s)-[c:${CITES} {key: row.key}]->(n) SET c = row.props, c.key = row.key`,
        { rows: rows.citations },
      ),
    );
    // Any load's marker counts, not only this set's: an entry belongs to the set that loaded
    // it last, so what another set wrote for it is as stale as what this one wrote.
    say('Removing what earlier loads wrote for these entries and this one does not.');
    add(
      await run(
        `UNWIND $owned AS row
         MATCH (a:${ENTITY} {id: row.id})-[r]->(b:${ENTITY})
         WHERE r.loadedBy IS NOT NULL AND type(r) <> '${CITES}' AND NOT (type(r) + '|' + b.id) IN row.rels
         DELETE r`,
        { owned: [...owned.values()] },
      ),
    );
    add(
      await run(
        `UNWIND $owned AS row
         MATCH (s:${SOURCE})-[c:${CITES}]->(:${ENTITY} {id: row.id})
         WHERE c.loadedBy IS NOT NULL AND NOT (s.id + '|' + c.key) IN row.citations
         DELETE c`,
        { owned: [...owned.values()] },
      ),
    );
    if (prune) {
      say(`Removing the nodes of seed set '${seedSet}' that this load no longer has.`);
      await run(
        forgetLoads(
          `MATCH (n:${ENTITY} {loadedBy: $seedSet})-[r]-() WHERE NOT n.id IN $ids AND r.loadedBy <> $seedSet`,
          'r.loadedBy',
        ),
        { ids, seedSet },
      );
      add(
        await run(
          `MATCH (n:${ENTITY} {loadedBy: $seedSet}) WHERE NOT n.id IN $ids
           DETACH DELETE n`,
          { seedSet, ids },
        ),
      );
    }
    await run(RECORD_LOAD, { seedSet, fingerprint });
  });
  return summary;

  function add(counters: Record<string, number>) {
    summary.nodesCreated += counters.nodesCreated ?? 0;
    summary.relationshipsCreated += counters.relationshipsCreated ?? 0;
    summary.relationshipsDeleted += counters.relationshipsDeleted ?? 0;
    summary.nodesDeleted += counters.nodesDeleted ?? 0;
    summary.propertiesSet += counters.propertiesSet ?? 0;
  }
}
