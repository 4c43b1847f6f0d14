/**
 * The Cypher compiler, GraphQL in, Cypher and parameters out, in the manner of the Neo4j
 * GraphQL Library's TCK. No database is involved: each snapshot is the query the API would
 * send. The answers those queries give are checked against the real Neo4j elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/graph/cursor.ts';
import { compile } from './support/compile.ts';

const compiles =
  (operation: string, variables?: Record<string, unknown>, options?: { refusesEmpty: boolean }) => async () =>
    expect(await compile(operation, variables, options)).toMatchSnapshot();

describe('a root field by id', () => {
  it(
    'reads only the properties selected, with labels to tell the type',
    compiles(`{ authority(id: "authority:cornwall") { id name shortName } }`),
  );
  it(
    'reads the stored properties that computed and flattened fields name',
    compiles(
      `{ inspection(id: "i") { dated { text } judgements { isOverall } } authority(id: "a") { region { name } } }`,
    ),
  );
  it(
    'fetches every level its selection follows in the same query',
    compiles(
      `{ person(id: "person:dawn-primarolo") { name posts { title body { name } } statements { edges { node { kind } } } } }`,
    ),
  );
  it(
    'reads a node with no selection below it from the batch by id',
    compiles(`{ nodes(ids: ["a", "b"]) { id } }`),
  );
});

describe('relationship fields', () => {
  it(
    'to one node: a single relationship, unlabelled, in the order written',
    compiles(`{ service(id: "s") { authority { name } } }`),
  );
  it(
    'to a list, sorted as the SDL says',
    compiles(`{ authority(id: "a") { services { name } successors { name } } }`),
  );
  it(
    'sorted with a fallback: the first of several properties that is set',
    compiles(`{ authority(id: "a") { inspections { edges { node { id } } } observations { measure } } }`),
  );
  it(
    'sorted with one value first: overall judgements before areas',
    compiles(`{ inspection(id: "i") { judgements { areaKey grade } } }`),
  );
  it(
    'over a path of two relationships, labelled on the way',
    compiles(`{ authority(id: "a") { teams { name } } team(id: "t") { authority { name } } }`),
  );
  it(
    'over a path, sorted by the node passed through',
    compiles(`{ authority(id: "a") { judgementHistory { grade } } }`),
  );
  it('over several relationship types at once', compiles(`{ inspection(id: "i") { links { id } } }`));
  it(
    'inherited from an interface: what a node is mentioned in',
    compiles(`{ authority(id: "a") { mentionedIn { id } } }`),
  );
  it(
    'a participation: the relationship\u2019s properties and the parent\u2019s own fields',
    compiles(`{ event(id: "e") { participants { role agent { id } event { kind } } } }`),
  );
  it(
    'leaving out labels the SDL excludes, with an argument condition',
    compiles(`{ source(id: "s") { supports(prefixes: ["judgement"]) { edges { node { id } } } } }`),
  );
  it(
    'narrowed by an argument condition',
    compiles(`{ authority(id: "a") { identifiers(scheme: ONS_GSS) { value } } }`),
  );
  it(
    'answered by a named query: the latest graded inspection out by a day',
    compiles(
      `{ authority(id: "a") { latestJudgements(asOf: "2016-07-01") { grade } today: latestJudgements { grade } } }`,
    ),
  );
});

describe('filters on nested lists', () => {
  it(
    'ignore a condition that walks back to the parent',
    compiles(
      `{ authority(id: "a") { inspections(filter: { authorityId: "other", frameworks: [SINGLE_INSPECTION_FRAMEWORK] }) { edges { node { id } } } } }`,
    ),
  );
  it(
    'test the node passed through by a path',
    compiles(
      `{ authority(id: "a") { judgementHistory(filter: { overall: true, from: "2010-01-01", grades: [GOOD] }) { grade } } }`,
    ),
  );
  it(
    'keep aliases with different filters apart',
    compiles(
      `{ authority(id: "a") { sif: inspections(filter: { frameworks: [SINGLE_INSPECTION_FRAMEWORK] }) { edges { node { id } } } ilacs: inspections(filter: { frameworks: [ILACS] }) { edges { node { id } } } } }`,
    ),
  );
});

describe('reading the selection', () => {
  it(
    'follows named and inline fragments',
    compiles(
      `query { authority(id: "a") { ...A } } fragment A on Authority { services { ... on Service { name } } }`,
    ),
  );
  it(
    'drops fields left out by @skip and @include, from literals and variables',
    compiles(
      `query($yes: Boolean!) { authority(id: "a") { services @skip(if: $yes) { name } teams @include(if: $yes) { name } posts @include(if: false) { title } } }`,
      { yes: true },
    ),
  );
  it(
    'merges aliases of one walk into one step',
    compiles(`{ authority(id: "a") { a: services { name } b: services { id } } }`),
  );
  it(
    'stops after two list levels: a selection that loops back starts a batch of its own',
    compiles(
      `{ authority(id: "a") { judgementHistory { authority { judgementHistory { authority { name } } } } } }`,
    ),
  );
});

describe('root lists', () => {
  it(
    'page by id by default, one row more than asked to know of a next page',
    compiles(`{ authorities(first: 2) { edges { cursor node { name } } } }`),
  );
  it(
    'sort on the order asked, ties broken by id, and resume after a cursor',
    compiles(
      `query($after: String) { authorities(first: 5, orderBy: { field: NAME, direction: DESC }, after: $after) { edges { node { name } } } }`,
      { after: encodeCursor({ key: 'Cornwall Council', id: 'authority:cornwall' }) },
    ),
  );
  it(
    'filter authorities on each condition of AuthorityFilter',
    compiles(
      `{ authorities(filter: { nameContains: "corn", kinds: [UNITARY_AUTHORITY], regionCode: "E12000009", identifier: { scheme: ONS_GSS, value: "E06000052" }, current: true, existsOn: "2010-01-01", latestOverallGrades: [GOOD] }) { edges { node { id } } } }`,
    ),
  );
  it(
    'filter inspections over their relationships and dates',
    compiles(
      `{ inspections(filter: { authorityId: "a", serviceId: "s", inspectorateId: "o", frameworks: [ILACS], from: "2015-01-01", to: "2020-12-31" }, orderBy: { field: DATE }) { edges { node { id } } } }`,
    ),
  );
  it(
    'sort judgements on their inspection\u2019s date, then area',
    compiles(
      `{ judgements(filter: { authorityId: "a", overall: false, frameworks: [SINGLE_INSPECTION_FRAMEWORK], from: "2015-01-01" }, orderBy: { field: DATE }) { edges { node { grade } } } }`,
    ),
  );
  it(
    'filter people through the posts they hold',
    compiles(
      `{ people(filter: { nameContains: "a", bodyId: "b", postTitleContains: "director", named: true }, orderBy: { field: LABEL }) { edges { node { label } } } }`,
    ),
  );
  it(
    'filter on any of several paths',
    compiles(
      `{ events(filter: { relatedToId: "x", participantId: "p", from: "2016-01-01" }) { edges { node { id } } } }`,
    ),
  );
  it(
    'filter on the first of several properties that is set',
    compiles(
      `{ observations(filter: { from: "2016-01-01", measureContains: "rate" }, orderBy: { field: DATE }) { edges { node { id } } } }`,
    ),
  );
  it(
    'fetch the rows\u2019 own relationships in the same query',
    compiles(
      `{ teams(filter: { partnerId: "p", authorityId: "a" }) { edges { node { name service { name } partnerships { partner { id } } } } } }`,
    ),
  );
});

describe('research queries', () => {
  it(
    'a timeline: one branch per kind of entry, each walking the model, the window and kinds as parameters',
    compiles(
      `{ timeline(authorityId: "authority:cornwall", from: "2009-01-01", to: "2016-12-31", kinds: [INSPECTION, POST]) { date { text } kind summary } }`,
      {},
      { refusesEmpty: true },
    ),
  );
  it(
    'a timeline with no window: bounds not given are left out of the query',
    compiles(`{ timeline(authorityId: "authority:cornwall") { kind } }`, {}, { refusesEmpty: true }),
  );
  it(
    'grades on a day, counted per group: the latest judgement of the area out by then',
    compiles(
      `{ none: gradeDistribution(asOf: "2016-06-30") { group grade count } byRegion: gradeDistribution(asOf: "2016-06-30", areaKey: "overall", groupBy: REGION) { group } }`,
    ),
  );
  it(
    'grade transitions: consecutive graded inspections of an area, paired',
    compiles(`{ gradeTransitions(areaKey: "overall") { from to count medianDays } }`),
  );
  it(
    'grade changes: each judgement paired with the first later one of the grade asked for',
    compiles(
      `{ direct: gradeChanges(from: INADEQUATE, to: GOOD, direct: true, since: "2015-01-01") { days } any: gradeChanges(from: INADEQUATE, to: GOOD) { days } }`,
    ),
  );
  it(
    'a comparison of authorities: neighbour rank and inspections out by the day',
    compiles(
      `{ compareAuthorities(ids: ["authority:cornwall", "authority:devon"], asOf: "2016-06-30") { neighbourRank inspectionCount } }`,
      {},
      { refusesEmpty: true },
    ),
  );
  it(
    'a neighbourhood: one expansion per distance over the types asked for, the limit a parameter',
    compiles(
      `{ neighbourhood(id: "authority:cornwall", depth: 2, kinds: ["INSPECTED", "GIVEN_IN"], limit: 25) { truncated relationships { type } } }`,
    ),
  );
  it(
    'a neighbourhood whose relationships are not asked for: they are not read',
    compiles(`{ neighbourhood(id: "authority:cornwall", depth: 2, limit: 25) { nodes { id } } }`),
  );
  it(
    'shortest paths: one, or all up to a number, a node to itself being a path of length 0',
    compiles(
      `{ one: shortestPath(from: "a", to: "b", maxHops: 3, kinds: ["RUN_BY"]) { length } all: allShortestPaths(from: "a", to: "b", kinds: ["RUN_BY", "PART_OF"], first: 5) { length } }`,
    ),
  );
  it(
    'full-text search: the user\u2019s words as a Lucene query parameter, types filtered when asked',
    compiles(`{ search(text: "cornwal children", types: ["Authority", "Team"], first: 5) { score } }`),
  );
  it(
    'an authority by one of its identifiers',
    compiles(`{ authorityByIdentifier(identifier: { scheme: DFE_LA, value: "908" }) { name } }`),
  );
});
