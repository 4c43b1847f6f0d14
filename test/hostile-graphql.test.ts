import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, hostileCorpus, sendHostile } from '../scripts/hostile-graphql.ts';
import { startTestApi, type TestApi } from './support/api.ts';

const corpus = hostileCorpus();
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const normalQuery = async () =>
  (await api.post({ query: '{ authority(id: "authority:cornwall") { name } }' })).json();

describe('the hostile corpus', () => {
  it('holds at least 150 requests of every kind, each named once', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((r) => r.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(corpus.map((r) => r.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((request) => [`${request.category}: ${request.name}`, request] as const))(
    '%s is refused with a 4xx that names what was wrong',
    async (_name, request) => {
      const { status, body } = await sendHostile(`${api.server.url}/graphql`, request);
      expect(status).toBe(request.status);
      const { errors, data } = JSON.parse(body) as {
        errors: { message: string; extensions: { code: string } }[];
        data?: unknown;
      };
      // Refused before execution: no data, not even null.
      expect(data).toBeUndefined();
      expect(errors.map((e) => e.extensions.code)).toContain(request.code);
      expect(errors.map((e) => e.message).join('\n')).toMatch(request.message);
    },
  );

  it('leaves the server answering everyone else', async () => {
    expect(await normalQuery()).toEqual({
      data: { authority: { name: 'Cornwall Council' } },
      extensions: { cost: { estimated: 2, limit: expect.any(Number) } },
    });
  });
});
