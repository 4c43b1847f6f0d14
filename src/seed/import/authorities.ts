import type { Citation } from '../plan.ts';
import { readCsv, table, type Row } from './csv.ts';
import { cite, FILES, type Entry, type FileKey, type Report } from './sources.ts';
import { authoritySlug, nextDay, ukDate } from './text.ts';

const GSS = /^E\d{8}$/;
const DFE = /^\d{3}$/;

/** Marks the start of the GSS code list, not the day a council began. */
const CODE_LIST_START = '2009-01-01';

const KINDS: Record<string, string> = {
  E06: 'UNITARY_AUTHORITY',
  E08: 'METROPOLITAN_DISTRICT',
  E09: 'LONDON_BOROUGH',
  E10: 'COUNTY_COUNCIL',
};
/** Codes whose council is none of the usual types. */
const OTHER_KIND = new Set(['E06000053']);

interface CodeRow {
  line: number;
  gss: string;
  name: string;
  from: string;
  to: string | null;
  region: string;
  entity: string;
  dfe: string | null;
}

export interface Authority {
  id: string;
  name: string;
  rows: CodeRow[];
  current: boolean;
  entry: Entry;
  identifiers: Entry[];
}

/** Finds authorities by code or by name, so other files can be joined on them. */
export class AuthorityIndex {
  readonly byId = new Map<string, Authority>();
  private readonly gss = new Map<string, Authority>();
  private readonly dfe = new Map<string, Authority>();
  private readonly names = new Map<string, Set<Authority>>();

  add(authority: Authority): void {
    this.byId.set(authority.id, authority);
    for (const row of authority.rows) {
      this.gss.set(row.gss, authority);
      if (row.dfe) this.dfe.set(row.dfe, authority);
      this.addName(row.name, authority);
    }
  }

  addName(name: string, authority: Authority): void {
    const key = nameKey(name);
    if (!this.names.has(key)) this.names.set(key, new Set());
    this.names.get(key)!.add(authority);
  }

  byGss(code: string): Authority | undefined {
    return this.gss.get(code.trim());
  }

  byDfe(code: string): Authority | undefined {
    return this.dfe.get(code.trim());
  }

  /**
   * The one authority of this name that existed on the day; undefined when none or
   * several did, because a name alone must never pick between councils.
   */
  byName(name: string, onDay: string): Authority | undefined {
    const candidates = [...(this.names.get(nameKey(name)) ?? [])].filter((a) =>
      a.rows.some((r) => r.from <= onDay && (r.to === null || r.to >= onDay)),
    );
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  slugOf(id: string): string {
    return id.slice('authority:'.length);
  }
}

/**
 * Tables call one council "County Durham" or "Durham", "Bedford" or "Bedford Borough":
 * such words are dropped before comparing, and `byName` still insists on one match.
 */
const nameKey = (name: string) =>
  authoritySlug(name)
    .replace(/^city-of-(?!london)/, '')
    .replace(/^county-/, '')
    .replace(/-borough$/, '');

export interface AuthorityData {
  index: AuthorityIndex;
  used: FileKey[];
}

/** Reads the DfE list, merges codes of one council, and attaches every other identifier. */
export function readAuthorities(dataDir: string, report: Report): AuthorityData {
  const regions = new Map(
    table(readCsv(dataDir, FILES.regions), 1).map((r) => [r.get('region_code'), r.get('region_name')]),
  );
  const rows = readCodeRows(dataDir, report);
  const index = new AuthorityIndex();
  const groups = mergeGroups(rows);
  const currentSlugs = new Set(
    groups.filter((g) => g.at(-1)!.to === null).map((g) => authoritySlug(g.at(-1)!.name)),
  );
  const taken = new Set<string>();
  for (const group of groups) {
    const latest = group.at(-1)!;
    let id = authoritySlug(latest.name);
    if (latest.to !== null && currentSlugs.has(id)) id = `${id}-until-${latest.to.slice(0, 4)}`;
    if (taken.has(id)) id = `${id}-${latest.gss.toLowerCase()}`;
    taken.add(id);
    index.add(buildAuthority(`authority:${id}`, group, regions));
  }
  addGias(dataDir, index, report);
  addOfstedUrns(dataDir, index, report);
  addWikidata(dataDir, index, report);
  addSuccessors(dataDir, index, report);
  addNeighbours(dataDir, index, report);
  return {
    index,
    used: ['las', 'regions', 'gias', 'lookup', 'wikidata', 'mysociety', 'neighbours'],
  };
}

function readCodeRows(dataDir: string, report: Report): CodeRow[] {
  const rows: CodeRow[] = [];
  for (const r of table(readCsv(dataDir, FILES.las), 1)) {
    report.rowsRead++;
    const gss = r.get('new_la_code');
    const name = r.get('la_name');
    if (gss === '') {
      report.reject(FILES.las, r.line, 'missing GSS code in column new_la_code');
      continue;
    }
    if (gss.includes('/') || !/^E/.test(gss)) {
      report.skip(FILES.las, r.line, `pseudo row '${gss}' (${name}) is not one authority`);
      continue;
    }
    if (!GSS.test(gss)) {
      report.reject(FILES.las, r.line, `unknown GSS code '${gss}' in column new_la_code`);
      continue;
    }
    const from = ukDate(r.get('date_of_operation'));
    const toText = r.get('date_of_termination');
    const to = toText === '' ? null : ukDate(toText);
    if (!from || (toText !== '' && !to)) {
      report.reject(FILES.las, r.line, `unparseable date in date_of_operation/date_of_termination`);
      continue;
    }
    if (to && to < from) {
      report.reject(FILES.las, r.line, `date_of_termination ${to} is before date_of_operation ${from}`);
      continue;
    }
    if (rows.some((o) => o.gss === gss)) {
      report.reject(FILES.las, r.line, `duplicate row for GSS code ${gss}`);
      continue;
    }
    const dfe = r.get('old_la_code');
    rows.push({
      line: r.line,
      gss,
      name,
      from,
      to,
      region: r.get('parent_geography_code'),
      entity: r.get('entity_code'),
      dfe: DFE.test(dfe) ? dfe : null,
    });
  }
  return rows;
}

/**
 * One council keeps its DfE number when only its GSS code changes (a boundary or type
 * change), so rows sharing a number with back-to-back dates are one authority.
 */
function mergeGroups(rows: CodeRow[]): CodeRow[][] {
  const sorted = [...rows].sort((a, b) => a.from.localeCompare(b.from) || a.gss.localeCompare(b.gss));
  const groups: CodeRow[][] = [];
  for (const row of sorted) {
    const group = row.dfe
      ? groups.find((g) => {
          const last = g.at(-1)!;
          return last.dfe === row.dfe && last.to !== null && nextDay(last.to) === row.from;
        })
      : undefined;
    if (group) group.push(row);
    else groups.push([row]);
  }
  return groups.sort((a, b) => a.at(-1)!.gss.localeCompare(b.at(-1)!.gss));
}

function buildAuthority(id: string, rows: CodeRow[], regions: Map<string, string>): Authority {
  const first = rows[0]!;
  const latest = rows.at(-1)!;
  const start = first.from === CODE_LIST_START ? '' : first.from;
  const existed = start === '' && latest.to === null ? null : `${start}/${latest.to ?? ''}`;
  const lines = rows.map((r) => r.line);
  const las = (line: number, field?: string): Citation => cite('las', line, field ? { field } : {});
  const identifiers: Entry[] = rows.map((r) => ({
    scheme: 'ONS_GSS',
    value: r.gss,
    validFrom: r.from,
    validTo: r.to,
    sources: [las(r.line)],
  }));
  const dfe = latest.dfe;
  if (dfe) {
    identifiers.push({
      scheme: 'DFE_LA',
      value: dfe,
      validFrom: null,
      validTo: null,
      sources: rows.filter((r) => r.dfe === dfe).map((r) => las(r.line)),
    });
  }
  const regionName = regions.get(latest.region);
  const notes = [
    first.from === CODE_LIST_START
      ? `The DfE list dates its first code from ${CODE_LIST_START}, when the GSS code list began; the council's own start date is not in the data.`
      : null,
    rows.length > 1
      ? `Codes ${rows.map((r) => r.gss).join(', ')} are one council: they share DfE number ${dfe} and their dates run on without a gap.`
      : null,
    rows.length > 1 && first.entity !== latest.entity
      ? `Its type changed from ${first.entity} to ${latest.entity}; kind gives the latest.`
      : null,
    latest.dfe === null ? "The DfE list gives no DfE number ('x')." : null,
  ].filter((n) => n !== null);
  const entry: Entry = {
    id,
    label: latest.name,
    name: latest.name,
    shortName: latest.name.replace(/,\s*(City|County) of$/, ''),
    kind: OTHER_KIND.has(latest.gss) ? 'OTHER' : (KINDS[latest.entity] ?? null),
    existed,
    region: regionName ? { code: latest.region, name: regionName } : null,
    notes: notes.length > 0 ? notes.join(' ') : null,
    sources: [
      ...lines.map((l) => las(l)),
      las(latest.line, 'kind'),
      las(latest.line, 'existed'),
      las(latest.line, 'region'),
    ],
  };
  return { id, name: latest.name, rows, current: latest.to === null, entry, identifiers };
}

function identifierOf(a: Authority, scheme: string, value: string): Entry | undefined {
  return a.identifiers.find((i) => i.scheme === scheme && i.value === value);
}

/** GIAS confirms DfE numbers; it adds none the DfE list lacks, as its codes are current only. */
function addGias(dataDir: string, index: AuthorityIndex, report: Report): void {
  for (const r of table(readCsv(dataDir, FILES.gias), 1)) {
    report.rowsRead++;
    const name = r.get('English local authority (LA) name');
    const gss = r.get(
      'Office for National Statistics (ONS) local authority (LA) code (also known as Government Statistical Service (GSS) local authority (LA) code on GIAS)',
    );
    const dfe = r.get('Get Information about Schools (GIAS) local authority (LA) code');
    const authority = index.byGss(gss);
    if (!authority) {
      report.skip(FILES.gias, r.line, `'${name}' (${gss}) is not an authority in the DfE list`);
      continue;
    }
    index.addName(name, authority);
    const identifier = identifierOf(authority, 'DFE_LA', dfe);
    if (identifier) (identifier.sources as Citation[]).push(cite('gias', r.line));
    else report.skip(FILES.gias, r.line, `DfE code ${dfe} differs from the DfE list's for ${gss}`);
  }
}

function addOfstedUrns(dataDir: string, index: AuthorityIndex, report: Report): void {
  for (const r of table(readCsv(dataDir, FILES.lookup), 1)) {
    report.rowsRead++;
    const urn = r.get('urn');
    const authority = index.byGss(r.get('la_code_new')) ?? index.byDfe(r.get('la_code'));
    if (!authority) {
      report.reject(
        FILES.lookup,
        r.line,
        `unknown GSS code '${r.get('la_code_new')}' and DfE code '${r.get('la_code')}'`,
      );
      continue;
    }
    if (!/^\d+$/.test(urn)) {
      report.reject(FILES.lookup, r.line, `missing or malformed urn '${urn}'`);
      continue;
    }
    if (identifierOf(authority, 'OFSTED_LA_URN', urn)) continue;
    authority.identifiers.push({
      scheme: 'OFSTED_LA_URN',
      value: urn,
      validFrom: null,
      validTo: null,
      sources: [cite('lookup', r.line)],
    });
    const dfe = identifierOf(authority, 'DFE_LA', r.get('la_code'));
    if (dfe) (dfe.sources as Citation[]).push(cite('lookup', r.line));
  }
}

function addWikidata(dataDir: string, index: AuthorityIndex, report: Report): void {
  const rows = table(readCsv(dataDir, FILES.wikidata), 1);
  // An item given to two councils is wrong for at least one, and the file cannot say which.
  const holders = new Map<string, Set<Authority>>();
  for (const r of rows) {
    const a = index.byGss(r.get('statistical-geography'));
    if (!a) continue;
    if (!holders.has(r.get('wikidata'))) holders.set(r.get('wikidata'), new Set());
    holders.get(r.get('wikidata'))!.add(a);
  }
  for (const r of rows) {
    report.rowsRead++;
    const gss = r.get('statistical-geography');
    const item = r.get('wikidata');
    const authority = index.byGss(gss);
    if (!authority) {
      report.skip(
        FILES.wikidata,
        r.line,
        `'${r.get('name')}' (${gss || 'no GSS code'}) is not a children's services authority`,
      );
      continue;
    }
    if (!/^Q\d+$/.test(item)) {
      report.reject(FILES.wikidata, r.line, `missing or malformed Wikidata id '${item}'`);
      continue;
    }
    if (holders.get(item)!.size > 1) {
      report.reject(FILES.wikidata, r.line, `Wikidata id ${item} is given to more than one authority`);
      continue;
    }
    if (identifierOf(authority, 'WIKIDATA', item)) continue;
    authority.identifiers.push({
      scheme: 'WIKIDATA',
      value: item,
      validFrom: r.get('start-date') || null,
      validTo: r.get('end-date') || null,
      sources: [cite('wikidata', r.line)],
    });
  }
}

/** Only successions between two authorities we hold; a council renamed onto itself is no succession. */
function addSuccessors(dataDir: string, index: AuthorityIndex, report: Report): void {
  const rows = table(readCsv(dataDir, FILES.mysociety), 1);
  const byCode = new Map<string, Row>(rows.map((r) => [r.get('local-authority-code'), r]));
  for (const r of rows) {
    report.rowsRead++;
    const replacedBy = r.get('replaced-by');
    if (replacedBy === '') continue;
    const from = index.byGss(r.get('gss-code'));
    if (!from) continue;
    for (const code of replacedBy.split(',').map((c) => c.trim())) {
      const target = byCode.get(code);
      const to = target ? index.byGss(target.get('gss-code')) : undefined;
      if (!to) {
        report.skip(FILES.mysociety, r.line, `successor '${code}' is not an authority we hold`);
        continue;
      }
      if (to === from) continue;
      const list = (from.entry.successors ??= []) as string[];
      if (!list.includes(to.id)) list.push(to.id);
      const sources = from.entry.sources as Citation[];
      sources.push(cite('mysociety', r.line, { field: 'successors' }));
      if (target) sources.push(cite('mysociety', target.line, { field: 'successors' }));
    }
  }
  for (const a of index.byId.values()) {
    if (Array.isArray(a.entry.successors)) (a.entry.successors as string[]).sort();
  }
}

function addNeighbours(dataDir: string, index: AuthorityIndex, report: Report): void {
  for (const r of table(readCsv(dataDir, FILES.neighbours), 1)) {
    report.rowsRead++;
    const code = r.get('old_la_code');
    const authority = index.byDfe(code);
    if (!authority) {
      report.reject(FILES.neighbours, r.line, `unknown DfE code '${code}' in column old_la_code`);
      continue;
    }
    const own = index.slugOf(authority.id);
    const list: Entry[] = [];
    for (let rank = 1; rank <= 10; rank++) {
      const other = r.get(`SN_${rank}`);
      if (other === '') continue;
      const neighbour = index.byDfe(other);
      if (!neighbour) {
        report.reject(FILES.neighbours, r.line, `unknown DfE code '${other}' in column SN_${rank}`);
        continue;
      }
      list.push({
        id: `neighbour:${own}-2025-${rank}`,
        label: `${authority.name}: statistical neighbour ${rank} (2025), ${neighbour.name}`,
        authority: authority.id,
        neighbour: neighbour.id,
        rank,
        closeness: r.get(`SN_${rank}P`) || null,
        edition: '2025',
        sources: [cite('neighbours', r.line)],
      });
    }
    authority.entry.statisticalNeighbours = list;
  }
}

export function authorityEntries(index: AuthorityIndex): Entry[] {
  return [...index.byId.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((a) => ({ ...a.entry, identifiers: a.identifiers }));
}
