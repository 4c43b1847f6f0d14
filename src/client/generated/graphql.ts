/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Conditions on authorities; all given conditions must hold. */
export type AuthorityFilter = {
  /** True: only authorities that still exist; false: only abolished ones. */
  current?: boolean | null | undefined;
  /** Only authorities that existed on this day. */
  existsOn?: string | null | undefined;
  /** Only the authority holding this code (at any time). */
  identifier?: IdentifierInput | null | undefined;
  /** Only these types of authority. */
  kinds?: Array<AuthorityKind> | null | undefined;
  /**
   * Only authorities whose most recent overall judgement has one of these grades.
   * Authorities never given an overall grade are left out.
   */
  latestOverallGrades?: Array<Grade> | null | undefined;
  /** Case-insensitive part of the name or short name. */
  nameContains?: string | null | undefined;
  /** Only authorities in the region with this ONS code. */
  regionCode?: string | null | undefined;
};

/** The legal type of a local authority. */
export type AuthorityKind =
  /** The upper tier of a two-tier area. */
  | 'COUNTY_COUNCIL'
  /** A London borough council or the City of London. */
  | 'LONDON_BOROUGH'
  /** A metropolitan borough or city council. */
  | 'METROPOLITAN_DISTRICT'
  /** Any other type, e.g. the Isles of Scilly council. */
  | 'OTHER'
  /** A single-tier council providing all local services, e.g. Cornwall since 2009. */
  | 'UNITARY_AUTHORITY';

/**
 * Kinds of event. The publication of an inspection report is held on the inspection
 * itself (`Inspection.published`), not as a separate event.
 */
export type EventKind =
  /** A public announcement, e.g. of an inspection grade. */
  | 'ANNOUNCEMENT'
  /** Someone was appointed to a post. */
  | 'APPOINTMENT'
  /** Drawing up or putting in place plans to improve a service. */
  | 'IMPROVEMENT_PLANNING'
  /** Central government stepping in or working directly with an authority. */
  | 'INTERVENTION'
  /** A meeting between people or bodies. */
  | 'MEETING'
  /** Anything else. */
  | 'OTHER'
  /** A publication other than an inspection report. */
  | 'PUBLICATION'
  /** Someone left a post of their own accord. */
  | 'RESIGNATION';

/** Whether an event has happened, as of the date of the source that reports it. */
export type EventStatus =
  /** It had happened. */
  | 'OCCURRED'
  /** It had begun and was continuing. */
  | 'ONGOING'
  /** It was announced or reported as going to happen. */
  | 'PLANNED';

/** Kinds of finding. */
export type FindingKind =
  /** Something the report criticises or calls a problem. */
  | 'CONCERN'
  /** An overall conclusion or comparison the report draws. */
  | 'CONCLUSION'
  /** Views of children, parents or carers that the report records. */
  | 'REPORTED_VIEW'
  /** Something the report praises. */
  | 'STRENGTH';

/**
 * Inspection grades normalised across frameworks; the source's own wording is kept in
 * `Judgement.gradeLabel`.
 */
export type Grade =
  /** "Adequate" on the scale used before 2013; not the same as requires improvement. */
  | 'ADEQUATE'
  /** Good. */
  | 'GOOD'
  /** The lowest grade. */
  | 'INADEQUATE'
  /** The top grade. */
  | 'OUTSTANDING'
  /** "Requires improvement" or "Requires improvement to be good" (from 2013). */
  | 'REQUIRES_IMPROVEMENT';

/** A code to look an authority up by. */
export type IdentifierInput = {
  /** The coding scheme. */
  scheme: IdentifierScheme;
  /** The code. */
  value: string;
};

/** Coding schemes used for local authorities. */
export type IdentifierScheme =
  /** The Department for Education's three-digit local authority number, e.g. 908. */
  | 'DFE_LA'
  /** Ofsted's unique reference number for the authority as a provider, e.g. 80454. */
  | 'OFSTED_LA_URN'
  /** Government Statistical Service area code from the ONS, e.g. E06000052. */
  | 'ONS_GSS'
  /** Wikidata item of the council, e.g. Q3774189. */
  | 'WIKIDATA';

/** Inspection frameworks for English children's services. */
export type InspectionFramework =
  /** Ofsted's separate inspection of child protection arrangements (before 2013). */
  | 'CHILD_PROTECTION'
  /** Ofsted's inspections of local authority children's services (from 2018). */
  | 'ILACS'
  /**
   * Joint area review: several inspectorates together reviewing children's services
   * across an area (the 2000s).
   */
  | 'JOINT_AREA_REVIEW'
  /** Ofsted's separate inspection of services for looked-after children (2012 to 2013). */
  | 'LOOKED_AFTER_CHILDREN'
  /** A framework not listed here; see `frameworkLabel`. */
  | 'OTHER'
  /**
   * Ofsted inspection of safeguarding and looked-after children services (from 2009
   * until the single framework replaced it).
   */
  | 'SAFEGUARDING_AND_LOOKED_AFTER_CHILDREN'
  /**
   * Ofsted's single inspection framework for children in need of help and protection,
   * children looked after and care leavers (November 2013 to 2017).
   */
  | 'SINGLE_INSPECTION_FRAMEWORK';

/** The kinds of organisation the graph distinguishes. */
export type OrganisationKind =
  /** Central government as a whole, when the sources do not name a department. */
  | 'GOVERNMENT'
  /** A named central government department. */
  | 'GOVERNMENT_DEPARTMENT'
  /** A body that inspects services, e.g. Ofsted. */
  | 'INSPECTORATE'
  /** A National Health Service body, e.g. a primary care trust. */
  | 'NHS_BODY'
  /** Any other kind. */
  | 'OTHER'
  /** A territorial police force. */
  | 'POLICE_FORCE'
  /** A membership body for a profession, e.g. for social workers. */
  | 'PROFESSIONAL_ASSOCIATION'
  /** A local safeguarding children board or its successor arrangements. */
  | 'SAFEGUARDING_CHILDREN_BOARD';

/** Kinds of statement. */
export type StatementKind =
  /** Praise, thanks or credit given to people. */
  | 'ACKNOWLEDGEMENT'
  /** Making news known, e.g. confirming an inspection grade. */
  | 'ANNOUNCEMENT'
  /** An apology. */
  | 'APOLOGY'
  /** An argued or political claim. */
  | 'CLAIM'
  /** A promise or stated aim about future action. */
  | 'COMMITMENT'
  /** A reaction to a report or event. */
  | 'RESPONSE';

export type AuthoritiesPageQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuthoritiesPageQuery = { authorities: { edges: Array<{ cursor: string, node: { id: string, name: string, kind: AuthorityKind | null, region: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuthorityJudgementHistoryQueryVariables = Exact<{
  id: string | number;
  overallOnly?: boolean | null | undefined;
}>;


export type AuthorityJudgementHistoryQuery = { authority: { id: string, name: string, judgementHistory: Array<{ id: string, areaKey: string, grade: Grade, gradeLabel: string, inspection: { id: string, framework: InspectionFramework | null, published: { text: string } | null }, supportedBy: Array<{ locator: string | null, source: { id: string, label: string } }> }> } | null };

export type AuthorityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorityPageQuery = { authority: { id: string, name: string, kind: AuthorityKind | null, existed: { text: string } | null, region: { name: string } | null, judgementHistory: Array<{ id: string, areaKey: string, areaLabel: string | null, grade: Grade, gradeLabel: string, inspection: { id: string, label: string, framework: InspectionFramework | null, frameworkLabel: string | null, reportUrl: string | null, dated: { start: { text: string, earliest: string } | null }, published: { text: string } | null }, supportedBy: Array<{ locator: string | null, source: { id: string, title: string | null, label: string, url: string | null, publisherName: string | null } }> }>, latestJudgements: Array<{ areaKey: string, areaLabel: string | null, grade: Grade, gradeLabel: string, inspection: { id: string, label: string } }>, statisticalNeighbours: Array<{ rank: number, edition: string, neighbour: { id: string, name: string, latestJudgements: Array<{ areaKey: string, grade: Grade, gradeLabel: string }> } }>, posts: Array<{ id: string, title: string, interim: boolean, from: { text: string } | null, to: { text: string } | null, person: { id: string, name: string | null, label: string } }>, statements: { edges: Array<{ node: { id: string, kind: StatementKind, summary: string, quotes: Array<string>, date: { text: string } | null } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type CypherQueryQueryVariables = Exact<{
  query: string;
  params?: unknown;
  limit?: number;
}>;


export type CypherQueryQuery = { cypher: { columns: Array<string>, rows: Array<Array<unknown>>, truncated: boolean } };

export type DatabaseInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseInfoQuery = { database: { version: string, edition: string, nodeCount: number, relationshipCount: number } };

export type EnglandOnDayQueryVariables = Exact<{
  day: string;
}>;


export type EnglandOnDayQuery = { englandDistricts: Array<{ code: string, name: string, authority: { id: string, name: string, latestJudgements: Array<{ areaKey: string, grade: Grade }> } | null, candidates: Array<{ id: string, name: string }> }>, gradeDistribution: Array<{ grade: Grade, count: number }> };

export type NationalCountsQueryVariables = Exact<{
  day: string;
}>;


export type NationalCountsQuery = { gradeDistribution: Array<{ grade: Grade, count: number }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number;
  kinds?: Array<string> | string | null | undefined;
  limit?: number;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string }>, relationships: Array<{ id: string, type: string, from: string, to: string }> } | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Authority', label: string, notes: string | null, name: string, shortName: string | null, kind: AuthorityKind | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }>, existed: { text: string } | null }
    | { __typename: 'Event', label: string, notes: string | null, status: EventStatus, summary: string, id: string, eventKind: EventKind, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }>, date: { text: string } | null }
    | { __typename: 'Finding', label: string, notes: string | null, summary: string, quotes: Array<string>, id: string, findingKind: FindingKind, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'Inspection', label: string, notes: string | null, frameworkLabel: string | null, kindLabel: string | null, theme: string | null, inspectorCount: number | null, reportUrl: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }>, fieldwork: { text: string } | null, published: { text: string } | null }
    | { __typename: 'InspectionLink', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'Judgement', label: string, notes: string | null, areaLabel: string | null, grade: Grade, gradeLabel: string, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'Observation', label: string, notes: string | null, measure: string, valueText: string, unit: string, scope: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }>, period: { text: string } | null }
    | { __typename: 'Organisation', label: string, notes: string | null, name: string, shortName: string | null, id: string, organisationKind: OrganisationKind, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'Person', label: string, notes: string | null, id: string, personName: string | null, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'PostHeld', label: string, notes: string | null, title: string, interim: boolean, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }>, from: { text: string } | null, to: { text: string } | null }
    | { __typename: 'Service', label: string, notes: string | null, name: string, alsoKnownAs: Array<string>, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'Source', publisherName: string | null, url: string | null, id: string, sourceTitle: string | null, published: { text: string } | null }
    | { __typename: 'Statement', label: string, notes: string | null, summary: string, quotes: Array<string>, id: string, statementKind: StatementKind, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }>, date: { text: string } | null }
    | { __typename: 'StatisticalNeighbour', label: string, notes: string | null, rank: number, closeness: string | null, edition: string, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'Team', label: string, notes: string | null, name: string, nameLanguage: string, nameMeaning: string | null, purpose: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
    | { __typename: 'TeamPartnership', label: string, notes: string | null, partnerDescription: string, role: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string, label: string } }> }
   | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Authority', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Event', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Finding', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Inspection', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'InspectionLink', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Judgement', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Observation', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Organisation', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Person', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'PostHeld', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Service', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Source', id: string }
    | { __typename: 'Statement', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'StatisticalNeighbour', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'Team', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
    | { __typename: 'TeamPartnership', label: string, notes: string | null, id: string, supportedBy: Array<{ locator: string | null, field: string | null, source: { id: string } }> }
   | null };

export type PersonProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonProfileQuery = { person: { id: string, name: string | null, posts: Array<{ title: string, interim: boolean, from: { text: string } | null, to: { text: string } | null, body:
        | { id: string, name: string }
        | { id: string, name: string }
       }>, statements: { edges: Array<{ node: { id: string, kind: StatementKind, quotes: Array<string>, date: { text: string } | null } }> } } | null };

export type PlaceOfPostcodeQueryVariables = Exact<{
  postcode: string;
}>;


export type PlaceOfPostcodeQuery = { authorityForPostcode: { postcode: string, sectorEasting: number, sectorNorthing: number, district: { code: string, name: string }, authority: { id: string, name: string } | null, candidates: Array<{ id: string, name: string }> } | null };

export type SearchAuthoritiesQueryVariables = Exact<{
  text: string;
}>;


export type SearchAuthoritiesQuery = { search: Array<{ node:
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
      | { label: string, id: string }
     }> };

export type SearchEntitiesQueryVariables = Exact<{
  text: string;
  types?: Array<string> | string | null | undefined;
  first?: number;
}>;


export type SearchEntitiesQuery = { search: Array<{ score: number, node:
      | { __typename: 'Authority', label: string, id: string }
      | { __typename: 'Event', label: string, id: string }
      | { __typename: 'Finding', label: string, id: string }
      | { __typename: 'Inspection', label: string, id: string }
      | { __typename: 'InspectionLink', label: string, id: string }
      | { __typename: 'Judgement', label: string, id: string }
      | { __typename: 'Observation', label: string, id: string }
      | { __typename: 'Organisation', label: string, id: string }
      | { __typename: 'Person', label: string, id: string }
      | { __typename: 'PostHeld', label: string, id: string }
      | { __typename: 'Service', label: string, id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Statement', label: string, id: string }
      | { __typename: 'StatisticalNeighbour', label: string, id: string }
      | { __typename: 'Team', label: string, id: string }
      | { __typename: 'TeamPartnership', label: string, id: string }
     }> };

export type StatementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type StatementDetailQuery = { statement: { id: string, kind: StatementKind, summary: string, quotes: Array<string>, date: { text: string } | null, speakers: Array<
      | { __typename: 'Authority', id: string, label: string }
      | { __typename: 'Organisation', id: string, label: string }
      | { __typename: 'Person', id: string, label: string }
    >, onBehalfOf: Array<
      | { id: string }
      | { id: string }
      | { id: string }
    >, about: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, supportedBy: Array<{ locator: string | null, source: { id: string } }> } | null };


export const AuthoritiesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthoritiesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuthoritiesPageQuery, AuthoritiesPageQueryVariables>;
export const AuthorityJudgementHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityJudgementHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overallOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"judgementHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overallOnly"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaKey"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityJudgementHistoryQuery, AuthorityJudgementHistoryQueryVariables>;
export const AuthorityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"existed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"judgementHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaKey"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"framework"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestJudgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaKey"}},{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statisticalNeighbours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"neighbour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latestJudgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaKey"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityPageQuery, AuthorityPageQueryVariables>;
export const CypherQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CypherQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"params"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}},"defaultValue":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cypher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"params"},"value":{"kind":"Variable","name":{"kind":"Name","value":"params"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<CypherQueryQuery, CypherQueryQueryVariables>;
export const DatabaseInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<DatabaseInfoQuery, DatabaseInfoQueryVariables>;
export const EnglandOnDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnglandOnDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"englandDistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latestJudgements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"countFrom"},"value":{"kind":"EnumValue","value":"INSPECTION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaKey"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"countFrom"},"value":{"kind":"EnumValue","value":"INSPECTION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<EnglandOnDayQuery, EnglandOnDayQueryVariables>;
export const NationalCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"countFrom"},"value":{"kind":"EnumValue","value":"INSPECTION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<NationalCountsQuery, NationalCountsQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"1"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}},"defaultValue":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sourced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Authority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"existed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticalNeighbour"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eventKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworkLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"fieldwork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorCount"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Judgement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"gradeLabel"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Finding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"findingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Observation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"valueText"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"personName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostHeld"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alsoKnownAs"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sourceTitle"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisherName"}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"statementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Team"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"nameMeaning"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TeamPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerDescription"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sourced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PersonProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const PlaceOfPostcodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceOfPostcode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postcode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorityForPostcode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postcode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postcode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorEasting"}},{"kind":"Field","name":{"kind":"Name","value":"sectorNorthing"}}]}}]}}]} as unknown as DocumentNode<PlaceOfPostcodeQuery, PlaceOfPostcodeQueryVariables>;
export const SearchAuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAuthorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"Authority","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sourced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchAuthoritiesQuery, SearchAuthoritiesQueryVariables>;
export const SearchEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}},"defaultValue":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sourced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEntitiesQuery, SearchEntitiesQueryVariables>;
export const StatementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementDetailQuery, StatementDetailQueryVariables>;