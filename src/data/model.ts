/**
 * How the GraphQL types map onto the graph. The SDL says what each field is; this table
 * says only what the SDL cannot: which YAML collection holds a type, and which Neo4j
 * relationship type stores each reference field. Labels and relationship types are
 * spliced into Cypher from here and only from here, never from input.
 */

/** Top-level YAML collections and the node type of their entries. */
export const COLLECTIONS: Record<string, string> = {
  sources: 'Source',
  authorities: 'Authority',
  organisations: 'Organisation',
  services: 'Service',
  teams: 'Team',
  people: 'Person',
  inspections: 'Inspection',
  statements: 'Statement',
  events: 'Event',
  observations: 'Observation',
  inspectionLinks: 'InspectionLink',
};

/** Lists of entries nested inside another entry: `Type.field` → child type. */
export const NESTED: Record<string, string> = {
  'Team.partnerships': 'TeamPartnership',
  'Person.posts': 'PostHeld',
  'Inspection.judgements': 'Judgement',
  'Inspection.findings': 'Finding',
  'Authority.statisticalNeighbours': 'StatisticalNeighbour',
};

/**
 * Reference fields, written on the entry that holds them: `Type.field` → the relationship
 * stored from that entry's node to each referenced node.
 */
export const REFERENCES: Record<string, string> = {
  'Source.author': 'AUTHORED_BY',
  'Service.authority': 'RUN_BY',
  'Team.service': 'PART_OF',
  'TeamPartnership.team': 'PARTNER_OF',
  'TeamPartnership.partner': 'WITH_PARTNER',
  'PostHeld.person': 'HELD_BY',
  'PostHeld.body': 'POST_IN',
  'PostHeld.startedBy': 'STARTED_BY',
  'PostHeld.endedBy': 'ENDED_BY',
  'Inspection.subject': 'INSPECTED',
  'Inspection.services': 'COVERED',
  'Inspection.inspectorate': 'CARRIED_OUT_BY',
  'Judgement.inspection': 'GIVEN_IN',
  'Finding.inspection': 'FOUND_IN',
  'Finding.about': 'ABOUT',
  'InspectionLink.from': 'LINKS_FROM',
  'InspectionLink.to': 'LINKS_TO',
  'Statement.speakers': 'MADE_BY',
  'Statement.onBehalfOf': 'ON_BEHALF_OF',
  'Statement.capacity': 'IN_CAPACITY_OF',
  'Statement.about': 'ABOUT',
  'Statement.inResponseTo': 'IN_RESPONSE_TO',
  'Event.participants': 'PARTICIPANT',
  'Event.post': 'CONCERNS_POST',
  'Event.causedBy': 'CAUSED_BY',
  'Event.relatedTo': 'RELATED_TO',
  'Observation.authority': 'MEASURES',
  'Observation.service': 'MEASURES_SERVICE',
  'Observation.reportedIn': 'REPORTED_IN',
  'Authority.identifiers': 'IDENTIFIED_BY',
  'Authority.successors': 'SUCCEEDED_BY',
  'StatisticalNeighbour.authority': 'NEIGHBOURS_FOR',
  'StatisticalNeighbour.neighbour': 'NEIGHBOUR',
  'Inspection.leadInspectors': 'LED_BY',
  'Inspection.deputyLeadInspectors': 'DEPUTY_LED_BY',
};

/** Relationship types whose targets read them back through `Subject.mentionedIn`. */
export const MENTION_TYPES = ['ABOUT', 'CAUSED_BY', 'RELATED_TO', 'IN_RESPONSE_TO'];

/** Every relationship type the model can store; the writer refuses any other. */
export const RELATIONSHIP_TYPES = [...new Set(Object.values(REFERENCES)), 'SUPPORTS'];

/** Every node type that gets a uniqueness constraint on `id`. */
export const NODE_TYPES = [
  ...new Set([...Object.values(COLLECTIONS), ...Object.values(NESTED), 'Identifier']),
];
