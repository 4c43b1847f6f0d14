import { readCsv, table, type Row } from './csv.ts';
import type { AuthorityIndex } from './authorities.ts';
import { draft as blankDraft, type InspectionDraft, type JudgementDraft } from './drafts.ts';
import { readGrade } from './grades.ts';
import { cite, FILES, type Report } from './sources.ts';
import { isoDay, monthYear, writtenDateRange } from './text.ts';

interface Area {
  column: string;
  key: string;
  label: string;
}

const SIF_AREAS: Area[] = [
  { column: 'overall_effectiveness', key: 'overall', label: 'Overall effectiveness' },
  {
    column: 'sif_help_and_protection',
    key: 'help-and-protection',
    label: 'The experiences and progress of children who need help and protection',
  },
  {
    column: 'sif_looked_after_and_permanence',
    key: 'looked-after-and-permanence',
    label: 'The experiences and progress of children looked after and achieving permanence',
  },
  { column: 'sif_adoption', key: 'adoption', label: 'Adoption performance' },
  {
    column: 'sif_care_leavers',
    key: 'care-leavers',
    label: 'The experiences and progress of care leavers',
  },
  {
    column: 'sif_leadership_management_governance',
    key: 'leadership-management-governance',
    label: 'Leadership, management and governance',
  },
  {
    column: 'lscb_judgement',
    key: 'lscb',
    label: 'Review of the effectiveness of the local safeguarding children board (LSCB)',
  },
];

export const ILACS_AREAS: Area[] = [
  { column: 'overall_effectiveness', key: 'overall', label: 'Overall effectiveness' },
  {
    column: 'ilacs_impact_of_leaders',
    key: 'impact-of-leaders',
    label: 'The impact of leaders on social work practice with children and families',
  },
  {
    column: 'ilacs_help_and_protection',
    key: 'help-and-protection',
    label: 'The experiences and progress of children who need help and protection',
  },
  {
    column: 'ilacs_children_in_care_and_care_leavers',
    key: 'children-in-care-and-care-leavers',
    label: 'The experiences and progress of children in care and care leavers',
  },
  {
    column: 'ilacs_children_in_care',
    key: 'children-in-care',
    label: 'The experiences and progress of children in care',
  },
  {
    column: 'ilacs_care_leavers',
    key: 'care-leavers',
    label: 'The experiences and progress of care leavers',
  },
];

const LAC_AREAS: Area[] = [
  { column: 'overall_effectiveness', key: 'overall', label: 'Overall effectiveness' },
  { column: 'lac_capacity_to_improve', key: 'capacity-to-improve', label: 'Capacity for improvement' },
];

interface ReportType {
  framework: string;
  suffix: string;
  kind: string | null;
  areas: Area[];
}

const TYPES: Record<string, ReportType> = {
  SIF: {
    framework: 'SINGLE_INSPECTION_FRAMEWORK',
    suffix: 'sif',
    kind: 'STANDARD_INSPECTION',
    areas: SIF_AREAS,
  },
  SIF_reinspection: {
    framework: 'SINGLE_INSPECTION_FRAMEWORK',
    suffix: 'sif',
    kind: 'REINSPECTION',
    areas: SIF_AREAS,
  },
  ILACS: { framework: 'ILACS', suffix: 'ilacs', kind: null, areas: ILACS_AREAS },
  LAC_2012_13: {
    framework: 'LOOKED_AFTER_CHILDREN',
    suffix: 'lac',
    kind: 'STANDARD_INSPECTION',
    areas: LAC_AREAS,
  },
  LSCB_review: {
    framework: 'OTHER',
    suffix: 'lscb-review',
    kind: null,
    areas: SIF_AREAS.filter((a) => a.key === 'lscb'),
  },
};

export const ILACS_KINDS: Record<string, string> = {
  'ILACS Standard Inspection': 'STANDARD_INSPECTION',
  'ILACS Short Inspection': 'SHORT_INSPECTION',
};

/** What a report row says about people, read after the inspections are settled. */
export interface ReportPeople {
  line: number;
  draft: InspectionDraft;
  dcsSince: string | null;
  lscbChairSince: string | null;
}

/** Grades of one row; the first unknown wording rejects the row. */
export function readAreas(
  row: Row,
  areas: Area[],
  cite: () => ReturnType<typeof citeReport>,
): { judgements: Map<string, JudgementDraft>; notJudged: string[]; problem?: string } {
  const judgements = new Map<string, JudgementDraft>();
  const notJudged: string[] = [];
  for (const area of areas) {
    const reading = readGrade(row.get(area.column));
    if (reading.kind === 'unknown') {
      return { judgements, notJudged, problem: `unknown grade '${reading.label}' in column ${area.column}` };
    }
    if (reading.kind === 'not-judged') notJudged.push(area.label);
    if (reading.kind !== 'grade') continue;
    judgements.set(area.key, {
      areaKey: area.key,
      areaLabel: area.label,
      grade: reading.grade,
      gradeLabel: reading.label,
      sources: [cite()],
    });
  }
  return { judgements, notJudged };
}

const citeReport = (line: number) => cite('reports', line);

export function readReports(
  dataDir: string,
  index: AuthorityIndex,
  report: Report,
): { drafts: InspectionDraft[]; people: ReportPeople[] } {
  const drafts: InspectionDraft[] = [];
  const people: ReportPeople[] = [];
  const seen = new Set<string>();
  const earlier: [Row, InspectionDraft][] = [];
  const file = FILES.reports;
  for (const r of table(readCsv(dataDir, file), 1)) {
    report.rowsRead++;
    const type = r.get('report_type');
    if (type === 'unreadable_pdf') {
      report.skip(file, r.line, 'the report PDF could not be read, so the row holds no inspection');
      continue;
    }
    const gss = r.get('gss_code');
    const dfe = r.get('dfe_la_code');
    if (gss === '' && dfe === '') {
      report.reject(file, r.line, 'missing GSS code and DfE code');
      continue;
    }
    const authority = index.byGss(gss) ?? index.byDfe(dfe);
    if (!authority) {
      report.reject(file, r.line, `unknown GSS code '${gss}' / DfE code '${dfe}'`);
      continue;
    }
    const spec = TYPES[type];
    if (!spec) {
      report.reject(file, r.line, `unknown report_type '${type}'`);
      continue;
    }
    // A few reports' dates were not split into columns; their front-page wording has them.
    const written = r.get('inspection_start') === '' ? writtenDateRange(r.get('inspection_dates_raw')) : null;
    const start = written?.start ?? isoDay(r.get('inspection_start'));
    const end = written?.end ?? (r.get('inspection_end') === '' ? null : isoDay(r.get('inspection_end')));
    const published = r.get('publication_date') === '' ? null : isoDay(r.get('publication_date'));
    const badDate = !start
      ? r.get('inspection_start') === ''
        ? ['inspection_dates_raw', r.get('inspection_dates_raw')]
        : ['inspection_start', r.get('inspection_start')]
      : r.get('inspection_end') !== '' && !end
        ? ['inspection_end', r.get('inspection_end')]
        : r.get('publication_date') !== '' && !published
          ? ['publication_date', r.get('publication_date')]
          : null;
    if (badDate || !start) {
      report.reject(file, r.line, `unparseable date '${badDate?.[1]}' in column ${badDate?.[0]}`);
      continue;
    }
    if (end && end < start) {
      report.reject(file, r.line, `fieldwork end ${end} is before its start ${start}`);
      continue;
    }
    const key = [authority.id, type, start, end].join('|');
    if (seen.has(key)) {
      report.reject(file, r.line, `duplicate row: ${authority.name}, ${type}, ${start} to ${end}`);
      continue;
    }
    const { judgements, notJudged, problem } = readAreas(r, spec.areas, () => citeReport(r.line));
    if (problem) {
      report.reject(file, r.line, problem);
      continue;
    }
    seen.add(key);
    const kindLabel = r.get('ilacs_type_official') || null;
    const notes = notJudged.map((area) => `Not judged: ${area}.`);
    if (spec.framework === 'ILACS' && !judgements.has('overall') && start >= '2026-04-27') {
      notes.push('Ofsted no longer gives an overall effectiveness grade in this format.');
    }
    if (r.get('parse_note')) notes.push(`Parser's note: ${r.get('parse_note')}.`);
    const url = r.get('ofsted_report_url');
    const draft: InspectionDraft = {
      authority,
      framework: spec.framework,
      frameworkLabel: r.get('framework') || null,
      suffix: spec.suffix,
      visit: false,
      kind: spec.kind ?? ILACS_KINDS[kindLabel ?? ''] ?? null,
      kindLabel,
      theme: null,
      start,
      end,
      published,
      reportUrl: URL.canParse(url) ? url : null,
      leads: splitNames(r.get('lead_inspector')),
      deputies: splitNames(r.get('deputy_lead_inspector')),
      notes,
      sources: [
        citeReport(r.line),
        ...(written
          ? [
              cite('reports', r.line, {
                field: 'fieldwork',
                quote: r.get('inspection_dates_raw'),
                note: 'Read from the dates as the report words them; the date columns are empty.',
              }),
            ]
          : []),
      ],
      judgements,
      origin: { key: 'reports', line: r.line },
    };
    drafts.push(draft);
    people.push({
      line: r.line,
      draft,
      dcsSince: monthYear(r.get('dcs_in_post_since')),
      lscbChairSince: monthYear(r.get('lscb_chair_in_post_since')),
    });
    earlier.push([r, draft]);
  }
  // After all rows, so that a report's own row wins over a later report's mention of it.
  for (const [r, draft] of earlier) earlierInspections(r, draft, drafts, report);
  return { drafts, people };
}

/** "A/B" names two inspectors. */
const splitNames = (cell: string) =>
  cell
    .split('/')
    .map((n) => n.trim())
    .filter((n) => n !== '');

const EARLIER = [
  {
    when: 'prev_child_protection_inspection',
    grade: 'prev_child_protection_judgement',
    framework: 'CHILD_PROTECTION',
    suffix: 'cp',
    label: 'inspection of child protection arrangements',
  },
  {
    when: 'prev_looked_after_inspection',
    grade: 'prev_looked_after_judgement',
    framework: 'LOOKED_AFTER_CHILDREN',
    suffix: 'lac',
    label: 'inspection of services for looked after children',
  },
];

/**
 * Reports name the authority's previous child protection and looked-after inspections;
 * each becomes one inspection per authority and month, however many reports name it.
 */
function earlierInspections(r: Row, cited: InspectionDraft, drafts: InspectionDraft[], report: Report) {
  for (const e of EARLIER) {
    const whenText = r.get(e.when);
    if (whenText === '') continue;
    const month = monthYear(whenText);
    if (!month || month.length !== 7) {
      report.reject(
        FILES.reports,
        r.line,
        `unparseable date '${whenText}' in column ${e.when}; earlier inspection not imported`,
      );
      continue;
    }
    const reading = readGrade(r.get(e.grade));
    if (reading.kind === 'unknown') {
      report.reject(
        FILES.reports,
        r.line,
        `unknown grade '${reading.label}' in column ${e.grade}; only the earlier inspection is left out`,
      );
      continue;
    }
    const source = cite('reports', r.line, {
      note: `named as the previous ${e.label} in the report of ${cited.start}`,
    });
    const existing = drafts.find(
      (d) => d.authority === cited.authority && d.framework === e.framework && d.start.slice(0, 7) === month,
    );
    if (existing) {
      existing.sources.push(source);
      existing.judgements.get('overall')?.sources.push(source);
      continue;
    }
    const judgements = new Map<string, JudgementDraft>();
    if (reading.kind === 'grade') {
      judgements.set('overall', {
        areaKey: 'overall',
        areaLabel: `Overall effectiveness (${e.label}, as a later report gives it)`,
        grade: reading.grade,
        gradeLabel: reading.label,
        sources: [source],
      });
    }
    drafts.push(
      blankDraft({
        authority: cited.authority,
        framework: e.framework,
        suffix: e.suffix,
        visit: false,
        start: month,
        notes: [
          `Known only from later reports, which give the month and the overall judgement; fieldwork days, publication and other judgements are unknown.`,
        ],
        sources: [source],
        judgements,
        origin: { key: 'reports', line: r.line },
      }),
    );
  }
}
