import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInfoDocument } from '../src/client/generated/graphql.ts';
import { startTestApi, type TestApi } from './support/api.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './support/throwaway-neo4j.ts';

// This file stops and restarts Neo4j, so it owns a server of its own.
describe('GET /health while Neo4j goes down and comes back', () => {
  let neo4j: ThrowawayNeo4j;
  let api: TestApi;
  beforeAll(async () => {
    neo4j = await startThrowawayNeo4j();
    api = await startTestApi(neo4j);
  });
  afterAll(async () => {
    await api?.close();
    await neo4j?.destroy();
  });

  const health = async () => {
    const response = await fetch(`${api.server.url}/health`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('answers 200 with the Neo4j version while the database answers', async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', neo4j: { version: expect.stringMatching(/^5\.26\.\d+$/), edition: 'community' } },
    });
  });

  it('answers 503 once Neo4j is stopped, and GraphQL says the database is unavailable', async () => {
    await api.db.driver.executeQuery("CREATE (:Survivor {name: 'kept across restarts'})");
    await neo4j.stop();

    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unavailable', neo4j: null });

    const result = await api.execute(DatabaseInfoDocument);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'The database is not reachable right now; try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      }),
    ]);
    expect(JSON.stringify(result)).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });

  it('answers 200 again when Neo4j is back, with its data intact', async () => {
    await neo4j.start();
    await expect.poll(async () => (await health()).status, { timeout: 30_000, interval: 250 }).toBe(200);
    const { records } = await api.db.driver.executeQuery('MATCH (s:Survivor) RETURN s.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['kept across restarts']);
  });
});
