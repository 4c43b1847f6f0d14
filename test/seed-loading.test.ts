import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../src/graph/database.ts';
import { SEED_LOAD_LABEL } from '../src/graph/model.ts';
import {
  DEFAULT_SEED_DIR,
  DEFAULT_SEED_SET,
  loadSeed,
  readSeedFolder,
  seedSetOf,
  writeReading,
} from '../src/seed/load.ts';
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
    // The records of this file's loads: named sets carry the run, the others a temp folder's name.
    await db.driver.executeQuery(
      `MATCH (l:${SEED_LOAD_LABEL}) WHERE l.set CONTAINS $run OR l.set CONTAINS 'seed-test-' DELETE l`,
      { run: `t${run}` },
    );
    await db.close();
  });

  /** Everything a load could touch, as one comparable value. */
  const graphState = async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(m)
       RETURN n.id AS id, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS out`,
    );
    return records.map((r) => canonical(r.toObject())).sort();
  };

  it('loads the project seed a second time without creating, changing or removing anything', async () => {
    const before = await graphState();
    // Forced, so the whole seed really is written again rather than skipped.
    const summary = await loadSeed(db, undefined, { force: true });
    expect(summary).toMatchObject({
      unchanged: false,
      nodesCreated: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      nodesDeleted: 0,
    });
    expect(await graphState()).toEqual(before);
  });

  it('skips the project seed when the graph already holds it, and says so', async () => {
    const progress: string[] = [];
    const summary = await loadSeed(db, undefined, { progress: (line) => progress.push(line) });
    expect(summary).toMatchObject({ unchanged: true, seedSet: DEFAULT_SEED_SET, propertiesSet: 0 });
    expect(summary.entries).toBeGreaterThan(1000);
    expect(progress).toContain('Seed unchanged since the last load: nothing written.');
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
      const before = await graphState();
      await expect(loadSeed(db, seed.dir)).rejects.toThrow(/conflicts with existing unique nodes/);
      expect(await graphState()).toEqual(before);

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
      expect(projectSeedAfter.records[0]?.get('n')).toBe(projectSeedBefore.records[0]?.get('n'));
    } finally {
      await first.remove();
      await second.remove();
    }
  });
  describe('skipping a load the graph already holds', () => {
    const orgs = (...slugs: string[]) => ({
      'sources.yaml': { sources: [source] },
      'orgs.yaml': { organisations: slugs.map(organisation) },
    });
    const nameOf = async (id: string) =>
      (
        await db.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id })
      ).records[0]?.get('name') as string | undefined;
    const renameByHand = (id: string) =>
      db.driver.executeQuery("MATCH (n:Entity {id: $id}) SET n.name = 'Renamed by hand'", { id });
    const recorded = async (seedSet: string) =>
      (
        await db.driver.executeQuery(
          `MATCH (l:${SEED_LOAD_LABEL} {set: $seedSet}) RETURN l.fingerprint AS f`,
          {
            seedSet,
          },
        )
      ).records[0]?.get('f') as string | undefined;

    it('writes nothing when the folder is unchanged since its last load: a hand edit survives', async () => {
      const seed = await tempSeed(orgs('m'));
      try {
        expect((await loadSeed(db, seed.dir)).unchanged).toBe(false);
        await renameByHand(organisation('m').id);
        const progress: string[] = [];
        const summary = await loadSeed(db, seed.dir, { progress: (line) => progress.push(line) });
        expect(summary).toMatchObject({
          unchanged: true,
          nodesCreated: 0,
          propertiesSet: 0,
          relationshipsCreated: 0,
          nodesDeleted: 0,
        });
        expect(progress).toContain('Seed unchanged since the last load: nothing written.');
        expect(await nameOf(organisation('m').id)).toBe('Renamed by hand');
      } finally {
        await seed.remove();
      }
    });

    it('writes a folder that changed since its last load', async () => {
      const seed = await tempSeed(orgs('n'));
      try {
        await loadSeed(db, seed.dir);
        await seed.replace({
          'sources.yaml': { sources: [source] },
          'orgs.yaml': { organisations: [{ ...organisation('n'), name: 'Renamed in the seed' }] },
        });
        const summary = await loadSeed(db, seed.dir);
        expect(summary.unchanged).toBe(false);
        expect(summary.propertiesSet).toBeGreaterThan(0);
        expect(await nameOf(organisation('n').id)).toBe('Renamed in the seed');
      } finally {
        await seed.remove();
      }
    });

    it('writes with force even when unchanged, restoring what was changed by hand', async () => {
      const seed = await tempSeed(orgs('o'));
      try {
        await loadSeed(db, seed.dir);
        await renameByHand(organisation('o').id);
        const forced = await loadSeed(db, seed.dir, { force: true });
        expect(forced).toMatchObject({ unchanged: false, nodesCreated: 0 });
        expect(forced.propertiesSet).toBeGreaterThan(0);
        expect(await nameOf(organisation('o').id)).toBe(organisation('o').name);
        expect((await loadSeed(db, seed.dir)).unchanged).toBe(true);
      } finally {
        await seed.remove();
      }
    });

    it('writes again when nodes of the set were deleted since its last load', async () => {
      const seed = await tempSeed(orgs('p', 'q'));
      try {
        await loadSeed(db, seed.dir);
        await db.driver.executeQuery('MATCH (n:Entity {id: $id}) DETACH DELETE n', {
          id: organisation('q').id,
        });
        expect(await loadSeed(db, seed.dir)).toMatchObject({ unchanged: false, nodesCreated: 1 });
        expect(await nameOf(organisation('q').id)).toBe(organisation('q').name);
      } finally {
        await seed.remove();
      }
    });

    it('records no fingerprint when the write fails, so the next load of the same folder writes', async () => {
      const clash = `person:t${run}-skip-clash`;
      await db.driver.executeQuery('CREATE (:Entity:Organisation {id: $id})', { id: clash });
      const seed = await tempSeed({
        ...orgs('r'),
        'people.yaml': { people: [{ id: clash, label: 'Clash', name: 'Clash', sources: cite }] },
      });
      try {
        await expect(loadSeed(db, seed.dir)).rejects.toThrow(/conflicts with existing unique nodes/);
        expect(await recorded(seedSetOf(seed.dir))).toBeUndefined();

        await db.driver.executeQuery('MATCH (n {id: $id}) DELETE n', { id: clash });
        expect(await loadSeed(db, seed.dir)).toMatchObject({ unchanged: false });
        expect(await nameOf(clash)).toBe('Clash');
        expect(await recorded(seedSetOf(seed.dir))).toMatch(/^[0-9a-f]{64}$/);
      } finally {
        await seed.remove();
      }
    });

    it('keeps a fingerprint per seed set: loading one set does not make another write again', async () => {
      const otherSource = { ...source, id: `source:t${run}-other` };
      const first = await tempSeed(orgs('s'));
      const second = await tempSeed({
        'sources.yaml': { sources: [otherSource] },
        'orgs.yaml': {
          organisations: [{ ...organisation('t'), sources: [{ ...cite[0], source: otherSource.id }] }],
        },
      });
      try {
        await loadSeed(db, first.dir);
        await loadSeed(db, second.dir);
        expect(await recorded(seedSetOf(first.dir))).toMatch(/^[0-9a-f]{64}$/);
        expect(await recorded(seedSetOf(second.dir))).toMatch(/^[0-9a-f]{64}$/);
        expect(await recorded(seedSetOf(first.dir))).not.toBe(await recorded(seedSetOf(second.dir)));
        expect((await loadSeed(db, first.dir)).unchanged).toBe(true);
        expect((await loadSeed(db, second.dir)).unchanged).toBe(true);
      } finally {
        await first.remove();
        await second.remove();
      }
    });

    it('makes a set write again once another set has taken over its entries, as they are no longer as it left them', async () => {
      const seed = await tempSeed(orgs('u'));
      const one = { seedSet: `one-t${run}` };
      const two = { seedSet: `two-t${run}` };
      const owner = async () =>
        (
          await db.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n.loadedBy AS set', {
            id: organisation('u').id,
          })
        ).records[0]?.get('set') as string;
      try {
        await loadSeed(db, seed.dir, one);
        await loadSeed(db, seed.dir, two);
        expect(await owner()).toBe(two.seedSet);
        expect((await loadSeed(db, seed.dir, two)).unchanged).toBe(true);
        expect((await loadSeed(db, seed.dir, one)).unchanged).toBe(false);
        expect(await owner()).toBe(one.seedSet);
        expect((await loadSeed(db, seed.dir, one)).unchanged).toBe(true);
      } finally {
        await seed.remove();
      }
    });
  });

  describe('removing what a folder no longer has', () => {
    const exists = async (id: string) =>
      (await db.driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN n', { id })).records.length > 0;
    const countWhere = async (cypher: string, params: Record<string, unknown> = {}) =>
      (await db.driver.executeQuery(cypher, params)).records[0]?.get('n') as number;
    const projectSetSize = () =>
      countWhere('MATCH (n:Entity {loadedBy: $set}) RETURN count(n) AS n', { set: DEFAULT_SEED_SET });

    it('names the seed set after the folder: the default folder is the set "seed", any other its own', async () => {
      expect(seedSetOf(DEFAULT_SEED_DIR)).toBe(DEFAULT_SEED_SET);
      expect(seedSetOf(path.join(DEFAULT_SEED_DIR, '..', 'seed'))).toBe(DEFAULT_SEED_SET);
      const seed = await tempSeed({ 'sources.yaml': { sources: [source] } });
      try {
        expect(seedSetOf(seed.dir)).not.toBe(DEFAULT_SEED_SET);
        expect(seedSetOf(seed.dir, 'named')).toBe('named');
        expect(() => seedSetOf(seed.dir, ' ')).toThrow(SeedValidationError);
      } finally {
        await seed.remove();
      }
    });

    it('deletes an entry removed from the folder on its next load, with its relationships and citations', async () => {
      const gone = `statement:t${run}-gone`;
      const statement = {
        id: gone,
        label: 'Gone',
        kind: 'APOLOGY',
        speakers: [organisation('f').id],
        summary: 'A statement later withdrawn from the seed.',
        quotes: [],
        about: [organisation('g').id],
        topics: [],
        sources: cite,
      };
      const kept = {
        'sources.yaml': { sources: [source] },
        'orgs.yaml': { organisations: [organisation('f'), organisation('g')] },
      };
      const seed = await tempSeed({ ...kept, 'statements.yaml': { statements: [statement] } });
      try {
        await loadSeed(db, seed.dir);
        const ofGone = () =>
          countWhere('MATCH (:Entity {id: $id})-[r]-() RETURN count(r) AS n', { id: gone });
        const relationships = await ofGone();
        const citations = await countWhere(
          'MATCH (:Source)-[c:SUPPORTS]->(:Entity {id: $id}) RETURN count(c) AS n',
          {
            id: gone,
          },
        );
        expect(citations).toBe(1);
        expect(relationships).toBeGreaterThan(citations);

        await seed.replace(kept);
        const summary = await loadSeed(db, seed.dir);
        expect(summary).toMatchObject({
          nodesDeleted: 1,
          relationshipsDeleted: relationships,
          nodesCreated: 0,
        });
        expect(await exists(gone)).toBe(false);
        expect(await ofGone()).toBe(0);
        expect(await exists(organisation('f').id)).toBe(true);
        expect(await exists(organisation('g').id)).toBe(true);
        expect(await exists(source.id)).toBe(true);
      } finally {
        await seed.remove();
      }
    });

    it("deletes nothing of the project's seed set, nor any node made by other means, when loading another folder", async () => {
      const byHand = `org:t${run}-by-hand`;
      await db.driver.executeQuery("CREATE (:Entity:Organisation {id: $id, name: 'Made by hand'})", {
        id: byHand,
      });
      const projectBefore = await projectSetSize();
      expect(projectBefore).toBeGreaterThan(1000);
      const seed = await tempSeed({ 'sources.yaml': { sources: [source] } });
      try {
        await loadSeed(db, seed.dir);
        await seed.replace({
          'sources.yaml': { sources: [source] },
          'orgs.yaml': { organisations: [organisation('h')] },
        });
        const summary = await loadSeed(db, seed.dir);
        expect(summary.seedSet).not.toBe(DEFAULT_SEED_SET);
        expect(summary).toMatchObject({ nodesCreated: 1, nodesDeleted: 0, pruned: true });
        expect(await projectSetSize()).toBe(projectBefore);
        expect(await exists(byHand)).toBe(true);
      } finally {
        await seed.remove();
      }
    });

    it('deletes nothing when validation refuses the folder', async () => {
      const seed = await tempSeed({
        'sources.yaml': { sources: [source] },
        'orgs.yaml': { organisations: [organisation('i'), organisation('j')] },
      });
      try {
        await loadSeed(db, seed.dir);
        await seed.replace({
          'sources.yaml': { sources: [source] },
          'orgs.yaml': { organisations: [{ ...organisation('i'), kind: 'CHOIR' }] },
        });
        const before = await graphState();
        await expect(loadSeed(db, seed.dir)).rejects.toBeInstanceOf(SeedValidationError);
        expect(await graphState()).toEqual(before);
        expect(await exists(organisation('j').id)).toBe(true);
      } finally {
        await seed.remove();
      }
    });

    it('keeps the nodes a load no longer has when rows were rejected and skipped, since those rows may have made them', async () => {
      // A real data folder with a bad row would make the project's own authorities and
      // inspections, so the rejected row is added to the reading of a YAML-only folder; the
      // reading is what `--skip-bad-rows` hands to the writer.
      const seed = await tempSeed({
        'sources.yaml': { sources: [source] },
        'orgs.yaml': { organisations: [organisation('k'), organisation('l')] },
      });
      try {
        await loadSeed(db, seed.dir);
        await seed.replace({
          'sources.yaml': { sources: [source] },
          'orgs.yaml': { organisations: [organisation('k')] },
        });
        const rejected = [{ file: 'data/ofsted/reports.csv', line: 7, reason: "unknown grade 'Brilliant'" }];
        const progress: string[] = [];
        const summary = await writeReading(
          db,
          { ...readSeedFolder(seed.dir), rejected },
          seedSetOf(seed.dir),
          (line) => progress.push(line),
        );
        expect(summary).toMatchObject({ nodesDeleted: 0, pruned: false });
        expect(await exists(organisation('l').id)).toBe(true);
        expect(progress).toContainEqual(expect.stringMatching(/^Keeping nodes .*1 rejected rows/));

        const clean = await loadSeed(db, seed.dir);
        expect(clean).toMatchObject({ nodesDeleted: 1, pruned: true });
        expect(await exists(organisation('l').id)).toBe(false);
      } finally {
        await seed.remove();
      }
    });
  });
});
