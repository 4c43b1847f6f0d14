import type { Authority, AuthorityIndex } from './authorities.ts';
import { readCsv, table, type Row } from './csv.ts';
import { draft, type InspectionDraft, type JudgementDraft } from './drafts.ts';
import { readGrade } from './grades.ts';
import { ILACS_AREAS, ILACS_KINDS } from './reports.ts';
import { cite, FILES, type FileKey, type Report } from './sources.ts';
import { daysBetween, isoDay } from './text.ts';

/** Ofsted's statistics name the areas in two wordings (2025 and 2024 editions). */
const AREA_COLUMNS: Record<string, string[]> = {
  overall: ['Overall effectiveness', 'overall effectiveness'],
  'impact-of-leaders': [
    'The impact of leaders on social work practice with children and families',
    'Impact of leaders',
    'impact of leaders',
  ],
  'help-and-protection': [
    'The experiences and progress of children who need help and protection',
    'Experiences and progress of children who need help and protection',
    'experiences and progress of children who need help and protection',
  ],
  'children-in-care': [
    'The experiences and progress of children in care',
    'Experiences and progress of children in care',
    'experiences and progress of children in care',
  ],
  'care-leavers': [
    'The experiences and progress of care leavers',
    'Experiences and progress of care leavers',
    'experiences and progress of care leavers',
  ],
};

const VISITS: Record<string, { kind: string; suffix: string }> = {
  'ILACS Focused Visit': { kind: 'FOCUSED_VISIT', suffix: 'focused-visit' },
  'LA Monitoring visit': { kind: 'MONITORING_VISIT', suffix: 'monitoring-visit' },
};

/** The 2023 split of "children in care and care leavers" decides which key a column feeds. */
const SPLIT_DAY = '2023-01-01';

interface Claim {
  line: number;
  authority: Authority;
  start: string | null;
  published: string | null;
  typeLabel: string | null;
  theme: string | null;
  grades: Map<string, { label: string; grade: string }>;
}

interface Layout {
  headerLine: number;
  untilLine?: number;
  code?: string;
  name?: string;
  start?: string;
  published: string | null;
  type: string | null;
  theme?: string;
  /** Prefix of the grade columns in the wide 2024 table. */
  prefix?: string;
}

/** Reads one official table into claims, rejecting rows that cannot stand. */
function readClaims(
  dataDir: string,
  key: FileKey,
  layout: Layout,
  index: AuthorityIndex,
  report: Report,
  countRows = true,
): Claim[] {
  const file = FILES[key];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const header = readCsv(dataDir, file);
  const headerCells = new Set(header.find((r) => r.line === layout.headerLine)?.cells.map((c) => c.trim()));
  for (const r of table(header, layout.headerLine, layout.untilLine)) {
    if (countRows) report.rowsRead++;
    const startText = layout.start ? r.get(layout.start) : '';
    const publishedText = layout.published ? r.get(layout.published) : '';
    if (layout.prefix && publishedText === '') continue;
    if (/^not yet inspected$/i.test(startText)) {
      report.skip(file, r.line, `'${startText}': no inspection to cite`);
      continue;
    }
    const start = startText === '' ? null : isoDay(startText);
    const published = publishedText === '' ? null : isoDay(publishedText);
    if ((startText !== '' && !start) || (publishedText !== '' && !published)) {
      const [column, value] =
        startText !== '' && !start ? [layout.start, startText] : [layout.published, publishedText];
      report.reject(file, r.line, `unparseable date '${value}' in column ${column}`);
      continue;
    }
    const onDay = start ?? published;
    if (layout.start && !start) {
      report.reject(file, r.line, `missing date in column ${layout.start}`);
      continue;
    }
    const authority = findAuthority(r, layout, index, onDay ?? '2025-03-31');
    if (typeof authority === 'string') {
      report.reject(file, r.line, authority);
      continue;
    }
    const typeLabel = layout.type ? r.get(layout.type) : null;
    if (typeLabel !== null && !ILACS_KINDS[typeLabel] && !VISITS[typeLabel]) {
      report.reject(file, r.line, `unknown inspection type '${typeLabel}' in column ${layout.type}`);
      continue;
    }
    const grades = new Map<string, { label: string; grade: string }>();
    let problem: string | undefined;
    for (const [area, names] of Object.entries(AREA_COLUMNS)) {
      const column = names.map((n) => (layout.prefix ?? '') + n).find((n) => headerCells.has(n));
      if (!column) continue;
      const reading = readGrade(r.get(column));
      if (reading.kind === 'unknown') {
        problem = `unknown grade '${reading.label}' in column ${column}`;
        break;
      }
      if (reading.kind === 'grade') grades.set(area, { label: reading.label, grade: reading.grade });
    }
    if (problem) {
      report.reject(file, r.line, problem);
      continue;
    }
    const dupKey = [authority.id, typeLabel, start ?? published].join('|');
    if (seen.has(dupKey)) {
      report.reject(file, r.line, `duplicate row: ${authority.name}, ${typeLabel ?? 'inspection'}, ${onDay}`);
      continue;
    }
    seen.add(dupKey);
    const theme = layout.theme ? r.get(layout.theme) || null : null;
    claims.push({ line: r.line, authority, start, published, typeLabel, theme, grades });
  }
  return claims;
}

function findAuthority(r: Row, layout: Layout, index: AuthorityIndex, onDay: string): Authority | string {
  if (layout.code) {
    const code = r.get(layout.code);
    if (code === '') return `missing GSS code in column ${layout.code}`;
    return index.byGss(code) ?? `unknown GSS code '${code}' in column ${layout.code}`;
  }
  const name = r.get(layout.name!);
  if (name === '') return `missing authority name in column ${layout.name}`;
  return (
    index.byName(name, onDay) ??
    `unknown authority name '${name}' (no single authority of that name on ${onDay})`
  );
}

function areaOf(key: string, start: string): { key: string; label: string } {
  const k = key === 'children-in-care' && start < SPLIT_DAY ? 'children-in-care-and-care-leavers' : key;
  return { key: k, label: ILACS_AREAS.find((a) => a.key === k)!.label };
}

function closest(drafts: InspectionDraft[], claim: Claim, visit: boolean): InspectionDraft | undefined {
  const start = claim.start!;
  return drafts
    .filter(
      (d) =>
        d.authority === claim.authority &&
        d.framework === 'ILACS' &&
        d.visit === visit &&
        (!visit || d.kindLabel === claim.typeLabel) &&
        Math.abs(daysBetween(d.start, start)) <= 7,
    )
    .sort((a, b) => Math.abs(daysBetween(a.start, start)) - Math.abs(daysBetween(b.start, start)))[0];
}

/**
 * Adds a file's claims to a draft. With `prefer` the claim replaces what differs (the
 * draft's first source keeps a citation quoting its own value); otherwise the draft keeps
 * its value and the claim is cited with the value it gives.
 */
function apply(draft: InspectionDraft, key: FileKey, claim: Claim, prefer: boolean): void {
  draft.sources.push(cite(key, claim.line));
  const differs = (field: string, kept: string, other: string, otherKey: FileKey, otherLine: number) =>
    cite(otherKey, otherLine, {
      field,
      quote: other,
      note: `differs: this file gives ${other}; the value kept is ${kept}`,
    });
  const o = draft.origin;
  if (claim.start && claim.start !== draft.start) {
    if (prefer) {
      draft.sources.push(differs('fieldwork', claim.start, draft.start, o.key, o.line));
      draft.start = claim.start;
      if (draft.end && draft.end < draft.start) draft.end = null;
    } else draft.sources.push(differs('fieldwork', draft.start, claim.start, key, claim.line));
  }
  if (claim.published && draft.published && claim.published !== draft.published) {
    if (prefer) {
      draft.sources.push(differs('published', claim.published, draft.published, o.key, o.line));
      draft.published = claim.published;
    } else draft.sources.push(differs('published', draft.published, claim.published, key, claim.line));
  } else if (claim.published && !draft.published) draft.published = claim.published;
  if (claim.typeLabel && !draft.kindLabel) {
    draft.kindLabel = claim.typeLabel;
    draft.kind = ILACS_KINDS[claim.typeLabel] ?? VISITS[claim.typeLabel]?.kind ?? null;
  }
  for (const [area, value] of claim.grades) {
    const { key: areaKey, label } = areaOf(area, draft.start);
    const j = draft.judgements.get(areaKey);
    if (!j) {
      draft.judgements.set(areaKey, newJudgement(areaKey, label, value, key, claim.line));
    } else if (j.grade === value.grade) {
      j.sources.push(cite(key, claim.line));
    } else if (prefer) {
      j.sources.push(differs('grade', value.label, j.gradeLabel, o.key, o.line));
      Object.assign(j, { grade: value.grade, gradeLabel: value.label });
      j.sources.push(cite(key, claim.line));
    } else j.sources.push(differs('grade', j.gradeLabel, value.label, key, claim.line));
  }
}

const newJudgement = (
  areaKey: string,
  areaLabel: string,
  value: { label: string; grade: string },
  key: FileKey,
  line: number,
): JudgementDraft => ({
  areaKey,
  areaLabel,
  grade: value.grade,
  gradeLabel: value.label,
  sources: [cite(key, line)],
});

function create(claim: Claim, key: FileKey): InspectionDraft {
  const visit = VISITS[claim.typeLabel ?? ''];
  const created = draft({
    authority: claim.authority,
    framework: 'ILACS',
    suffix: visit?.suffix ?? 'ilacs',
    visit: visit !== undefined,
    theme: claim.theme,
    start: claim.start!,
    notes: [
      visit
        ? 'The statistics give the first day of the visit; its last day is not in the data.'
        : 'No parsed report for this inspection: the last day of fieldwork, the report address and the inspectors are not in the data.',
    ],
    sources: [],
    judgements: new Map(),
    origin: { key, line: claim.line },
  });
  apply(created, key, claim, false);
  return created;
}

/** Inspections and visits from Ofsted's statistics, merged into the drafts from reports. */
export function readOfficial(
  dataDir: string,
  index: AuthorityIndex,
  drafts: InspectionDraft[],
  report: Report,
): void {
  const gss = { headerLine: 3, code: 'Local authority area code' };
  const merge = (key: FileKey, layout: Layout, prefer: boolean) => {
    for (const claim of readClaims(dataDir, key, layout, index, report)) {
      const visit = VISITS[claim.typeLabel ?? ''] !== undefined;
      const found = closest(drafts, claim, visit);
      if (found) apply(found, key, claim, prefer);
      else if (claim.typeLabel !== null) drafts.push(create(claim, key));
      else
        report.skip(FILES[key], claim.line, `no inspection of ${claim.authority.name} near ${claim.start}`);
    }
  };
  merge(
    'history2025',
    { ...gss, start: 'Inspection date', published: 'Publication date', type: 'Inspection type' },
    true,
  );
  merge(
    'inYear2025',
    {
      ...gss,
      start: 'Inspection/Visit date',
      published: 'Publication date',
      type: 'Inspection/Visit type',
      theme: 'Visit Theme',
    },
    false,
  );
  merge(
    'inYear2024',
    {
      headerLine: 3,
      name: 'Local authority name',
      start: 'Inspection/Visit date',
      published: null,
      type: 'Inspection/Visit type',
      theme: 'Visit Theme',
    },
    false,
  );
  merge('asAt2025', { ...gss, start: 'Inspection date', published: 'Publication date', type: null }, false);
  merge(
    'asAt2024',
    { headerLine: 3, name: 'Local authority name', start: 'Inspection date', published: null, type: null },
    false,
  );
  readWide(dataDir, index, drafts, report);
}

/**
 * The 2024 wide table has no inspection dates: its first and second inspections are the
 * authority's first and second ILACS inspections, in order.
 */
function readWide(dataDir: string, index: AuthorityIndex, drafts: InspectionDraft[], report: Report) {
  const parts: Layout[] = [
    {
      headerLine: 4,
      untilLine: 158,
      prefix: 'First ILACS ',
      published: 'First ILACS publication date',
      type: 'First ILACS inspection type',
      name: 'Local authority name',
    },
    {
      headerLine: 4,
      untilLine: 158,
      prefix: 'Second ILACS ',
      published: 'Second ILACS publication date',
      type: 'Second ILACS inspection type',
      name: 'Local authority name',
    },
    {
      headerLine: 159,
      prefix: 'ILACS framework ',
      published: 'ILACS framework publication date',
      type: 'ILACS framework inspection type',
      name: 'Local authority name',
    },
  ];
  parts.forEach((layout, i) => {
    // Both halves of the first table share rows: count them once.
    const claims = readClaims(dataDir, 'ilacs2024', layout, index, report, i !== 1);
    for (const claim of claims) {
      const ilacs = drafts
        .filter((d) => d.authority === claim.authority && d.framework === 'ILACS' && !d.visit)
        .sort((a, b) => a.start.localeCompare(b.start));
      const draft = ilacs[i === 1 ? 1 : 0];
      if (!draft) {
        report.skip(
          FILES.ilacs2024,
          claim.line,
          `no ${i === 1 ? 'second' : 'first'} ILACS inspection of ${claim.authority.name} to cite`,
        );
        continue;
      }
      apply(draft, 'ilacs2024', claim, false);
    }
  });
}
