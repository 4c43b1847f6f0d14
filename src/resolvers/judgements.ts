/** Research fields over judgements: standing on a given day, and changes of grade. */
import { gradeChanges } from '../data/judgement-queries.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const today = () => new Date().toISOString().slice(0, 10);

export const judgementResearch: Pick<Resolvers, 'Authority' | 'Query'> = {
  Authority: {
    latestJudgements: (authority, { asOf }, { loaders }) =>
      loaders.latestJudgements(asOf ?? today()).load(authority.id),
  },
  Query: {
    gradeChanges: (_root, { from, to, areaKey, direct, since }, { db }) =>
      gradeChanges(db, { from, to, areaKey, direct, since: since ?? null }),
  },
};
