import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { data } from './support/gql.ts';

const run = `batch${Date.now().toString(36)}`;

// Four levels of nesting, each a list per row: authorities → services → teams, and
// authorities → inspections → judgements → their inspection, plus citations everywhere.
const NESTED = `query($name: String!, $first: PositiveInt!) {
  authorities(filter: {nameContains: $name}, first: $first) {
    edges { node {
      id
      supportedBy { source { id } locator }
      services { name teams { name partnerships { partnerDescription } } }
      inspections(first: 10) { edges { node { id judgements { grade inspection { id } } } } }
      judgementHistory { grade }
    } }
  }
}`;

/** Builds `count` authorities, each with two services, two teams and three inspections of two judgements. */
async function buildAuthorities(api: TestApi, count: number, group: string): Promise<void> {
  await api.db.driver.executeQuery(
    `MERGE (s:Entity:Source {id: 'source:' + $run, label: 'batch test', kind: 'DATASET', publisherKind: 'GOVERNMENT'})
     WITH s
     UNWIND range(1, $count) AS i
     CREATE (a:Entity:Authority {id: 'authority:' + $group + '-' + i, label: 'A', name: $group + ' council ' + i})
     CREATE (s)-[:SUPPORTS {locator: 'row ' + i, order: 0}]->(a)
     FOREACH (k IN range(1, 2) |
       CREATE (svc:Entity:Service {id: 'service:' + $group + '-' + i + '-' + k, label: 'S', name: 'Service ' + k, alsoKnownAs: []})-[:RUN_BY]->(a)
       CREATE (:Entity:Team {id: 'team:' + $group + '-' + i + '-' + k, label: 'T', name: 'Team ' + k, nameLanguage: 'en'})-[:PART_OF]->(svc))
     FOREACH (y IN range(2014, 2016) |
       CREATE (ins:Entity:Inspection {id: 'inspection:' + $group + '-' + i + '-' + y, label: 'I', dated: toString(y), datedEarliest: toString(y) + '-01-01'})-[:INSPECTED]->(a)
       CREATE (:Entity:Judgement {id: 'judgement:' + $group + '-' + i + '-' + y + '-overall', label: 'J', areaKey: 'overall', grade: 'GOOD', gradeLabel: 'Good'})-[:GIVEN_IN]->(ins)
       CREATE (:Entity:Judgement {id: 'judgement:' + $group + '-' + i + '-' + y + '-adoption', label: 'J', areaKey: 'adoption', grade: 'REQUIRES_IMPROVEMENT', gradeLabel: 'Requires improvement'})-[:GIVEN_IN]->(ins))`,
    { run, group, count },
  );
}

describe('nested lists load in batches', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await buildAuthorities(api, 3, `${run}few`);
    await buildAuthorities(api, 30, `${run}many`);
    await api.db.driver.executeQuery(
      `MATCH (a:Authority) WHERE a.id IN [$few + '-1', $few + '-2']
       MERGE (e:Entity:Event {id: 'event:' + $run, label: 'E'})
       CREATE (e)-[:PARTICIPANT {role: 'host', order: 0}]->(a)`,
      { run, few: `authority:${run}few` },
    );
  });
  afterAll(async () => {
    await api.db.driver.executeQuery('MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
    await api.close();
  });

  const roundTripsFor = async (group: string, first: number) => {
    const before = api.db.roundTrips;
    const result = await data<{ authorities: { edges: { node: { inspections: { edges: unknown[] } } }[] } }>(
      api,
      NESTED,
      { name: group, first },
    );
    return { trips: api.db.roundTrips - before, rows: result.authorities.edges };
  };

  it('makes the same number of database round trips for 3 authorities as for 30', async () => {
    const few = await roundTripsFor(`${run}few`, 50);
    const many = await roundTripsFor(`${run}many`, 50);
    expect(few.rows).toHaveLength(3);
    expect(many.rows).toHaveLength(30);
    expect(many.rows.every((row) => row.node.inspections.edges.length === 3)).toBe(true);
    expect(many.trips).toBe(few.trips);
    // The page with two list levels below it, the third list level (partnerships), then
    // citations and their sources.
    expect(many.trips).toBe(4);
  });

  it('reads a page and four levels of relationships below it in one round trip, each list in its order', async () => {
    const group = `${run}many`;
    const before = api.db.roundTrips;
    const result = await data<{ authorities: { edges: { node: unknown }[] } }>(
      api,
      `query($name: String!) {
        authorities(filter: {nameContains: $name}, first: 50, orderBy: {field: ID, direction: ASC}) {
          edges { node {
            id
            services { name teams { name service { id authority { id } } } }
            inspections(first: 10) { edges { node {
              id judgements { areaKey inspection { id subject { id } } }
            } } }
          } }
        }
      }`,
      { name: group },
    );
    expect(api.db.roundTrips - before).toBe(1);

    const authorities = Array.from({ length: 30 }, (_, k) => `${group}-${k + 1}`).sort();
    expect(result.authorities.edges.map((e) => e.node)).toEqual(
      authorities.map((a) => ({
        id: `authority:${a}`,
        services: [1, 2].map((k) => ({
          name: `Service ${k}`,
          teams: [
            { name: `Team ${k}`, service: { id: `service:${a}-${k}`, authority: { id: `authority:${a}` } } },
          ],
        })),
        // Newest first; within one, the overall judgement first.
        inspections: {
          edges: [2016, 2015, 2014].map((year) => {
            const inspection = `inspection:${a}-${year}`;
            return {
              node: {
                id: inspection,
                judgements: ['overall', 'adoption'].map((areaKey) => ({
                  areaKey,
                  inspection: { id: inspection, subject: { id: `authority:${a}` } },
                })),
              },
            };
          }),
        },
      })),
    );
  });

  it('fetches a node and every relationship its selection follows in one round trip', async () => {
    const trips = async (query: string) => {
      const before = api.db.roundTrips;
      await data(api, query);
      return api.db.roundTrips - before;
    };
    const id = `authority:${run}few-1`;
    expect(await trips(`{ authority(id: "${id}") { name } }`)).toBe(1);
    expect(
      await trips(`{ authority(id: "${id}") { services { name } inspections { edges { node { id } } } } }`),
    ).toBe(1);
    // However deep the selection goes.
    expect(await trips(`{ authority(id: "${id}") { services { teams { name } } } }`)).toBe(1);
    expect(
      await trips(`{ authority(id: "${id}") { services { teams { service { authority { id } } } } } }`),
    ).toBe(1);
    // Through fragments, and through the rows of a participation.
    const before = api.db.roundTrips;
    const result = await data<{
      node: { events: { event: { participants: { agent: { id: string } }[] } }[] };
    }>(
      api,
      `query { node(id: "${id}") { ...Body } } fragment Body on Authority {
        inspections { edges { node { ... on Inspection { judgements { inspection { id } } } } } }
        events { event { participants { agent { id } } } }
      }`,
    );
    expect(api.db.roundTrips - before).toBe(1);
    expect(result.node.events.map((e) => e.event.participants.map((p) => p.agent.id))).toEqual([
      [id, `authority:${run}few-2`],
    ]);
  });

  it('walks at most two list levels per query: a selection that cycles does not multiply its rows', async () => {
    const id = `authority:${run}few-1`;
    const trips = async (query: string) => {
      const before = api.db.roundTrips;
      const result = await data<{ authority: unknown }>(api, query);
      return { trips: api.db.roundTrips - before, authority: result.authority };
    };
    // A third list level starts a batch of its own.
    expect(
      (
        await trips(
          `{ authority(id: "${id}") { services { teams { partnerships { partnerDescription } } } } }`,
        )
      ).trips,
    ).toBe(2);
    // Below the cut, a list the first query already read for the same node is not read again.
    type History = { judgementHistory: { grade: string; authority: History }[] };
    const cycle = await trips(
      `{ authority(id: "${id}") { judgementHistory { authority { judgementHistory { authority {
          judgementHistory { grade } } } } } } }`,
    );
    expect(cycle.trips).toBe(1);
    const third = (cycle.authority as History).judgementHistory.flatMap((j) =>
      j.authority.judgementHistory.flatMap((k) => k.authority.judgementHistory),
    );
    expect(third).toHaveLength(6 * 6 * 6);
  });
});
