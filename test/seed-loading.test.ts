import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/data/database.ts';
import { loadSeed } from '../src/seed/load.ts';
import { SeedValidationError } from '../src/seed/plan.ts';
import { neo4jConfig } from './support/api.ts';
import { tempSeed } from './support/temp-seed.ts';

const run = Date.now().toString(36);

/** JSON with keys sorted at every level, so equal graphs give equal text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
const source = { id: `source:t${run}`, label: 'Test source', kind: 'BLOG_POST', publisherKind: 'BLOG' };
const cite = [{ source: source.id, locator: 'paragraph 1' }];
const organisation = (slug: string) => ({
  id: `org:t${run}-${slug}`,
  label: slug,
  name: `Test body ${slug}`,
  kind: 'POLICE_FORCE',
  sources: cite,
});

describe('loading the seed into Neo4j', () => {
  let db: Database;
  beforeAll(() => {
    db = new Database(neo4jConfig());
  });
  afterAll(async () => {
    await db.driver.executeQuery(`MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n`, {
      run: `:t${run}`,
    });
    await db.close();
  });

  /** Everything a load could touch, as one comparable value. */
  const fingerprint = async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(m)
       RETURN n.id AS id, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS out`,
    );
    return records.map((r) => canonical(r.toObject())).sort();
  };

  it('loads the project seed a second time without creating, changing or removing anything', async () => {
    const before = await fingerprint();
    const summary = await loadSeed(db);
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await fingerprint()).toEqual(before);
  });

  it('rejects an invalid folder before writing anything, naming the file, entry and field', async () => {
    const seed = await tempSeed({
      'sources.yaml': { sources: [source] },
      'orgs.yaml': { organisations: [organisation('a'), { ...organisation('b'), kind: 'CHOIR' }] },
    });
    try {
      const error = await loadSeed(db, seed.dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).problems).toEqual([
        expect.stringMatching(
          /^orgs\.yaml: organisations\[1\] \(org:t\w+-b\): field "kind" must be one of .* \(got "CHOIR"\)$/,
        ),
      ]);
      const { records } = await db.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n', {
        id: organisation('a').id,
      });
      expect(records).toHaveLength(0);
    } finally {
      await seed.remove();
    }
  });

  it('leaves the graph as it was when the database refuses part of a valid load, and can be run again', async () => {
    // A node that already holds the id of a seed entry, under another type, breaks the
    // uniqueness constraint halfway through the transaction.
    const clash = `person:t${run}-clash`;
    await db.driver.executeQuery('CREATE (:Entity:Organisation {id: $id})', { id: clash });
    const seed = await tempSeed({
      'sources.yaml': { sources: [source] },
      'orgs.yaml': { organisations: [organisation('c')] },
      'people.yaml': { people: [{ id: clash, label: 'Clash', name: 'Clash', sources: cite }] },
    });
    try {
      const before = await fingerprint();
      await expect(loadSeed(db, seed.dir)).rejects.toThrow(/conflicts with existing unique nodes/);
      expect(await fingerprint()).toEqual(before);

      await db.driver.executeQuery('MATCH (n {id: $id}) DELETE n', { id: clash });
      const summary = await loadSeed(db, seed.dir);
      expect(summary.nodesCreated).toBe(3);
    } finally {
      await seed.remove();
    }
  });

  it('removes a relationship the seed no longer has, and nothing outside the entries it loads', async () => {
    const statement = (about: string[]) => ({
      id: `statement:t${run}`,
      label: 'S',
      kind: 'APOLOGY',
      speakers: [organisation('d').id],
      summary: 'A statement.',
      quotes: [],
      about,
      topics: [],
      sources: cite,
    });
    const files = (about: string[]) => ({
      'sources.yaml': { sources: [source] },
      'orgs.yaml': { organisations: [organisation('d'), organisation('e')] },
      'statements.yaml': { statements: [statement(about)] },
    });
    const aboutOf = async () =>
      (
        await db.driver.executeQuery(
          'MATCH (:Statement {id: $id})-[:ABOUT]->(m) RETURN m.id AS id ORDER BY id',
          {
            id: `statement:t${run}`,
          },
        )
      ).records.map((r) => r.get('id') as string);

    const first = await tempSeed(files([organisation('d').id, organisation('e').id]));
    const second = await tempSeed(files([organisation('d').id]));
    try {
      await loadSeed(db, first.dir);
      expect(await aboutOf()).toEqual([organisation('d').id, organisation('e').id]);
      const projectSeedBefore = await db.driver.executeQuery(
        "MATCH ()-[r {loadedBy: 'seed'}]->() RETURN count(r) AS n",
      );
      const summary = await loadSeed(db, second.dir);
      expect(summary.relationshipsDeleted).toBe(1);
      expect(await aboutOf()).toEqual([organisation('d').id]);
      const projectSeedAfter = await db.driver.executeQuery(
        "MATCH ()-[r {loadedBy: 'seed'}]->() RETURN count(r) AS n",
      );
      expect(projectSeedAfter.records[0]?.get('n')).toBe(
        (projectSeedBefore.records[0]?.get('n') as number) - 1,
      );
    } finally {
      await first.remove();
      await second.remove();
    }
  });
});
