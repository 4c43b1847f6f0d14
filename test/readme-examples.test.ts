import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { send } from './support/gql.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the example queries in the README', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(5));

  it.each(examples.map((query, i) => [i + 1, query] as const))(
    'example %i runs and returns data',
    async (_n, query) => {
      const body = await send<Record<string, unknown>>(api, query);
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );
});
