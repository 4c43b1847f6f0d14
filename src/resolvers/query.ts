import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { lookahead, rowNeeds } from '../graph/selection.ts';
import { badInput, decodeCursor, pageSize } from '../cursor.ts';
import { authorityByIdentifier } from '../data/authority-queries.ts';
import { listPage } from '../data/lists.ts';
import { MODEL } from '../graph/graph-model.ts';
import type { NodeRecord } from '../graph/records.ts';
import { fetchGraphSize, fetchServerInfo } from '../data/server-info.ts';
import { toConnection } from './paging.ts';

type Args = Record<string, unknown>;
type Resolver = (parent: unknown, args: Args, context: Context, info: GraphQLResolveInfo) => Promise<unknown>;

/**
 * The node with the properties its selection reads and, in the same query, the next levels.
 * Whole nodes come from the shared by-id batch only when the selection's reads are unknown.
 */
async function nodeWithNextLevel(id: string, { loaders }: Context, info: GraphQLResolveInfo) {
  const next = lookahead(info);
  const needs = rowNeeds(info);
  if (next.length === 0 && !needs.props) return loaders.nodes.load(id);
  return (await loaders.related(null, id, () => next, null, needs))[0]?.node ?? null;
}

/** `authority(id:)`, `person(id:)`…: the node with that id if it is of the asked type, else null. */
const byId =
  (typename: string): Resolver =>
  async (_parent, { id }, context, info) => {
    const node = await nodeWithNextLevel(id as string, context, info);
    return node?.__typename === typename ? node : null;
  };

/** A root list: filter, sort and keyset-page in Neo4j. */
const list =
  (name: string): Resolver =>
  async (_parent, args, { db, loaders }, info) => {
    const spec = MODEL.lists.get(name)!;
    const order = (args.orderBy as { field: string; direction: 'ASC' | 'DESC' } | undefined) ?? {
      field: 'ID',
      direction: 'ASC',
    };
    const after = decodeCursor(args.after as string | null | undefined);
    // The page's rows come with everything the selection follows from them, in the same query.
    const next = lookahead(info);
    const needs = rowNeeds(info);
    const { rows, hasNextPage } = await listPage(db, spec, {
      filter: (args.filter as Args | null) ?? {},
      order,
      first: pageSize(args.first as number | null | undefined),
      after,
      next,
      needs,
    });
    loaders.fetched(next, rows, !needs.props);
    return toConnection(rows, hasNextPage, after !== null);
  };

/** Root fields. `isNode` tells which stored types implement the Node interface. */
export const queryResolvers = (isNode: (typename: string) => boolean): Record<string, Resolver> => ({
  node: async (_parent, { id }, context, info) => {
    const node = await nodeWithNextLevel(id as string, context, info);
    return node && isNode(node.__typename) ? node : null;
  },
  nodes: async (_parent, { ids }, { loaders }) => {
    const wanted = ids as string[];
    if (wanted.length > 100) throw badInput('ids', `may hold at most 100 ids (got ${wanted.length})`);
    return (await loaders.nodes.loadMany(wanted)).map((n) =>
      n instanceof Error || !n || !isNode(n.__typename) ? null : (n as NodeRecord),
    );
  },
  authorityByIdentifier: async (_parent, { identifier }, { db }) =>
    authorityByIdentifier(db, identifier as { scheme: string; value: string }),
  database: async (_parent, _args, { db }) => {
    const [info, size] = await Promise.all([fetchServerInfo(db), fetchGraphSize(db)]);
    return { ...info, ...size };
  },
  ...Object.fromEntries([...MODEL.byId].map(([field, typename]) => [field, byId(typename)])),
  ...Object.fromEntries([...MODEL.lists.keys()].map((name) => [name, list(name)])),
});
