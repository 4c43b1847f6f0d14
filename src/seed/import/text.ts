import { parsePartialDate } from '../../partial-date.ts';

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

/** "28 July 2016", "1/06/2015" → ISO day; `year` fills in a day written without one. */
function writtenDay(text: string, year?: string): string | null {
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (numeric) return day(`${numeric[3]}-${numeric[2]!.padStart(2, '0')}-${numeric[1]!.padStart(2, '0')}`);
  const words = /^(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?$/i.exec(text);
  const month = words ? MONTHS.indexOf(words[2]!.slice(0, 3).toLowerCase()) : -1;
  const y = words?.[3] ?? year;
  if (!words || month < 0 || !y) return null;
  return day(`${y}-${String(month + 1).padStart(2, '0')}-${words[1]!.padStart(2, '0')}`);
}

/**
 * Fieldwork dates as a report's front page words them: "29 April - 22 May 2014",
 * "12/09/2016 to 06/10/2016", or one day. Null unless every part is a real day.
 */
export function writtenDateRange(text: string): { start: string; end: string } | null {
  const parts = text.trim().split(/\s*(?:-|\u2013|\u2500|\bto\b)\s*/);
  if (parts.length < 1 || parts.length > 2) return null;
  const end = writtenDay(parts[parts.length - 1]!);
  const start = parts.length === 2 ? writtenDay(parts[0]!, end?.slice(0, 4)) : end;
  return start && end && start <= end ? { start, end } : null;
}

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
