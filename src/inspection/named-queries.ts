/**
 * The walks and conditions the inspection SDL names with `@query`, because no plain walk
 * says them: which inspection is an authority's latest graded one on a day. Written with
 * the model's relationship fields, so they follow the mapping like everything else.
 */
import Cypher from '@neo4j/cypher-builder';
import { hopsOf } from '../graph/graph-model.ts';
import type { NamedQueries } from '../graph/named-queries.ts';
import { walk } from '../graph/walk.ts';

/**
 * An inspection is out by a day once its report was certainly published; an undated
 * publication counts from the end of the inspection. Every "as of a day" question uses
 * this rule and this order, newest out first.
 */
export const outBy = (i: Cypher.Node, day: Cypher.Expr): Cypher.Predicate =>
  Cypher.lte(Cypher.coalesce(i.property('publishedLatest'), i.property('datedLatest')), day);
export const newestOutFirst = (i: Cypher.Node): [Cypher.Expr, 'DESC'][] => [
  [Cypher.coalesce(i.property('publishedEarliest'), i.property('datedEarliest')), 'DESC'],
  [i.property('id'), 'DESC'],
];

/**
 * Which of an inspection's dates decides whether it counts on a day. By default an
 * inspection counts once its report is out, as above: before that nobody outside could
 * know the grade. Ofsted's "as at 31 March" tables count it from the first day of its
 * fieldwork instead, so an inspection in March published in May is in March's table.
 */
export type CountFrom = 'PUBLICATION' | 'INSPECTION';

export const countsBy = (i: Cypher.Node, day: Cypher.Expr, from: CountFrom): Cypher.Predicate =>
  from === 'INSPECTION' ? Cypher.lte(i.property('datedEarliest'), day) : outBy(i, day);
export const newestFirst = (i: Cypher.Node, from: CountFrom): [Cypher.Expr, 'DESC'][] =>
  from === 'INSPECTION'
    ? [
        [i.property('datedEarliest'), 'DESC'],
        [i.property('id'), 'DESC'],
      ]
    : newestOutFirst(i);

/** A graded inspection is one that gave at least one judgement. */
export const isGraded = (i: Cypher.Node): Cypher.Predicate =>
  new Cypher.Exists(walk(i, hopsOf('Inspection.judgements'), new Cypher.Node(), { labelled: true }));

/** Today (UTC) as Neo4j reads it when the query runs, so a query's text and parameters hold no date. */
const today = () => Cypher.toString(Cypher.date(new Cypher.Map({ timezone: new Cypher.Literal('UTC') })));

/**
 * From the authority `n` to the judgements `m` of its latest graded inspection counted by
 * the day `asOf` (today when null).
 */
export function latestGradedJudgements(
  n: Cypher.Node,
  m: Cypher.Node,
  asOf: Cypher.Expr,
  from: CountFrom,
): Cypher.Clause {
  const i = new Cypher.Node();
  return new Cypher.Match(walk(n, hopsOf('Authority.inspections'), i, { labelled: true }))
    .where(Cypher.and(isGraded(i), countsBy(i, Cypher.coalesce(asOf, today()), from))!)
    .with(i)
    .orderBy(...newestFirst(i, from))
    .limit(1)
    .match(walk(i, hopsOf('Inspection.judgements'), m, { labelled: true }));
}

export const inspectionQueries: NamedQueries = {
  walks: {
    latestJudgements: (n, m, { asOf, countFrom }) =>
      latestGradedJudgements(n, m, new Cypher.Param(asOf ?? null), (countFrom as CountFrom) ?? 'PUBLICATION'),
  },
  conditions: {
    // The grade of the overall judgement of the authority's most recently dated inspection.
    latestOverallGradeIn: (n, grades) => {
      const i = new Cypher.Node();
      const j = new Cypher.Node();
      const latest = new Cypher.Match(
        walk(n, hopsOf('Authority.judgementHistory'), j, { through: i, labelled: true }),
      )
        .where(Cypher.eq(j.property('areaKey'), new Cypher.Literal('overall')))
        .return(j.property('grade'))
        .orderBy([i.property('datedEarliest'), 'DESC'], [i.property('id'), 'DESC'])
        .limit(1);
      return Cypher.in(Cypher.listIndex(new Cypher.Collect(latest), 0), grades);
    },
  },
};
