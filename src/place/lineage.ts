/**
 * Which council runs children's services in a district, and which ran them there before it
 * existed. The postcode directory places every postcode in today's districts only, so a
 * question about an earlier day walks back through the councils each one replaced, as
 * mySociety's register of councils records them (`replaced-by`, `county-la`).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { fromRoot } from '../paths.ts';

export const COUNCILS_FILE = 'seed/data/la_reference/mysociety_uk_local_authorities_future.csv';
// The DfE's list, for councils given a new GSS code without a new council (Barnsley and
// Sheffield in 2025), which the register does not yet know by the new one.
export const DFE_FILE = 'seed/data/la_reference/dfe_las.csv';

interface Council {
  code: string;
  gss: string;
  name: string;
  /** NMD is a district of a two-tier area, whose county runs children's services. */
  type: string;
  county: string;
  replacedBy: string[];
}

/** How far back a lineage is followed: every English reorganisation since 1996 is within it. */
const GENERATIONS = 4;

export class CouncilLineage {
  private readonly byCode = new Map<string, Council>();
  private readonly byGss = new Map<string, Council>();
  private readonly predecessors = new Map<string, Council[]>();

  /** `recoded`: pairs of a code and another code of the same council. */
  constructor(rows: Record<string, string>[], recoded: [string, string][] = []) {
    for (const r of rows) {
      const council: Council = {
        code: r['local-authority-code']!,
        gss: r['gss-code']!,
        name: r['nice-name'] || r['official-name']!,
        type: r['local-authority-type']!,
        county: r['county-la'] ?? '',
        replacedBy: (r['replaced-by'] ?? '').split(',').filter(Boolean),
      };
      this.byCode.set(council.code, council);
      if (council.gss) this.byGss.set(council.gss, council);
    }
    for (const [code, other] of recoded) {
      const council = this.byGss.get(other);
      if (council && !this.byGss.has(code)) this.byGss.set(code, { ...council, gss: code });
    }
    for (const council of this.byCode.values())
      for (const next of council.replacedBy) {
        const list = this.predecessors.get(next) ?? [];
        list.push(council);
        this.predecessors.set(next, list);
      }
  }

  static load(): CouncilLineage {
    const read = (file: string) =>
      parse(readFileSync(fromRoot(file), 'utf8'), { columns: true }) as Record<string, string>[];
    return new CouncilLineage(read(COUNCILS_FILE), recodings(read(DFE_FILE)));
  }

  /** The council's own name for a district, or undefined when the register has no such code. */
  nameOf(gss: string): string | undefined {
    return this.byGss.get(gss)?.name;
  }

  /**
   * The GSS codes of the councils that ran children's services in the district's area,
   * generation by generation: today's first, then those of the councils it replaced, and
   * so on. The first generation with an authority existing on the day answers.
   */
  generations(gss: string): string[][] {
    const start = this.byGss.get(gss);
    if (!start) return [];
    const found: string[][] = [];
    const seen = new Set<string>();
    let councils = [start];
    for (let n = 0; n < GENERATIONS && councils.length > 0; n++) {
      const codes = [...new Set(councils.map((c) => this.runner(c).gss))].filter((g) => g && !seen.has(g));
      for (const g of codes) seen.add(g);
      if (codes.length > 0) found.push(codes);
      councils = councils.flatMap((c) => this.predecessors.get(c.code) ?? []);
    }
    return found;
  }

  /** The council that runs children's services for this one: its county when it is a district of one. */
  private runner(council: Council): Council {
    return (council.type === 'NMD' && this.byCode.get(council.county)) || council;
  }
}

const isoDay = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');
const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

/**
 * Pairs of GSS codes of one council, from the DfE's list: a code that ends the day before
 * another of the same DfE number starts. A shared number alone is not enough: a county and
 * the unitary council that replaced it can share one, and abolished councils share "x".
 */
export function recodings(rows: Record<string, string>[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const old of rows) {
    if (!/^\d+$/.test(old.old_la_code!) || !old.date_of_termination) continue;
    const next = dayAfter(isoDay(old.date_of_termination));
    for (const r of rows)
      if (r.old_la_code === old.old_la_code && r.date_of_operation && isoDay(r.date_of_operation) === next)
        pairs.push([r.new_la_code!, old.new_la_code!], [old.new_la_code!, r.new_la_code!]);
  }
  return pairs;
}
