/** The scalars, and the partial dates that travel as ISO reduced-precision text. */
import { GraphQLScalarType } from 'graphql';
import {
  JSONResolver,
  LocalDateResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
  URLResolver,
} from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { parseDateSpan, parsePartialDate } from '../partial-date.ts';

// graphql-scalars' Date turns input into a JS Date at midnight UTC; its LocalDate checks
// the same YYYY-MM-DD text but keeps it as text, which is what Neo4j compares with.
const calendarDate = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });

export const scalars: Pick<Resolvers, 'Date' | 'NonNegativeInt' | 'PositiveInt' | 'URL' | 'JSON'> = {
  Date: calendarDate,
  NonNegativeInt: NonNegativeIntResolver,
  PositiveInt: PositiveIntResolver,
  URL: URLResolver,
  JSON: JSONResolver,
};

/** Dates are taken apart only when asked. */
const parsed = (text: string) => {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`Stored date "${text}" is not an ISO partial date`);
  return date;
};

export const dateResolvers: Pick<Resolvers, 'PartialDate' | 'DateSpan'> = {
  PartialDate: {
    year: (text) => parsed(text).year,
    month: (text) => parsed(text).month,
    day: (text) => parsed(text).day,
    text: (text) => text,
    earliest: (text) => parsed(text).earliest,
    latest: (text) => parsed(text).latest,
  },
  DateSpan: {
    start: (text) => parseDateSpan(text)?.start?.text ?? null,
    end: (text) => parseDateSpan(text)?.end?.text ?? null,
    text: (text) => text,
  },
};
