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

interface Standing {
  code: string;
  name: string;
  overall: string;
}

const PAGE = `query Standing($day: Date!, $countFrom: CountFrom!, $after: String) {
  authorities(filter: { existsOn: $day }, first: 100, after: $after) {
    edges { node {
      name
      identifiers(scheme: ONS_GSS) { value }
      latestJudgements(asOf: $day, countFrom: $countFrom) { areaKey grade }
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
        latestJudgements: { areaKey: string; grade: string }[];
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
        const overall = node.latestJudgements.find((j) => j.areaKey === 'overall')?.grade ?? 'none';
        for (const { value } of node.identifiers)
          byCode.set(value, { code: value, name: node.name, overall });
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
    expect(changed.length).toBeGreaterThan(0);
  });
});
