/**
 * Research questions over the imported Ofsted outcomes. Expected values were read from
 * the data files (the parsed reports and the official ILACS history).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { data } from './support/gql.ts';

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

interface Change {
  authority: { id: string };
  before: { grade: string; inspection: { framework: string; dated: { start: { text: string } } } };
  after: { grade: string; inspection: { framework: string; dated: { start: { text: string } } } };
  days: number;
  inspectionsBetween: number;
}

const CHANGE_FIELDS = `authority { id }
  before { grade inspection { framework dated { start { text } } } }
  after { grade inspection { framework dated { start { text } } } }
  days inspectionsBetween`;

describe('research over judgements across frameworks', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const changes = async (args: string) =>
    (await data<{ gradeChanges: Change[] }>(api, `{ gradeChanges(${args}) { ${CHANGE_FIELDS} } }`))
      .gradeChanges;

  describe('grade changes between inspections', () => {
    it('finds Somerset going from Inadequate (SIF 2015) to Good (ILACS 2022), through one inspection between', async () => {
      const somerset = (await changes('from: INADEQUATE, to: GOOD')).filter(
        (c) => c.authority.id === 'authority:somerset',
      );
      expect(somerset).toEqual([
        {
          authority: { id: 'authority:somerset' },
          before: {
            grade: 'INADEQUATE',
            inspection: {
              framework: 'SINGLE_INSPECTION_FRAMEWORK',
              dated: { start: { text: '2015-01-20' } },
            },
          },
          after: {
            grade: 'GOOD',
            inspection: { framework: 'ILACS', dated: { start: { text: '2022-07-18' } } },
          },
          days: daysBetween('2015-01-20', '2022-07-18'),
          inspectionsBetween: 1,
        },
      ]);
    });

    it('pairs each Inadequate with the first later grade asked for; `direct` keeps only the very next inspection', async () => {
      const all = (await changes('from: INADEQUATE, to: OUTSTANDING')).filter(
        (c) => c.authority.id === 'authority:sunderland',
      );
      expect(
        all.map((c) => [
          c.before.inspection.dated.start.text,
          c.after.inspection.dated.start.text,
          c.inspectionsBetween,
        ]),
      ).toEqual([
        ['2015-05-11', '2021-06-28', 1],
        ['2018-04-23', '2021-06-28', 0],
      ]);
      const direct = (await changes('from: INADEQUATE, to: OUTSTANDING, direct: true')).filter(
        (c) => c.authority.id === 'authority:sunderland',
      );
      expect(direct.map((c) => c.before.inspection.dated.start.text)).toEqual(['2018-04-23']);
      expect(
        (await changes('from: INADEQUATE, to: GOOD, direct: true')).map((c) => c.authority.id),
      ).not.toContain('authority:somerset');
    });

    it('lists every change in authority-name order, each later than the one before it', async () => {
      const result = await changes('from: REQUIRES_IMPROVEMENT, to: GOOD');
      expect(result.length).toBeGreaterThan(20);
      for (const c of result) {
        expect(c.before.grade).toBe('REQUIRES_IMPROVEMENT');
        expect(c.after.grade).toBe('GOOD');
        expect(c.after.inspection.dated.start.text > c.before.inspection.dated.start.text).toBe(true);
        expect(c.days).toBe(
          daysBetween(c.before.inspection.dated.start.text, c.after.inspection.dated.start.text),
        );
      }
    });
  });

  describe('the latest judgements on a given day', () => {
    const latest = async (id: string, asOf?: string) =>
      (
        await data<{
          authority: { latestJudgements: { areaKey: string; grade: string; inspection: { id: string } }[] };
        }>(
          api,
          `query($id: ID!, $asOf: Date) { authority(id: $id) { latestJudgements(asOf: $asOf) { areaKey grade inspection { id } } } }`,
          { id, asOf },
        )
      ).authority.latestJudgements;

    it('gives the judgements of the last graded report out by that day, overall first', async () => {
      const before2019Report = await latest('authority:cornwall', '2019-11-04');
      expect(before2019Report[0]).toMatchObject({ areaKey: 'overall', grade: 'GOOD' });
      expect(before2019Report[0]!.inspection.id).toBe('inspection:cornwall-2016-sif');
      const after = await latest('authority:cornwall', '2019-11-05');
      expect(after[0]).toMatchObject({ areaKey: 'overall', grade: 'OUTSTANDING' });
      expect(new Set(after.map((j) => j.inspection.id)).size).toBe(1);
    });

    it('defaults to today, when Somerset’s 2026 report gives area grades but no overall grade', async () => {
      const today = await latest('authority:somerset');
      expect(today.map((j) => j.inspection.id)).toEqual(today.map(() => 'inspection:somerset-2026-ilacs'));
      expect(today.map((j) => j.areaKey)).not.toContain('overall');
      expect(today).toContainEqual(
        expect.objectContaining({ areaKey: 'impact-of-leaders', grade: 'REQUIRES_IMPROVEMENT' }),
      );
      const dayBefore = await latest('authority:somerset', '2026-06-16');
      expect(dayBefore[0]).toMatchObject({
        areaKey: 'overall',
        grade: 'GOOD',
        inspection: { id: 'inspection:somerset-2022-ilacs' },
      });
    });

    it('filters authorities by region, type, existence and the grade of their latest overall judgement', async () => {
      const result = await data<{
        authorities: {
          edges: { node: { id: string; kind: string; judgementHistory: { grade: string }[] } }[];
        };
      }>(
        api,
        `{ authorities(first: 100, filter: {regionCode: "E12000009", kinds: [UNITARY_AUTHORITY], current: true,
              latestOverallGrades: [GOOD, OUTSTANDING]}) {
             edges { node { id kind judgementHistory(filter: {overall: true}) { grade } } } } }`,
      );
      const ids = result.authorities.edges.map((e) => e.node.id);
      expect(ids).toContain('authority:cornwall');
      expect(ids).toContain('authority:somerset');
      // Latest overall in the files: Plymouth requires improvement (2024), Swindon inadequate (2023).
      expect(ids).not.toContain('authority:plymouth');
      expect(ids).not.toContain('authority:swindon');
      for (const { node } of result.authorities.edges) {
        expect(node.kind).toBe('UNITARY_AUTHORITY');
        expect(['GOOD', 'OUTSTANDING']).toContain(node.judgementHistory.at(-1)?.grade);
      }
    });

    it('gives every authority’s standing on one day in one page, one query per level', async () => {
      const result = await data<{
        authorities: {
          edges: { node: { id: string; latestJudgements: { areaKey: string; grade: string }[] } }[];
        };
      }>(
        api,
        `{ authorities(first: 100, filter: {existsOn: "2020-01-01", regionCode: "E12000009"}) {
             edges { node { id latestJudgements(asOf: "2020-01-01") { areaKey grade } } } } }`,
      );
      const byId = new Map(result.authorities.edges.map((e) => [e.node.id, e.node.latestJudgements]));
      expect(byId.get('authority:cornwall')?.[0]).toEqual({ areaKey: 'overall', grade: 'OUTSTANDING' });
      expect(byId.get('authority:somerset')?.[0]).toEqual({
        areaKey: 'overall',
        grade: 'REQUIRES_IMPROVEMENT',
      });
      expect(byId.has('authority:dorset-until-2019')).toBe(false);
    });

    type Latest = { id: string; areaKey: string; grade: string; inspection: { id: string } }[];
    /** The answers of compareAuthorities, which reads the same rule by a query of its own. */
    const compared = async (ids: string[], asOf?: string) =>
      new Map(
        (
          await data<{ compareAuthorities: { authority: { id: string }; latestJudgements: Latest }[] }>(
            api,
            `query($ids: [ID!], $asOf: Date) { compareAuthorities(ids: $ids, asOf: $asOf) {
               authority { id } latestJudgements { id areaKey grade inspection { id } } } }`,
            { ids, asOf },
          )
        ).compareAuthorities.map((c) => [c.authority.id, c.latestJudgements]),
      );

    it('reads a page of authorities, their latest judgements and those judgements’ inspections in one round trip', async () => {
      const before = api.db.roundTrips;
      const result = await data<{
        authorities: {
          edges: {
            node: {
              id: string;
              name: string;
              latestJudgements: Latest;
              then: (Latest[number] & { inspection: { published: { text: string } | null } })[];
            };
          }[];
        };
      }>(
        api,
        `{ authorities(first: 20, filter: {regionCode: "E12000009"}) { edges { node {
             id name
             latestJudgements { id areaKey grade inspection { id } }
             then: latestJudgements(asOf: "2019-11-04") { id areaKey grade inspection { id published { text } } }
           } } } }`,
      );
      expect(api.db.roundTrips - before).toBe(1);

      const nodes = result.authorities.edges.map((e) => e.node);
      expect(nodes.filter((n) => n.latestJudgements.length > 0).length).toBeGreaterThan(5);
      const ids = nodes.map((n) => n.id);
      const [today, then] = [await compared(ids), await compared(ids, '2019-11-04')];
      for (const node of nodes) {
        expect(node.latestJudgements).toEqual(today.get(node.id));
        expect(
          node.then.map(({ inspection, ...j }) => ({ ...j, inspection: { id: inspection.id } })),
        ).toEqual(then.get(node.id));
      }
      const cornwall = nodes.find((n) => n.id === 'authority:cornwall')!;
      expect(cornwall.then[0]).toMatchObject({
        areaKey: 'overall',
        grade: 'GOOD',
        inspection: { id: 'inspection:cornwall-2016-sif' },
      });
      expect(cornwall.then.every((j) => j.inspection.published!.text <= '2019-11-04')).toBe(true);
    });

    it('keeps the days of aliased fields apart, in one round trip', async () => {
      const before = api.db.roundTrips;
      const { authority } = await data<{ authority: Record<'in2015' | 'in2017' | 'today', Latest> }>(
        api,
        `{ authority(id: "authority:cornwall") {
             in2015: latestJudgements(asOf: "2015-01-01") { id areaKey grade inspection { id } }
             in2017: latestJudgements(asOf: "2017-01-01") { id areaKey grade inspection { id } }
             today: latestJudgements { id areaKey grade inspection { id } }
           } }`,
      );
      expect(api.db.roundTrips - before).toBe(1);
      const overall = (latest: Latest) => latest.find((j) => j.areaKey === 'overall');
      expect(overall(authority.in2015)).toMatchObject({
        grade: 'ADEQUATE',
        inspection: { id: 'inspection:cornwall-2013-cp' },
      });
      expect(overall(authority.in2017)).toMatchObject({
        grade: 'GOOD',
        inspection: { id: 'inspection:cornwall-2016-sif' },
      });
      expect(authority.today).toEqual((await compared(['authority:cornwall'])).get('authority:cornwall'));
      expect(authority.today).not.toEqual(authority.in2017);
    });
  });
});
