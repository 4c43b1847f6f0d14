/**
 * The Node interface's root fields written by hand, and the database's own description.
 * Root fields by id and root lists follow from the model and are attached by the graph
 * layer (src/graph/field-resolvers.ts).
 */
import { badInput } from '../graph/cursor.ts';
import { fetchGraphSize, fetchServerInfo } from '../graph/server-info.ts';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { NODE_INTERFACE_TYPES } from '../graph/graph-model.ts';
import { nodeWithNextLevel } from '../graph/field-resolvers.ts';
import type { NodeRecord } from '../graph/records.ts';

const isNode = (record: NodeRecord | null | undefined): record is NodeRecord =>
  !!record && NODE_INTERFACE_TYPES.has(record.__typename);

export const nodeQueries: QueryResolvers = {
  node: async (_parent, { id }, context, info) => {
    const node = await nodeWithNextLevel(id, context, info);
    return isNode(node) ? node : null;
  },
  nodes: async (_parent, { ids }, { loaders }) => {
    if (ids.length > 100) throw badInput('ids', `may hold at most 100 ids (got ${ids.length})`);
    return (await loaders.nodes.loadMany(ids)).map((n) => (n instanceof Error || !isNode(n) ? null : n));
  },
  database: async (_parent, _args, { db }) => {
    const [info, size] = await Promise.all([fetchServerInfo(db), fetchGraphSize(db)]);
    return { ...info, ...size };
  },
};
