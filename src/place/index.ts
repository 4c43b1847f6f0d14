/** Postcodes and districts, and who ran children's services there on a day. */
import type { DomainModule } from '../graph/module.ts';
import { loadPlaces } from './places.ts';
import { placeResolvers } from './resolvers.ts';

export const place: DomainModule = { name: 'place', resolvers: placeResolvers, load: loadPlaces };
