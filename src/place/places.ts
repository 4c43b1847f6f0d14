/**
 * The postcode directory and the councils' lineage, read once per process when the schema
 * is built (about 40 ms and 21 MiB): both are files shipped with the API, never changed by a
 * seed load, so every copy of the API behind a load balancer holds the same and none needs
 * the others.
 */
import { GraphQLError } from 'graphql';
import { CouncilLineage } from './lineage.ts';
import {
  loadEnglandHexes,
  loadPostcodeDirectory,
  normalisePostcode,
  type GridPoint,
  type PostcodeDirectory,
} from './postcode-directory.ts';

export interface DistrictRecord {
  code: string;
  name: string;
  postcodeCount: number;
}

export interface PlaceRecord {
  postcode: string;
  district: DistrictRecord;
  on: string;
  sector: GridPoint;
}

interface Places {
  directory: PostcodeDirectory;
  lineage: CouncilLineage;
  districts: Map<string, DistrictRecord>;
}

let places: Places | undefined;

export function loadPlaces(): Places {
  if (places) return places;
  const directory = loadPostcodeDirectory();
  const lineage = CouncilLineage.load();
  const hexes = loadEnglandHexes();
  // The hex file counts postcodes per district in the directory's order: made together, or stale.
  if (hexes.districts.join() !== directory.districts.join())
    throw new Error(
      'The hex file and the postcode directory list different districts: run npm run data:postcodes',
    );
  const districts = new Map(
    directory.districts.map((code, k): [string, DistrictRecord] => {
      const name = lineage.nameOf(code);
      // A directory newer than the register names a council nobody can look up: say which.
      if (name === undefined) throw new Error(`The councils' register has no district ${code}`);
      return [code, { code, name, postcodeCount: hexes.districtPostcodes[k]! }];
    }),
  );
  places = { directory, lineage, districts };
  return places;
}

const refuse = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } });

const COUNTRY_NAMES: Record<string, string> = {
  WALES: 'Wales',
  SCOTLAND: 'Scotland',
  NORTHERN_IRELAND: 'Northern Ireland',
  CHANNEL_ISLANDS: 'the Channel Islands',
  ISLE_OF_MAN: 'the Isle of Man',
};

const notInEngland = (postcode: string, country: string) =>
  `${postcode} is in ${COUNTRY_NAMES[country]}: this graph covers English authorities only.`;

/** The place a postcode names, or the refusal that says what is wrong with it. */
export function placeOf(text: string, on: string): PlaceRecord {
  const normal = normalisePostcode(text);
  if ('error' in normal)
    throw refuse(
      'POSTCODE_MALFORMED',
      `"${text.slice(0, 20)}" is not shaped like a UK postcode (e.g. "TR1 1XU": an outward code of 2 to 4 characters, then a digit and two letters).`,
    );
  // Northern Ireland's postcodes are not shipped (see seed/data/postcodes/README.md), but all
  // of them, and only they, start with BT.
  if (normal.postcode.startsWith('BT'))
    throw refuse('POSTCODE_NOT_IN_ENGLAND', notInEngland(normal.postcode, 'NORTHERN_IRELAND'), {
      postcode: normal.postcode,
      country: 'NORTHERN_IRELAND',
    });
  const { directory, districts } = loadPlaces();
  const found = directory.lookup(normal.postcode);
  if (!found)
    throw refuse('POSTCODE_UNKNOWN', `${normal.postcode} is not a postcode in the ONS Postcode Directory.`, {
      postcode: normal.postcode,
    });
  if (found.country !== 'ENGLAND')
    throw refuse('POSTCODE_NOT_IN_ENGLAND', notInEngland(normal.postcode, found.country), {
      postcode: normal.postcode,
      country: found.country,
    });
  return { postcode: normal.postcode, district: districts.get(found.district)!, on, sector: found.sector };
}
