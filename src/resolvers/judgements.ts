/** Research fields over judgements: changes of grade, and the day "as of" questions default to. */
import { gradeChanges } from '../data/judgement-queries.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';

export const today = () => new Date().toISOString().slice(0, 10);

export const judgementResearch: Pick<Resolvers, 'Query'> = {
  Query: {
    gradeChanges: (_root, { from, to, areaKey, direct, since }, { db }) =>
      gradeChanges(db, { from, to, areaKey, direct, since: since ?? null }),
  },
};
