/** The few values the API derives rather than stores, and citations' sources. */
import type { Resolvers } from '../generated/resolvers-types.ts';
import { parseDateSpan, parsePartialDate } from '../partial-date.ts';

export const citationResolvers: NonNullable<Resolvers['Citation']> = {
  source: async (c, _args, { loaders }) => {
    const source = await loaders.nodes.load(c.source);
    if (!source) throw new Error(`Citation names missing source ${c.source}`);
    return source;
  },
};

/** Dates travel as ISO reduced-precision text and are taken apart only when asked. */
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

export const derivedFields: Pick<Resolvers, 'Judgement'> = {
  Judgement: { isOverall: (j) => j.areaKey === 'overall' },
};
