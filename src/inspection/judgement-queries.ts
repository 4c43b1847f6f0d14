/**
 * Questions researchers ask of judgements across inspections: what an authority's
 * standing was on a given day, and where grades changed and how long that took.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Context } from '../graph/context.ts';
import type { Database } from '../graph/database.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';
import Cypher from '@neo4j/cypher-builder';
import { hopsOf, LABEL } from '../graph/graph-model.ts';
import { walk } from '../graph/walk.ts';
import { latestGradedJudgements, type CountFrom } from './named-queries.ts';

/** For each authority, the judgements of its latest graded inspection counted by `asOf`, overall first. */
export function latestJudgementsByIds(
  db: Database,
  ids: readonly string[],
  asOf: string,
  countFrom: CountFrom,
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
      latestGradedJudgements(a, j, new Cypher.Param(asOf), countFrom),
      new Cypher.Return(j).orderBy(
        [overallFirst, 'ASC'],
        [j.property('areaKey'), 'ASC'],
        [j.property('id'), 'ASC'],
      ),
    ),
  );
  const query = new Cypher.Unwind([new Cypher.Param(ids), id])
    .optionalMatch(new Cypher.Pattern(a, { labels: [LABEL.Authority!], properties: { id } }))
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
export const latestJudgementsOn = ({ db, loaders }: Context, asOf: string, countFrom: CountFrom) =>
  loaders.batch(`latestJudgements ${asOf} ${countFrom}`, (ids) =>
    latestJudgementsByIds(db, ids, asOf, countFrom),
  );

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
 * and authority that has grade `to`. Inspections are ordered by when they started. The
 * walks' nodes take no properties, so area and grade are WHERE conditions.
 */
export function gradeChanges(db: Database, request: GradeChangeRequest): Promise<GradeChangeRecord[]> {
  const history = hopsOf('Authority.judgementHistory');
  const areaKey = new Cypher.Param(request.areaKey);
  const dated = (i: Cypher.Node) => i.property('datedEarliest');
  const a = new Cypher.Node();
  const i1 = new Cypher.Node();
  const j1 = new Cypher.Node();
  const i2 = new Cypher.Node();
  const j2 = new Cypher.Node();
  const i = new Cypher.Node();
  const j = new Cypher.Node();
  const between = new Cypher.NamedVariable('between');
  const span = new Cypher.Variable();
  const next = new Cypher.Match(walk(a, history, j2, { through: i2, labelled: true }))
    .where(
      Cypher.and(
        Cypher.eq(j2.property('areaKey'), areaKey),
        Cypher.eq(j2.property('grade'), new Cypher.Param(request.to)),
        Cypher.gt(dated(i2), dated(i1)),
      ),
    )
    .return(i2, j2)
    .orderBy(dated(i2), i2.property('id'))
    .limit(1);
  const judgedBetween = new Cypher.Count(
    new Cypher.Match(walk(a, history, j, { through: i, labelled: true })).where(
      Cypher.and(
        Cypher.eq(j.property('areaKey'), areaKey),
        Cypher.gt(dated(i), dated(i1)),
        Cypher.lt(dated(i), dated(i2)),
      ),
    ),
  );
  const query = new Cypher.Match(
    new Cypher.Pattern(a, { labels: [LABEL.Authority!] }),
    walk(a, history, j1, { through: i1, labelled: true }),
  )
    .where(
      Cypher.and(
        Cypher.eq(j1.property('areaKey'), areaKey),
        Cypher.eq(j1.property('grade'), new Cypher.Param(request.from)),
      ),
    )
    .call(next, [a, i1])
    .with(a, i1, j1, i2, j2, [judgedBetween, between])
    // Each filter only when asked for: what `NOT $direct OR …` and `$since IS NULL OR …` said.
    .where(
      Cypher.and(
        request.direct ? Cypher.eq(between, new Cypher.Literal(0)) : undefined,
        request.since === null ? undefined : Cypher.gte(dated(i2), new Cypher.Param(request.since)),
      ),
    )
    // The builder reads a property of a variable only, so the duration is named first.
    .with(a, i1, j1, j2, between, [
      Cypher.duration.inDays(Cypher.date(dated(i1)), Cypher.date(dated(i2))),
      span,
    ])
    .return(
      [a, new Cypher.NamedVariable('a')],
      [j1, new Cypher.NamedVariable('j1')],
      [j2, new Cypher.NamedVariable('j2')],
      between,
      [span.property('days'), new Cypher.NamedVariable('days')],
    )
    .orderBy(a.property('name'), a.property('id'), dated(i1), i1.property('id'));
  return db.read({
    ...query.build(),
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
