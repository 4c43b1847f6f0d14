import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../src/graph/schema-files.ts';
import { planSeed, SeedValidationError, type SeedFile } from '../src/seed/plan.ts';

const schema = buildSchema(loadTypeDefs());
const source = { id: 'source:s', label: 'S', kind: 'BLOG_POST', publisherKind: 'BLOG' };
const authority = {
  id: 'authority:a',
  label: 'A',
  name: 'A Council',
  sources: [{ source: 'source:s', locator: 'p1' }],
};

function problems(files: SeedFile[]): string[] {
  try {
    planSeed(files, schema);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  return [];
}

const seed = (extra: Record<string, unknown[]>): SeedFile[] => [
  { name: 'sources.yaml', content: { sources: [source] } },
  { name: 'more.yaml', content: { authorities: [authority], ...extra } },
];

describe('seed validation', () => {
  it('accepts a small valid seed and plans its nodes, relationships and citations', () => {
    const plan = planSeed(
      seed({
        services: [{ id: 'service:x', label: 'X', name: 'X', alsoKnownAs: [], authority: 'authority:a' }],
      }),
      schema,
    );
    expect(plan.nodes.map((n) => n.id)).toEqual(['source:s', 'authority:a', 'service:x']);
    expect(plan.relationships).toEqual([
      expect.objectContaining({ from: 'service:x', type: 'RUN_BY', to: 'authority:a', field: 'authority' }),
    ]);
    expect(plan.nodes[1]?.citations).toEqual([{ source: 'source:s', locator: 'p1' }]);
  });

  it('names the file, the entry and the field of every problem, all at once', () => {
    expect(
      problems(
        seed({
          teams: [
            {
              id: 'team:t',
              label: 'T',
              name: 'T',
              nameLanguage: 'kw',
              service: 'service:missing',
              colour: 'blue',
              multiAgency: 'yes',
            },
          ],
          events: [
            { id: 'event:e', label: 'E', kind: 'PARTY', status: 'OCCURRED', summary: 's', date: '2009-13' },
          ],
        }),
      ),
    ).toEqual([
      'more.yaml: teams[0] (team:t): field "colour" is not a field of Team',
      'more.yaml: teams[0] (team:t): field "multiAgency" must be true or false (got "yes")',
      expect.stringMatching(
        /^more\.yaml: events\[0\] \(event:e\): field "kind" must be one of RESIGNATION, .* \(got "PARTY"\)$/,
      ),
      'more.yaml: events[0] (event:e): field "date" must be a date like "2009", "2009-09" or "2009-09-30" (got "2009-13")',
      'more.yaml: teams[0] (team:t): field "service" refers to "service:missing", which is not in the seed',
    ]);
  });

  it('refuses a reference to a node of the wrong type', () => {
    expect(
      problems(
        seed({
          services: [{ id: 'service:x', label: 'X', name: 'X', alsoKnownAs: [], authority: 'source:s' }],
        }),
      ),
    ).toEqual([
      'more.yaml: services[0] (service:x): field "authority" must refer to a Authority, not a Source',
    ]);
  });

  it('refuses duplicate ids, malformed ids, missing required fields and unknown collections', () => {
    expect(
      problems([
        { name: 'sources.yaml', content: { sources: [source, source] } },
        { name: 'x.yaml', content: { authorities: [{ id: 'Cornwall', name: 'C' }], councils: [] } },
        { name: 'y.yaml', content: { organisations: [{ id: 'org:o', label: 'O', name: 'O' }] } },
      ]),
    ).toEqual([
      'x.yaml: authorities[0] (Cornwall): field "id" must look like "prefix:kebab-slug"',
      'x.yaml: unknown collection "councils" (known: authorities, events, inspections, inspectionLinks, observations, organisations, people, services, sources, statements, teams)',
      'y.yaml: organisations[0] (org:o): field "kind" is required',
      'sources.yaml: sources[1] (source:s): id "source:s" is used twice',
    ]);
  });

  it('checks that every citation points at a source and narrows to a real field', () => {
    expect(
      problems(
        seed({
          organisations: [
            {
              id: 'org:o',
              label: 'O',
              name: 'O',
              kind: 'POLICE_FORCE',
              sources: [
                { source: 'authority:a', locator: 'p2' },
                { source: 'source:s', locator: 'p3', field: 'colour' },
                { source: 'source:s' },
              ],
            },
          ],
        }),
      ),
    ).toEqual([
      'more.yaml: organisations[0] (org:o): sources[1]: "field" must name a field of this entry\'s type (got "colour")',
      'more.yaml: organisations[0] (org:o): sources[2]: a citation needs "source" (an id) and "locator" (text)',
      'more.yaml: organisations[0] (org:o): citation source "authority:a" is not a source in the seed',
    ]);
  });

  it('reads the project seed without a single problem', async () => {
    const { planSeedFolder } = await import('../src/seed/load.ts');
    const plan = planSeedFolder();
    expect(plan.nodes.length).toBeGreaterThan(80);
    expect(
      plan.nodes.every((n) => n.type === 'Identifier' || n.type === 'Source' || n.citations.length > 0),
    ).toBe(true);
  });
});
