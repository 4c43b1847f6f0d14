import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  /** SHA-256 over every node's and relationship's id, labels or type, and properties. */
  hash: string;
}

/** Property maps with their keys in order, so equal graphs hash equal whatever the store's order. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  // Temporal and spatial values, and integers the driver has not turned into numbers.
  if (value !== null && typeof value === 'object') return String(value);
  return value;
};

/** The whole graph in one stable digest, read in one transaction so it is one moment's graph. */
export async function graphChecksum(driver: Driver, database?: string): Promise<GraphChecksum> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const hash = createHash('sha256');
      const nodes = await tx.run(
        'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id',
      );
      for (const r of nodes.records)
        hash.update(
          JSON.stringify([
            'node',
            r.get('id'),
            [...(r.get('labels') as string[])].sort(),
            canonical(r.get('props')),
          ]) + '\n',
        );
      const rels = await tx.run(
        `MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start,
           elementId(b) AS end, properties(r) AS props ORDER BY id`,
      );
      for (const r of rels.records)
        hash.update(
          JSON.stringify([
            'rel',
            r.get('id'),
            r.get('type'),
            r.get('start'),
            r.get('end'),
            canonical(r.get('props')),
          ]) + '\n',
        );
      return { nodes: nodes.records.length, relationships: rels.records.length, hash: hash.digest('hex') };
    });
  } finally {
    await session.close();
  }
}
