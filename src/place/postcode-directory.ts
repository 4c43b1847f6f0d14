/**
 * Which council runs children's services at a postcode, answered offline from a derived copy
 * of the ONS Postcode Directory that ships in seed/data/postcodes/ (made by
 * `npm run data:postcodes`, scripts/postcodes.ts, which writes with the encoders below so the
 * two sides cannot drift apart).
 *
 * postcodes.bin.br is a single brotli stream. Decompressed it is little-endian, and each
 * section is aligned for its element size so the typed arrays are views on it, never copies:
 *
 *   bytes        type      content
 *   4            ASCII     magic "PCD1"
 *   4            u32       D, the number of English districts
 *   4            u32       S, the number of postcode sectors
 *   4            u32       P, the number of postcodes
 *   9·D (+pad)   ASCII     the districts' GSS codes, 9 bytes each, ascending; zero bytes to a
 *                          multiple of 4
 *   4·S          u32       sector keys, ascending
 *   4·(S+1)      u32       index of each sector's first postcode, then P: sector i holds
 *                          postcodes [start[i], start[i+1])
 *   4·S          u32       each sector's mean easting, in units of 10 m; 0xFFFFFFFF if none of
 *                          its postcodes has a grid reference (Channel Islands, Isle of Man)
 *   4·S          u32       each sector's mean northing, likewise
 *   2·P          u16       each postcode's unit, ascending within its sector
 *   2·P          u16       where it is: below D, the index of its English district; 0xFF00 + i
 *                          for OTHER_COUNTRIES[i]
 *
 * A sector ("TR1 1") is its outward code and inward digit: key = (((c0·37 + c1)·37 + c2)·37 +
 * c3)·10 + digit, where c0..c3 are the outward code's characters, left-aligned, each 0 for none,
 * 1–10 for 0–9 and 11–36 for A–Z. A unit is the last two letters: (L1 − 'A')·26 + (L2 − 'A').
 * The means are over the sector's postcodes that have a grid reference, rounded to 10 m.
 *
 * A postcode is found by two binary searches, for its sector then for its unit within it, in
 * about 4 bytes of memory a postcode, where a Map of 2.7 million strings would take hundreds
 * of megabytes.
 */
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { brotliDecompressSync } from 'node:zlib';
import { fromRoot } from '../paths.ts';
import type { EnglandHexes, GridPoint, HexGrid } from './hex-grid.ts';

// The hex map's types and hexCentre live apart, free of Node, for the England page to share.
export { hexCentre, type EnglandHexes, type GridPoint, type HexGrid } from './hex-grid.ts';

export const OTHER_COUNTRIES = [
  'WALES',
  'SCOTLAND',
  'NORTHERN_IRELAND',
  'CHANNEL_ISLANDS',
  'ISLE_OF_MAN',
] as const;
export type Country = 'ENGLAND' | (typeof OTHER_COUNTRIES)[number];

export const MAGIC = 'PCD1';
export const OTHER_COUNTRY_BASE = 0xff00;
export const NO_GRID_REFERENCE = 0xffffffff;

export type PostcodePlace =
  | { country: 'ENGLAND'; district: string; sector: GridPoint }
  // Northern Ireland's postcodes are not shipped (see the data's README); the country stays
  // in the format, whose numbering of countries it fixes.
  | { country: 'WALES' | 'SCOTLAND' | 'NORTHERN_IRELAND'; sector: GridPoint }
  // ONSPD gives no grid reference for the Crown Dependencies.
  | { country: 'CHANNEL_ISLANDS' | 'ISLE_OF_MAN'; sector: null };

export interface PostcodeDirectory {
  /** A canonical postcode ("TR1 1AA", as normalisePostcode gives it); undefined if unknown. */
  lookup(postcode: string): PostcodePlace | undefined;
  size: number;
  /** The English districts' GSS codes, ascending; the hex file numbers them the same way. */
  districts: readonly string[];
  /** Every postcode held, in order: tests and benches need real ones to ask about. */
  postcodes(): Generator<string>;
}

// Outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA). The letters' finer rules
// (no Q, V or X first, and so on) are left to the directory itself: a postcode it does not hold
// is unknown either way. GIR 0AA, the old Girobank postcode, is real and so is accepted, though
// ONSPD places it in no district and so it looks up as unknown.
const SHAPE = /^(?:([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})|(GIR)(0AA))$/;

export function normalisePostcode(text: string): { postcode: string } | { error: 'MALFORMED' } {
  const match = SHAPE.exec(text.toUpperCase().replace(/\s+/g, ''));
  if (!match) return { error: 'MALFORMED' };
  const outward = match[1] ?? match[3];
  const inward = match[2] ?? match[4];
  return { postcode: `${outward} ${inward}` };
}

// Base 37 with 0 for "no character", so that shorter outward codes sort first, as in text:
// sector keys ascend in the same order as "B1 0" < "B10 0" < "BA1 0".
const BASE37 = ' 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const base37 = (code: number) =>
  code >= 48 && code <= 57 ? code - 47 : code >= 65 && code <= 90 ? code - 54 : -1;

/**
 * A canonical postcode's sector (outward code and inward digit) as a number below 37⁴·10,
 * or -1 if the text is not in canonical form. Read from character codes, without slicing,
 * because every lookup pays for it.
 */
export function sectorKey(postcode: string): number {
  const outwardLength = postcode.length - 4;
  if (outwardLength < 2 || outwardLength > 4 || postcode.charCodeAt(outwardLength) !== 32) return -1;
  let key = 0;
  for (let i = 0; i < 4; i++) {
    const digit = i < outwardLength ? base37(postcode.charCodeAt(i)) : 0;
    if (digit < 0) return -1;
    key = key * 37 + digit;
  }
  const inwardDigit = postcode.charCodeAt(outwardLength + 1) - 48;
  return inwardDigit >= 0 && inwardDigit <= 9 ? key * 10 + inwardDigit : -1;
}

/** "TR1 1" from its key: the inverse of sectorKey. */
const sectorText = (key: number) => {
  let outward = '';
  for (let rest = Math.floor(key / 10), i = 0; i < 4; i++, rest = Math.floor(rest / 37))
    outward = BASE37[rest % 37] + outward;
  return `${outward.trim()} ${key % 10}`;
};

/** The postcode's last two letters as a number below 26², or -1. */
export function unitCode(postcode: string): number {
  const first = postcode.charCodeAt(postcode.length - 2) - 65;
  const second = postcode.charCodeAt(postcode.length - 1) - 65;
  return first >= 0 && first < 26 && second >= 0 && second < 26 ? first * 26 + second : -1;
}

/** The first index in [from, to) whose value is at least `value`. */
function lowerBound(values: Uint32Array | Uint16Array, value: number, from: number, to: number): number {
  while (from < to) {
    const middle = (from + to) >>> 1;
    if (values[middle]! < value) from = middle + 1;
    else to = middle;
  }
  return from;
}

/**
 * Synchronous, because it runs once at start-up (tens of milliseconds, mostly brotli) before
 * anything is served, and a directory that is simply there is easier to use than a promise.
 */
export function loadPostcodeDirectory(
  path = fromRoot('seed/data/postcodes/postcodes.bin.br'),
): PostcodeDirectory {
  // The typed arrays are views in the platform's byte order; the file's is little-endian.
  if (endianness() !== 'LE') throw new Error('postcode directory: a little-endian platform is needed');
  let bytes: Uint8Array = brotliDecompressSync(readFileSync(path));
  // A view needs its offset aligned, which a pooled Buffer's need not be.
  if (bytes.byteOffset % 4 !== 0) bytes = new Uint8Array(bytes);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error(`${path}: not ${MAGIC}`);
  const header = new DataView(bytes.buffer, bytes.byteOffset, 16);
  const districtCount = header.getUint32(4, true);
  const sectorCount = header.getUint32(8, true);
  const size = header.getUint32(12, true);

  const codes = new TextDecoder().decode(bytes.subarray(16, 16 + 9 * districtCount));
  const districts = Array.from({ length: districtCount }, (_, i) => codes.slice(9 * i, 9 * i + 9));
  let offset = 16 + Math.ceil((9 * districtCount) / 4) * 4;
  const u32 = (length: number) => {
    const array = new Uint32Array(bytes.buffer, bytes.byteOffset + offset, length);
    offset += 4 * length;
    return array;
  };
  const u16 = (length: number) => {
    const array = new Uint16Array(bytes.buffer, bytes.byteOffset + offset, length);
    offset += 2 * length;
    return array;
  };
  const keys = u32(sectorCount);
  const starts = u32(sectorCount + 1);
  const eastings = u32(sectorCount);
  const northings = u32(sectorCount);
  const units = u16(size);
  const places = u16(size);
  if (offset !== bytes.length) throw new Error(`${path}: ${bytes.length - offset} bytes left over`);

  return {
    size,
    districts,
    lookup(postcode) {
      const key = sectorKey(postcode);
      const unit = unitCode(postcode);
      if (key < 0 || unit < 0) return undefined;
      const s = lowerBound(keys, key, 0, sectorCount);
      if (keys[s] !== key) return undefined;
      const end = starts[s + 1]!;
      const at = lowerBound(units, unit, starts[s]!, end);
      if (at === end || units[at] !== unit) return undefined;
      const place = places[at]!;
      const country = place < districtCount ? 'ENGLAND' : OTHER_COUNTRIES[place - OTHER_COUNTRY_BASE];
      if (country === 'CHANNEL_ISLANDS' || country === 'ISLE_OF_MAN') return { country, sector: null };
      const sector = { easting: eastings[s]! * 10, northing: northings[s]! * 10 };
      // scripts/postcodes.ts never writes either (no such country; no position outside the
      // Crown Dependencies), so meeting one means the file is corrupt.
      if (country === undefined || eastings[s] === NO_GRID_REFERENCE)
        throw new Error(`bad postcode entry ${at}`);
      return country === 'ENGLAND' ? { country, district: districts[place]!, sector } : { country, sector };
    },
    *postcodes() {
      for (let s = 0; s < sectorCount; s++) {
        const sector = sectorText(keys[s]!);
        for (let at = starts[s]!; at < starts[s + 1]!; at++)
          yield sector + String.fromCharCode(65 + Math.floor(units[at]! / 26), 65 + (units[at]! % 26));
      }
    },
  };
}

export function loadEnglandHexes(path = fromRoot('seed/data/postcodes/england-hexes.json')): EnglandHexes {
  return JSON.parse(readFileSync(path, 'utf8')) as EnglandHexes;
}

/** The [col, row] of the cell a BNG point falls in: the inverse of hexCentre. */
export function hexOf(grid: HexGrid, { easting, northing }: GridPoint): [col: number, row: number] {
  const [x, y] = [easting - grid.origin[0], northing - grid.origin[1]];
  const q = ((Math.sqrt(3) / 3) * x - y / 3) / grid.radius;
  const r = ((2 / 3) * y) / grid.radius;
  // Rounded in cube coordinates, which finds the nearest centre where rounding q and r alone
  // can land on a neighbour.
  const cs = Math.round(-q - r);
  let [cq, cr] = [Math.round(q), Math.round(r)];
  const [dq, dr, ds] = [Math.abs(cq - q), Math.abs(cr - r), Math.abs(cs + q + r)];
  if (dq > dr && dq > ds) cq = -cr - cs;
  else if (dr > ds) cr = -cq - cs;
  return [cq + (cr - (cr & 1)) / 2, cr];
}
