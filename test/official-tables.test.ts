/**
 * Ofsted's "as at 31 March" tables, reproduced by the API. Each shipped table is read here
 * on its own (not through the importer), joined to authorities by GSS code, and compared
 * grade by grade and count by count with what the API answers when it counts inspections
 * as the tables do: from the first day of fieldwork.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { data } from './support/gql.ts';
import { TABLES, table2025, tally } from './support/official-tables.ts';

/**
 * Where the graph dates a table's grade to another day than the table does (the README
 * gives the reasons): Wakefield's March 2025 inspection, published in July after the 2025
 * table was made, which counts from 24 March by inspection (the grade is Good both times);
 * and the Isles of Scilly's 2023 start, 10 July in the 2024 edition and 11 July in the 2025
 * one, whose later value the graph keeps.
 */
const DATED_OTHERWISE: Record<string, string[]> = {
  '2025-03-31': ['Wakefield'],
  '2024-03-31': ['Isles of Scilly'],
};

interface Standing {
  code: string;
  name: string;
  overall: string;
  /** The first day of the inspection that gave it. */
  inspected: string | null;
}

const PAGE = `query Standing($day: Date!, $countFrom: CountFrom!, $after: String) {
  authorities(filter: { existsOn: $day }, first: 100, after: $after) {
    edges { node {
      name
      identifiers(scheme: ONS_GSS) { value }
      latestJudgements(asOf: $day, countFrom: $countFrom) { areaKey grade inspection { dated { start { text } } } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  authorities: {
    edges: {
      node: {
        name: string;
        identifiers: { value: string }[];
        latestJudgements: {
          areaKey: string;
          grade: string;
          inspection: { dated: { start: { text: string } | null } };
        }[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe("Ofsted's official tables, as the API counts them", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  /** Every authority of the day with its overall grade then, by each of its GSS codes. */
  async function standings(day: string, countFrom: string): Promise<Map<string, Standing>> {
    const byCode = new Map<string, Standing>();
    let after: string | null = null;
    do {
      const page: Page = await data<Page>(api, PAGE, { day, countFrom, after });
      for (const { node } of page.authorities.edges) {
        const judgement = node.latestJudgements.find((j) => j.areaKey === 'overall');
        const standing = {
          name: node.name,
          overall: judgement?.grade ?? 'none',
          inspected: judgement?.inspection.dated.start?.text ?? null,
        };
        for (const { value } of node.identifiers) byCode.set(value, { code: value, ...standing });
      }
      after = page.authorities.pageInfo.hasNextPage ? page.authorities.pageInfo.endCursor : null;
    } while (after);
    return byCode;
  }

  for (const { day, rows } of TABLES) {
    describe(`as at ${day}`, () => {
      it('gives every authority in the table the grade the table gives it', async () => {
        const answered = await standings(day, 'INSPECTION');
        const differences = rows
          .filter((r) => answered.get(r.code)?.overall !== r.overall)
          .map(
            (r) => `${r.name}: table ${r.overall}, API ${answered.get(r.code)?.overall ?? 'no authority'}`,
          );
        expect(differences).toEqual([]);
        expect(rows).toHaveLength(153);
      });

      it('takes each grade from the inspection the table dates it to, but for the differences listed', async () => {
        const answered = await standings(day, 'INSPECTION');
        const graded = rows.filter((r) => r.overall !== 'none');
        expect(
          graded.filter((r) => answered.get(r.code)?.inspected !== r.inspected).map((r) => r.name),
        ).toEqual(DATED_OTHERWISE[day]);
      });

      it('counts the authorities per grade nationally as the table does', async () => {
        const { gradeDistribution } = await data<{ gradeDistribution: { grade: string; count: number }[] }>(
          api,
          `query($day: Date!) { gradeDistribution(asOf: $day, countFrom: INSPECTION) { grade count } }`,
          { day },
        );
        const counted = Object.fromEntries(gradeDistribution.map((c) => [c.grade, c.count]));
        expect(counted).toEqual(tally(rows));
      });
    });
  }

  it('by default counts from publication, so an inspection in March published later is not yet in', async () => {
    const byPublication = await standings('2025-03-31', 'PUBLICATION');
    const changed = table2025.filter((r) => byPublication.get(r.code)?.overall !== r.overall);
    // Only authorities the table counts from a March inspection whose report came out after
    // it differ (those whose new grade equals their last one do not).
    const publishedLater = table2025.filter((r) => r.published !== null && r.published > '2025-03-31');
    expect(publishedLater.map((r) => r.name)).toEqual(expect.arrayContaining(changed.map((r) => r.name)));
    expect(changed.map((r) => r.name)).toEqual([
      'Blackburn with Darwen',
      'Dorset',
      'Durham',
      'Surrey',
      'York',
    ]);
  });

  it('answers both ways in one request, for an authority and for a comparison', async () => {
    const judged = '{ areaKey grade }';
    type Judged = { areaKey: string; grade: string }[];
    type Compared = { latestJudgements: Judged; inspectionCount: number }[];
    const answer = await data<{
      authority: { byInspection: Judged; byPublication: Judged };
      byInspection: Compared;
      byPublication: Compared;
    }>(
      api,
      `{ authority(id: "authority:york") {
           byInspection: latestJudgements(asOf: "2025-03-31", countFrom: INSPECTION) ${judged}
           byPublication: latestJudgements(asOf: "2025-03-31") ${judged} }
         byInspection: compareAuthorities(ids: ["authority:york"], asOf: "2025-03-31", countFrom: INSPECTION) {
           latestJudgements ${judged} inspectionCount }
         byPublication: compareAuthorities(ids: ["authority:york"], asOf: "2025-03-31") {
           latestJudgements ${judged} inspectionCount } }`,
    );
    const overall = (js: Judged) => js.find((j) => j.areaKey === 'overall')?.grade;
    // York was inspected in February 2025 and published in April.
    expect(overall(answer.authority.byInspection)).toBe('OUTSTANDING');
    expect(overall(answer.authority.byPublication)).toBe('REQUIRES_IMPROVEMENT');
    expect(overall(answer.byInspection[0]!.latestJudgements)).toBe('OUTSTANDING');
    expect(overall(answer.byPublication[0]!.latestJudgements)).toBe('REQUIRES_IMPROVEMENT');
    expect(answer.byInspection[0]!.inspectionCount).toBe(answer.byPublication[0]!.inspectionCount + 1);
  });

  it('gives every inspection its fieldwork wherever a shipped file gives its first day', async () => {
    // The three ILACS inspections with no parsed report: the history file gives their first day.
    const answer = await data<Record<string, { fieldwork: { text: string } | null }>>(
      api,
      `{ bournemouth: inspection(id: "inspection:bournemouth-2018-ilacs") { fieldwork { text } }
         northamptonshire: inspection(id: "inspection:northamptonshire-2019-ilacs") { fieldwork { text } }
         cumbria: inspection(id: "inspection:cumbria-2022-ilacs") { fieldwork { text } } }`,
    );
    expect(answer).toEqual({
      bournemouth: { fieldwork: { text: '2018-07-16/' } },
      northamptonshire: { fieldwork: { text: '2019-06-17/' } },
      cumbria: { fieldwork: { text: '2022-09-20/' } },
    });
    // Every inspection dated to the day has fieldwork; those dated to a month (known only
    // from later reports) have none, as no file gives their days.
    const [missing] = await api.db.read({
      cypher: `MATCH (i:Inspection) WHERE i.dated =~ '\\d{4}-\\d{2}-\\d{2}(/.*)?' AND i.fieldwork IS NULL
               RETURN collect(i.id) AS ids`,
      params: {},
      map: ({ records }) => records.map((r) => r.get('ids') as string[]),
    });
    expect(missing).toEqual([]);
  });
});
