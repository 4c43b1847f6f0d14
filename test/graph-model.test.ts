/**
 * The graph model read from the SDL's mapping directives: what it says of the real schema,
 * and how a mistake in the mapping stops the server at start-up, naming type and field.
 */
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { executableSchema } from '../src/executable-schema.ts';
import { MODEL } from '../src/graph/graph-model.ts';
import { buildModel } from '../src/graph/build-model.ts';
import { references } from '../src/graph/model.ts';
import { loadTypeDefs } from '../src/graph/schema-files.ts';

const SDL = loadTypeDefs();

/** The model of the SDL with one piece of it replaced: the piece must be there to replace. */
function modelWith(from: string, to: string) {
  expect(SDL).toContain(from);
  return () => buildModel(buildSchema(SDL.replace(from, to)));
}

describe('the model of the schema', () => {
  it('knows every node type, with the seed collection of those written at top level', () => {
    expect([...MODEL.nodeTypes.keys()].sort()).toEqual(
      [
        'Authority',
        'Event',
        'Finding',
        'Identifier',
        'Inspection',
        'InspectionLink',
        'Judgement',
        'Observation',
        'Organisation',
        'Person',
        'PostHeld',
        'Service',
        'Source',
        'Statement',
        'StatisticalNeighbour',
        'Team',
        'TeamPartnership',
      ].sort(),
    );
    expect(MODEL.nodeTypes.get('Person')?.collection).toBe('people');
    expect(MODEL.nodeTypes.get('Judgement')?.collection).toBeNull();
  });

  it('reads a field declared on an interface into each type implementing it', () => {
    for (const type of ['Authority', 'Organisation', 'Person'])
      expect(MODEL.relations.get(`${type}.statements`)?.hops).toEqual([
        { types: ['MADE_BY'], direction: 'IN', reaches: 'Statement' },
      ]);
    // Walking alike, they share what one query fetched.
    expect(MODEL.relations.get('Authority.statements')?.walk).toBe(
      MODEL.relations.get('Person.statements')?.walk,
    );
  });

  it('joins the relationships of a path, and resolves filter paths the same way', () => {
    expect(MODEL.relations.get('Authority.teams')?.hops.map((h) => [h.types[0], h.direction])).toEqual([
      ['RUN_BY', 'IN'],
      ['PART_OF', 'IN'],
    ]);
    const partner = MODEL.lists.get('teams')?.conditions.get('partnerId');
    expect(partner?.kind === 'test' && partner.paths[0]?.map((h) => h.types[0])).toEqual([
      'PARTNER_OF',
      'WITH_PARTNER',
    ]);
  });

  it('tells the seed which fields name other entries, and which hold citations instead', () => {
    const refs = references(MODEL);
    expect(refs.get('Service.authority')).toBe('RUN_BY');
    expect(refs.has('Authority.services')).toBe(false);
    expect(refs.has('Source.supports')).toBe(false);
    expect(MODEL.citationType).toBe('SUPPORTS');
    expect(MODEL.relationshipTypes).toHaveLength(35);
  });

  it('holds the indexes the SDL declares on the schema: the full-text one for search and property indexes', () => {
    expect(MODEL.fulltext?.name).toBe('search_text');
    expect(MODEL.fulltext?.types).toContain('Authority');
    expect(MODEL.fulltext?.types).not.toContain('Judgement');
    expect(MODEL.fulltext?.properties).toEqual(expect.arrayContaining(['name', 'nameMeaning', 'notes']));
    expect(MODEL.indexes).toContainEqual({
      name: 'inspection_date',
      type: 'Inspection',
      property: 'datedEarliest',
    });
  });
  it('sorts a page on a property itself only where the SDL says every node has it', () => {
    const orders = MODEL.lists.get('authorities')!.orders;
    expect(orders.get('NAME')?.stored).toBe('name');
    expect(orders.get('ID')?.stored).toBe('id');
    // Partial dates may be missing, so their order is worked out per node, missing ones last.
    expect(MODEL.lists.get('inspections')!.orders.get('DATE')?.stored).toBeNull();
  });
  it('is not part of the served API: introspection lists none of the mapping directives', async () => {
    const result = await graphql({
      schema: executableSchema(),
      source: '{ __schema { directives { name } } }',
    });
    const names = (result.data?.__schema as { directives: { name: string }[] }).directives.map((d) => d.name);
    expect(names).toContain('listSize');
    for (const mapping of [
      'node',
      'relationship',
      'path',
      'sort',
      'where',
      'sortKey',
      'flatten',
      'reads',
      'query',
      'fulltext',
      'index',
    ])
      expect(names).not.toContain(mapping);
  });
});

describe('a mistake in the mapping stops start-up with the type and field named', () => {
  it('a field reaching nodes that says nothing of how', () => {
    expect(modelWith('authority: Authority! @relationship(out: "RUN_BY")', 'authority: Authority!')).toThrow(
      'Service.authority: reaches a node type but has no @relationship, @path, @query or @reads',
    );
  });
  it('an index on a type that is not a node type', () => {
    expect(modelWith('type: "Judgement", property: "grade"', 'type: "Verdict", property: "grade"')).toThrow(
      'schema @index(name: "judgement_grade"): Verdict is not a node type (@node)',
    );
  });
  it('a full-text index covering a type that is not a node type', () => {
    expect(modelWith('"TeamPartnership"', '"Partnership"')).toThrow(
      'schema @fulltext(name: "search_text"): Partnership is not a node type (@node)',
    );
  });
  it('a relationship with both directions', () => {
    expect(modelWith('@relationship(out: "RUN_BY")', '@relationship(out: "RUN_BY", in: "RUN_BY")')).toThrow(
      'Service.authority: @relationship needs exactly one of `out` and `in`',
    );
  });
  it('a relationship type that is not UPPER_SNAKE_CASE', () => {
    expect(modelWith('@relationship(out: "RUN_BY")', '@relationship(out: "runBy")')).toThrow(
      'Service.authority: relationship type "runBy" is not UPPER_SNAKE_CASE',
    );
  });
  it('a path through a field the type does not have', () => {
    expect(
      modelWith('@path(fields: ["services", "teams"])', '@path(fields: ["services", "squads"])'),
    ).toThrow('Authority.teams: @path step "squads" is not a field of Service');
  });
  it('a filter condition with an unknown operator', () => {
    expect(
      modelWith('@where(property: "framework", op: "IN")', '@where(property: "framework", op: "LIKE")'),
    ).toThrow('InspectionFilter.frameworks: @where op "LIKE" is not one of');
  });
  it('a root list filter field that says nothing of what it tests', () => {
    expect(modelWith('@where(property: "framework", op: "IN")', '')).toThrow(
      'InspectionFilter.frameworks: has no @where or @query',
    );
  });
  it('a filter path through a field that is no relationship', () => {
    expect(
      modelWith(
        '@where(path: "inspection", property: "framework", op: "IN")',
        '@where(path: "inspection.grade", property: "framework", op: "IN")',
      ),
    ).toThrow('path "inspection.grade": Inspection.grade is not a relationship field');
  });
  it('an order without a sort key', () => {
    expect(modelWith('NAME @sortKey(by: ["name"])', 'NAME')).toThrow(
      'AuthorityOrderField.NAME: has no @sortKey',
    );
  });
  it('a sort on the node passed through, where no path passes through one', () => {
    expect(
      modelWith(
        '@relationship(out: "RUN_BY")',
        '@relationship(out: "RUN_BY") @sort(by: ["name"], through: true)',
      ),
    ).toThrow('Service.authority: @sort(through: true) needs a @path of two relationships');
  });
  it('every problem at once, not just the first', () => {
    const broken = SDL.replace('@relationship(out: "RUN_BY")', '@relationship(out: "runBy")').replace(
      'NAME @sortKey(by: ["name"])',
      'NAME',
    );
    expect(() => buildModel(buildSchema(broken))).toThrow(
      /^The graph mapping in schema\/ is wrong:\n {2}Service\.authority: .*\n[\s\S]* {2}AuthorityOrderField\.NAME: has no @sortKey$/,
    );
  });
});
