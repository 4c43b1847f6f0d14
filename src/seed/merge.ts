/**
 * Joins two sets of seed entries that describe some of the same things: the editors'
 * YAML (first) and entries built from the data files (second). Entries with the same id
 * become one. The first set's values win; the second fills what the first leaves unknown,
 * adds its citations, and where it says something else, that claim stays as a citation
 * of its own (the other value quoted), so both sources remain visible.
 */
import type { SeedFile } from './plan.ts';

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const hasId = (value: unknown): value is Entry & { id: string } =>
  isEntry(value) && typeof value.id === 'string';
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Editors' own wording, not a claim of any source: the first set's simply stands. */
const EDITORIAL = new Set(['label', 'notes']);

/** Identifiers have no id of their own: a scheme and a value name one. */
const identifierKey = (value: unknown) =>
  isEntry(value) ? `${String(value.scheme)}|${String(value.value)}` : '';

function citationsOf(entry: Entry): Entry[] {
  return Array.isArray(entry.sources) ? (entry.sources as Entry[]) : [];
}

/** The second entry's citations for one field: those narrowed to it, else its general ones. */
function citationsFor(entry: Entry, field: string): Entry[] {
  const all = citationsOf(entry);
  const narrowed = all.filter((c) => c.field === field);
  return narrowed.length > 0 ? narrowed : all.filter((c) => c.field === undefined);
}

function mergeLists(kept: unknown[], extra: unknown[], keyOf: (v: unknown) => string): unknown[] {
  const out = [...kept];
  const index = new Map(out.map((v, i) => [keyOf(v), i]));
  for (const value of extra) {
    const at = index.get(keyOf(value));
    if (at === undefined) {
      index.set(keyOf(value), out.length);
      out.push(value);
    } else if (isEntry(out[at]) && isEntry(value)) {
      out[at] = mergeEntry(out[at] as Entry, value);
    }
  }
  return out;
}

export function mergeEntry(kept: Entry, extra: Entry): Entry {
  const out: Entry = { ...kept };
  const disputes: Entry[] = [];
  for (const [field, value] of Object.entries(extra)) {
    if (field === 'sources') continue;
    const current = out[field];
    if (value === undefined || value === null) continue;
    if (current === undefined || current === null) {
      out[field] = value;
    } else if (Array.isArray(current) && Array.isArray(value)) {
      const keyOf =
        field === 'identifiers'
          ? identifierKey
          : (v: unknown) => (hasId(v) ? `id:${v.id}` : JSON.stringify(v));
      out[field] = mergeLists(current, value, keyOf);
    } else if (!EDITORIAL.has(field) && !sameJson(current, value)) {
      for (const c of citationsFor(extra, field)) {
        disputes.push({
          ...c,
          field,
          quote: typeof value === 'string' ? value : JSON.stringify(value),
          note: `This source gives a different value; the graph keeps ${JSON.stringify(current)} from another source.`,
        });
      }
    }
  }
  const extraCitations = citationsOf(extra);
  if (extraCitations.length > 0 || disputes.length > 0) {
    out.sources = mergeLists(citationsOf(kept), [...extraCitations, ...disputes], (c) => JSON.stringify(c));
  }
  return out;
}

/**
 * All entries of both sets, each id once. Merged entries stay in the first set's file, so
 * validation messages keep pointing at the YAML an editor can open.
 */
export function mergeSeedFiles(first: SeedFile[], second: SeedFile[]): SeedFile[] {
  // A repeated id in the second set is merged once; its other copies stay, and the
  // planner reports them as duplicates instead of them vanishing here.
  const secondById = new Map<string, Entry>();
  for (const file of second) {
    for (const entries of Object.values(file.content as Record<string, unknown[]>)) {
      for (const entry of entries)
        if (hasId(entry) && !secondById.has(entry.id)) secondById.set(entry.id, entry);
    }
  }
  const used = new Set<Entry>();
  const merge = (entries: unknown[]) =>
    entries.map((entry) => {
      if (!hasId(entry)) return entry;
      const extra = secondById.get(entry.id);
      if (!extra) return entry;
      used.add(extra);
      return mergeEntry(entry, extra);
    });
  const firstMerged = first.map((file) => ({
    name: file.name,
    content: Object.fromEntries(
      Object.entries(file.content as Record<string, unknown>).map(([collection, entries]) => [
        collection,
        Array.isArray(entries) ? merge(entries) : entries,
      ]),
    ),
  }));
  const secondRest = second.map((file) => ({
    name: file.name,
    content: Object.fromEntries(
      Object.entries(file.content as Record<string, unknown[]>).map(([collection, entries]) => [
        collection,
        entries.filter((e) => !used.has(e as Entry)),
      ]),
    ),
  }));
  return [...firstMerged, ...secondRest];
}
