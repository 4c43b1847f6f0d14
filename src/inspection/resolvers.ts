/** Research fields over judgements: changes of grade, and the day "as of" questions default to. */
import type { Resolvers } from '../generated/resolvers-types.ts';
import { gradeChanges } from './judgement-queries.ts';

export const today = () => new Date().toISOString().slice(0, 10);

export const inspectionResolvers: Pick<Resolvers, 'Query' | 'Judgement'> = {
  Query: {
    gradeChanges: (_root, { from, to, areaKey, direct, since }, { db }) =>
      gradeChanges(db, { from, to, areaKey, direct, since: since ?? null }),
  },
  Judgement: { isOverall: (j) => j.areaKey === 'overall' },
};
