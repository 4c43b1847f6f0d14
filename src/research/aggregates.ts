/**
 * Counts across authorities: how grades stood on a day, and how they moved from one
 * graded inspection to the next. "Out by a day" is judgement-queries.ts's rule.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from '../graph/database.ts';
import { newestOutFirst, outBy } from '../inspection/judgement-queries.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';

export type Grouping = 'NONE' | 'REGION' | 'KIND';

// Spliced, never given: the property each grouping reads.
const GROUP_KEY: Record<Grouping, string> = {
  NONE: `'all'`,
  REGION: `coalesce(a.regionName, 'unknown')`,
  KIND: `coalesce(a.kind, 'unknown')`,
};

export interface GradeCountRecord {
  group: string;
  grade: string;
  count: number;
}

/** Per group and grade, the authorities existing on `asOf` whose latest judgement of the area then had that grade. */
export function gradeDistribution(
  db: Database,
  request: { asOf: string; areaKey: string; groupBy: Grouping },
): Promise<GradeCountRecord[]> {
  return db.read({
    cypher: `MATCH (a:Authority)
             WHERE coalesce(a.existedEarliest, $asOf) <= $asOf AND $asOf <= coalesce(a.existedLatest, $asOf)
             CALL (a) {
               MATCH (a)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(j:Judgement {areaKey: $areaKey})
               WHERE ${outBy('i', '$asOf')}
               RETURN j ORDER BY ${newestOutFirst('i')} LIMIT 1
             }
             WITH ${GROUP_KEY[request.groupBy]} AS group, j.grade AS grade, count(*) AS count
             RETURN group, grade, count ORDER BY group, grade`,
    params: { asOf: request.asOf, areaKey: request.areaKey },
    map: ({ records }) =>
      records.map((r) => ({
        group: r.get('group') as string,
        grade: r.get('grade') as string,
        count: r.get('count') as number,
      })),
  });
}

export interface GradeTransitionRecord {
  from: string;
  to: string;
  count: number;
  medianDays: number;
}

/**
 * Every authority's inspections that judged the area, in order of their start; each two
 * in a row make one pair. Inspections that did not judge the area are stepped over.
 */
export function gradeTransitions(db: Database, areaKey: string): Promise<GradeTransitionRecord[]> {
  return db.read({
    cypher: `MATCH (a:Authority)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(j:Judgement {areaKey: $areaKey})
             WHERE i.datedEarliest IS NOT NULL
             WITH a, i, min(j.grade) AS grade ORDER BY i.datedEarliest, i.id
             WITH a, collect({grade: grade, start: date(i.datedEarliest)}) AS graded
             UNWIND range(1, size(graded) - 1) AS k
             WITH graded[k - 1] AS before, graded[k] AS after
             WITH before.grade AS from, after.grade AS to, duration.inDays(before.start, after.start).days AS days
             RETURN from, to, count(*) AS count, percentileDisc(days, 0.5) AS medianDays
             ORDER BY count DESC, from, to`,
    params: { areaKey },
    map: ({ records }) =>
      records.map((r) => ({
        from: r.get('from') as string,
        to: r.get('to') as string,
        count: r.get('count') as number,
        medianDays: r.get('medianDays') as number,
      })),
  });
}

/** The authority's statistical neighbours, closest first, from the latest edition of its list; null for no such authority. */
export function neighbourIds(db: Database, authorityId: string): Promise<string[] | null> {
  return db.read({
    cypher: `OPTIONAL MATCH (a:Authority {id: $authorityId})
             RETURN a IS NOT NULL AS found, COLLECT {
               MATCH (a)<-[:NEIGHBOURS_FOR]-(s:StatisticalNeighbour)-[:NEIGHBOUR]->(n:Authority)
               RETURN {edition: s.edition, id: n.id} AS entry ORDER BY s.edition DESC, s.rank
             } AS entries`,
    params: { authorityId },
    map: ({ records }) => {
      if (!records[0]?.get('found')) return null;
      const entries = records[0].get('entries') as { edition: string; id: string }[];
      return entries.filter((e) => e.edition === entries[0]?.edition).map((e) => e.id);
    },
  });
}

export interface ComparisonRecord {
  authority: NodeRecord;
  neighbourRank: number | null;
  inspectionCount: number;
  asOf: string;
}

/**
 * For each id (in order, unknown ones left out): its rank on the first id's neighbour
 * list, and how many graded inspections of it were out by `asOf`.
 */
export function compareAuthorities(db: Database, ids: string[], asOf: string): Promise<ComparisonRecord[]> {
  return db.read({
    cypher: `UNWIND range(0, size($ids) - 1) AS k
             MATCH (a:Authority {id: $ids[k]})
             RETURN a, COLLECT {
                 MATCH (a)<-[:NEIGHBOUR]-(s:StatisticalNeighbour)-[:NEIGHBOURS_FOR]->(:Authority {id: $ids[0]})
                 RETURN s.rank ORDER BY s.edition DESC LIMIT 1
               }[0] AS rank,
               COUNT {
                 MATCH (a)<-[:INSPECTED]-(i:Inspection)
                 WHERE EXISTS { (i)<-[:GIVEN_IN]-(:Judgement) } AND ${outBy('i', '$asOf')}
               } AS inspections
             ORDER BY k`,
    params: { ids, asOf },
    map: ({ records }) =>
      records.map((r) => ({
        authority: toNodeRecord(r.get('a') as Neo4jNode),
        neighbourRank: (r.get('rank') as number | null) ?? null,
        inspectionCount: r.get('inspections') as number,
        asOf,
      })),
  });
}
