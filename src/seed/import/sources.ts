import type { Citation, SeedFile } from '../plan.ts';

export interface ImportProblem {
  file: string;
  line: number;
  reason: string;
}

export interface ImportResult {
  files: SeedFile[];
  rowsRead: number;
  rejected: ImportProblem[];
  skipped: ImportProblem[];
}

export type Entry = Record<string, unknown>;

/** What each importer reports back besides its entries. */
export class Report {
  rowsRead = 0;
  readonly rejected: ImportProblem[] = [];
  readonly skipped: ImportProblem[] = [];
  reject(file: string, line: number, reason: string): void {
    this.rejected.push({ file: seedPath(file), line, reason });
  }
  skip(file: string, line: number, reason: string): void {
    this.skipped.push({ file: seedPath(file), line, reason });
  }
}

/** How a data file is named relative to the seed folder, in problems and seed file names. */
export const seedPath = (file: string) => `data/${file}`;

interface SourceInfo {
  id: string;
  label: string;
  title: string;
  publisherKind: 'GOVERNMENT' | 'REGULATOR' | 'COMMUNITY_DATA';
  publisherName: string;
  licence: string;
  notes: string;
}

const OGL = 'Open Government Licence v3.0 (Crown copyright)';
const OFSTED_STATS = 'Ofsted (official statistics)';

export const FILES = {
  las: 'la_reference/dfe_las.csv',
  regions: 'la_reference/dfe_regions.csv',
  gias: 'la_reference/gias_EnglishLaNameCodes.csv',
  lookup: 'la_reference/ofsted_provider_la_lookup.csv',
  neighbours: 'la_reference/dfe_statistical_neighbours_2025_wide.csv',
  wikidata: 'la_reference/digital_land_local_authority_wikidata.csv',
  mysociety: 'la_reference/mysociety_uk_local_authorities_future.csv',
  reports: 'ofsted/la_csc_inspection_reports_2012_2026_parsed.csv',
  history2025: 'ofsted/la_inspection_outcomes_2025__ILACS_inspection_history.csv',
  inYear2025: 'ofsted/la_inspection_outcomes_2025__In-year_inspections.csv',
  asAt2025: 'ofsted/la_inspection_outcomes_2025__Inspections_as_at_31_March.csv',
  ilacs2024: 'ofsted/la_inspection_outcomes_2024__ILACS_inspections_2018-2024.csv',
  inYear2024: 'ofsted/la_inspection_outcomes_2024__Inspections_in_year_2023-24.csv',
  asAt2024: 'ofsted/la_inspection_outcomes_2024__Inspections_31_March_2024.csv',
} as const;
export type FileKey = keyof typeof FILES;

const SOURCES: Record<FileKey, SourceInfo> = {
  las: {
    id: 'source:data-dfe-las',
    label: 'DfE/ONS list of local authorities (data file)',
    title: 'DfE local authorities with GSS codes, dates and old LA codes',
    publisherKind: 'GOVERNMENT',
    publisherName: 'Department for Education / Office for National Statistics',
    licence: OGL,
    notes:
      'Codes, names, dates of operation and termination, region and type. Dates of 01/01/2009 mark the start of the GSS code list, not of the council.',
  },
  regions: {
    id: 'source:data-dfe-regions',
    label: 'DfE list of English regions (data file)',
    title: 'DfE regions',
    publisherKind: 'GOVERNMENT',
    publisherName: 'Department for Education',
    licence: OGL,
    notes: 'Region names by ONS region code.',
  },
  gias: {
    id: 'source:data-gias-la-codes',
    label: 'GIAS English local authority names and codes (data file)',
    title: 'Get Information About Schools: English LA name codes',
    publisherKind: 'GOVERNMENT',
    publisherName: 'Department for Education (Get Information About Schools)',
    licence: OGL,
    notes: 'Names with DfE and GSS codes; used to confirm DfE codes and to match names.',
  },
  lookup: {
    id: 'source:data-ofsted-la-lookup',
    label: 'Ofsted provider / LA code lookup (data file)',
    title: 'Ofsted provider URN to local authority lookup',
    publisherKind: 'COMMUNITY_DATA',
    publisherName: 'Data to Insight (compiled from ONS and DfE data)',
    licence: 'Compiled from ONS and DfE data published under the Open Government Licence v3.0',
    notes: "Ofsted's LA URN for each authority.",
  },
  neighbours: {
    id: 'source:data-dfe-statistical-neighbours',
    label: 'DfE statistical neighbours 2025 (data file)',
    title: 'Children’s services statistical neighbour benchmarking, 2025',
    publisherKind: 'GOVERNMENT',
    publisherName: 'Department for Education',
    licence: OGL,
    notes: "Ten neighbours per authority by DfE code, with the publisher's closeness wording.",
  },
  wikidata: {
    id: 'source:data-digital-land-wikidata',
    label: 'MHCLG digital land local authorities with Wikidata ids (data file)',
    title: 'Local authority dataset (planning.data.gov.uk)',
    publisherKind: 'GOVERNMENT',
    publisherName: 'Ministry of Housing, Communities and Local Government (digital land)',
    licence: OGL,
    notes: 'Wikidata item per council, matched on GSS code.',
  },
  mysociety: {
    id: 'source:data-mysociety-las',
    label: 'mySociety UK local authorities (data file)',
    title: 'UK local authorities (future)',
    publisherKind: 'COMMUNITY_DATA',
    publisherName: 'mySociety',
    licence: 'CC BY 4.0 (credit mySociety)',
    notes: 'Used for which council replaced which (replaced-by), matched on GSS code.',
  },
  reports: {
    id: 'source:data-ofsted-csc-reports',
    label: "Ofsted children's social care inspection reports, parsed (data file)",
    title: "Local authority children's services inspection reports 2012-2026, parsed",
    publisherKind: 'REGULATOR',
    publisherName: 'Ofsted (reports); table parsed from the report PDFs',
    licence: OGL,
    notes:
      'One row per report, extracted from the PDFs by text parsing. ILACS rows agree with the official table; SIF rows have nothing official to check against.',
  },
  history2025: {
    id: 'source:data-ofsted-ilacs-history-2025',
    label: 'Ofsted ILACS inspection history 2018-2025 (data file)',
    title: 'ILACS inspection history from 2018-2025',
    publisherKind: 'REGULATOR',
    publisherName: OFSTED_STATS,
    licence: OGL,
    notes: 'Every ILACS standard and short inspection to March 2025; preferred for ILACS dates and grades.',
  },
  inYear2025: {
    id: 'source:data-ofsted-in-year-2025',
    label: 'Ofsted in-year inspections and visits 2024-25 (data file)',
    title: 'Local authority in-year inspection activity 2024-25',
    publisherKind: 'REGULATOR',
    publisherName: OFSTED_STATS,
    licence: OGL,
    notes: 'Inspections, focused visits and monitoring visits with their themes.',
  },
  asAt2025: {
    id: 'source:data-ofsted-as-at-2025',
    label: 'Ofsted inspection judgements as at 31 March 2025 (data file)',
    title: 'Local authority inspection judgements as at 31 March 2025',
    publisherKind: 'REGULATOR',
    publisherName: OFSTED_STATS,
    licence: OGL,
    notes: "Each authority's latest judgements at 31 March 2025.",
  },
  ilacs2024: {
    id: 'source:data-ofsted-ilacs-2024',
    label: 'Ofsted ILACS inspections 2018-2024 (data file)',
    title: 'ILACS inspections 2018-2024',
    publisherKind: 'REGULATOR',
    publisherName: OFSTED_STATS,
    licence: OGL,
    notes:
      'Previous edition, one row per authority with first and second inspection side by side; names only, publication dates but no inspection dates. Superseded where the 2025 edition differs.',
  },
  inYear2024: {
    id: 'source:data-ofsted-in-year-2024',
    label: 'Ofsted in-year inspections and visits 2023-24 (data file)',
    title: 'Local authority in year inspection activity 2023-24',
    publisherKind: 'REGULATOR',
    publisherName: OFSTED_STATS,
    licence: OGL,
    notes: 'Previous edition; names only, no publication dates.',
  },
  asAt2024: {
    id: 'source:data-ofsted-as-at-2024',
    label: 'Ofsted inspection judgements as at 31 March 2024 (data file)',
    title: 'Local authority inspection judgements as at 31 March 2024',
    publisherKind: 'REGULATOR',
    publisherName: OFSTED_STATS,
    licence: OGL,
    notes: 'Previous edition; names only.',
  },
};

export const sourceId = (key: FileKey) => SOURCES[key].id;

/** A citation of one line of a data file, optionally narrowed to a field. */
export function cite(key: FileKey, line: number, extra: Omit<Citation, 'source' | 'locator'> = {}): Citation {
  return { source: SOURCES[key].id, locator: `line ${line}`, ...extra };
}

export function sourceEntries(keys: FileKey[]): Entry[] {
  return keys.map((key) => {
    const { id, label, title, publisherKind, publisherName, licence, notes } = SOURCES[key];
    return {
      id,
      label,
      kind: 'DATASET',
      title,
      publisherKind,
      publisherName,
      dataFile: FILES[key],
      licence,
      notes,
    };
  });
}
