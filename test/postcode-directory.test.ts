import { describe, expect, it } from 'vitest';
import {
  hexCentre,
  hexOf,
  loadEnglandHexes,
  loadPostcodeDirectory,
  normalisePostcode,
} from '../src/place/postcode-directory.ts';

describe('a postcode as typed', () => {
  it('is upper-cased, stripped of every space and written with one space before the inward code', () => {
    for (const typed of [
      'TR1 1XU',
      'tr1 1xu',
      'Tr1 1xU',
      'TR11XU',
      '  TR1   1XU  ',
      'TR1\t1XU',
      'T R 1 1 X U',
    ])
      expect(normalisePostcode(typed)).toEqual({ postcode: 'TR1 1XU' });
  });

  it('may have any of the six outward shapes', () => {
    const shapes = {
      A9: 'M1 1AE',
      A99: 'B33 8TH',
      AA9: 'CR2 6XH',
      AA99: 'DN55 1PT',
      A9A: 'W1A 0AX',
      AA9A: 'EC1A 1BB',
    };
    for (const postcode of Object.values(shapes))
      expect(normalisePostcode(postcode.replace(' ', '').toLowerCase())).toEqual({ postcode });
  });

  it('may be GIR 0AA, the one postcode of no standard shape', () => {
    expect(normalisePostcode('gir0aa')).toEqual({ postcode: 'GIR 0AA' });
  });

  it('is malformed in any other shape', () => {
    const malformed = [
      '',
      '   ',
      'TR1', // outward code alone
      'TR1 1X', // inward code too short
      'TR1 1XUU', // too long
      '1TR 1XU', // outward code starting with a digit
      'TRR1 1XU', // three letters
      'TR1A1 1XU', // five characters out
      'TR1 XXU', // inward code starting with a letter
      'TR1 11U', // inward code with two digits
      'TR1-1XU', // only whitespace is ignored
      'NPT 1AA', // Newport's old outward code, long gone
      'GIR 0AB',
    ];
    for (const text of malformed) expect(normalisePostcode(text), text).toEqual({ error: 'MALFORMED' });
  });
});

describe('the postcode directory shipped in seed/data/postcodes/', () => {
  const directory = loadPostcodeDirectory();

  it('places an English postcode in its district, with its sector’s mean position', () => {
    const truro = directory.lookup('TR1 1XU');
    expect(truro).toMatchObject({ country: 'ENGLAND', district: 'E06000052' }); // Cornwall
    if (truro?.country !== 'ENGLAND') throw new Error('Truro is in England');
    // Within a couple of kilometres of Truro's centre (BNG 182500, 44800), rounded to 10 m.
    const { easting, northing } = truro.sector;
    expect(Math.hypot(easting - 182_500, northing - 44_800)).toBeLessThan(2_000);
    expect([easting % 10, northing % 10]).toEqual([0, 0]);
    expect(directory.lookup('TR21 0HE')).toMatchObject({ district: 'E06000053' }); // Isles of Scilly
  });

  it('gives only the country for the rest of Great Britain and the Crown Dependencies', () => {
    expect(directory.lookup('CF10 1EP')).toEqual({ country: 'WALES', sector: expect.any(Object) });
    expect(directory.lookup('EH1 1YZ')).toEqual({ country: 'SCOTLAND', sector: expect.any(Object) });
    // Not shipped: ONS re-licenses the directory without its Northern Ireland data.
    expect(directory.lookup('BT1 5GS')).toBeUndefined();
    // ONSPD has no grid references for these.
    expect(directory.lookup('GY1 1AA')).toEqual({ country: 'CHANNEL_ISLANDS', sector: null });
    expect(directory.lookup('IM1 1AA')).toEqual({ country: 'ISLE_OF_MAN', sector: null });
  });

  it('knows nothing of a postcode that is well formed but not in the directory', () => {
    expect(directory.lookup('TR1 1ZZ')).toBeUndefined();
    expect(directory.lookup('ZZ9 9ZZ')).toBeUndefined();
    // ONSPD lists Girobank's postcode but in no district.
    expect(directory.lookup('GIR 0AA')).toBeUndefined();
  });

  it('looks up canonical postcodes only, as normalisePostcode writes them', () => {
    expect(directory.lookup('tr1 1xu')).toBeUndefined();
    expect(directory.lookup('TR11XU')).toBeUndefined();
    const normal = normalisePostcode(' tr11xu ');
    expect('postcode' in normal && directory.lookup(normal.postcode)).toMatchObject({
      district: 'E06000052',
    });
  });

  it('holds every postcode of Great Britain and the Crown Dependencies with a district: over 2 million in England, in 296 districts', () => {
    let english = 0;
    let northernIrish = 0;
    for (const postcode of directory.postcodes()) {
      if (directory.lookup(postcode)?.country === 'ENGLAND') english++;
      if (postcode.startsWith('BT')) northernIrish++;
    }
    expect(english).toBeGreaterThan(2_000_000);
    expect(directory.size).toBeGreaterThan(english + 350_000);
    expect(northernIrish).toBe(0);
    expect(directory.districts).toHaveLength(296);
    expect(directory.districts.every((code) => /^E0[6-9]\d{6}$/.test(code))).toBe(true);
  });
});

describe('the hex map of England', () => {
  const hexes = loadEnglandHexes();
  const directory = loadPostcodeDirectory();

  it('numbers its districts as the directory does, and counts their postcodes', () => {
    expect(hexes.districts).toEqual(directory.districts);
    const sum = hexes.districtPostcodes.reduce((a, b) => a + b);
    expect(sum).toBe(hexes.cells.reduce((total, cell) => total + cell[3], 0));
    expect(sum).toBeGreaterThan(2_000_000);
  });

  it('gives every district at least one cell, the City of London and Scilly included', () => {
    const owners = new Set(hexes.cells.map((cell) => cell[2]));
    const without = hexes.districts.filter((_, d) => !owners.has(d));
    expect(without).toEqual([]);
    for (const small of ['E09000001', 'E06000053'])
      expect(owners.has(hexes.districts.indexOf(small))).toBe(true);
  });

  it('puts a postcode in the cell whose centre is nearest, Truro in a Cornish cell', () => {
    const place = directory.lookup('TR1 1XU');
    if (place?.country !== 'ENGLAND') throw new Error('Truro is in England');
    const truro = place.sector;
    const [col, row] = hexOf(hexes, truro);
    const centre = hexCentre(hexes, col, row);
    expect(Math.hypot(centre.easting - truro.easting, centre.northing - truro.northing)).toBeLessThanOrEqual(
      hexes.radius,
    );
    const cell = hexes.cells.find((c) => c[0] === col && c[1] === row);
    expect(hexes.districts[cell![2]]).toBe('E06000052');
  });
});
