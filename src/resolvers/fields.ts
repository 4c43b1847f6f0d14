/** Fields every node type shares, and the few values the API derives rather than stores. */
import type { Context } from '../context.ts';
import type { NodeRecord } from '../data/records.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { parseDateSpan, parsePartialDate } from '../partial-date.ts';

const supportedBy = async (parent: NodeRecord, args: { field?: string | null }, { loaders }: Context) => {
  const citations = await loaders.citations.load(parent.id);
  const field = args.field ?? null;
  // Asked about one field: that field's own citations, plus those backing the whole node.
  return citations.filter((c) => field === null || c.field === null || c.field === field);
};

const mentionedIn = (parent: NodeRecord, _args: unknown, { loaders }: Context) =>
  loaders.mentions.load(parent.id);

export const sharedNodeFields = { supportedBy, mentionedIn };

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

export const derivedFields: Pick<Resolvers, 'Authority' | 'Judgement'> = {
  Authority: {
    region: (a) =>
      typeof a.regionName === 'string'
        ? { code: typeof a.regionCode === 'string' ? a.regionCode : null, name: a.regionName }
        : null,
  },
  Judgement: { isOverall: (j) => j.areaKey === 'overall' },
};
