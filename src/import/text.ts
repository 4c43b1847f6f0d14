import { parsePartialDate } from '../partial-date.ts';

/** Lower-case kebab slug; diacritics dropped so "Máire" and "Maire" meet. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug of an authority name: the DfE list writes "Bristol, City of", people say "Bristol". */
export function authoritySlug(name: string): string {
  return slug(name.replace(/,\s*(city|county) of\s*$/i, ''));
}

/** "01/04/2009" → "2009-04-01"; null when not a real day. */
export function ukDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  return match ? day(`${match[3]}-${match[2]}-${match[1]}`) : null;
}

/** "2019-02-18" or the spreadsheet export's "2019-02-18T00:00:00" → "2019-02-18". */
export function isoDay(text: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00)?$/.exec(text.trim());
  return match ? day(match[1]!) : null;
}

function day(text: string): string | null {
  return parsePartialDate(text) ? text : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "June 2010" or "Feb 2012" → "2010-06"; "since 2011" → "2011"; null otherwise. */
export function monthYear(text: string): string | null {
  const t = text.trim().toLowerCase();
  const year = /^(?:since\s+)?(\d{4})$/.exec(t);
  if (year) return year[1]!;
  const match = /^([a-z]+)\s+(\d{4})$/.exec(t);
  if (!match) return null;
  const month = MONTHS.indexOf(match[1]!.slice(0, 3));
  if (month < 0 || !MONTHS.some((m) => match[1]!.startsWith(m))) return null;
  return `${match[2]}-${String(month + 1).padStart(2, '0')}`;
}

/** The day after an ISO day, to test whether two date ranges are contiguous. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
