/**
 * Grades as the pages show them: always the words beside the colour, and colours from
 * Okabe and Ito's palette, which people with any common colour-vision deficiency can tell
 * apart. Blues are the good end, darkest best; oranges the bad, darkest worst.
 */
export const GRADE_ORDER = ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'] as const;
export type GradeName = (typeof GRADE_ORDER)[number];

export const GRADE_LABELS: Record<string, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  ADEQUATE: 'Adequate',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
  NONE: 'No graded inspection in the data',
  SEVERAL: 'Several authorities',
  NOBODY: 'No authority in the data',
};

export const GRADE_COLOURS: Record<string, string> = {
  OUTSTANDING: '#0072B2',
  GOOD: '#56B4E9',
  ADEQUATE: '#F0E442',
  REQUIRES_IMPROVEMENT: '#E69F00',
  INADEQUATE: '#D55E00',
  NONE: '#d9d9d9',
  SEVERAL: '#999999',
  NOBODY: '#ffffff',
};

// Text on a coloured cell: black on the light colours, white on the dark blue.
const DARK = new Set(['OUTSTANDING']);
export const textOn = (grade: string) => (DARK.has(grade) ? '#ffffff' : '#000000');

export const gradeLabel = (grade: string) => GRADE_LABELS[grade] ?? grade;

/** A swatch and the grade's words, for tables and legends. */
export function gradeBadge(grade: string, words = gradeLabel(grade)): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'grade';
  badge.dataset.grade = grade;
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = GRADE_COLOURS[grade] ?? '#999';
  swatch.setAttribute('aria-hidden', 'true');
  badge.append(swatch, words);
  return badge;
}

/** The colour scale Plot draws grades with, in the order a legend lists them. */
export const gradeScale = (grades: readonly string[]) => ({
  domain: [...grades],
  range: grades.map((g) => GRADE_COLOURS[g] ?? '#999'),
  tickFormat: gradeLabel,
});
