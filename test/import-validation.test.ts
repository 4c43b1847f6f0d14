import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImport, DEFAULT_DATA_DIR } from '../src/seed/import/index.ts';
import { readSeedFolder } from '../src/seed/load.ts';

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

describe('loading the seed folder', () => {
  it('joins the imported entries with the YAML seed by id, and sets aside only the known bad rows', () => {
    const { plan, rejected, skipped } = readSeedFolder(path.resolve(DEFAULT_DATA_DIR, '..'));
    const ids = plan.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('judgement:cornwall-2016-sif-help-and-protection');
    expect(rejected).toEqual([]);
    expect(skipped).toContainEqual(
      expect.objectContaining({ line: 308, reason: expect.stringContaining('a known bad row') }),
    );
  });

  it('refuses a folder with a new bad row, naming it, unless asked to skip bad rows', () => {
    const seedDir = mkdtempSync(path.join(tmpdir(), 'seed-'));
    try {
      cpSync(path.resolve(DEFAULT_DATA_DIR, '..'), seedDir, { recursive: true });
      cpSync(dir, path.join(seedDir, 'data'), { recursive: true });
      expect(() => readSeedFolder(seedDir)).toThrow(
        new RegExp(`${file}, line ${first + 1}: unknown grade 'Brilliant'[\\s\\S]*Nothing was written`),
      );
      const { plan, rejected } = readSeedFolder(seedDir, { skipBadRows: true });
      expect(rejected).toHaveLength(broken.length);
      expect(plan.nodes.map((n) => n.id)).toContain('inspection:cornwall-2016-sif');
    } finally {
      rmSync(seedDir, { recursive: true, force: true });
    }
  });
});
