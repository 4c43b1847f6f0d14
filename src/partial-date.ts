/**
 * Dates known only to a year or a month, kept as ISO 8601 reduced-precision text
 * ("2009", "2009-09", "2009-09-30") so nothing more precise than the sources is claimed.
 * Spans are "start/end"; an open end is written as an empty side ("2009/").
 */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  text: string;
  /** First and last day the date can stand for, as YYYY-MM-DD. */
  earliest: string;
  latest: string;
}

export interface DateSpan {
  start: PartialDate | null;
  end: PartialDate | null;
  text: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > daysIn(year, month!))) return null;
  const lastMonth = month ?? 12;
  return {
    year,
    month,
    day,
    text,
    earliest: `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`,
    latest: `${year}-${pad(lastMonth)}-${pad(day ?? daysIn(year, lastMonth))}`,
  };
}

export function parseDateSpan(text: string): DateSpan | null {
  const [from, to, ...rest] = text.split('/');
  if (rest.length > 0 || from === undefined) return null;
  const start = from === '' ? null : parsePartialDate(from);
  const end = to === undefined ? start : to === '' ? null : parsePartialDate(to);
  if ((from !== '' && !start) || (to !== undefined && to !== '' && !end) || (!start && !end)) return null;
  if (start && end && start.earliest > end.latest) return null;
  return { start, end, text };
}

export const isPartialDate = (value: unknown): boolean =>
  typeof value === 'string' && parsePartialDate(value) !== null;
export const isDateSpan = (value: unknown): boolean =>
  typeof value === 'string' && parseDateSpan(value) !== null;
