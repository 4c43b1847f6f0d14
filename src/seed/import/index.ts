import { fromRoot } from '../../paths.ts';
import type { Citation } from '../plan.ts';
import { authorityEntries, readAuthorities } from './authorities.ts';
import type { InspectionDraft } from './drafts.ts';
import { readOfficial } from './official.ts';
import { inspectorEntries, personId, postEntries } from './people.ts';
import { readReports } from './reports.ts';
import { Report, sourceEntries, type Entry, type FileKey, type ImportResult } from './sources.ts';

export type { ImportProblem, ImportResult } from './sources.ts';

export const DEFAULT_DATA_DIR = fromRoot('seed', 'data');

/**
 * Reads the data files into seed-shaped entries. Bad rows are reported, never thrown,
 * and the entries of good rows are returned all the same; the caller decides.
 */
export function buildImport(dataDir: string = DEFAULT_DATA_DIR): ImportResult {
  const report = new Report();
  const { index, used } = readAuthorities(dataDir, report);
  const { drafts, people } = readReports(dataDir, index, report);
  readOfficial(dataDir, index, drafts, report);
  const inspections = inspectionEntries(drafts);
  const posts = postEntries(people, index);
  const files: FileKey[] = [
    ...used,
    'reports',
    'history2025',
    'inYear2025',
    'asAt2025',
    'ilacs2024',
    'inYear2024',
    'asAt2024',
  ];
  return {
    files: [
      { name: 'data/sources', content: { sources: sourceEntries(files) } },
      { name: 'data/authorities', content: { authorities: authorityEntries(index) } },
      { name: 'data/inspections', content: { inspections } },
      { name: 'data/people', content: { people: [...inspectorEntries(drafts), ...posts.people] } },
      { name: 'data/organisations', content: { organisations: posts.organisations } },
    ],
    rowsRead: report.rowsRead,
    rejected: report.rejected,
    skipped: report.skipped,
  };
}

/**
 * Ids follow `<authority>-<year>-<framework>`; when one authority has two inspections of
 * a kind in a year, the later ones (by start, then file line) take the month, then the day.
 */
function assignIds(drafts: InspectionDraft[]): Map<InspectionDraft, string> {
  const ordered = [...drafts].sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      a.origin.key.localeCompare(b.origin.key) ||
      a.origin.line - b.origin.line,
  );
  const taken = new Set<string>();
  const ids = new Map<InspectionDraft, string>();
  for (const d of ordered) {
    const own = d.authority.id.slice('authority:'.length);
    const forms = d.visit ? [7, 10] : [4, 7, 10];
    const candidates = forms.map((n) => `${own}-${d.start.slice(0, n)}-${d.suffix}`);
    let id = candidates.find((c) => !taken.has(c));
    for (let n = 2; !id; n++) {
      const c = `${candidates.at(-1)}-${n}`;
      if (!taken.has(c)) id = c;
    }
    taken.add(id);
    ids.set(d, id);
  }
  return ids;
}

const FRAMEWORK_NAMES: Record<string, string> = {
  SINGLE_INSPECTION_FRAMEWORK: 'SIF inspection',
  ILACS: 'ILACS inspection',
  LOOKED_AFTER_CHILDREN: 'inspection of looked after children services',
  CHILD_PROTECTION: 'inspection of child protection arrangements',
  OTHER: 'review of the LSCB',
};
const KIND_NAMES: Record<string, string> = {
  REINSPECTION: 'SIF re-inspection',
  SHORT_INSPECTION: 'ILACS short inspection',
  STANDARD_INSPECTION: '',
  FOCUSED_VISIT: 'ILACS focused visit',
  MONITORING_VISIT: 'monitoring visit',
};

// Fieldwork known to the day; a month alone comes from a later report's mention, not from fieldwork records.
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

function inspectionEntries(drafts: InspectionDraft[]): Entry[] {
  const ids = assignIds(drafts);
  return drafts
    .map((d): Entry => {
      const slug = ids.get(d)!;
      const id = `inspection:${slug}`;
      const what = (d.kind && KIND_NAMES[d.kind]) || FRAMEWORK_NAMES[d.framework]!;
      const label = `${d.authority.name} ${what} (${d.start.slice(0, 7)})${d.theme ? `: ${d.theme}` : ''}`;
      const dated = d.published ? `${d.start}/${d.published}` : d.end ? `${d.start}/${d.end}` : d.start;
      const graded = !d.visit;
      return {
        id,
        label,
        subject: d.authority.id,
        inspectorate: 'org:ofsted',
        framework: d.framework,
        frameworkLabel: d.frameworkLabel,
        kind: d.kind,
        kindLabel: d.kindLabel,
        theme: d.theme,
        dated,
        // A file that gives only the first day of fieldwork still gives that: an open span.
        fieldwork: d.end ? `${d.start}/${d.end}` : FULL_DAY.test(d.start) ? `${d.start}/` : null,
        published: d.published,
        reportUrl: d.reportUrl,
        judgementsComplete: graded
          ? d.framework !== 'CHILD_PROTECTION' && d.notes.every((n) => !n.startsWith('Known only'))
          : null,
        leadInspectors: unique(d.leads.map(personId)),
        deputyLeadInspectors: unique(d.deputies.map(personId)),
        notes: d.notes.length > 0 ? d.notes.join(' ') : null,
        sources: dedupe(d.sources),
        judgements: [...d.judgements.values()]
          .sort((a, b) => (a.areaKey === 'overall' ? -1 : b.areaKey === 'overall' ? 1 : 0))
          .map((j) => ({
            id: `judgement:${slug}-${j.areaKey}`,
            label: `${label}: ${j.areaLabel} - ${j.gradeLabel}`,
            inspection: id,
            areaKey: j.areaKey,
            areaLabel: j.areaLabel,
            grade: j.grade,
            gradeLabel: j.gradeLabel,
            sources: dedupe(j.sources),
          })),
      };
    })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

const unique = (ids: string[]) => [...new Set(ids)];

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
