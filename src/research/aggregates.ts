/**
 * Counts across authorities: how grades stood on a day, and how they moved from one
 * graded inspection to the next. Which inspections count on a day is inspection/named-queries.ts's rule. Every label and
 * relationship type comes from the graph model, by type or along a field; a walk's nodes
 * take no properties, so an equality such as `{areaKey: $areaKey}` is a WHERE condition.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from '../graph/database.ts';
import { hopsOf, LABEL } from '../graph/graph-model.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';
import { walk } from '../graph/walk.ts';
import { existedOn } from '../authority/queries.ts';
import { countsBy, isGraded, newestFirst, type CountFrom } from '../inspection/named-queries.ts';

export type Grouping = 'NONE' | 'REGION' | 'KIND';

const unknown = new Cypher.Literal('unknown');
// The property each grouping reads, as an expression over the authority.
const GROUP_KEY: Record<Grouping, (a: Cypher.Node) => Cypher.Expr> = {
  NONE: () => new Cypher.Literal('all'),
  REGION: (a) => Cypher.coalesce(a.property('regionName'), unknown),
  KIND: (a) => Cypher.coalesce(a.property('kind'), unknown),
};

export interface GradeCountRecord {
  group: string;
  grade: string;
  count: number;
}

/** Per group and grade, the authorities existing on `asOf` whose latest judgement of the area then had that grade. */
export function gradeDistribution(
  db: Database,
  request: { asOf: string; countFrom: CountFrom; areaKey: string; groupBy: Grouping },
): Promise<GradeCountRecord[]> {
  const asOf = new Cypher.Param(request.asOf);
  const a = new Cypher.Node();
  const i = new Cypher.Node();
  const j = new Cypher.Node();
  const group = new Cypher.NamedVariable('group');
  const grade = new Cypher.NamedVariable('grade');
  const count = new Cypher.NamedVariable('count');
  const latest = new Cypher.Match(
    walk(a, hopsOf('Authority.judgementHistory'), j, { through: i, labelled: true }),
  )
    .where(
      Cypher.and(
        countsBy(i, asOf, request.countFrom),
        Cypher.eq(j.property('areaKey'), new Cypher.Param(request.areaKey)),
      ),
    )
    .return(j)
    .orderBy(...newestFirst(i, request.countFrom))
    .limit(1);
  const query = new Cypher.Match(new Cypher.Pattern(a, { labels: [LABEL.Authority!] }))
    .where(existedOn(a, asOf))
    .call(latest, [a])
    .with([GROUP_KEY[request.groupBy](a), group], [j.property('grade'), grade], [Cypher.count('*'), count])
    .return(group, grade, count)
    .orderBy(group, grade);
  return db.read({
    ...query.build(),
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
  const a = new Cypher.Node();
  const i = new Cypher.Node();
  const j = new Cypher.Node();
  const grade = new Cypher.Variable();
  const graded = new Cypher.Variable();
  const k = new Cypher.Variable();
  const before = new Cypher.Variable();
  const after = new Cypher.Variable();
  const span = new Cypher.Variable();
  const from = new Cypher.NamedVariable('from');
  const to = new Cypher.NamedVariable('to');
  const count = new Cypher.NamedVariable('count');
  const query = new Cypher.Match(
    new Cypher.Pattern(a, { labels: [LABEL.Authority!] }),
    walk(a, hopsOf('Authority.judgementHistory'), j, { through: i, labelled: true }),
  )
    .where(
      Cypher.and(
        Cypher.eq(j.property('areaKey'), new Cypher.Param(areaKey)),
        Cypher.isNotNull(i.property('datedEarliest')),
      ),
    )
    .with(a, i, [Cypher.min(j.property('grade')), grade])
    .orderBy(i.property('datedEarliest'), i.property('id'))
    .with(a, [
      Cypher.collect(new Cypher.Map({ grade, start: Cypher.date(i.property('datedEarliest')) })),
      graded,
    ])
    .unwind([Cypher.range(1, Cypher.minus(Cypher.size(graded), new Cypher.Literal(1))), k])
    // graded[k]: a property read by expression is bracket access (listIndex takes numbers only).
    .with([graded.property(Cypher.minus(k, new Cypher.Literal(1))), before], [graded.property(k), after])
    // The builder reads a property of a variable only, so the duration is named first.
    .with(
      [before.property('grade'), from],
      [after.property('grade'), to],
      [Cypher.duration.inDays(before.property('start'), after.property('start')), span],
    )
    .return(
      from,
      to,
      [Cypher.count('*'), count],
      [Cypher.percentileDisc(span.property('days'), 0.5), new Cypher.NamedVariable('medianDays')],
    )
    .orderBy([count, 'DESC'], from, to);
  return db.read({
    ...query.build(),
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
  const a = new Cypher.Node();
  const s = new Cypher.Node();
  const n = new Cypher.Node();
  const listed = [...hopsOf('Authority.statisticalNeighbours'), ...hopsOf('StatisticalNeighbour.neighbour')];
  const entries = new Cypher.Collect(
    new Cypher.Match(walk(a, listed, n, { through: s, labelled: true }))
      .return([
        new Cypher.Map({ edition: s.property('edition'), id: n.property('id') }),
        new Cypher.NamedVariable('entry'),
      ])
      .orderBy([s.property('edition'), 'DESC'], s.property('rank')),
  );
  const query = new Cypher.OptionalMatch(
    new Cypher.Pattern(a, { labels: [LABEL.Authority!], properties: { id: new Cypher.Param(authorityId) } }),
  ).return(
    [Cypher.isNotNull(a), new Cypher.NamedVariable('found')],
    [entries, new Cypher.NamedVariable('entries')],
  );
  return db.read({
    ...query.build(),
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
  countFrom: CountFrom;
}

/**
 * For each id (in order, unknown ones left out): its rank on the first id's neighbour
 * list, and how many graded inspections of it count by `asOf`.
 */
export function compareAuthorities(
  db: Database,
  ids: string[],
  asOf: string,
  countFrom: CountFrom,
): Promise<ComparisonRecord[]> {
  const idList = new Cypher.Param(ids);
  const k = new Cypher.Variable();
  const a = new Cypher.Node();
  const s = new Cypher.Node();
  const first = new Cypher.Node();
  const i = new Cypher.Node();
  const listing = [...hopsOf('Authority.neighbourOf'), ...hopsOf('StatisticalNeighbour.authority')];
  const rank = new Cypher.Collect(
    new Cypher.Match(walk(a, listing, first, { through: s, labelled: true }))
      .where(Cypher.eq(first.property('id'), idList.index(0)))
      .return(s.property('rank'))
      .orderBy([s.property('edition'), 'DESC'])
      .limit(1),
  );
  const inspections = new Cypher.Count(
    new Cypher.Match(walk(a, hopsOf('Authority.inspections'), i, { labelled: true })).where(
      Cypher.and(isGraded(i), countsBy(i, new Cypher.Param(asOf), countFrom)),
    ),
  );
  // A literal 0, as range() leaves out a bare 0; ids[k] is bracket access, as in gradeTransitions.
  const query = new Cypher.Unwind([
    Cypher.range(new Cypher.Literal(0), Cypher.minus(Cypher.size(idList), new Cypher.Literal(1))),
    k,
  ])
    .match(new Cypher.Pattern(a, { labels: [LABEL.Authority!], properties: { id: idList.property(k) } }))
    .return(
      [a, new Cypher.NamedVariable('a')],
      [Cypher.listIndex(rank, 0), new Cypher.NamedVariable('rank')],
      [inspections, new Cypher.NamedVariable('inspections')],
    )
    .orderBy(k);
  return db.read({
    ...query.build(),
    map: ({ records }) =>
      records.map((r) => ({
        authority: toNodeRecord(r.get('a') as Neo4jNode),
        neighbourRank: (r.get('rank') as number | null) ?? null,
        inspectionCount: r.get('inspections') as number,
        asOf,
        countFrom,
      })),
  });
}
