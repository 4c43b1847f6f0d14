import type { Citation } from '../plan.ts';
import type { Authority, AuthorityIndex } from './authorities.ts';
import type { InspectionDraft } from './drafts.ts';
import type { ReportPeople } from './reports.ts';
import { cite, type Entry } from './sources.ts';
import { slug } from './text.ts';

/**
 * Spellings of one inspector's name across reports, mapped to the one we keep: a
 * short form, a middle initial, a stray space or a missing accent is the same person.
 */
export const INSPECTOR_ALIASES: Record<string, string> = {
  'Andrew Waugh': 'Andy Waugh',
  'Fiona J Millns': 'Fiona Millns',
  'Jo Warburton': 'Joanna Warburton',
  'Maire Atherton': 'Máire Atherton',
  'Paula Thomson- Jones': 'Paula Thomson-Jones',
  'Rob Hackeson': 'Robert Hackeson',
  'Steph Murray': 'Stephanie Murray',
  'Sue Myers': 'Susan Myers',
};

const canonical = (name: string) => INSPECTOR_ALIASES[name] ?? name;
export const personId = (name: string) => `person:${slug(canonical(name))}`;

interface PersonDraft {
  entry: Entry;
  sources: Citation[];
  variants: Set<string>;
}

/** Person entries for every named inspector, cited to the report rows that name them. */
export function inspectorEntries(drafts: InspectionDraft[]): Entry[] {
  const people = new Map<string, PersonDraft>();
  for (const d of drafts) {
    for (const [names, role] of [
      [d.leads, 'lead inspector'],
      [d.deputies, 'deputy lead inspector'],
    ] as const) {
      for (const name of names) {
        const id = personId(name);
        const kept = canonical(name);
        let p = people.get(id);
        if (!p) {
          p = { entry: { id, label: kept, name: kept }, sources: [], variants: new Set() };
          people.set(id, p);
        }
        if (name !== kept) p.variants.add(name);
        const origin = d.sources[0]!;
        p.sources.push({ ...origin, note: `named as ${role}` });
      }
    }
  }
  return [...people.values()]
    .sort((a, b) => String(a.entry.id).localeCompare(String(b.entry.id)))
    .map((p) => ({
      ...p.entry,
      notes:
        p.variants.size > 0
          ? `Some reports write the name as ${[...p.variants].map((v) => `"${v}"`).join(', ')}; taken to be the same inspector.`
          : null,
      sources: dedupe(p.sources),
    }));
}

const dedupe = (citations: Citation[]) => {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = JSON.stringify(c);
    return seen.has(key) ? false : Boolean(seen.add(key));
  });
};

const SEED_LSCB: Record<string, string> = {
  'authority:cornwall': 'org:cornwall-and-isles-of-scilly-lscb',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthText = (date: string) =>
  date.length === 7 ? `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}` : date;

/**
 * The unnamed holders of the posts reports date ("director in post since June 2010"):
 * one person and post per authority, post and start month, however many reports say so.
 */
export function postEntries(
  rows: ReportPeople[],
  index: AuthorityIndex,
): { people: Entry[]; organisations: Entry[] } {
  const people = new Map<string, Entry>();
  const organisations = new Map<string, Entry>();
  const lscbOf = (a: Authority, line: number): string => {
    const seed = SEED_LSCB[a.id];
    if (seed) return seed;
    const id = `org:${index.slugOf(a.id)}-lscb`;
    let org = organisations.get(id);
    if (!org) {
      org = {
        id,
        label: `${a.name} LSCB`,
        name: `${a.name} Local Safeguarding Children Board`,
        shortName: 'LSCB',
        kind: 'SAFEGUARDING_CHILDREN_BOARD',
        notes:
          "The reports give the board's chair but not its exact name; the name is the authority's plus the board's type.",
        sources: [],
      };
      organisations.set(id, org);
    }
    (org.sources as Citation[]).push(cite('reports', line));
    return id;
  };
  for (const row of rows) {
    const a = row.draft.authority;
    const own = index.slugOf(a.id);
    const posts = [
      { since: row.dcsSince, role: 'dcs', title: "director of children's services", body: () => a.id },
      {
        since: row.lscbChairSince,
        role: 'lscb-chair',
        title: 'chair of the local safeguarding children board',
        body: () => lscbOf(a, row.line),
      },
    ];
    for (const post of posts) {
      if (!post.since) continue;
      const key = `${own}-${post.role}-from-${post.since}`;
      const personKey = `person:${key}`;
      const source = cite('reports', row.line, {
        note: `the report of ${row.draft.start} dates the holder's start`,
      });
      const existing = people.get(personKey);
      if (existing) {
        (existing.sources as Citation[]).push(source);
        ((existing.posts as Entry[])[0]!.sources as Citation[]).push(source);
        post.body();
        continue;
      }
      const what = `${post.title}, ${a.name}, from ${monthText(post.since)}`;
      people.set(personKey, {
        id: personKey,
        label: `Unnamed ${what}`,
        name: null,
        notes: 'The inspection reports give the month the holder took up post but not their name.',
        sources: [source],
        posts: [
          {
            id: `post:${key}`,
            label: `${what} (unnamed)`,
            person: personKey,
            title: post.title,
            interim: false,
            body: post.body(),
            from: post.since,
            to: null,
            sources: [source],
          },
        ],
      });
    }
  }
  return {
    people: [...people.values()].sort((x, y) => String(x.id).localeCompare(String(y.id))),
    organisations: [...organisations.values()].sort((x, y) => String(x.id).localeCompare(String(y.id))),
  };
}
