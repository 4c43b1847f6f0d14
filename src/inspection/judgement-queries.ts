/**
 * Questions researchers ask of judgements across inspections: what an authority's
 * standing was on a given day, and where grades changed and how long that took.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Context } from '../graph/context.ts';
import type { Database } from '../graph/database.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';
import Cypher from '@neo4j/cypher-builder';
import { latestGradedJudgements } from './named-queries.ts';

/**
 * An inspection is out by the day `dayExpr` (Cypher, e.g. a parameter) once its report was certainly published; an
 * undated publication counts from the end of the inspection. Every "as of a day" question
 * uses this rule and this order, newest out first.
 */
export const outBy = (i: string, dayExpr: string) =>
  `coalesce(${i}.publishedLatest, ${i}.datedLatest) <= ${dayExpr}`;
export const newestOutFirst = (i: string) =>
  `coalesce(${i}.publishedEarliest, ${i}.datedEarliest) DESC, ${i}.id DESC`;

/** For each authority, the judgements of its latest graded inspection out by `asOf`, overall first. */
export function latestJudgementsByIds(
  db: Database,
  ids: readonly string[],
  asOf: string,
): Promise<NodeRecord[][]> {
  const id = new Cypher.NamedVariable('id');
  const a = new Cypher.Node();
  const j = new Cypher.Node();
  const overallFirst = new Cypher.Case(j.property('areaKey'))
    .when(new Cypher.Literal('overall'))
    .then(new Cypher.Literal(0))
    .else(new Cypher.Literal(1));
  const judgements = new Cypher.Collect(
    Cypher.utils.concat(
      latestGradedJudgements(a, j, new Cypher.Param(asOf)),
      new Cypher.Return(j).orderBy(
        [overallFirst, 'ASC'],
        [j.property('areaKey'), 'ASC'],
        [j.property('id'), 'ASC'],
      ),
    ),
  );
  const query = new Cypher.Unwind([new Cypher.Param(ids), id])
    .optionalMatch(new Cypher.Pattern(a, { labels: ['Authority'], properties: { id } }))
    .return(id, [judgements, new Cypher.NamedVariable('judgements')]);
  return db.read({
    ...query.build(),
    map: ({ records }) => {
      const byId = new Map(
        records.map((r) => [r.get('id') as string, (r.get('judgements') as Neo4jNode[]).map(toNodeRecord)]),
      );
      return ids.map((id) => byId.get(id) ?? []);
    },
  });
}

/** The latest judgements of authorities on the day `asOf`: one query for all asked in a request. */
export const latestJudgementsOn = ({ db, loaders }: Context, asOf: string) =>
  loaders.batch(`latestJudgements ${asOf}`, (ids) => latestJudgementsByIds(db, ids, asOf));

export interface GradeChangeRequest {
  from: string;
  to: string;
  areaKey: string;
  direct: boolean;
  since: string | null;
}

export interface GradeChangeRecord {
  authority: NodeRecord;
  before: NodeRecord;
  after: NodeRecord;
  days: number;
  inspectionsBetween: number;
}

/**
 * Each judgement of grade `from` paired with the first later judgement of the same area
 * and authority that has grade `to`. Inspections are ordered by when they started.
 */
export function gradeChanges(db: Database, request: GradeChangeRequest): Promise<GradeChangeRecord[]> {
  return db.read({
    cypher: `MATCH (a:Authority)<-[:INSPECTED]-(i1:Inspection)<-[:GIVEN_IN]-(j1:Judgement {areaKey: $areaKey, grade: $from})
             CALL (a, i1) {
               MATCH (a)<-[:INSPECTED]-(i2:Inspection)<-[:GIVEN_IN]-(j2:Judgement {areaKey: $areaKey, grade: $to})
               WHERE i2.datedEarliest > i1.datedEarliest
               RETURN i2, j2 ORDER BY i2.datedEarliest, i2.id LIMIT 1
             }
             WITH a, i1, j1, i2, j2, COUNT {
               MATCH (a)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(:Judgement {areaKey: $areaKey})
               WHERE i.datedEarliest > i1.datedEarliest AND i.datedEarliest < i2.datedEarliest
             } AS between
             WHERE (NOT $direct OR between = 0) AND ($since IS NULL OR i2.datedEarliest >= $since)
             RETURN a, j1, j2, between,
                    duration.inDays(date(i1.datedEarliest), date(i2.datedEarliest)).days AS days
             ORDER BY a.name, a.id, i1.datedEarliest, i1.id`,
    params: { ...request },
    map: ({ records }) =>
      records.map((r) => ({
        authority: toNodeRecord(r.get('a') as Neo4jNode),
        before: toNodeRecord(r.get('j1') as Neo4jNode),
        after: toNodeRecord(r.get('j2') as Neo4jNode),
        days: r.get('days') as number,
        inspectionsBetween: r.get('between') as number,
      })),
  });
}
