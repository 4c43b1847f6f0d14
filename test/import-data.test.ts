import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImport, DEFAULT_DATA_DIR } from '../src/seed/import/index.ts';

type Entry = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const result = buildImport();
const all = (collection: string): Entry[] =>
  result.files.flatMap((f) => ((f.content as Record<string, Entry[]>)[collection] ?? []) as Entry[]);
const authorities = all('authorities');
const inspections = all('inspections');
const people = all('people');
const byId = (list: Entry[], id: string) => list.find((e) => e.id === id)!;
const judgement = (inspectionId: string, area: string) =>
  byId(inspections, inspectionId).judgements.find((j: Entry) => j.areaKey === area);
const lines = (file: string) =>
  readFileSync(path.join(DEFAULT_DATA_DIR, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);

describe('authorities from the DfE list', () => {
  // Worked out from dfe_las.csv by hand: 176 rows, 4 of them pseudo rows (three "A / B"
  // pairs and the forces' 'z'), leaving 172 GSS codes, 153 live and 19 terminated. Seven
  // DfE numbers appear on two back-to-back codes (370, 373, 390, 815, 825, 929, 933).
  it('holds 165 authorities from 172 codes: 153 current and 12 abolished', () => {
    const codes = lines('la_reference/dfe_las.csv').filter((l) => /^E\d{8},/.test(l));
    expect(codes).toHaveLength(172);
    expect(authorities).toHaveLength(172 - 7);
    const current = authorities.filter((a) => !a.existed || a.existed.endsWith('/'));
    expect(current).toHaveLength(153);
    expect(authorities.length - current.length).toBe(12);
  });

  it('gives each code, number, URN and Wikidata item once', () => {
    const count = (scheme: string) =>
      authorities.flatMap((a) => a.identifiers).filter((i: Entry) => i.scheme === scheme).length;
    expect(count('ONS_GSS')).toBe(172);
    // 165 authorities less the five whose DfE number the list gives as 'x'.
    expect(count('DFE_LA')).toBe(160);
    // One URN per row of the lookup.
    expect(count('OFSTED_LA_URN')).toBe(
      lines('la_reference/ofsted_provider_la_lookup.csv').filter((l) => /^\d/.test(l)).length,
    );
    // 161 rows match our GSS codes; one item is given to two councils, so both rows are rejected.
    expect(count('WIKIDATA')).toBe(159);
    const ids = authorities.flatMap((a) => a.identifiers.map((i: Entry) => `${i.scheme}-${i.value}`));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('merges the codes of one council and keeps abolished namesakes apart', () => {
    const ny = byId(authorities, 'authority:north-yorkshire');
    expect(ny.identifiers.filter((i: Entry) => i.scheme === 'ONS_GSS').map((i: Entry) => i.value)).toEqual([
      'E10000023',
      'E06000065',
    ]);
    expect(byId(authorities, 'authority:northumberland-until-2009').existed).toBe('/2009-03-31');
    expect(byId(authorities, 'authority:cornwall-and-isles-of-scilly').identifiers).toHaveLength(1);
  });

  it('records Cornwall as the seed does', () => {
    const cornwall = byId(authorities, 'authority:cornwall');
    const value = (scheme: string) => cornwall.identifiers.find((i: Entry) => i.scheme === scheme).value;
    expect([value('ONS_GSS'), value('DFE_LA'), value('OFSTED_LA_URN'), value('WIKIDATA')]).toEqual([
      'E06000052',
      '908',
      '80454',
      'Q3774189',
    ]);
    expect(cornwall).toMatchObject({
      name: 'Cornwall',
      kind: 'UNITARY_AUTHORITY',
      existed: '2009-04-01/',
      region: { code: 'E12000009', name: 'South West' },
    });
  });

  it('lists ten statistical neighbours for each of the 153 authorities in the 2025 table', () => {
    const rows = lines('la_reference/dfe_statistical_neighbours_2025_wide.csv').filter((l) =>
      /^\d{3},/.test(l),
    );
    const pairs = authorities.flatMap((a) => a.statisticalNeighbours ?? []);
    expect(pairs).toHaveLength(rows.length * 10);
    expect(pairs.find((p: Entry) => p.id === 'neighbour:barking-and-dagenham-2025-1').closeness).toBe(
      'Close',
    );
  });

  it('links abolished councils to the ones that replaced them', () => {
    expect(byId(authorities, 'authority:northamptonshire').successors).toEqual([
      'authority:north-northamptonshire',
      'authority:west-northamptonshire',
    ]);
    expect(byId(authorities, 'authority:north-yorkshire').successors).toBeUndefined();
  });
});

describe('inspections', () => {
  const count = (framework: string, kind?: string | null) =>
    inspections.filter((i) => i.framework === framework && (kind === undefined || i.kind === kind)).length;

  it('counts inspections by framework and kind', () => {
    // Parsed file: 137 SIF + 30 re-inspections (5 dated only in the report's own words).
    expect(count('SINGLE_INSPECTION_FRAMEWORK')).toBe(137 + 30);
    // 321 parsed ILACS reports plus the 3 official rows without one.
    expect(count('ILACS', 'STANDARD_INSPECTION') + count('ILACS', 'SHORT_INSPECTION')).toBe(271);
    expect(count('ILACS') - count('ILACS', 'FOCUSED_VISIT') - count('ILACS', 'MONITORING_VISIT')).toBe(
      321 + 3,
    );
    expect(count('ILACS', 'MONITORING_VISIT')).toBe(24 + 28);
    expect(count('ILACS', 'FOCUSED_VISIT')).toBeGreaterThan(36);
    expect(count('LOOKED_AFTER_CHILDREN', 'STANDARD_INSPECTION')).toBe(4);
    const ids = inspections.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads fieldwork dates from the report’s own wording when the date columns are empty', () => {
    // Bradford's 2014 report: "18 Feb 2014 - 12 March 2014"; City of London: "28 July 2016".
    expect(byId(inspections, 'inspection:bradford-2014-sif')).toMatchObject({
      fieldwork: '2014-02-18/2014-03-12',
    });
    expect(byId(inspections, 'inspection:city-of-london-2016-sif')).toMatchObject({
      fieldwork: '2016-07-28/2016-07-28',
    });
  });

  it('gives Cornwall its 2016 SIF as the report has it', () => {
    expect(byId(inspections, 'inspection:cornwall-2016-sif')).toMatchObject({
      fieldwork: '2016-04-11/2016-05-06',
      published: '2016-06-27',
      leadInspectors: ['person:linda-steele'],
      deputyLeadInspectors: ['person:louise-warren'],
    });
    const grades = Object.fromEntries(
      byId(inspections, 'inspection:cornwall-2016-sif').judgements.map((j: Entry) => [j.areaKey, j.grade]),
    );
    expect(grades).toEqual({
      overall: 'GOOD',
      'help-and-protection': 'REQUIRES_IMPROVEMENT',
      'looked-after-and-permanence': 'GOOD',
      adoption: 'GOOD',
      'care-leavers': 'GOOD',
      'leadership-management-governance': 'GOOD',
      lscb: 'REQUIRES_IMPROVEMENT',
    });
    expect(judgement('inspection:cornwall-2016-sif', 'help-and-protection').gradeLabel).toBe(
      'Requires improvement to be good',
    );
  });

  it("gives Cornwall's ILACS inspections of 2019 and 2024", () => {
    expect(byId(inspections, 'inspection:cornwall-2019-ilacs')).toMatchObject({
      kind: 'SHORT_INSPECTION',
      fieldwork: '2019-10-14/2019-10-18',
      published: '2019-11-05',
      leadInspectors: ['person:emmy-tomsett'],
    });
    expect(judgement('inspection:cornwall-2019-ilacs', 'overall').grade).toBe('OUTSTANDING');
    expect(judgement('inspection:cornwall-2019-ilacs', 'impact-of-leaders').grade).toBe('OUTSTANDING');
    expect(judgement('inspection:cornwall-2019-ilacs', 'help-and-protection').grade).toBe('GOOD');
    expect(judgement('inspection:cornwall-2019-ilacs', 'children-in-care-and-care-leavers').grade).toBe(
      'OUTSTANDING',
    );
    expect(byId(inspections, 'inspection:cornwall-2024-ilacs')).toMatchObject({
      kind: 'SHORT_INSPECTION',
      fieldwork: '2024-07-01/2024-07-05',
      published: '2024-08-22',
      leadInspectors: ['person:sarah-canto'],
    });
    expect(judgement('inspection:cornwall-2024-ilacs', 'overall').grade).toBe('GOOD');
    expect(judgement('inspection:cornwall-2024-ilacs', 'care-leavers').grade).toBe('OUTSTANDING');
  });

  const history = (authority: string) =>
    inspections
      .filter(
        (i) =>
          i.subject === authority &&
          ['SINGLE_INSPECTION_FRAMEWORK', 'ILACS'].includes(i.framework) &&
          !/VISIT/.test(i.kind ?? ''),
      )
      .sort((a, b) => a.dated.localeCompare(b.dated))
      .map((i) => [i.id, i.judgements.find((j: Entry) => j.areaKey === 'overall')?.grade ?? null]);

  it('follows Somerset from inadequate to a 2026 inspection without an overall grade', () => {
    expect(history('authority:somerset')).toEqual([
      ['inspection:somerset-2015-sif', 'INADEQUATE'],
      ['inspection:somerset-2017-sif', 'REQUIRES_IMPROVEMENT'],
      ['inspection:somerset-2022-ilacs', 'GOOD'],
      ['inspection:somerset-2026-ilacs', null],
    ]);
    expect(byId(inspections, 'inspection:somerset-2017-sif').kind).toBe('REINSPECTION');
  });

  it('follows Sunderland from inadequate to outstanding', () => {
    expect(history('authority:sunderland').map(([, grade]) => grade)).toEqual([
      'INADEQUATE',
      'INADEQUATE',
      'OUTSTANDING',
      'OUTSTANDING',
    ]);
  });

  it('keeps both claims where the 2024 and 2025 statistics disagree', () => {
    const staffs = inspections.find(
      (i) => i.subject === 'authority:staffordshire' && i.dated.startsWith('2023-11'),
    );
    const leavers = staffs!.judgements.find((j: Entry) => j.areaKey === 'care-leavers');
    expect(leavers.grade).toBe('REQUIRES_IMPROVEMENT');
    expect(leavers.sources).toContainEqual(expect.objectContaining({ field: 'grade', quote: 'Good' }));
  });

  it('imports the three official ILACS rows that have no parsed report', () => {
    for (const id of [
      'inspection:bournemouth-2018-ilacs',
      'inspection:northamptonshire-2019-ilacs',
      'inspection:cumbria-2022-ilacs',
    ]) {
      expect(byId(inspections, id).reportUrl).toBeNull();
    }
  });
});

describe('people', () => {
  it('merges spelling variants of an inspector and splits "A/B"', () => {
    const ids = new Set(people.map((p) => p.id));
    expect(ids.has('person:andy-waugh')).toBe(true);
    expect(ids.has('person:andrew-waugh')).toBe(false);
    expect(ids.has('person:cath-mcevoy')).toBe(true);
    expect(ids.has('person:ian-young')).toBe(true);
  });

  it("dates Cornwall's director and LSCB chair from the 2016 report", () => {
    const dcs = byId(people, 'person:cornwall-dcs-from-2010-06');
    expect(dcs.name).toBeNull();
    expect(dcs.posts[0]).toMatchObject({ body: 'authority:cornwall', from: '2010-06', interim: false });
    const chair = byId(people, 'person:cornwall-lscb-chair-from-2014-06');
    expect(chair.posts[0].body).toBe('org:cornwall-and-isles-of-scilly-lscb');
  });
});
