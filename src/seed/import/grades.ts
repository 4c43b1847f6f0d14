/** Normalised grades, by the wording the files use (compared case-insensitively). */
const GRADES: Record<string, string> = {
  outstanding: 'OUTSTANDING',
  good: 'GOOD',
  'requires improvement': 'REQUIRES_IMPROVEMENT',
  'requires improvement to be good': 'REQUIRES_IMPROVEMENT',
  adequate: 'ADEQUATE',
  inadequate: 'INADEQUATE',
};

export type GradeReading =
  | { kind: 'grade'; grade: string; label: string }
  | { kind: 'none' }
  | { kind: 'not-judged'; label: string }
  | { kind: 'unknown'; label: string };

/** Reads a grade cell: empty means no judgement; "Not judged" is recorded as a note. */
export function readGrade(cell: string): GradeReading {
  const label = cell.trim();
  if (label === '') return { kind: 'none' };
  if (/^not judged$/i.test(label)) return { kind: 'not-judged', label };
  const grade = GRADES[label.toLowerCase().replace(/\s+/g, ' ')];
  return grade ? { kind: 'grade', grade, label } : { kind: 'unknown', label };
}
