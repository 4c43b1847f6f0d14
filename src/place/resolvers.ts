import type { Resolvers } from '../generated/resolvers-types.ts';
import type { Context } from '../graph/context.ts';
import { today } from '../inspection/resolvers.ts';
import { loadPlaces, placeOf } from './places.ts';
import { servingOn } from './queries.ts';

const serving = (context: Context, district: string, day: string) =>
  servingOn(context, loadPlaces().lineage, day).load(district);

/** The one authority of a district on a day, when there is just one. */
const single = async (context: Context, district: string, day: string) => {
  const found = await serving(context, district, day);
  return found.length === 1 ? found[0]! : null;
};

export const placeResolvers: Pick<Resolvers, 'Query' | 'Place' | 'District'> = {
  Query: {
    authorityForPostcode: (_root, { postcode, on }) => placeOf(postcode, on ?? today()),
    englandDistricts: () => [...loadPlaces().districts.values()],
  },
  Place: {
    authority: (place, _args, context) => single(context, place.district.code, place.on),
    candidates: (place, _args, context) => serving(context, place.district.code, place.on),
    sectorEasting: (place) => place.sector.easting,
    sectorNorthing: (place) => place.sector.northing,
  },
  District: {
    authority: (district, { on }, context) => single(context, district.code, on ?? today()),
    candidates: (district, { on }, context) => serving(context, district.code, on ?? today()),
  },
};
