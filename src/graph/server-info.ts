import type { Database, Query } from './database.ts';
import { SEED_LOAD_LABEL } from './model.ts';

export interface ServerInfoRecord {
  version: string;
  edition: string;
}

const serverInfoQuery: Query<ServerInfoRecord> = {
  cypher: `CALL dbms.components() YIELD name, versions, edition
           WHERE name = 'Neo4j Kernel'
           RETURN versions[0] AS version, edition`,
  map: ({ records }) => {
    const record = records[0];
    if (!record) throw new Error('Neo4j reported no kernel version');
    return { version: record.get('version') as string, edition: record.get('edition') as string };
  },
};

export const fetchServerInfo = (db: Database): Promise<ServerInfoRecord> => db.read(serverInfoQuery);

/** The same question asked once, for health checks. */
export const probeServerInfo = (db: Database): Promise<ServerInfoRecord> => db.probe(serverInfoQuery);

export interface GraphSizeRecord {
  nodeCount: number;
  relationshipCount: number;
}

const graphSizeQuery: Query<GraphSizeRecord> = {
  // All counts come from the count store, so this stays cheap on a large graph; the seed's
  // bookkeeping nodes are subtracted rather than filtered out, which would scan every node.
  cypher: `CALL { MATCH (n) RETURN count(n) AS nodes }
           CALL { MATCH (l:${SEED_LOAD_LABEL}) RETURN count(l) AS bookkeeping }
           CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
           RETURN nodes - bookkeeping AS nodes, relationships`,
  map: ({ records }) => ({
    nodeCount: (records[0]?.get('nodes') as number) ?? 0,
    relationshipCount: (records[0]?.get('relationships') as number) ?? 0,
  }),
};

export const fetchGraphSize = (db: Database): Promise<GraphSizeRecord> => db.read(graphSizeQuery);
