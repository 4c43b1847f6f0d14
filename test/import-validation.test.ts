import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImport, DEFAULT_DATA_DIR } from '../src/import/index.ts';
import { loadTypeDefs } from '../src/schema.ts';
import { readSeedFiles } from '../src/seed/files.ts';
import { planSeed, type SeedFile } from '../src/seed/plan.ts';

const REPORTS = 'ofsted/la_csc_inspection_reports_2012_2026_parsed.csv';
const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });

/** Breaks the copy: each bad row is appended, so its line number is known. */
const original = readFileSync(path.join(DEFAULT_DATA_DIR, REPORTS), 'utf8').replace(/\n$/, '');
const rows = original.split('\n');
const cornwall = rows.find((r) => r.includes('/50004326'))!;
const cells = (row: string) => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
const edit = (changes: Record<number, string>) => {
  const c = cells(cornwall);
  for (const [i, v] of Object.entries(changes)) c[Number(i)] = v;
  return c.join(',');
};
const header = cells(rows[0]!.replace(/^\uFEFF/, ''));
const col = (name: string) => header.indexOf(name);
const broken = [
  edit({ [col('gss_code')]: '', [col('dfe_la_code')]: '' }),
  edit({ [col('overall_effectiveness')]: 'Brilliant', [col('inspection_start')]: '2016-03-01' }),
  edit({ [col('inspection_start')]: '2016-13-45' }),
  cornwall,
];
writeFileSync(path.join(dir, REPORTS), [...rows, ...broken].join('\n') + '\n');
const first = rows.length + 1;
const result = buildImport(dir);
const file = `data/${REPORTS}`;

describe('rejected rows', () => {
  it.each([
    [0, /missing GSS code/],
    [1, /unknown grade 'Brilliant' in column overall_effectiveness/],
    [2, /unparseable date '2016-13-45' in column inspection_start/],
    [3, /duplicate row/],
  ])('reports bad row %i with its file, line and reason', (offset, reason) => {
    expect(result.rejected).toContainEqual({
      file,
      line: first + offset,
      reason: expect.stringMatching(reason),
    });
  });

  it('still returns the entries of the good rows', () => {
    const inspections = result.files.flatMap(
      (f) => ((f.content as Record<string, unknown[]>).inspections ?? []) as { id: string }[],
    );
    expect(inspections.map((i) => i.id)).toContain('inspection:cornwall-2016-sif');
    expect(inspections.map((i) => i.id)).not.toContain('inspection:cornwall-2016-03-sif');
  });
});

describe('the seed planner', () => {
  it('accepts the imported entries once merged with the YAML seed by id, seed first', () => {
    const seed = readSeedFiles(path.resolve(DEFAULT_DATA_DIR, '..'));
    type Entry = { id: string; judgements?: Entry[]; posts?: Entry[] };
    const seedIds = new Set<string>();
    const collect = (e: Entry) => {
      seedIds.add(e.id);
      [...(e.judgements ?? []), ...(e.posts ?? [])].forEach(collect);
    };
    for (const f of seed)
      for (const list of Object.values(f.content as Record<string, Entry[]>)) list.forEach(collect);
    const imported: SeedFile[] = buildImport().files.map((f) => ({
      name: f.name,
      content: Object.fromEntries(
        Object.entries(f.content as Record<string, Entry[]>).map(([k, list]) => [
          k,
          list
            .filter((e) => !seedIds.has(e.id))
            .map((e) =>
              e.judgements ? { ...e, judgements: e.judgements.filter((j) => !seedIds.has(j.id)) } : e,
            ),
        ]),
      ),
    }));
    expect(() => planSeed([...seed, ...imported], buildSchema(loadTypeDefs()))).not.toThrow();
  });
});
