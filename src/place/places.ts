/**
 * The postcode directory and the councils' lineage, read once per process on first use:
 * both are files shipped with the API, never changed by a seed load, so every copy of the
 * API behind a load balancer holds the same and none needs the others.
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
  const districts = new Map(
    directory.districts.map((code, k): [string, DistrictRecord] => {
      const name = lineage.nameOf(code);
      // A directory newer than the register names a council nobody can look up: say which.
      if (name === undefined) throw new Error(`The councils' register has no district ${code}`);
      return [code, { code, name, postcodeCount: hexes.districtPostcodes[k] ?? 0 }];
    }),
  );
  places = { directory, lineage, districts };
  return places;
}

const refuse = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, argument: 'postcode', ...extensions } });

const COUNTRY_NAMES: Record<string, string> = {
  WALES: 'Wales',
  SCOTLAND: 'Scotland',
  NORTHERN_IRELAND: 'Northern Ireland',
  CHANNEL_ISLANDS: 'the Channel Islands',
  ISLE_OF_MAN: 'the Isle of Man',
};

/** The place a postcode names, or the refusal that says what is wrong with it. */
export function placeOf(text: string, on: string): PlaceRecord {
  const normal = normalisePostcode(text);
  if ('error' in normal)
    throw refuse(
      'POSTCODE_MALFORMED',
      `"${text.slice(0, 20)}" is not shaped like a UK postcode (e.g. "TR1 1XU": an outward code of 2 to 4 characters, then a digit and two letters).`,
    );
  const { directory, districts } = loadPlaces();
  const found = directory.lookup(normal.postcode);
  if (!found)
    throw refuse('POSTCODE_UNKNOWN', `${normal.postcode} is not a postcode in the ONS Postcode Directory.`, {
      postcode: normal.postcode,
    });
  if (found.country !== 'ENGLAND')
    throw refuse(
      'POSTCODE_NOT_IN_ENGLAND',
      `${normal.postcode} is in ${COUNTRY_NAMES[found.country]}: this graph covers English authorities only.`,
      { postcode: normal.postcode, country: found.country },
    );
  return { postcode: normal.postcode, district: districts.get(found.district)!, on, sector: found.sector };
}
