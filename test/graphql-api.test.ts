import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInfoDocument } from '../src/client/generated/graphql.ts';
import { startTestApi, type TestApi } from './support/api.ts';

describe('the GraphQL endpoint', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('answers with facts read from the real database, which change when the graph does', async () => {
    const label = `RoundTrip_${Date.now()}`;
    const before = await api.execute(DatabaseInfoDocument);
    expect(before.errors).toBeUndefined();
    expect(before.data?.database).toMatchObject({ version: expect.stringMatching(/^5\.26\.\d+$/) });

    await api.db.driver.executeQuery(
      `UNWIND range(1, 3) AS i CREATE (:${label} {i: i})-[:NEXT]->(:${label})`,
    );
    try {
      const after = await api.execute(DatabaseInfoDocument);
      expect(after.data?.database.nodeCount).toBe(before.data!.database.nodeCount + 6);
      expect(after.data?.database.relationshipCount).toBe(before.data!.database.relationshipCount + 3);
    } finally {
      await api.db.driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    }
  });

  it('names an unknown field in a validation error', async () => {
    const response = await api.post({ query: '{ database { colour } }' });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      message: 'Cannot query field "colour" on type "DatabaseInfo".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('works through a routing neo4j:// URI as well as bolt://', async () => {
    const { uri, username, password } = (await import('vitest')).inject('neo4j');
    const routed = await startTestApi({ uri: uri.replace(/^bolt:/, 'neo4j:'), username, password });
    try {
      const result = await routed.execute(DatabaseInfoDocument);
      expect(result.errors).toBeUndefined();
      expect(result.data?.database.edition).toBeTruthy();
    } finally {
      await routed.close();
    }
  });
});
