import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/graph/database.ts';
import { fetchGraphSize } from '../src/graph/server-info.ts';
import { planSeedFolder } from '../src/seed/load.ts';
import { copyPlan, generateScale, syntheticSet } from '../src/seed/synthetic.ts';
import { neo4jConfig } from './support/api.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './support/throwaway-neo4j.ts';

describe('a copy of the seed for a larger graph', () => {
  const plan = planSeedFolder();
  const copy = copyPlan(plan, 7);

  it('has every node and relationship of the real seed, under ids of its own', () => {
    expect(copy.nodes).toHaveLength(plan.nodes.length);
    expect(copy.relationships).toHaveLength(plan.relationships.length);
    const real = new Set(plan.nodes.map((n) => n.id));
    expect(copy.nodes.filter((n) => real.has(n.id))).toEqual([]);
    expect(copy.nodes.find((n) => n.id === 'authority:cornwall-copy7')?.props).toMatchObject({
      id: 'authority:cornwall-copy7',
      name: 'Cornwall Council 7',
      regionCode: 'E12000009 7',
      kind: 'UNITARY_AUTHORITY',
    });
  });

  it('links and cites only its own nodes, so the copies are not wired to each other', () => {
    const ids = new Set(copy.nodes.map((n) => n.id));
    const ends = copy.relationships.flatMap((r) => [r.from, r.to]);
    const sources = [...copy.nodes, ...copy.relationships].flatMap((x) => x.citations.map((c) => c.source));
    expect([...ends, ...sources].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('is numbered from 2: copy 1 is the real seed', () => {
    expect(() => copyPlan(plan, 1)).toThrow(/from 2/);
  });
});

// Generating writes and deletes whole copies, so it has a database of its own.
describe('generating a graph at a scale', () => {
  let neo4j: ThrowawayNeo4j;
  let db: Database;
  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j();
    db = new Database({ ...neo4jConfig(neo4j), queryTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    await db?.close();
    await neo4j?.destroy();
  });

  it('loads copies up to the scale through the loader, skips those held, and deletes those above', async () => {
    const twice = await generateScale(db, 2);
    const one = planSeedFolder().nodes.length;
    expect(twice).toMatchObject({ nodesWritten: one, copiesSkipped: 0, copiesRemoved: 0 });
    const atTwo = await fetchGraphSize(db);
    expect(atTwo.nodeCount).toBe(2 * one);

    expect(await generateScale(db, 2)).toMatchObject({ nodesWritten: 0, copiesSkipped: 1 });

    expect(await generateScale(db, 1)).toMatchObject({ nodesWritten: 0, copiesRemoved: 1 });
    const { records } = await db.driver.executeQuery('MATCH (n {loadedBy: $set}) RETURN count(n) AS n', {
      set: syntheticSet(2),
    });
    expect(records[0]?.get('n')).toBe(0);
    expect((await fetchGraphSize(db)).nodeCount).toBe(one);
    expect((await fetchGraphSize(db)).relationshipCount).toBe(atTwo.relationshipCount / 2);
  });
});
