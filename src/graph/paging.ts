import { badInput, decodeCursor, encodeCursor, pageSize } from './cursor.ts';
import type { NodeRecord } from './records.ts';
import type { PageRow } from './lists.ts';

export interface Connection {
  edges: Edge[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
}

/**
 * One row of a page. Its cursor is encoded only when read: most selections never ask for
 * it, and a page of a hundred rows with their nested pages would encode hundreds.
 */
class Edge {
  constructor(
    readonly node: NodeRecord,
    private readonly key: string,
  ) {}
  get cursor(): string {
    return encodeCursor({ key: this.key, id: this.node.id });
  }
}

export function toConnection(
  rows: Pick<PageRow, 'node' | 'key'>[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): Connection {
  const edges = rows.map((row) => new Edge(row.node, row.key));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}

/**
 * Pages through a short list already loaded in its final order (a node's own
 * relationships). The cursor holds the row's position and id; resuming looks for the id
 * first, so a row added or removed before it does not shift the page.
 */
export function pageOfList(
  items: NodeRecord[],
  args: { first?: number | null; after?: string | null },
): Connection {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  let start = 0;
  if (after) {
    const at = items.findIndex((item) => item.id === after.id);
    const position = Number(after.key);
    if (at < 0 && !(Number.isInteger(position) && position >= 0))
      throw badInput('after', 'is not a cursor of this list');
    start = at >= 0 ? at + 1 : position + 1;
  }
  const rows = items.slice(start, start + size).map((node, i) => ({ node, key: String(start + i) }));
  return toConnection(rows, start + size < items.length, start > 0);
}
