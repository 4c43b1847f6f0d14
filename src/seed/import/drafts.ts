import type { Citation } from '../plan.ts';
import type { Authority } from './authorities.ts';
import type { FileKey } from './sources.ts';

export interface JudgementDraft {
  areaKey: string;
  areaLabel: string;
  grade: string;
  gradeLabel: string;
  sources: Citation[];
}

/** An inspection being assembled from several files; its id is given once all are read. */
export interface InspectionDraft {
  authority: Authority;
  framework: string;
  frameworkLabel: string | null;
  /** Id suffix, e.g. `sif`, `ilacs`, `focused-visit`. */
  suffix: string;
  visit: boolean;
  kind: string | null;
  kindLabel: string | null;
  theme: string | null;
  /** ISO day, or "YYYY-MM" for inspections known only from a later report. */
  start: string;
  end: string | null;
  published: string | null;
  reportUrl: string | null;
  leads: string[];
  deputies: string[];
  notes: string[];
  sources: Citation[];
  judgements: Map<string, JudgementDraft>;
  /** The file and line the draft came from first, for citing values that later lose. */
  origin: { key: FileKey; line: number };
}

export type Claim = Partial<Pick<InspectionDraft, 'start' | 'published' | 'kindLabel'>>;

type Known = Pick<
  InspectionDraft,
  'authority' | 'framework' | 'suffix' | 'visit' | 'start' | 'notes' | 'sources' | 'judgements' | 'origin'
>;

/** A draft holding only what its file knows; every other field starts unknown. */
export function draft(known: Known & Partial<InspectionDraft>): InspectionDraft {
  return {
    frameworkLabel: null,
    kind: null,
    kindLabel: null,
    theme: null,
    end: null,
    published: null,
    reportUrl: null,
    leads: [],
    deputies: [],
    ...known,
  };
}
