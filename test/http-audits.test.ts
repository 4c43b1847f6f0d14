import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';

/**
 * The audits' warnings this API answers otherwise on purpose, each explained in the
 * README (GraphQL over HTTP): a refused document is a 400 whatever the client accepts.
 */
const EXPLAINED_WARNINGS = new Set([
  '572B', // SHOULD use 200 on document parsing failure when accepting application/json
  'FDE2', // SHOULD use 200 on document validation failure when accepting application/json
  '7B9B', // SHOULD use 200 on variable coercion failure when accepting application/json
]);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("graphql-http's GraphQL-over-HTTP audits against the running server", () => {
  it('find no errors, and no warning the README does not explain', async () => {
    const results = await Promise.all(
      serverAudits({ url: `${api.server.url}/graphql`, fetchFn: fetch }).map(async (audit) => ({
        ...(await audit.fn()),
        id: audit.id,
      })),
    );
    expect(results.length).toBeGreaterThan(50);
    const said = (r: (typeof results)[number]) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`;
    expect(results.filter((r) => r.status === 'error').map(said)).toEqual([]);
    expect(results.filter((r) => r.status === 'warn' && !EXPLAINED_WARNINGS.has(r.id)).map(said)).toEqual([]);
  });
});
