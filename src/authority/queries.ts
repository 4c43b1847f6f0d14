import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from '../graph/database.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';

export function authorityByIdentifier(
  db: Database,
  identifier: { scheme: string; value: string },
): Promise<NodeRecord | null> {
  return db.read({
    cypher: `MATCH (a:Authority)-[:IDENTIFIED_BY]->(:Identifier {scheme: $scheme, value: $value})
             RETURN a ORDER BY a.id LIMIT 1`,
    params: identifier,
    map: ({ records }) => (records[0] ? toNodeRecord(records[0].get('a') as Neo4jNode) : null),
  });
}
