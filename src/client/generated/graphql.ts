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

export type CypherQueryQueryVariables = Exact<{
  query: string;
  params?: unknown;
  limit?: number;
}>;


export type CypherQueryQuery = { cypher: { columns: Array<string>, rows: Array<Array<unknown>>, truncated: boolean } };

export type DatabaseInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseInfoQuery = { database: { version: string, edition: string, nodeCount: number, relationshipCount: number } };

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
export const CypherQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CypherQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"params"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PositiveInt"}}},"defaultValue":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cypher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"params"},"value":{"kind":"Variable","name":{"kind":"Name","value":"params"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<CypherQueryQuery, CypherQueryQueryVariables>;
export const DatabaseInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatabaseInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}}]}}]}}]} as unknown as DocumentNode<DatabaseInfoQuery, DatabaseInfoQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sourced"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PersonProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"interim"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const StatementDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speakers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementDetailQuery, StatementDetailQueryVariables>;