/**
 * Ofsted's "as at 31 March" tables as shipped in seed/data/ofsted/, read here on their own
 * (not through the importer) so that tests can compare the API with the published figures.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { fromRoot } from '../../src/paths.ts';

const GRADES: Record<string, string> = {
  Outstanding: 'OUTSTANDING',
  Good: 'GOOD',
  'Requires improvement to be good': 'REQUIRES_IMPROVEMENT',
  Inadequate: 'INADEQUATE',
  'Not yet inspected': 'none',
};

export interface TableRow {
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
export const table2025 = readTable('la_inspection_outcomes_2025__Inspections_as_at_31_March.csv').map(
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

export const TABLES = [
  { day: '2025-03-31', rows: table2025 },
  { day: '2024-03-31', rows: table2024 },
];

/** Authorities per grade, as a table counts them; those not yet inspected are not counted. */
export function tally(rows: TableRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { overall } of rows) if (overall !== 'none') counts[overall] = (counts[overall] ?? 0) + 1;
  return counts;
}
