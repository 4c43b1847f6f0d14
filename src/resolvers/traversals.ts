/**
 * Which graph walk answers each relationship field. Every field is readable from both
 * ends: the forward side follows the relationship the seed wrote, the reverse side walks
 * it backwards.
 */
import { latestGradedJudgements } from '../data/judgement-queries.ts';
import { INSPECTION_CONDITIONS } from '../data/lists.ts';
import type { Names, Traversal } from '../data/steps.ts';

type Order = (names: Names) => string;

const out = (rel: string, orderBy?: Order): Traversal => ({
  pattern: ({ n, r, m }) => `(${n})-[${r}:${rel}]->(${m})`,
  orderBy,
});
const back = (rel: string, orderBy?: Order): Traversal => ({
  pattern: ({ n, r, m }) => `(${n})<-[${r}:${rel}]-(${m})`,
  orderBy,
});

const NEWEST_FIRST: Order = ({ m }) => `coalesce(${m}.datedEarliest, ${m}.dateEarliest, '0000') DESC`;
const OLDEST_FIRST: Order = ({ m }) =>
  `coalesce(${m}.datedEarliest, ${m}.dateEarliest, ${m}.fromEarliest, '9999')`;
const OVERALL_FIRST: Order = ({ m }) => `CASE ${m}.areaKey WHEN 'overall' THEN 0 ELSE 1 END, ${m}.areaKey`;
const BY_NAME: Order = ({ m }) => `${m}.name`;
const HELD_FROM: Order = ({ m }) => `coalesce(${m}.fromEarliest, ${m}.attestedOnEarliest, '9999')`;
const MEASURED_AT: Order = ({ m }) => `coalesce(${m}.periodEarliest, ${m}.asOfEarliest, '9999')`;

type Filters = NonNullable<Traversal['filters']>;

/** InspectionFilter's conditions on the inspection bound to `node`, less the one the parent implies. */
const inspectionFilters = (node: (names: Names) => string, implied: string): Filters =>
  Object.fromEntries(
    Object.entries(INSPECTION_CONDITIONS)
      .filter(([name]) => name !== implied)
      .map(([name, condition]) => [name, (names: Names, p: string) => condition(node(names), p)]),
  );

const agent = {
  statements: back('MADE_BY', ({ m }) => `coalesce(${m}.dateEarliest, '0000') DESC`),
  events: back('PARTICIPANT', OLDEST_FIRST),
};
const body = {
  ...agent,
  posts: back('POST_IN', HELD_FROM),
  partnerships: back('WITH_PARTNER'),
};

export const TRAVERSALS: Record<string, Record<string, Traversal>> = {
  Source: {
    author: out('AUTHORED_BY'),
    // Identifiers carry citations too but are not Nodes; they are read through their authority.
    supports: {
      pattern: ({ n, r, m }) => `(${n})-[${r}:SUPPORTS]->(${m}) WHERE NOT ${m}:Identifier`,
      orderBy: ({ m }) => `${m}.id`,
    },
  },
  Authority: {
    ...body,
    identifiers: out('IDENTIFIED_BY', ({ m }) => `${m}.scheme`),
    services: back('RUN_BY', BY_NAME),
    teams: {
      pattern: ({ n, m }) => `(${n})<-[:RUN_BY]-(:Service)<-[:PART_OF]-(${m}:Team)`,
      orderBy: BY_NAME,
    },
    inspections: {
      ...back('INSPECTED', NEWEST_FIRST),
      filters: inspectionFilters(({ m }) => m, 'authorityId'),
    },
    judgementHistory: {
      // Conditions on inspections apply to the judgement's own, `i`.
      filters: {
        ...inspectionFilters(({ i }) => i, 'authorityId'),
        grades: ({ m }, p) => `${m}.grade IN ${p}`,
        overall: ({ m }, p) => `coalesce(${m}.areaKey = 'overall', false) = ${p}`,
        areaKey: ({ m }, p) => `${m}.areaKey = ${p}`,
        inspectionId: ({ i }, p) => `${i}.id = ${p}`,
      },
      pattern: ({ n, i, m }) => `(${n})<-[:INSPECTED]-(${i}:Inspection)<-[:GIVEN_IN]-(${m}:Judgement)`,
      orderBy: (names) =>
        `coalesce(${names.i}.datedEarliest, '9999'), ${names.i}.id, ${OVERALL_FIRST(names)}`,
    },
    latestJudgements: {
      // The day picks the inspection rather than filtering the judgements; left out, it stays
      // null, so steps cached across requests never hold a date (see latestGradedJudgements).
      filterOf: ({ asOf }) => ({ asOf: asOf ?? null }),
      pattern: (names) => latestGradedJudgements(names, names.value('asOf')),
      orderBy: OVERALL_FIRST,
    },
    observations: back('MEASURES', MEASURED_AT),
    successors: out('SUCCEEDED_BY', BY_NAME),
    predecessors: back('SUCCEEDED_BY', BY_NAME),
    statisticalNeighbours: back('NEIGHBOURS_FOR', ({ m }) => `${m}.rank`),
    neighbourOf: back('NEIGHBOUR', ({ m }) => `${m}.rank`),
  },
  StatisticalNeighbour: { authority: out('NEIGHBOURS_FOR'), neighbour: out('NEIGHBOUR') },
  Organisation: {
    ...body,
    inspectionsCarriedOut: {
      ...back('CARRIED_OUT_BY', NEWEST_FIRST),
      filters: inspectionFilters(({ m }) => m, 'inspectorateId'),
    },
  },
  Service: {
    authority: out('RUN_BY'),
    teams: back('PART_OF', BY_NAME),
    inspections: back('COVERED', OLDEST_FIRST),
    observations: back('MEASURES_SERVICE', MEASURED_AT),
  },
  Team: {
    service: out('PART_OF'),
    authority: { pattern: ({ n, m }) => `(${n})-[:PART_OF]->(:Service)-[:RUN_BY]->(${m}:Authority)` },
    partnerships: back('PARTNER_OF'),
  },
  TeamPartnership: { team: out('PARTNER_OF'), partner: out('WITH_PARTNER') },
  Person: {
    ...agent,
    posts: back('HELD_BY', HELD_FROM),
    authored: back('AUTHORED_BY'),
    inspectionsLed: back('LED_BY', NEWEST_FIRST),
    inspectionsDeputyLed: back('DEPUTY_LED_BY', NEWEST_FIRST),
  },
  PostHeld: {
    person: out('HELD_BY'),
    body: out('POST_IN'),
    startedBy: out('STARTED_BY'),
    endedBy: out('ENDED_BY'),
    statements: back('IN_CAPACITY_OF', OLDEST_FIRST),
  },
  Inspection: {
    subject: out('INSPECTED'),
    services: out('COVERED'),
    inspectorate: out('CARRIED_OUT_BY'),
    judgements: back('GIVEN_IN', OVERALL_FIRST),
    findings: back('FOUND_IN'),
    observations: back('REPORTED_IN'),
    links: { pattern: ({ n, m }) => `(${n})<-[:LINKS_FROM|LINKS_TO]-(${m}:InspectionLink)` },
    leadInspectors: out('LED_BY'),
    deputyLeadInspectors: out('DEPUTY_LED_BY'),
  },
  Judgement: {
    inspection: out('GIVEN_IN'),
    authority: { pattern: ({ n, m }) => `(${n})-[:GIVEN_IN]->(:Inspection)-[:INSPECTED]->(${m}:Authority)` },
  },
  Finding: { inspection: out('FOUND_IN'), about: out('ABOUT') },
  InspectionLink: { from: out('LINKS_FROM'), to: out('LINKS_TO') },
  Statement: {
    speakers: out('MADE_BY'),
    onBehalfOf: out('ON_BEHALF_OF'),
    capacity: out('IN_CAPACITY_OF'),
    about: out('ABOUT'),
    inResponseTo: out('IN_RESPONSE_TO'),
  },
  Event: {
    participants: out('PARTICIPANT'),
    post: out('CONCERNS_POST'),
    causedBy: out('CAUSED_BY'),
    relatedTo: out('RELATED_TO'),
  },
  Observation: {
    authority: out('MEASURES'),
    service: out('MEASURES_SERVICE'),
    reportedIn: out('REPORTED_IN'),
  },
};
