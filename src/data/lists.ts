/**
 * Root lists: one filtered, sorted page per query, with keyset cursors. Each filter
 * argument maps to a fixed Cypher condition over `n` that reads its value from a
 * parameter of the same name; absent arguments drop out.
 */
import neo4j from 'neo4j-driver';
import type { Database } from './database.ts';
import { recordOf, type NodeRecord } from './records.ts';
import { projected, reachedFrom, toReached, type Needs, type Reached, type Step } from './steps.ts';

export interface ListSpec {
  label: string;
  filters: Record<string, string>;
  /** Order field enum value → sortable Cypher expression (text). */
  orders: Record<string, string>;
}

const date = (prop: string) => ({
  from: `coalesce(n.${prop}Latest, '9999') >= $from`,
  to: `coalesce(n.${prop}Earliest, '0000') <= $to`,
});
const nameContains = `toLower(n.name) CONTAINS toLower($nameContains)`;

/**
 * InspectionFilter's conditions on the inspection bound to `i`, with the value in `p`:
 * one table for the root lists here and for nested lists (resolvers/traversals.ts).
 */
export const INSPECTION_CONDITIONS: Record<string, (i: string, p: string) => string> = {
  authorityId: (i, p) => `EXISTS { (${i})-[:INSPECTED]->(:Authority {id: ${p}}) }`,
  serviceId: (i, p) => `EXISTS { (${i})-[:COVERED]->(:Service {id: ${p}}) }`,
  inspectorateId: (i, p) => `EXISTS { (${i})-[:CARRIED_OUT_BY]->(:Organisation {id: ${p}}) }`,
  frameworks: (i, p) => `${i}.framework IN ${p}`,
  from: (i, p) => `coalesce(${i}.datedLatest, '9999') >= ${p}`,
  to: (i, p) => `coalesce(${i}.datedEarliest, '0000') <= ${p}`,
};

/** The named inspection conditions, on a judgement's inspection. */
const onJudgementsInspection = (...names: string[]) =>
  Object.fromEntries(
    names.map((name) => [
      name,
      `EXISTS { (n)-[:GIVEN_IN]->(i:Inspection) WHERE ${INSPECTION_CONDITIONS[name]!('i', `$${name}`)} }`,
    ]),
  );

export const LISTS = {
  authorities: {
    label: 'Authority',
    filters: {
      nameContains: `(toLower(n.name) CONTAINS toLower($nameContains) OR toLower(coalesce(n.shortName, '')) CONTAINS toLower($nameContains))`,
      kinds: 'n.kind IN $kinds',
      regionCode: 'n.regionCode = $regionCode',
      identifier:
        'EXISTS { (n)-[:IDENTIFIED_BY]->(i:Identifier {scheme: $identifier.scheme, value: $identifier.value}) }',
      current: '(n.existedLatest IS NULL) = $current',
      existsOn:
        "coalesce(n.existedEarliest, '0000') <= $existsOn AND coalesce(n.existedLatest, '9999') >= $existsOn",
      latestOverallGrades: `COLLECT {
          MATCH (n)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(j:Judgement {areaKey: 'overall'})
          RETURN j.grade ORDER BY i.datedEarliest DESC, i.id DESC LIMIT 1
        }[0] IN $latestOverallGrades`,
    },
    orders: { NAME: 'n.name', ID: 'n.id' },
  },
  events: {
    label: 'Event',
    filters: {
      kinds: 'n.kind IN $kinds',
      statuses: 'n.status IN $statuses',
      participantId: 'EXISTS { (n)-[:PARTICIPANT]->(:Entity {id: $participantId}) }',
      relatedToId: 'EXISTS { (n)-[:CAUSED_BY|RELATED_TO]->(:Entity {id: $relatedToId}) }',
      ...date('date'),
    },
    orders: { DATE: 'n.dateEarliest', ID: 'n.id' },
  },
  inspections: {
    label: 'Inspection',
    filters: Object.fromEntries(
      Object.entries(INSPECTION_CONDITIONS).map(([name, condition]) => [name, condition('n', `$${name}`)]),
    ),
    orders: { DATE: 'n.datedEarliest', ID: 'n.id' },
  },
  judgements: {
    label: 'Judgement',
    filters: {
      authorityId: 'EXISTS { (n)-[:GIVEN_IN]->(:Inspection)-[:INSPECTED]->(:Authority {id: $authorityId}) }',
      inspectionId: 'EXISTS { (n)-[:GIVEN_IN]->(:Inspection {id: $inspectionId}) }',
      grades: 'n.grade IN $grades',
      overall: "(n.areaKey = 'overall') = $overall",
      areaKey: 'n.areaKey = $areaKey',
      ...onJudgementsInspection('frameworks', 'from', 'to'),
    },
    orders: {
      DATE: "COLLECT { MATCH (n)-[:GIVEN_IN]->(i:Inspection) RETURN i.datedEarliest LIMIT 1 }[0] + '|' + n.areaKey",
      ID: 'n.id',
    },
  },
  findings: {
    label: 'Finding',
    filters: {
      inspectionId: 'EXISTS { (n)-[:FOUND_IN]->(:Inspection {id: $inspectionId}) }',
      authorityId: 'EXISTS { (n)-[:FOUND_IN]->(:Inspection)-[:INSPECTED]->(:Authority {id: $authorityId}) }',
      kinds: 'n.kind IN $kinds',
      aboutId: 'EXISTS { (n)-[:ABOUT]->(:Entity {id: $aboutId}) }',
    },
    orders: { ID: 'n.id' },
  },
  observations: {
    label: 'Observation',
    filters: {
      authorityId: 'EXISTS { (n)-[:MEASURES]->(:Authority {id: $authorityId}) }',
      serviceId: 'EXISTS { (n)-[:MEASURES_SERVICE]->(:Service {id: $serviceId}) }',
      measureContains: 'toLower(n.measure) CONTAINS toLower($measureContains)',
      from: "coalesce(n.periodLatest, n.asOfLatest, '9999') >= $from",
      to: "coalesce(n.periodEarliest, n.asOfEarliest, '0000') <= $to",
    },
    orders: { DATE: 'coalesce(n.periodEarliest, n.asOfEarliest)', ID: 'n.id' },
  },
  organisations: {
    label: 'Organisation',
    filters: { kinds: 'n.kind IN $kinds', nameContains },
    orders: { NAME: 'n.name', ID: 'n.id' },
  },
  people: {
    label: 'Person',
    filters: {
      nameContains: `toLower(coalesce(n.name, '')) CONTAINS toLower($nameContains)`,
      bodyId: 'EXISTS { (n)<-[:HELD_BY]-(:PostHeld)-[:POST_IN]->(:Entity {id: $bodyId}) }',
      postTitleContains:
        'EXISTS { (n)<-[:HELD_BY]-(p:PostHeld) WHERE toLower(p.title) CONTAINS toLower($postTitleContains) }',
      named: '(n.name IS NOT NULL) = $named',
    },
    orders: { LABEL: 'n.label', ID: 'n.id' },
  },
  services: {
    label: 'Service',
    filters: { authorityId: 'EXISTS { (n)-[:RUN_BY]->(:Authority {id: $authorityId}) }', nameContains },
    orders: { NAME: 'n.name', ID: 'n.id' },
  },
  sources: {
    label: 'Source',
    filters: {
      kinds: 'n.kind IN $kinds',
      publisherKinds: 'n.publisherKind IN $publisherKinds',
      publishedFrom: "coalesce(n.publishedLatest, '9999') >= $publishedFrom",
      publishedTo: "coalesce(n.publishedEarliest, '0000') <= $publishedTo",
    },
    orders: { PUBLISHED: 'n.publishedEarliest', ID: 'n.id' },
  },
  statements: {
    label: 'Statement',
    filters: {
      speakerId: 'EXISTS { (n)-[:MADE_BY]->(:Entity {id: $speakerId}) }',
      onBehalfOfId: 'EXISTS { (n)-[:ON_BEHALF_OF]->(:Entity {id: $onBehalfOfId}) }',
      aboutId: 'EXISTS { (n)-[:ABOUT]->(:Entity {id: $aboutId}) }',
      kinds: 'n.kind IN $kinds',
      ...date('date'),
    },
    orders: { DATE: 'n.dateEarliest', ID: 'n.id' },
  },
  teams: {
    label: 'Team',
    filters: {
      authorityId: 'EXISTS { (n)-[:PART_OF]->(:Service)-[:RUN_BY]->(:Authority {id: $authorityId}) }',
      serviceId: 'EXISTS { (n)-[:PART_OF]->(:Service {id: $serviceId}) }',
      partnerId:
        'EXISTS { (n)<-[:PARTNER_OF]-(:TeamPartnership)-[:WITH_PARTNER]->(:Entity {id: $partnerId}) }',
      nameContains,
    },
    orders: { NAME: 'n.name', ID: 'n.id' },
  },
} satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LISTS;

export interface PageRequest {
  filter: Record<string, unknown>;
  order: { field: string; direction: 'ASC' | 'DESC' };
  first: number;
  after: { key: string; id: string } | null;
  /** What to fetch from each row as well, in the same query. */
  next: readonly Step[];
  /** What the selection reads of each row; whole nodes when absent. */
  needs?: Needs;
}

export interface PageRow {
  node: NodeRecord;
  key: string;
  /** For each of the request's `next` steps, what it reached from this row. */
  next: Reached[][];
}

export function listPage(
  db: Database,
  spec: ListSpec,
  request: PageRequest,
): Promise<{ rows: PageRow[]; hasNextPage: boolean }> {
  const active = Object.entries(request.filter).filter(
    ([name, value]) => value !== null && value !== undefined && spec.filters[name],
  );
  const conditions = active.map(([name]) => spec.filters[name]);
  const sort = spec.orders[request.order.field] ?? 'n.id';
  const asc = request.order.direction === 'ASC';
  // Unknown sort keys go last in either direction.
  const key = `coalesce(toString(${sort}), '${asc ? '\uffff' : ''}')`;
  const cmp = asc ? '>' : '<';
  // Sorted again after the rows' next levels are fetched: only the page is walked from,
  // and the order comes back as promised.
  const order = `sortKey ${asc ? 'ASC' : 'DESC'}, n.id ${asc ? 'ASC' : 'DESC'}`;
  const nested: Record<string, unknown> = {};
  const next = reachedFrom('n', request.next, nested);
  return db.read({
    cypher: `MATCH (n:${spec.label})
             ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
             WITH n, ${key} AS sortKey
             WHERE $after IS NULL OR sortKey ${cmp} $after.key OR (sortKey = $after.key AND n.id ${cmp} $after.id)
             WITH n, sortKey
             ORDER BY ${order}
             LIMIT $limit
             RETURN ${projected('n', request.needs)} AS n, labels(n) AS labels, sortKey, ${next} AS next
             ORDER BY ${order}`,
    // LIMIT needs a Neo4j integer; plain JS numbers travel as floats.
    params: {
      ...Object.fromEntries(active),
      ...nested,
      after: request.after,
      limit: neo4j.int(request.first + 1),
    },
    map: ({ records }) => {
      const rows = records.map((r) => ({
        node: recordOf(r.get('n'), r.get('labels') as string[]),
        key: r.get('sortKey') as string,
        next: (r.get('next') as unknown[]).map(toReached),
      }));
      return { rows: rows.slice(0, request.first), hasNextPage: rows.length > request.first };
    },
  });
}
