/**
 * Ofsted's "as at 31 March" tables, reproduced by the API. Each shipped table is read here
 * on its own (not through the importer), joined to authorities by GSS code, and compared
 * grade by grade and count by count with what the API answers when it counts inspections
 * as the tables do: from the first day of fieldwork.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../src/paths.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { data } from './support/gql.ts';

const GRADES: Record<string, string> = {
  Outstanding: 'OUTSTANDING',
  Good: 'GOOD',
  'Requires improvement to be good': 'REQUIRES_IMPROVEMENT',
  Inadequate: 'INADEQUATE',
  'Not yet inspected': 'none',
};

interface TableRow {
  code: string;
  name: string;
  inspected: string;
  published: string | null;
  overall: string;
}

/** A table's rows: the title and a note come before the header, as published. */
function readTable(file: string): Record<string, string>[] {
  return parse(readFileSync(fromRoot('seed/data/ofsted', file), 'utf8'), {
    columns: true,
    from_line: 3,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

// An authority not yet inspected has those words where the date would be, and no grades.
const overallOf = (r: Record<string, string>) => grade(r['Overall effectiveness'] || r['Inspection date']);
const grade = (text: string | undefined): string => {
  const known = GRADES[text ?? ''];
  if (!known) throw new Error(`unknown grade wording: ${text}`);
  return known;
};

// The 2025 table gives codes; the 2024 table names only, which the 2025 one pairs with codes
// (the two spell "upon" differently).
const table2025 = readTable('la_inspection_outcomes_2025__Inspections_as_at_31_March.csv').map(
  (r): TableRow => ({
    code: r['Local authority area code']!,
    name: r['Local authority name']!,
    inspected: r['Inspection date']!.slice(0, 10),
    published: r['Publication date']?.slice(0, 10) ?? null,
    overall: overallOf(r),
  }),
);
const codeOfName = new Map(table2025.map((r) => [r.name.toLowerCase(), r.code]));
const table2024 = readTable('la_inspection_outcomes_2024__Inspections_31_March_2024.csv').map(
  (r): TableRow => {
    const name = r['Local authority name']!;
    const code = codeOfName.get(name.toLowerCase());
    if (!code) throw new Error(`no code for ${name} in the 2025 table`);
    return {
      code,
      name,
      inspected: r['Inspection date']!.slice(0, 10),
      published: null,
      overall: overallOf(r),
    };
  },
);

const TABLES = [
  { day: '2025-03-31', rows: table2025 },
  { day: '2024-03-31', rows: table2024 },
];

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

  const tally = (grades: string[]) => {
    const counts: Record<string, number> = {};
    for (const g of grades) if (g !== 'none') counts[g] = (counts[g] ?? 0) + 1;
    return counts;
  };

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
        expect(counted).toEqual(tally(rows.map((r) => r.overall)));
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
