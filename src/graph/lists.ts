/** Root lists: one filtered, sorted page per query, with keyset cursors (see `pageQuery`). */
import type { Database } from './database.ts';
import { pageQuery, type PageRequest } from './compiler.ts';
import type { RootList } from './model.ts';
import { recordOf, type NodeRecord } from './records.ts';
import { toReached, type Reached } from './steps.ts';

export type { PageRequest };

export interface PageRow {
  node: NodeRecord;
  key: string;
  /** For each of the request's `next` steps, what it reached from this row. */
  next: Reached[][];
}

export function listPage(
  db: Database,
  list: RootList,
  request: PageRequest,
): Promise<{ rows: PageRow[]; hasNextPage: boolean }> {
  return db.read({
    ...pageQuery(list, request),
    map: ({ records }) => {
      const rows = records.map((r) => ({
        node: recordOf(r.get('n'), r.get('labels') as string[]),
        key: r.get('sortKey') as string,
        next: request.next.map((step, k) => toReached((r.get('next') as unknown[])[k], step)),
      }));
      return { rows: rows.slice(0, request.first), hasNextPage: rows.length > request.first };
    },
  });
}
