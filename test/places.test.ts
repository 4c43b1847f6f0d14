/**
 * Postcodes through the API: where one lies and who ran children's services there on a
 * day, with the councils' reorganisations walked back; and each kind of bad postcode
 * refused with its own code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';
import { data, send } from './support/gql.ts';

interface Place {
  postcode: string;
  district: { code: string; name: string };
  authority: { id: string } | null;
  candidates: { id: string }[];
  sectorEasting: number;
  sectorNorthing: number;
}

const PLACE = `query($postcode: String!, $on: Date) {
  authorityForPostcode(postcode: $postcode, on: $on) {
    postcode district { code name } authority { id } candidates { id } sectorEasting sectorNorthing
  }
}`;

describe('authorityForPostcode', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const place = async (postcode: string, on?: string) =>
    (await data<{ authorityForPostcode: Place }>(api, PLACE, { postcode, on })).authorityForPostcode;
  const refusal = async (postcode: string) => {
    const body = await send(api, PLACE, { postcode });
    expect(body.errors).toHaveLength(1);
    return body.errors![0]!;
  };

  it('reads a postcode in any case, with or without its space', async () => {
    for (const written of ['TR1 1XU', 'tr11xu', '  Tr1   1xU ']) {
      const found = await place(written);
      expect(found.postcode).toBe('TR1 1XU');
      expect(found.district).toEqual({ code: 'E06000052', name: 'Cornwall' });
      expect(found.authority).toEqual({ id: 'authority:cornwall' });
    }
  });

  it("gives the middle of the postcode's sector on the British National Grid, in Truro for Truro", async () => {
    const { sectorEasting, sectorNorthing } = await place('TR1 1XU');
    // Truro lies near 182,000 E, 45,000 N.
    expect(Math.abs(sectorEasting - 182_000)).toBeLessThan(5_000);
    expect(Math.abs(sectorNorthing - 45_000)).toBeLessThan(5_000);
  });

  it("answers a district of a two-tier area with its county, which runs children's services", async () => {
    const exeter = await place('EX1 1AA');
    expect(exeter.district.name).toBe('Exeter');
    expect(exeter.authority).toEqual({ id: 'authority:devon' });
  });

  it('answers a day before a reorganisation with the authority of that day', async () => {
    expect((await place('CA1 1AA', '2020-01-01')).authority).toEqual({ id: 'authority:cumbria' });
    expect((await place('CA1 1AA', '2024-01-01')).authority).toEqual({ id: 'authority:cumberland' });
    expect((await place('TA1 1AA', '2020-01-01')).authority).toEqual({ id: 'authority:somerset' });
  });

  it('lists every authority of the day where a council formed since joined areas several ran', async () => {
    // Bournemouth, Christchurch and Poole (2019) joined two unitary councils and part of Dorset.
    const before = await place('BH1 1AA', '2018-06-01');
    expect(before.authority).toBeNull();
    expect(before.candidates.map((c) => c.id)).toEqual([
      'authority:bournemouth',
      'authority:dorset-until-2019',
      'authority:poole',
    ]);
    expect((await place('BH1 1AA', '2020-01-01')).authority).toEqual({
      id: 'authority:bournemouth-christchurch-and-poole',
    });
  });

  it('knows a council by a GSS code it was given without a reorganisation', async () => {
    // Sheffield was recoded in 2025; the councils' register still gives the old code.
    const sheffield = await place('S1 1AA');
    expect(sheffield.district.code).toBe('E08000039');
    expect(sheffield.authority).toEqual({ id: 'authority:sheffield' });
  });

  it('refuses a postcode that is not shaped like one, saying what the shape is', async () => {
    for (const bad of ['hello', 'TR1', '1TR 1XU', 'TR1 1X', '']) {
      const error = await refusal(bad);
      expect(error.extensions?.code).toBe('POSTCODE_MALFORMED');
      expect(error.message).toContain('not shaped like a UK postcode');
    }
  });

  it('refuses a well-formed postcode the directory does not hold, naming it', async () => {
    const error = await refusal('tr1 1zz');
    expect(error.extensions).toEqual({ code: 'POSTCODE_UNKNOWN', postcode: 'TR1 1ZZ' });
    expect(error.message).toBe('TR1 1ZZ is not a postcode in the ONS Postcode Directory.');
  });

  it('refuses a postcode outside England, naming the country, Northern Ireland by its BT area alone', async () => {
    const countries = {
      'CF10 1AA': 'WALES',
      'EH1 1AA': 'SCOTLAND',
      'BT1 1AA': 'NORTHERN_IRELAND',
      'GY1 1AA': 'CHANNEL_ISLANDS',
    };
    for (const [postcode, country] of Object.entries(countries)) {
      const error = await refusal(postcode);
      expect(error.extensions).toEqual({ code: 'POSTCODE_NOT_IN_ENGLAND', postcode, country });
      expect(error.message).toMatch(/this graph covers English authorities only/);
    }
  });

  it("keeps serving others' postcodes in the same request while it refuses one", async () => {
    const body = await send<{ good: Place | null; bad: Place | null }>(
      api,
      `{ good: authorityForPostcode(postcode: "TR1 1XU") { postcode } bad: authorityForPostcode(postcode: "x") { postcode } }`,
    );
    expect(body.data).toEqual({ good: { postcode: 'TR1 1XU' }, bad: null });
  });
});

describe('englandDistricts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  interface Districts {
    englandDistricts: { code: string; postcodeCount: number; authority: { id: string } | null }[];
  }
  interface Current {
    authorities: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  }

  async function currentAuthorities(): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { authorities }: Current = await data<Current>(
        api,
        `query($after: String) { authorities(filter: { current: true }, first: 100, after: $after) {
           edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      ids.push(...authorities.edges.map((e) => e.node.id));
      after = authorities.pageInfo.hasNextPage ? authorities.pageInfo.endCursor : null;
    } while (after);
    return ids;
  }

  it("puts every district of the directory under one of today's authorities, and every authority under some", async () => {
    const { englandDistricts: districts } = await data<Districts>(
      api,
      `{ englandDistricts { code postcodeCount authority { id } } }`,
    );
    expect(districts).toHaveLength(296);
    expect(districts.filter((d) => d.authority === null)).toEqual([]);
    expect(districts.every((d) => d.postcodeCount > 0)).toBe(true);
    const served = [...new Set(districts.map((d) => d.authority!.id))].sort();
    expect(served).toEqual((await currentAuthorities()).sort());
    expect(served).toHaveLength(153);
  });
});
