/**
 * Comparisons and counts across authorities. Totals are checked against simple Cypher run
 * here, independently of the API's own queries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { data, send } from './support/gql.ts';

interface Comparison {
  authority: { id: string };
  neighbourRank: number | null;
  latestJudgements: { id: string; areaKey: string; grade: string }[];
  inspectionCount: number;
}
interface GradeCount {
  group: string;
  grade: string;
  count: number;
}
interface Transition {
  from: string;
  to: string;
  count: number;
  medianDays: number;
}

const COMPARISON = 'authority { id } neighbourRank latestJudgements { id areaKey grade } inspectionCount';

describe('comparisons and grade aggregates across authorities', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  /** A one-column Cypher answer, read straight from the database. */
  const column = <T>(cypher: string, params: Record<string, unknown> = {}) =>
    api.db.read({ cypher, params, map: ({ records }) => records.map((r) => r.get(0) as T) });

  const total = (counts: { count: number }[]) => counts.reduce((sum, c) => sum + c.count, 0);

  describe('compareAuthorities', () => {
    const compare = async (args: string) =>
      (
        await data<{ compareAuthorities: Comparison[] }>(
          api,
          `{ compareAuthorities(${args}) { ${COMPARISON} } }`,
        )
      ).compareAuthorities;

    it('gives Cornwall, then its ten statistical neighbours in order of rank', async () => {
      const compared = await compare('withNeighboursOf: "authority:cornwall", asOf: "2017-01-01"');
      const neighbours = await column<string>(
        `MATCH (:Authority {id: 'authority:cornwall'})<-[:NEIGHBOURS_FOR]-(s)-[:NEIGHBOUR]->(n)
         RETURN n.id ORDER BY s.rank`,
      );
      expect(neighbours).toHaveLength(10);
      expect(compared.map((c) => c.authority.id)).toEqual(['authority:cornwall', ...neighbours]);
      expect(compared.map((c) => c.neighbourRank)).toEqual([null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it("shows Cornwall's standing at the start of 2017: the 2016 SIF's judgements, after five graded inspections", async () => {
      const [cornwall] = await compare('ids: ["authority:cornwall"], asOf: "2017-01-01"');
      expect(cornwall!.inspectionCount).toBe(5);
      expect(cornwall!.latestJudgements.every((j) => j.id.startsWith('judgement:cornwall-2016-sif'))).toBe(
        true,
      );
      expect(cornwall!.latestJudgements.find((j) => j.areaKey === 'overall')?.grade).toBe('GOOD');
      const [before] = await compare('ids: ["authority:cornwall"], asOf: "2009-01-01"');
      expect(before).toMatchObject({ inspectionCount: 0, latestJudgements: [] });
    });

    it('puts named authorities first and gives each only once', async () => {
      const compared = await compare(
        'ids: ["authority:devon", "authority:cornwall"], withNeighboursOf: "authority:cornwall"',
      );
      const ids = compared.map((c) => c.authority.id);
      expect(ids.slice(0, 2)).toEqual(['authority:devon', 'authority:cornwall']);
      expect(new Set(ids).size).toBe(ids.length);
      expect(compared[0]!.neighbourRank).toBeNull();
    });

    it('refuses unknown authorities and an empty comparison, naming the argument', async () => {
      for (const [args, argument] of [
        ['ids: ["authority:atlantis"]', 'ids'],
        ['withNeighboursOf: "authority:atlantis"', 'withNeighboursOf'],
        ['ids: []', 'ids'],
      ]) {
        const body = await send(api, `{ compareAuthorities(${args}) { inspectionCount } }`);
        expect(body.errors?.[0]?.message).toContain(`"${argument}"`);
      }
    });
  });

  describe('gradeDistribution', () => {
    const distribution = async (args: string) =>
      (
        await data<{ gradeDistribution: GradeCount[] }>(
          api,
          `{ gradeDistribution(${args}) { group grade count } }`,
        )
      ).gradeDistribution;

    it('counts every authority with a latest overall judgement out by the day, once', async () => {
      const counts = await distribution('asOf: "2020-01-01"');
      const [judged] = await column<number>(
        `MATCH (a:Authority)
         WHERE (a.existedEarliest IS NULL OR a.existedEarliest <= $day)
           AND (a.existedLatest IS NULL OR a.existedLatest >= $day)
           AND EXISTS {
             MATCH (a)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(:Judgement {areaKey: 'overall'})
             WHERE coalesce(i.publishedLatest, i.datedLatest) <= $day
           }
         RETURN count(a)`,
        { day: '2020-01-01' },
      );
      expect(judged).toBeGreaterThan(100);
      expect(total(counts)).toBe(judged);
      expect(new Set(counts.map((c) => c.group))).toEqual(new Set(['all']));
    });

    it('splits the same authorities by region and by type of authority', async () => {
      const all = await distribution('asOf: "2020-01-01"');
      for (const groupBy of ['REGION', 'KIND']) {
        const grouped = await distribution(`asOf: "2020-01-01", groupBy: ${groupBy}`);
        expect(new Set(grouped.map((c) => c.group)).size).toBeGreaterThan(1);
        for (const { grade, count } of all)
          expect(total(grouped.filter((c) => c.grade === grade))).toBe(count);
      }
    });

    it('counts nothing before any report was out, and can count one area', async () => {
      expect(await distribution('asOf: "2000-01-01"')).toEqual([]);
      const adoption = await distribution('asOf: "2017-01-01", areaKey: "adoption"');
      expect(total(adoption)).toBeGreaterThan(0);
    });
  });

  describe('gradeTransitions', () => {
    const transitions = async (args = '') =>
      (
        await data<{ gradeTransitions: Transition[] }>(
          api,
          `{ gradeTransitions${args} { from to count medianDays } }`,
        )
      ).gradeTransitions;

    it('counts every pair of consecutive inspections that both judged the area overall', async () => {
      const all = await transitions();
      const [pairs] = await column<number>(
        `MATCH (a:Authority)
         WITH a, COUNT {
           MATCH (a)<-[:INSPECTED]-(i:Inspection) WHERE EXISTS { (i)<-[:GIVEN_IN]-(:Judgement {areaKey: 'overall'}) }
         } AS graded
         WHERE graded > 1
         RETURN sum(graded - 1)`,
      );
      expect(pairs).toBeGreaterThan(0);
      expect(total(all)).toBe(pairs);
      for (const t of all) expect(t.medianDays).toBeGreaterThan(0);
      const keys = all.map((t) => `${t.from}>${t.to}`);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('includes authorities that went from Inadequate straight to Good', async () => {
      const all = await transitions();
      expect(all.find((t) => t.from === 'INADEQUATE' && t.to === 'GOOD')?.count).toBeGreaterThan(0);
    });
  });
});
