/** Fields every node type shares, and the few values the API derives rather than stores. */
import type { Context } from '../context.ts';
import type { CitationRecord, NodeRecord } from '../data/records.ts';
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

export const citationResolvers = {
  source: (c: CitationRecord, _args: unknown, { loaders }: Context) => loaders.nodes.load(c.source),
};

/** Dates travel as ISO reduced-precision text and are taken apart only when asked. */
export const dateResolvers = {
  PartialDate: {
    year: (text: string) => parsePartialDate(text)?.year,
    month: (text: string) => parsePartialDate(text)?.month ?? null,
    day: (text: string) => parsePartialDate(text)?.day ?? null,
    text: (text: string) => text,
    earliest: (text: string) => parsePartialDate(text)?.earliest,
    latest: (text: string) => parsePartialDate(text)?.latest,
  },
  DateSpan: {
    start: (text: string) => parseDateSpan(text)?.start?.text ?? null,
    end: (text: string) => parseDateSpan(text)?.end?.text ?? null,
    text: (text: string) => text,
  },
};

export const derivedFields = {
  Authority: {
    region: (a: NodeRecord) => (a.regionName ? { code: a.regionCode ?? null, name: a.regionName } : null),
  },
  Judgement: { isOverall: (j: NodeRecord) => j.areaKey === 'overall' },
};
