import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord, CitationRecord } from '../graph/records.ts';
import type { RelationshipRecord, SubgraphRecord, PathRecord } from '../research/graph-view.ts';
import type { SearchHitRecord } from '../research/search.ts';
import type { TimelineRecord } from '../research/timeline.ts';
import type { ComparisonRecord, GradeCountRecord, GradeTransitionRecord } from '../research/aggregates.ts';
import type { PlaceRecord, DistrictRecord } from '../place/places.ts';
import type { Context } from '../graph/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time or zone, written YYYY-MM-DD (graphql-scalars `Date`). */
  Date: { input: string; output: string; }
  /** Any JSON value: a Cypher parameter map, a row cell, a relationship's properties. */
  JSON: { input: unknown; output: unknown; }
  /** An integer of zero or more (graphql-scalars `NonNegativeInt`). */
  NonNegativeInt: { input: number; output: number; }
  /** An integer of one or more (graphql-scalars `PositiveInt`). */
  PositiveInt: { input: number; output: number; }
  /** An absolute web address (graphql-scalars `URL`). */
  URL: { input: string; output: string; }
};

/** A person or body that can speak, act and take part in events. */
export type Agent = {
  /** Events in which this agent took part, with the part it played, oldest first. */
  events: Array<EventParticipation>;
  /** Global identifier: a type prefix, a colon and a kebab-case slug. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle; for an unnamed person, a description of who they are. */
  label: Scalars['String']['output'];
  /** Statements, findings and events that are about this agent. */
  mentionedIn: Array<Node>;
  /** Name as the sources give it; null when the sources do not name this agent. */
  name?: Maybe<Scalars['String']['output']>;
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Statements this agent made or joined in making, newest first. */
  statements: StatementConnection;
  /** Citations that back this agent; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/** A person or body that can speak, act and take part in events. */
export type AgentStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** A person or body that can speak, act and take part in events. */
export type AgentSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An English local authority, such as a unitary or county council, that runs services
 * for children and families.
 */
export type Authority = Agent & Body & Node & Sourced & Subject & {
  __typename?: 'Authority';
  /** Events the authority took part in, oldest first. */
  events: Array<EventParticipation>;
  /**
   * When the authority existed with its present boundaries and powers, e.g.
   * `2009-04-01/` for Cornwall Council; an abolished one has an end. Null when unknown.
   */
  existed?: Maybe<DateSpan>;
  /** Global identifier, e.g. `authority:cornwall`. */
  id: Scalars['ID']['output'];
  /** Official codes for the authority, each with the dates it applies between. */
  identifiers: Array<Identifier>;
  /** Inspections of this authority, newest first. */
  inspections: InspectionConnection;
  /**
   * Every judgement given on this authority, oldest first, across all inspection
   * frameworks; ordered by the date of the inspection they belong to, then by area.
   */
  judgementHistory: Array<Judgement>;
  /** Type of authority; null when not known. */
  kind?: Maybe<AuthorityKind>;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /**
   * The judgements of the authority's most recent graded inspection that counts by
   * `asOf` (by default, whose report was out by then), overall first; empty when there was
   * none by then.
   */
  latestJudgements: Array<Judgement>;
  /** Statements, findings and events that are about this authority. */
  mentionedIn: Array<Node>;
  /** Official name, e.g. "Cornwall Council". */
  name: Scalars['String']['output'];
  /**
   * The lists of statistical neighbours this authority appears on, as someone else's
   * neighbour.
   */
  neighbourOf: Array<StatisticalNeighbour>;
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Figures measured for this authority or its services. */
  observations: Array<Observation>;
  /** Teams that the authority is named as a partner in; its own teams are in `teams`. */
  partnerships: Array<TeamPartnership>;
  /** Posts held in the authority, such as director of children's services. */
  posts: Array<PostHeld>;
  /** Authorities this one replaced, e.g. the district councils merged into a new unitary. */
  predecessors: Array<Authority>;
  /** English region the authority lies in; null when not known. */
  region?: Maybe<Region>;
  /** Services the authority runs. */
  services: Array<Service>;
  /** The plain place name used in tables and headlines, e.g. "Cornwall". */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Statements the authority made or joined in making, newest first. */
  statements: StatementConnection;
  /**
   * The authorities the Department for Education lists as most like this one, closest
   * first (each with its rank and closeness).
   */
  statisticalNeighbours: Array<StatisticalNeighbour>;
  /** Authorities that took over this one's area when it was abolished. */
  successors: Array<Authority>;
  /** Citations that back this authority; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** Named teams within the authority's services. */
  teams: Array<Team>;
};


/**
 * An English local authority, such as a unitary or county council, that runs services
 * for children and families.
 */
export type AuthorityIdentifiersArgs = {
  scheme?: InputMaybe<IdentifierScheme>;
};


/**
 * An English local authority, such as a unitary or county council, that runs services
 * for children and families.
 */
export type AuthorityInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * An English local authority, such as a unitary or county council, that runs services
 * for children and families.
 */
export type AuthorityJudgementHistoryArgs = {
  filter?: InputMaybe<JudgementFilter>;
};


/**
 * An English local authority, such as a unitary or county council, that runs services
 * for children and families.
 */
export type AuthorityLatestJudgementsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  countFrom?: CountFrom;
};


/**
 * An English local authority, such as a unitary or county council, that runs services
 * for children and families.
 */
export type AuthorityStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * An English local authority, such as a unitary or county council, that runs services
 * for children and families.
 */
export type AuthoritySupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** One authority in a side-by-side comparison. */
export type AuthorityComparison = {
  __typename?: 'AuthorityComparison';
  /** The authority. */
  authority: Authority;
  /** Number of graded inspections that count by that day. */
  inspectionCount: Scalars['NonNegativeInt']['output'];
  /** The judgements of its latest graded inspection that counts by the day compared. */
  latestJudgements: Array<Judgement>;
  /**
   * Its rank on the first authority's list of statistical neighbours; null for the
   * first authority itself and for authorities not on its list.
   */
  neighbourRank?: Maybe<Scalars['PositiveInt']['output']>;
};

/** A page of authorities. */
export type AuthorityConnection = {
  __typename?: 'AuthorityConnection';
  /** The rows of this page with their cursors. */
  edges: Array<AuthorityEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One authority in a page. */
export type AuthorityEdge = {
  __typename?: 'AuthorityEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The authority itself. */
  node: Authority;
};

/** Conditions on authorities; all given conditions must hold. */
export type AuthorityFilter = {
  /** True: only authorities that still exist; false: only abolished ones. */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only authorities that existed on this day. */
  existsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only the authority holding this code (at any time). */
  identifier?: InputMaybe<IdentifierInput>;
  /** Only these types of authority. */
  kinds?: InputMaybe<Array<AuthorityKind>>;
  /**
   * Only authorities whose most recent overall judgement has one of these grades.
   * Authorities never given an overall grade are left out.
   */
  latestOverallGrades?: InputMaybe<Array<Grade>>;
  /** Case-insensitive part of the name or short name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only authorities in the region with this ONS code. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
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

/** Sort order for authorities. */
export type AuthorityOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: AuthorityOrderField;
};

/** Keys authorities can be sorted on; ties are broken by id. */
export type AuthorityOrderField =
  /** Global identifier. */
  | 'ID'
  /** Official name. */
  | 'NAME';

/**
 * A body that people hold posts in and that teams are built with: a local authority
 * or another organisation.
 */
export type Body = {
  /** Events in which this body took part, oldest first. */
  events: Array<EventParticipation>;
  /** Global identifier: a type prefix, a colon and a kebab-case slug. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Statements, findings and events that are about this body. */
  mentionedIn: Array<Node>;
  /** Name of the body as the sources give it. */
  name: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Teams that this body helped to build or run. */
  partnerships: Array<TeamPartnership>;
  /** Posts held in this body, by anyone, earliest known first. */
  posts: Array<PostHeld>;
  /** Statements this body made or joined in making, newest first. */
  statements: StatementConnection;
  /** Citations that back this body; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/**
 * A body that people hold posts in and that teams are built with: a local authority
 * or another organisation.
 */
export type BodyStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * A body that people hold posts in and that teams are built with: a local authority
 * or another organisation.
 */
export type BodySupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One piece of evidence for a node or for one of its fields: which source, and where
 * in it.
 */
export type Citation = {
  __typename?: 'Citation';
  /**
   * The field or relationship of the cited node that this citation backs; null when it
   * backs the node as a whole.
   */
  field?: Maybe<Scalars['String']['output']>;
  /**
   * Where in the source: e.g. "paragraph 3", "title", "related stories, headline 2",
   * or the row and columns of a data file.
   */
  locator?: Maybe<Scalars['String']['output']>;
  /** Editors' remark on how the source supports the fact, e.g. that a year is inferred. */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * The exact words of the source at that place, when they are worth keeping (for
   * instance a headline); always a verbatim quotation.
   */
  quote?: Maybe<Scalars['String']['output']>;
  /** The source cited. */
  source: Source;
};

/** Which of an inspection's dates decides whether it counts on a day. */
export type CountFrom =
  /**
   * From the first day of its fieldwork, as Ofsted's official "as at 31 March" tables
   * count: an authority inspected in March and published in May is in March's table. A
   * start known only to the month or year counts from its first day.
   */
  | 'INSPECTION'
  /**
   * From the publication of its report, once it was certainly out (the last day a month
   * or a year can stand for); when the day of publication is unknown, from the last day of
   * the inspection's dates. What anyone could have read on the day: the default, because a
   * grade nobody had yet been told is not yet an authority's standing.
   */
  | 'PUBLICATION';

/** The answer to a read-only Cypher query. */
export type CypherResult = {
  __typename?: 'CypherResult';
  /** Column names, in order. */
  columns: Array<Scalars['String']['output']>;
  /**
   * Rows of values in column order; nodes and relationships become maps of their
   * properties with `_labels` or `_type`.
   */
  rows: Array<Array<Maybe<Scalars['JSON']['output']>>>;
  /** True when the row limit cut the answer short. */
  truncated: Scalars['Boolean']['output'];
};

/** The Neo4j database this API reads from. */
export type DatabaseInfo = {
  __typename?: 'DatabaseInfo';
  /** Neo4j's edition: `community` or `enterprise`. */
  edition: Scalars['String']['output'];
  /** How many nodes the graph holds (not counting the seed loader's own records of its loads). */
  nodeCount: Scalars['NonNegativeInt']['output'];
  /** How many relationships the graph holds. */
  relationshipCount: Scalars['NonNegativeInt']['output'];
  /** Neo4j's version, such as 5.26.30. */
  version: Scalars['String']['output'];
};

/**
 * A stretch of time whose ends may be partial or unknown, such as "2011-2012" or the
 * fieldwork weeks of an inspection. A single moment is a span whose ends are equal.
 */
export type DateSpan = {
  __typename?: 'DateSpan';
  /** End of the span; null when unknown or still open. */
  end?: Maybe<PartialDate>;
  /** Start of the span; null when unknown. */
  start?: Maybe<PartialDate>;
  /**
   * The span as an ISO 8601 interval of partial dates, e.g. `2011/2012`; a single
   * value when both ends are equal.
   */
  text: Scalars['String']['output'];
};

/**
 * A local authority district or unitary authority area of England, as the ONS Postcode
 * Directory's edition (November 2025) codes it.
 */
export type District = {
  __typename?: 'District';
  /**
   * The authority that ran children's services there on the day: the county for a district
   * of a two-tier area, otherwise the council itself. Null when none in the graph did, or
   * when the area was then split between several (see `candidates`).
   */
  authority?: Maybe<Authority>;
  /** Every authority that ran children's services in some part of the district's area on the day. */
  candidates: Array<Authority>;
  /** Its GSS code, e.g. `E07000041` (Exeter) or `E06000052` (Cornwall). */
  code: Scalars['String']['output'];
  /** Its council's name. */
  name: Scalars['String']['output'];
  /**
   * How many postcodes of the directory lie in it, terminated ones included: every postcode
   * ever issued there.
   */
  postcodeCount: Scalars['NonNegativeInt']['output'];
};


/**
 * A local authority district or unitary authority area of England, as the ONS Postcode
 * Directory's edition (November 2025) codes it.
 */
export type DistrictAuthorityArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A local authority district or unitary authority area of England, as the ONS Postcode
 * Directory's edition (November 2025) codes it.
 */
export type DistrictCandidatesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Something that happened, is under way or was announced as planned, at a date known
 * to some precision.
 */
export type Event = Node & Sourced & Subject & {
  __typename?: 'Event';
  /** What the sources say brought the event about, e.g. an inspection. */
  causedBy: Array<Subject>;
  /** When it happened or began, as precisely as known; null when unknown. */
  date?: Maybe<PartialDate>;
  /** Global identifier, e.g. `event:dean-ashton-resignation-2009`. */
  id: Scalars['ID']['output'];
  /** What sort of event it is. */
  kind: EventKind;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Statements, findings and events that are about this event. */
  mentionedIn: Array<Node>;
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Who took part and in what role. */
  participants: Array<EventParticipation>;
  /** The post the event began or ended, for appointments and resignations. */
  post?: Maybe<PostHeld>;
  /** Other nodes the event concerns. */
  relatedTo: Array<Subject>;
  /** Whether it happened, is under way or is only planned, as of the source's date. */
  status: EventStatus;
  /** The event in the editors' own words. */
  summary: Scalars['String']['output'];
  /** Citations that back this event; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/**
 * Something that happened, is under way or was announced as planned, at a date known
 * to some precision.
 */
export type EventSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The rows of this page with their cursors. */
  edges: Array<EventEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The event itself. */
  node: Event;
};

/** Conditions on events; all given conditions must hold. */
export type EventFilter = {
  /** Only events that may have happened on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Only events this agent took part in. */
  participantId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events caused by or related to this node. */
  relatedToId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events with these statuses. */
  statuses?: InputMaybe<Array<EventStatus>>;
  /** Only events that may have happened on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

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

/** Sort order for events. */
export type EventOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: EventOrderField;
};

/** Keys events can be sorted on; ties are broken by id. */
export type EventOrderField =
  /** Earliest possible day of the event; unknown dates sort last. */
  | 'DATE'
  /** Global identifier. */
  | 'ID';

/** The part an agent played in an event. */
export type EventParticipation = {
  __typename?: 'EventParticipation';
  /** The person or body taking part. */
  agent: Agent;
  /** The event. */
  event: Event;
  /** Their part, in the editors' words, e.g. "resigned" or "appointing council". */
  role: Scalars['String']['output'];
};

/** Whether an event has happened, as of the date of the source that reports it. */
export type EventStatus =
  /** It had happened. */
  | 'OCCURRED'
  /** It had begun and was continuing. */
  | 'ONGOING'
  /** It was announced or reported as going to happen. */
  | 'PLANNED';

/**
 * Something an inspection report says that is not a graded judgement: a strength, a
 * concern, a conclusion, or the views of people inspectors met.
 */
export type Finding = Node & Sourced & {
  __typename?: 'Finding';
  /** Services, teams, bodies or earlier inspections the finding is about. */
  about: Array<Subject>;
  /** Global identifier, e.g. `finding:cornwall-2009-ofsted-service-responsiveness`. */
  id: Scalars['ID']['output'];
  /** The inspection whose report states the finding. */
  inspection: Inspection;
  /** What sort of finding it is. */
  kind: FindingKind;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Words the source quotes from the report or from people in it, verbatim. */
  quotes: Array<Scalars['String']['output']>;
  /** The finding in the editors' own words. */
  summary: Scalars['String']['output'];
  /** Citations that back this finding; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/**
 * Something an inspection report says that is not a graded judgement: a strength, a
 * concern, a conclusion, or the views of people inspectors met.
 */
export type FindingSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of findings. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** The rows of this page with their cursors. */
  edges: Array<FindingEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One finding in a page. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The finding itself. */
  node: Finding;
};

/**
 * Conditions on findings; all given conditions must hold. Findings are ordered by
 * their inspection's date, then id.
 */
export type FindingFilter = {
  /** Only findings about this node. */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** Only findings about this authority's inspections. */
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only findings of this inspection. */
  inspectionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<FindingKind>>;
};

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

/**
 * A change of grade in one area between two inspections of the same authority: an
 * earlier judgement and the first later one with the grade asked for.
 */
export type GradeChange = {
  __typename?: 'GradeChange';
  /** The first later judgement of the same area with the grade asked for. */
  after: Judgement;
  /** The authority inspected. */
  authority: Authority;
  /** The earlier judgement. */
  before: Judgement;
  /** Days from the start of the earlier inspection to the start of the later one. */
  days: Scalars['NonNegativeInt']['output'];
  /**
   * Graded inspections of the same area in between; 0 when the change came at the very
   * next one.
   */
  inspectionsBetween: Scalars['NonNegativeInt']['output'];
};

/** How many authorities held one grade, in one group. */
export type GradeCount = {
  __typename?: 'GradeCount';
  /** Number of authorities whose latest judgement of the area had that grade. */
  count: Scalars['NonNegativeInt']['output'];
  /** The grade. */
  grade: Grade;
  /** The group's name (a region, a type of authority), or "all". */
  group: Scalars['String']['output'];
};

/** How authorities were grouped in an aggregate. */
export type GradeGrouping =
  /** One group per type of authority. */
  | 'KIND'
  /** One group for all authorities. */
  | 'NONE'
  /** One group per region. */
  | 'REGION';

/** How often one grade was followed by another at an authority's next graded inspection. */
export type GradeTransition = {
  __typename?: 'GradeTransition';
  /** Number of such pairs of consecutive inspections. */
  count: Scalars['NonNegativeInt']['output'];
  /** The grade at the earlier inspection. */
  from: Grade;
  /** Median days between the two inspections' starts. */
  medianDays: Scalars['NonNegativeInt']['output'];
  /** The grade at the next one. */
  to: Grade;
};

/**
 * A node as a graph view draws it: its id, type and label, with the typed node for
 * anything more.
 */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Global identifier. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /**
   * The typed node, for selecting its fields; null for records that are not Nodes
   * (identifiers).
   */
  node?: Maybe<Node>;
  /** The node's type, e.g. `Authority`. */
  type: Scalars['String']['output'];
};

/** A path between two nodes, in order from the first to the last. */
export type GraphPath = {
  __typename?: 'GraphPath';
  /** Number of relationships on the path. */
  length: Scalars['NonNegativeInt']['output'];
  /** The nodes along the path, in order. */
  nodes: Array<GraphNode>;
  /** The relationships along the path, in order; each may point either way. */
  relationships: Array<GraphRelationship>;
};

/** A stored relationship, as a graph view draws it. */
export type GraphRelationship = {
  __typename?: 'GraphRelationship';
  /** Id of the start node. */
  from: Scalars['ID']['output'];
  /**
   * Stable key: the start id, the type and the end id, e.g.
   * `inspection:cornwall-2016-sif|INSPECTED|authority:cornwall`.
   */
  id: Scalars['ID']['output'];
  /** The relationship's own properties (role, rank, sources, locators…). */
  properties: Scalars['JSON']['output'];
  /** Id of the end node. */
  to: Scalars['ID']['output'];
  /** The Neo4j relationship type, e.g. `INSPECTED`. */
  type: Scalars['String']['output'];
};

/** One official code for an authority, valid between two dates. */
export type Identifier = {
  __typename?: 'Identifier';
  /** Editors' remarks, e.g. why a validity date is missing. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The coding scheme the value belongs to. */
  scheme: IdentifierScheme;
  /** Citations for this code. */
  supportedBy: Array<Citation>;
  /** First day the code applied; null when the data do not say. */
  validFrom?: Maybe<PartialDate>;
  /** Last day the code applied; null while it is current or when unknown. */
  validTo?: Maybe<PartialDate>;
  /** The code itself, kept as text so leading zeros survive. */
  value: Scalars['String']['output'];
};

/** A code to look an authority up by. */
export type IdentifierInput = {
  /** The coding scheme. */
  scheme: IdentifierScheme;
  /** The code. */
  value: Scalars['String']['input'];
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

/**
 * One inspection of an authority's services by an inspectorate, under one framework.
 * When a source mentions a rating without saying which inspection gave it, an
 * inspection node still holds it, with the unknowns left null and explained in `notes`.
 */
export type Inspection = Node & Sourced & Subject & {
  __typename?: 'Inspection';
  /**
   * When the inspection happened, as narrowly as the sources allow, from the start
   * of fieldwork to publication of the report. Its start orders inspections.
   */
  dated: DateSpan;
  /** The deputy lead inspectors, as the report names them. */
  deputyLeadInspectors: Array<Person>;
  /** The days inspectors spent on the fieldwork; null when unknown. */
  fieldwork?: Maybe<DateSpan>;
  /**
   * Ungraded findings the sources attribute to the report: strengths, concerns,
   * conclusions and views reported in it.
   */
  findings: Array<Finding>;
  /** The framework inspected under, normalised; null when the sources do not say. */
  framework?: Maybe<InspectionFramework>;
  /** How the sources name or describe the framework, verbatim. */
  frameworkLabel?: Maybe<Scalars['String']['output']>;
  /** Global identifier, e.g. `inspection:cornwall-2016-sif`. */
  id: Scalars['ID']['output'];
  /** How many inspectors took part, where stated. */
  inspectorCount?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** The inspectorate that carried it out; null when the sources do not say. */
  inspectorate?: Maybe<Organisation>;
  /** The graded judgements the sources report, overall first, then by area. */
  judgements: Array<Judgement>;
  /**
   * True when the sources list every judgement the inspection gave; false when they
   * say or imply that some are missing; null when they do not tell.
   */
  judgementsComplete?: Maybe<Scalars['Boolean']['output']>;
  /** What sort of inspection or visit it was, normalised; null when the sources do not say. */
  kind?: Maybe<InspectionKind>;
  /** The sort as the sources word it, e.g. "ILACS Short Inspection". */
  kindLabel?: Maybe<Scalars['String']['output']>;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** The inspectors who led the inspection, as its report names them. */
  leadInspectors: Array<Person>;
  /** Links to earlier or later inspections of the same authority, in both directions. */
  links: Array<InspectionLink>;
  /** Statements, findings and events that are about this inspection. */
  mentionedIn: Array<Node>;
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Figures the sources attribute to this inspection's report. */
  observations: Array<Observation>;
  /** When the report was published; null when unknown. */
  published?: Maybe<PartialDate>;
  /** Address of the published report, when known. */
  reportUrl?: Maybe<Scalars['URL']['output']>;
  /** The authority's services the inspection covered, as far as the sources say. */
  services: Array<Service>;
  /** The authority inspected. */
  subject: Authority;
  /** Citations that back this inspection; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** The theme a focused or monitoring visit looked at, verbatim, e.g. "Front door". */
  theme?: Maybe<Scalars['String']['output']>;
};


/**
 * One inspection of an authority's services by an inspectorate, under one framework.
 * When a source mentions a rating without saying which inspection gave it, an
 * inspection node still holds it, with the unknowns left null and explained in `notes`.
 */
export type InspectionSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of inspections. */
export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  /** The rows of this page with their cursors. */
  edges: Array<InspectionEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One inspection in a page. */
export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The inspection itself. */
  node: Inspection;
};

/** Conditions on inspections; all given conditions must hold. */
export type InspectionFilter = {
  /** Only inspections of this authority. */
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these frameworks. */
  frameworks?: InputMaybe<Array<InspectionFramework>>;
  /** Only inspections that may have ended on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only inspections by this inspectorate. */
  inspectorateId?: InputMaybe<Scalars['ID']['input']>;
  /** Only inspections that covered this service. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only inspections that may have started on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

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

/** Sorts of inspection and visit, normalised across frameworks. */
export type InspectionKind =
  /** An ungraded ILACS visit looking at one theme. */
  | 'FOCUSED_VISIT'
  /** An ungraded visit to an authority judged inadequate, checking its progress. */
  | 'MONITORING_VISIT'
  /** A graded inspection repeated after an inadequate judgement (SIF re-inspection). */
  | 'REINSPECTION'
  /** A shorter ILACS graded inspection, for authorities last judged good or outstanding. */
  | 'SHORT_INSPECTION'
  /**
   * A graded inspection of the whole service: an ILACS standard inspection, or a
   * first inspection under an earlier framework.
   */
  | 'STANDARD_INSPECTION';

/**
 * A relationship between two inspections of one authority. A relationship node so that
 * it carries its own citations.
 */
export type InspectionLink = Node & Sourced & {
  __typename?: 'InspectionLink';
  /** The later inspection. */
  from: Inspection;
  /** Global identifier, e.g. `link:cornwall-2009-follows-up-2008-jar`. */
  id: Scalars['ID']['output'];
  /** What the link asserts. */
  kind: InspectionLinkKind;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Citations for this link; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** The earlier inspection. */
  to: Inspection;
};


/**
 * A relationship between two inspections of one authority. A relationship node so that
 * it carries its own citations.
 */
export type InspectionLinkSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of link between inspections. */
export type InspectionLinkKind =
  /** The later inspection looked at what was done about problems the earlier one found. */
  | 'FOLLOWS_UP'
  /** The sources say the authority improved from the earlier rating to the later one. */
  | 'IMPROVED_FROM';

/** Sort order for inspections. */
export type InspectionOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: InspectionOrderField;
};

/** Keys inspections can be sorted on; ties are broken by id. */
export type InspectionOrderField =
  /** Earliest day of `dated`. */
  | 'DATE'
  /** Global identifier. */
  | 'ID';

/** One graded judgement from an inspection, on one area or overall. */
export type Judgement = Node & Sourced & {
  __typename?: 'Judgement';
  /**
   * The part of the inspection the area sits under, as the sources word it, e.g.
   * "services for looked after children"; null for top-level areas.
   */
  areaGroup?: Maybe<Scalars['String']['output']>;
  /**
   * Stable key of the area within its framework, e.g. `overall`, `adoption`,
   * `looked-after-and-permanence`; `unspecified` when the sources do not say.
   */
  areaKey: Scalars['String']['output'];
  /**
   * The area as the sources word it, e.g. "Children in Care and Permanence"; null when
   * the sources do not name the area.
   */
  areaLabel?: Maybe<Scalars['String']['output']>;
  /** The authority judged, through the inspection. */
  authority: Authority;
  /** The grade, normalised across frameworks. */
  grade: Grade;
  /** The grade as the sources word it, e.g. "Good" or "inadequate". */
  gradeLabel: Scalars['String']['output'];
  /**
   * Global identifier: the inspection's slug plus the area key, e.g.
   * `judgement:cornwall-2016-sif-overall`.
   */
  id: Scalars['ID']['output'];
  /** The inspection that gave the judgement. */
  inspection: Inspection;
  /**
   * Whether this is known to be the inspection's overall judgement (`areaKey` is
   * `overall`); false for area judgements and for ratings whose area is unknown.
   */
  isOverall: Scalars['Boolean']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Citations that back this judgement; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/** One graded judgement from an inspection, on one area or overall. */
export type JudgementSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of judgements. */
export type JudgementConnection = {
  __typename?: 'JudgementConnection';
  /** The rows of this page with their cursors. */
  edges: Array<JudgementEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One judgement in a page. */
export type JudgementEdge = {
  __typename?: 'JudgementEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The judgement itself. */
  node: Judgement;
};

/** Conditions on judgements; all given conditions must hold. */
export type JudgementFilter = {
  /** Only judgements on the area with this key. */
  areaKey?: InputMaybe<Scalars['String']['input']>;
  /** Only judgements on this authority. */
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only judgements under these frameworks. */
  frameworks?: InputMaybe<Array<InspectionFramework>>;
  /** Only judgements whose inspection may have ended on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these grades. */
  grades?: InputMaybe<Array<Grade>>;
  /** Only judgements of this inspection. */
  inspectionId?: InputMaybe<Scalars['ID']['input']>;
  /** True: only overall judgements; false: only area judgements. */
  overall?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only judgements whose inspection may have started on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Sort order for judgements. */
export type JudgementOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: JudgementOrderField;
};

/** Keys judgements can be sorted on; ties are broken by id. */
export type JudgementOrderField =
  /** Earliest day of the inspection's `dated`. */
  | 'DATE'
  /** Global identifier. */
  | 'ID';

/**
 * Anything with a stable, globally unique identity in the graph. Identifiers are the
 * seed's own type-prefixed slugs, such as `authority:cornwall`, so the prefix tells
 * `node(id:)` which type to load.
 */
export type Node = {
  /** Global identifier: a type prefix, a colon and a kebab-case slug. */
  id: Scalars['ID']['output'];
};

/** A page of nodes of mixed types. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  /** The rows of this page with their cursors. */
  edges: Array<NodeEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One node in a page of mixed nodes. */
export type NodeEdge = {
  __typename?: 'NodeEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The node itself. */
  node: Node;
};

/** A figure the sources give, with what it counts, for whom and over what period. */
export type Observation = Node & Sourced & {
  __typename?: 'Observation';
  /** The date a running count stood at; null when the figure covers a period. */
  asOf?: Maybe<PartialDate>;
  /** The authority the figure is about; null for national figures. */
  authority?: Maybe<Authority>;
  /** The inspection framework the figure is counted under, when it is about one. */
  framework?: Maybe<InspectionFramework>;
  /** Global identifier, e.g. `obs:cornwall-early-help-children-2011-12`. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** What is counted or measured, in the editors' words. */
  measure: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The period the figure covers, e.g. `2011/2012`; null for a count at one date. */
  period?: Maybe<DateSpan>;
  /**
   * The inspection report the source attributes the figure to; null when the source
   * gives it on its own authority.
   */
  reportedIn?: Maybe<Inspection>;
  /** For figures not about one authority: the population counted, in the editors' words. */
  scope?: Maybe<Scalars['String']['output']>;
  /** The service the figure is about, when narrower than the authority. */
  service?: Maybe<Service>;
  /** Citations that back this figure; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** Unit of the figure, e.g. "children", "local authorities", "percent". */
  unit: Scalars['String']['output'];
  /** The figure as a number. */
  value: Scalars['Float']['output'];
  /** The figure as the source writes it, e.g. "2,700" or "top 25%". */
  valueText: Scalars['String']['output'];
};


/** A figure the sources give, with what it counts, for whom and over what period. */
export type ObservationSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of observations. */
export type ObservationConnection = {
  __typename?: 'ObservationConnection';
  /** The rows of this page with their cursors. */
  edges: Array<ObservationEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One observation in a page. */
export type ObservationEdge = {
  __typename?: 'ObservationEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The observation itself. */
  node: Observation;
};

/** Conditions on observations; all given conditions must hold. */
export type ObservationFilter = {
  /** Only figures about this authority or its services. */
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures whose period or date may fall on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Case-insensitive part of the measure. */
  measureContains?: InputMaybe<Scalars['String']['input']>;
  /** Only figures about this service. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only figures whose period or date may fall on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Sort order for observations. */
export type ObservationOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: ObservationOrderField;
};

/** Keys observations can be sorted on; ties are broken by id. */
export type ObservationOrderField =
  /** Earliest day of the period, or the as-of date. */
  | 'DATE'
  /** Global identifier. */
  | 'ID';

/** Sort direction for ordered lists. */
export type OrderDirection =
  /** Smallest or earliest first. */
  | 'ASC'
  /** Largest or latest first. */
  | 'DESC';

/**
 * A body other than a local authority that works with, inspects, governs or speaks
 * about children's services.
 */
export type Organisation = Agent & Body & Node & Sourced & Subject & {
  __typename?: 'Organisation';
  /** Events the organisation took part in, oldest first. */
  events: Array<EventParticipation>;
  /** Global identifier, e.g. `org:ofsted`. */
  id: Scalars['ID']['output'];
  /** Inspections this body carried out, as inspectorate, newest first. */
  inspectionsCarriedOut: InspectionConnection;
  /** What sort of body it is. */
  kind: OrganisationKind;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Statements, findings and events that are about this organisation. */
  mentionedIn: Array<Node>;
  /** Name as the sources give it, expanded where the sources use only an acronym. */
  name: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Teams the organisation is named as a partner in. */
  partnerships: Array<TeamPartnership>;
  /** Posts held in the organisation. */
  posts: Array<PostHeld>;
  /** Acronym or short form, e.g. "BASW"; null when none. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Statements the organisation made or joined in making, newest first. */
  statements: StatementConnection;
  /** Citations that back this organisation; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/**
 * A body other than a local authority that works with, inspects, governs or speaks
 * about children's services.
 */
export type OrganisationInspectionsCarriedOutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * A body other than a local authority that works with, inspects, governs or speaks
 * about children's services.
 */
export type OrganisationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * A body other than a local authority that works with, inspects, governs or speaks
 * about children's services.
 */
export type OrganisationSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The rows of this page with their cursors. */
  edges: Array<OrganisationEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One organisation in a page. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The organisation itself. */
  node: Organisation;
};

/** Conditions on organisations; all given conditions must hold. */
export type OrganisationFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<OrganisationKind>>;
  /** Case-insensitive part of the name or short name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

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

/** Sort order for organisations. */
export type OrganisationOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: OrganisationOrderField;
};

/** Keys organisations can be sorted on; ties are broken by id. */
export type OrganisationOrderField =
  /** Global identifier. */
  | 'ID'
  /** Name. */
  | 'NAME';

/**
 * Relay paging state. Cursors are opaque keyset cursors: each encodes the sort key and
 * id of its row, so the next page starts strictly after it and stays stable while data
 * is added. Paging runs forwards only.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last row returned; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more rows follow the last one returned. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: these lists page forwards only. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first row returned; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A date known only to some precision: a year, a month or a day. One type for every
 * date in the graph that comes from a text, so that "2009", "September 2009" and
 * "27 June 2016" are stored honestly.
 */
export type PartialDate = {
  __typename?: 'PartialDate';
  /** Day of the month; null when the sources give no day. */
  day?: Maybe<Scalars['Int']['output']>;
  /** First day the date can stand for (for "2009": 2009-01-01). Used for sorting. */
  earliest: Scalars['Date']['output'];
  /** Last day the date can stand for (for "2009-09": 2009-09-30). */
  latest: Scalars['Date']['output'];
  /** Month of the year, 1 to 12; null when the sources give only the year. */
  month?: Maybe<Scalars['Int']['output']>;
  /** The date in ISO 8601 reduced-precision form: YYYY, YYYY-MM or YYYY-MM-DD. */
  text: Scalars['String']['output'];
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/**
 * A person the sources mention. Some are known only by role (an unnamed interim
 * director, the unnamed author of a post): they keep a node so that their posts and
 * words can be recorded, with `name` null.
 */
export type Person = Agent & Node & Sourced & Subject & {
  __typename?: 'Person';
  /** Sources this person wrote. */
  authored: Array<Source>;
  /** Events the person took part in, oldest first. */
  events: Array<EventParticipation>;
  /** Global identifier, e.g. `person:dean-ashton`. */
  id: Scalars['ID']['output'];
  /** Inspections this person was deputy lead inspector on, newest first. */
  inspectionsDeputyLed: Array<Inspection>;
  /** Inspections this person led as lead inspector, newest first. */
  inspectionsLed: Array<Inspection>;
  /** Short human-readable handle; for an unnamed person, who they are. */
  label: Scalars['String']['output'];
  /** Statements, findings and events that are about this person. */
  mentionedIn: Array<Node>;
  /** Full name as the sources give it; null when the sources do not name the person. */
  name?: Maybe<Scalars['String']['output']>;
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Posts the person has held, earliest known first. */
  posts: Array<PostHeld>;
  /** Statements the person made, newest first. */
  statements: StatementConnection;
  /** Citations that back this person; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/**
 * A person the sources mention. Some are known only by role (an unnamed interim
 * director, the unnamed author of a post): they keep a node so that their posts and
 * words can be recorded, with `name` null.
 */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/**
 * A person the sources mention. Some are known only by role (an unnamed interim
 * director, the unnamed author of a post): they keep a node so that their posts and
 * words can be recorded, with `name` null.
 */
export type PersonSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The rows of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One person in a page. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Conditions on people; all given conditions must hold. */
export type PersonFilter = {
  /** Only people who held a post in this body. */
  bodyId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the name or label. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** True: only named people; false: only people known by role alone. */
  named?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive part of a post title they held. */
  postTitleContains?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order for people. */
export type PersonOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: PersonOrderField;
};

/** Keys people can be sorted on; ties are broken by id. */
export type PersonOrderField =
  /** Global identifier. */
  | 'ID'
  /** Label (the name, or the description of an unnamed person). */
  | 'LABEL';

/**
 * A postcode, the district it lies in and the authority that ran children's services there
 * on a day.
 */
export type Place = {
  __typename?: 'Place';
  /**
   * The authority that ran children's services at the postcode on that day. Null when no
   * authority in the graph did, or when the district's area was then split between
   * several (all of them are in `candidates`): the directory places postcodes in today's
   * districts only.
   */
  authority?: Maybe<Authority>;
  /**
   * Every authority that ran children's services in some part of the district's area on
   * that day: one, except where a council formed since joined areas that several ran.
   */
  candidates: Array<Authority>;
  /**
   * The local authority district, or unitary authority, the postcode lies in, as the
   * directory's edition (November 2025) draws them.
   */
  district: District;
  /** The day answered for. */
  on: Scalars['Date']['output'];
  /** The postcode, upper case with one space before its last three characters, e.g. `TR1 1XU`. */
  postcode: Scalars['String']['output'];
  /**
   * Easting of the middle of the postcode's sector (e.g. `TR1 1`), in metres on the
   * British National Grid: a marker for a map, not the postcode's own position.
   */
  sectorEasting: Scalars['Int']['output'];
  /** Northing of the middle of the postcode's sector, in metres on the British National Grid. */
  sectorNorthing: Scalars['Int']['output'];
};

/**
 * A post a person held in a body, with the dates the sources give. A relationship node
 * so that it carries its own citations.
 */
export type PostHeld = Node & Sourced & {
  __typename?: 'PostHeld';
  /**
   * A date on which the sources show the post held, for posts whose start and end are
   * unknown.
   */
  attestedOn?: Maybe<PartialDate>;
  /** The body the post is in. */
  body: Body;
  /** The event that ended this tenure (a resignation), when recorded. */
  endedBy?: Maybe<Event>;
  /** When the person took up the post; null when unknown. */
  from?: Maybe<PartialDate>;
  /** Global identifier, e.g. `post:dean-ashton-cornwall-dcs`. */
  id: Scalars['ID']['output'];
  /** Whether the sources call the post interim or acting. */
  interim: Scalars['Boolean']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The post holder. */
  person: Person;
  /** The event that began this tenure (an appointment), when recorded. */
  startedBy?: Maybe<Event>;
  /** Statements the holder made in this post. */
  statements: Array<Statement>;
  /** Citations for this post; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** Title of the post as the sources word it, e.g. "Children's Minister". */
  title: Scalars['String']['output'];
  /** When the person left the post; null while held or when unknown. */
  to?: Maybe<PartialDate>;
};


/**
 * A post a person held in a body, with the dates the sources give. A relationship node
 * so that it carries its own citations.
 */
export type PostHeldSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of body that published a source. */
export type PublisherKind =
  /** A blog, personal or political; the publisher's identity may be unstated. */
  | 'BLOG'
  /** A charity, civic-tech or sector body that compiles public data. */
  | 'COMMUNITY_DATA'
  /** A government department or statistics office. */
  | 'GOVERNMENT'
  /** A news outlet or trade press. */
  | 'NEWS_MEDIA'
  /** An inspectorate or regulator, or a table derived from its reports. */
  | 'REGULATOR'
  /** The publisher cannot be told from the stored copy. */
  | 'UNKNOWN';

/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type Query = {
  __typename?: 'Query';
  /** Every shortest path between two nodes (as many as `first`). */
  allShortestPaths: Array<GraphPath>;
  /** Authorities, filtered and paged. */
  authorities: AuthorityConnection;
  /** One authority by id; null when there is none. */
  authority?: Maybe<Authority>;
  /** The authority that holds, or held, an official code; null when none does. */
  authorityByIdentifier?: Maybe<Authority>;
  /**
   * Where a postcode lies and who ran children's services there. The postcode may be
   * written in any case, with or without its space. A postcode that is not shaped like one
   * (`POSTCODE_MALFORMED`), one the directory does not hold (`POSTCODE_UNKNOWN`) and one in
   * Wales, Scotland, Northern Ireland, the Channel Islands or the Isle of Man
   * (`POSTCODE_NOT_IN_ENGLAND`, with the country in `extensions.country`) are each refused
   * with their own code; the field is then null, and the rest of the request is answered.
   */
  authorityForPostcode?: Maybe<Place>;
  /**
   * Authorities side by side on one day: those named, or an authority and its
   * statistical neighbours.
   */
  compareAuthorities: Array<AuthorityComparison>;
  /**
   * Runs a researcher's read-only Cypher query. It is refused, with the reason, unless
   * Neo4j's EXPLAIN says it only reads, and it may not load files or call procedures
   * outside a small allow-list. It runs in a read transaction with a time limit.
   */
  cypher: CypherResult;
  /** The Neo4j database behind this API: its version and the size of the graph it holds. */
  database: DatabaseInfo;
  /**
   * Every district of England in the directory, by code: the pieces a map of England's
   * authorities is made of.
   */
  englandDistricts: Array<District>;
  /** One event by id; null when there is none. */
  event?: Maybe<Event>;
  /** Events, filtered and paged. */
  events: EventConnection;
  /** Findings, filtered and paged, ordered by inspection date then id. */
  findings: FindingConnection;
  /**
   * Authorities whose judgement in one area went from one grade to another, across
   * frameworks (SIF, ILACS and earlier), with how long it took. Ordered by authority name,
   * then by the earlier inspection's date.
   */
  gradeChanges: Array<GradeChange>;
  /** How many authorities held each grade on a day, by region, type or overall. */
  gradeDistribution: Array<GradeCount>;
  /** How grades changed from one graded inspection to the next, across all authorities. */
  gradeTransitions: Array<GradeTransition>;
  /** One inspection by id; null when there is none. */
  inspection?: Maybe<Inspection>;
  /** Inspections, filtered and paged. */
  inspections: InspectionConnection;
  /** Judgements, filtered and paged. */
  judgements: JudgementConnection;
  /** The nodes within `depth` relationships of a node, and the relationships among them. */
  neighbourhood?: Maybe<Subgraph>;
  /** Any node by its global identifier; null when there is none. */
  node?: Maybe<Node>;
  /** Several nodes at once, in the order asked; null where an identifier is unknown. */
  nodes: Array<Maybe<Node>>;
  /** One observation by id; null when there is none. */
  observation?: Maybe<Observation>;
  /** Observations, filtered and paged. */
  observations: ObservationConnection;
  /** One organisation by id; null when there is none. */
  organisation?: Maybe<Organisation>;
  /** Organisations, filtered and paged. */
  organisations: OrganisationConnection;
  /** People, filtered and paged. */
  people: PersonConnection;
  /** One person by id; null when there is none. */
  person?: Maybe<Person>;
  /**
   * Full-text search over names, aliases, Cornish names and their meanings, labels and
   * descriptions; ranked, and tolerant of small typos.
   */
  search: Array<SearchHit>;
  /** One service by id; null when there is none. */
  service?: Maybe<Service>;
  /** Services, filtered and paged. */
  services: ServiceConnection;
  /**
   * One shortest path between two nodes, following relationships either way; null when
   * none is within `maxHops`.
   */
  shortestPath?: Maybe<GraphPath>;
  /** One source by id; null when there is none. */
  source?: Maybe<Source>;
  /** Sources, filtered and paged. */
  sources: SourceConnection;
  /** One statement by id; null when there is none. */
  statement?: Maybe<Statement>;
  /** Statements, filtered and paged. */
  statements: StatementConnection;
  /** One team by id; null when there is none. */
  team?: Maybe<Team>;
  /** Teams, filtered and paged. */
  teams: TeamConnection;
  /** What happened to an authority between two days, oldest first. */
  timeline: Array<TimelineEntry>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryAllShortestPathsArgs = {
  first?: Scalars['PositiveInt']['input'];
  from: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  maxHops?: Scalars['PositiveInt']['input'];
  to: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<AuthorityOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryAuthorityArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryAuthorityByIdentifierArgs = {
  identifier: IdentifierInput;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryAuthorityForPostcodeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
  postcode: Scalars['String']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryCompareAuthoritiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  countFrom?: CountFrom;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  withNeighboursOf?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryCypherArgs = {
  limit?: Scalars['PositiveInt']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryGradeChangesArgs = {
  areaKey?: Scalars['String']['input'];
  direct?: Scalars['Boolean']['input'];
  from: Grade;
  since?: InputMaybe<Scalars['Date']['input']>;
  to: Grade;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryGradeDistributionArgs = {
  areaKey?: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  countFrom?: CountFrom;
  groupBy?: GradeGrouping;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryGradeTransitionsArgs = {
  areaKey?: Scalars['String']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<InspectionOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryJudgementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JudgementFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<JudgementOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryNeighbourhoodArgs = {
  depth?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  limit?: Scalars['PositiveInt']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryObservationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryObservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObservationFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<ObservationOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<OrganisationOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QuerySearchArgs = {
  first?: Scalars['PositiveInt']['input'];
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<ServiceOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  maxHops?: Scalars['PositiveInt']['input'];
  to: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<SourceOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamFilter>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  orderBy?: InputMaybe<TeamOrder>;
};


/** Entry points for reading the graph. Each domain file adds its own list fields. */
export type QueryTimelineArgs = {
  authorityId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<TimelineKind>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An English region as coded by the Office for National Statistics. */
export type Region = {
  __typename?: 'Region';
  /** ONS region code, e.g. E12000009. */
  code?: Maybe<Scalars['String']['output']>;
  /** Region name, e.g. "South West". */
  name: Scalars['String']['output'];
};

/** A node found by full-text search. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node found. */
  node: Node;
  /** Relevance from the full-text index; higher is better. */
  score: Scalars['Float']['output'];
};

/** A service an authority runs for children and families, as the sources name it. */
export type Service = Node & Sourced & Subject & {
  __typename?: 'Service';
  /** Other names the sources use for the same service, verbatim. */
  alsoKnownAs: Array<Scalars['String']['output']>;
  /** The authority that runs the service. */
  authority: Authority;
  /** Global identifier, e.g. `service:cornwall-early-help`. */
  id: Scalars['ID']['output'];
  /** Inspections that covered this service, newest first. */
  inspections: Array<Inspection>;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Statements, findings and events that are about this service. */
  mentionedIn: Array<Node>;
  /** The service's name in the editors' normal form, e.g. "Children's social care". */
  name: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Figures measured for this service. */
  observations: Array<Observation>;
  /** Citations that back this service; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** Named teams that belong to the service. */
  teams: Array<Team>;
};


/** A service an authority runs for children and families, as the sources name it. */
export type ServiceSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of services. */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  /** The rows of this page with their cursors. */
  edges: Array<ServiceEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One service in a page. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The service itself. */
  node: Service;
};

/** Conditions on services; all given conditions must hold. */
export type ServiceFilter = {
  /** Only services of this authority. */
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the name or of another name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** Sort order for services. */
export type ServiceOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: ServiceOrderField;
};

/** Keys services can be sorted on; ties are broken by id. */
export type ServiceOrderField =
  /** Global identifier. */
  | 'ID'
  /** Service name. */
  | 'NAME';

/** A document or data file that the graph's facts are taken from. */
export type Source = Node & {
  __typename?: 'Source';
  /** The person who wrote it, named or not; null when there is no single author. */
  author?: Maybe<Person>;
  /** File name of the stored data file in the project's data folder; null for articles. */
  dataFile?: Maybe<Scalars['String']['output']>;
  /** Global identifier, e.g. `source:seed-000`. */
  id: Scalars['ID']['output'];
  /** What sort of document this is. */
  kind: SourceKind;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Licence or terms the content is used under, when known. */
  licence?: Maybe<Scalars['String']['output']>;
  /** Editors' remarks on how far the source can be trusted and what it leaves out. */
  notes?: Maybe<Scalars['String']['output']>;
  /** When it was published, as precisely as known; null when unknown. */
  published?: Maybe<PartialDate>;
  /** What sort of publisher issued it. */
  publisherKind: PublisherKind;
  /** Name of the publisher or outlet; null when the stored copy does not say. */
  publisherName?: Maybe<Scalars['String']['output']>;
  /** File name of the stored article in the project's seed folder; null for data files. */
  seedFile?: Maybe<Scalars['String']['output']>;
  /**
   * The nodes this source backs, with or without a field restriction: entities, facts
   * and relationship nodes such as posts held. Ordered by id.
   */
  supports: NodeConnection;
  /** Headline or title as printed; null when the stored copy has none. */
  title?: Maybe<Scalars['String']['output']>;
  /** Address of the original, when known. */
  url?: Maybe<Scalars['URL']['output']>;
};


/** A document or data file that the graph's facts are taken from. */
export type SourceSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['PositiveInt']['input']>;
  prefixes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The rows of this page with their cursors. */
  edges: Array<SourceEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One source in a page. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The source itself. */
  node: Source;
};

/** Conditions on sources; all given conditions must hold. */
export type SourceFilter = {
  /** Only these kinds of document. */
  kinds?: InputMaybe<Array<SourceKind>>;
  /** Only sources that could have been published on or after this day. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only sources that could have been published on or before this day. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds of publisher. */
  publisherKinds?: InputMaybe<Array<PublisherKind>>;
};

/** The kind of document a source is. */
export type SourceKind =
  /** A post on a web log, usually written in a personal voice. */
  | 'BLOG_POST'
  /** A table of data, official or derived. */
  | 'DATASET'
  /** A published inspection report. */
  | 'INSPECTION_REPORT'
  /** A news report from a newspaper, magazine or news site. */
  | 'NEWS_ARTICLE';

/** Sort order for sources. */
export type SourceOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: SourceOrderField;
};

/** Keys sources can be sorted on; ties are broken by id. */
export type SourceOrderField =
  /** Global identifier. */
  | 'ID'
  /** Earliest possible publication day; unknown dates sort last. */
  | 'PUBLISHED';

/** A node whose content comes from sources and can be traced back to them. */
export type Sourced = {
  /** Global identifier: a type prefix, a colon and a kebab-case slug. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle for lists and logs, written by the editors, not quoted. */
  label: Scalars['String']['output'];
  /** Editors' remarks: above all, what the sources leave unknown or vague. */
  notes?: Maybe<Scalars['String']['output']>;
  /**
   * Citations that back this node. A citation with no `field` backs the node as a whole;
   * one with a `field` backs only that field or relationship. With the `field` argument,
   * returns the citations for that field plus the whole-node ones.
   */
  supportedBy: Array<Citation>;
};


/** A node whose content comes from sources and can be traced back to them. */
export type SourcedSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A public statement by one or more people or bodies, as a source reports it. */
export type Statement = Node & Sourced & {
  __typename?: 'Statement';
  /** The nodes the statement is about. */
  about: Array<Subject>;
  /** The post a speaking person held and spoke in, when the sources give it. */
  capacity?: Maybe<PostHeld>;
  /** When the statement was made, as precisely as known; null when unknown. */
  date?: Maybe<PartialDate>;
  /** Global identifier, e.g. `statement:cornwall-2009-joint-apology`. */
  id: Scalars['ID']['output'];
  /** What the statement answers, e.g. an inspection report; null when not a response. */
  inResponseTo?: Maybe<Subject>;
  /** What sort of statement it is. */
  kind: StatementKind;
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /**
   * Whom the speakers spoke for, when the sources say or the speaker's stated post
   * implies it; empty when unknown.
   */
  onBehalfOf: Array<Agent>;
  /**
   * The exact words of the statement that the source gives, each a verbatim quotation
   * in the source's own spelling and punctuation.
   */
  quotes: Array<Scalars['String']['output']>;
  /** Who made the statement; several for a joint statement. */
  speakers: Array<Agent>;
  /** The statement in the editors' own words. */
  summary: Scalars['String']['output'];
  /** Citations that back this statement; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** Short free-text topics, e.g. "online child sexual exploitation". */
  topics: Array<Scalars['String']['output']>;
};


/** A public statement by one or more people or bodies, as a source reports it. */
export type StatementSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The rows of this page with their cursors. */
  edges: Array<StatementEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One statement in a page. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The statement itself. */
  node: Statement;
};

/** Conditions on statements; all given conditions must hold. */
export type StatementFilter = {
  /** Only statements about this node. */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements that may have been made on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<StatementKind>>;
  /** Only statements made on behalf of this agent. */
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements made by this agent, alone or jointly. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements that may have been made on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

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

/** Sort order for statements. */
export type StatementOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: StatementOrderField;
};

/** Keys statements can be sorted on; ties are broken by id. */
export type StatementOrderField =
  /** Earliest possible day of the statement; unknown dates sort last. */
  | 'DATE'
  /** Global identifier. */
  | 'ID';

/**
 * One entry on an authority's list of statistical neighbours: another authority with
 * similar characteristics, used to compare like with like.
 */
export type StatisticalNeighbour = Node & Sourced & {
  __typename?: 'StatisticalNeighbour';
  /** The authority whose list this is. */
  authority: Authority;
  /** How close the publisher rates the match, verbatim, e.g. "Very close". */
  closeness?: Maybe<Scalars['String']['output']>;
  /** Edition of the list, e.g. "2025". */
  edition: Scalars['String']['output'];
  /** Global identifier, e.g. `neighbour:cornwall-2025-1`. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** The authority listed as its neighbour. */
  neighbour: Authority;
  /** Editors' remarks. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Position on the list, 1 for the closest. */
  rank: Scalars['PositiveInt']['output'];
  /** Citations for this entry; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/**
 * One entry on an authority's list of statistical neighbours: another authority with
 * similar characteristics, used to compare like with like.
 */
export type StatisticalNeighbourSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A part of the graph: nodes and the relationships between them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The nodes, the starting node first. */
  nodes: Array<GraphNode>;
  /** The relationships among them. */
  relationships: Array<GraphRelationship>;
  /** True when the node limit cut the answer short. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * A node that statements, findings and events can be about. Lets every loose link
 * (`Statement.about`, `Statement.inResponseTo`, `Finding.about`, `Event.causedBy`,
 * `Event.relatedTo`) be read back from its target.
 */
export type Subject = {
  /** Global identifier: a type prefix, a colon and a kebab-case slug. */
  id: Scalars['ID']['output'];
  /**
   * Statements, findings and events that name this node in one of those links,
   * oldest first.
   */
  mentionedIn: Array<Node>;
};

/**
 * A named team or unit within an authority's service, e.g. a referral unit or a
 * specialist assessment team.
 */
export type Team = Node & Sourced & Subject & {
  __typename?: 'Team';
  /** Abbreviation the sources use, e.g. "MARU"; null when none. */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** The authority the team belongs to, through its service. */
  authority: Authority;
  /** Global identifier, e.g. `team:cornwall-teylu`. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Statements, findings and events that are about this team. */
  mentionedIn: Array<Node>;
  /** Whether the sources describe it as multi-agency; null when they do not say. */
  multiAgency?: Maybe<Scalars['Boolean']['output']>;
  /** The team's name as the sources spell it, in its own language. */
  name: Scalars['String']['output'];
  /** Language of the name as a BCP 47 tag: `en` for English, `kw` for Cornish. */
  nameLanguage: Scalars['String']['output'];
  /** What the name means in English, as the sources gloss it; null for English names. */
  nameMeaning?: Maybe<Scalars['String']['output']>;
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Partners the team was developed or is run with. */
  partnerships: Array<TeamPartnership>;
  /** What the team does, in the editors' words; null when the sources do not say. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The service the team belongs to. */
  service: Service;
  /** Citations that back this team; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
};


/**
 * A named team or unit within an authority's service, e.g. a referral unit or a
 * specialist assessment team.
 */
export type TeamSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** A page of teams. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** The rows of this page with their cursors. */
  edges: Array<TeamEdge>;
  /** Paging state of this page. */
  pageInfo: PageInfo;
};

/** One team in a page. */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Keyset cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The team itself. */
  node: Team;
};

/** Conditions on teams; all given conditions must hold. */
export type TeamFilter = {
  /** Only teams of this authority. */
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the name, abbreviation or English meaning. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only teams built with this partner body. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only teams of this service. */
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Sort order for teams. */
export type TeamOrder = {
  /** Direction of the sort. */
  direction?: OrderDirection;
  /** Key to sort on. */
  field: TeamOrderField;
};

/** Keys teams can be sorted on; ties are broken by id. */
export type TeamOrderField =
  /** Global identifier. */
  | 'ID'
  /** Team name. */
  | 'NAME';

/**
 * The tie between a team and a partner it was built or is run with. A relationship
 * node so that it carries its own citations; the partner may be known only by a
 * description.
 */
export type TeamPartnership = Node & Sourced & {
  __typename?: 'TeamPartnership';
  /** Global identifier, e.g. `partnership:cornwall-maru-health-partners`. */
  id: Scalars['ID']['output'];
  /** Short human-readable handle. */
  label: Scalars['String']['output'];
  /** Editors' remarks, above all what is unknown. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The partner body, when the sources name it; null when they describe it only loosely. */
  partner?: Maybe<Body>;
  /** How the sources describe the partner, e.g. "health partners". */
  partnerDescription: Scalars['String']['output'];
  /** What the partnership consists of, e.g. "developed jointly". */
  role?: Maybe<Scalars['String']['output']>;
  /** Citations for this partnership; see `Sourced.supportedBy`. */
  supportedBy: Array<Citation>;
  /** The team. */
  team: Team;
};


/**
 * The tie between a team and a partner it was built or is run with. A relationship
 * node so that it carries its own citations; the partner may be known only by a
 * description.
 */
export type TeamPartnershipSupportedByArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** One dated entry on a timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** When, as precisely as known. */
  date: PartialDate;
  /** What kind of entry it is. */
  kind: TimelineKind;
  /** The entry's node. */
  node: Node;
  /** One line saying what happened. */
  summary: Scalars['String']['output'];
};

/** Kinds of entry on an authority's timeline. */
export type TimelineKind =
  /** An event the authority or its people took part in. */
  | 'EVENT'
  /** An inspection or visit, dated by its start. */
  | 'INSPECTION'
  /** A graded judgement, dated by its inspection. */
  | 'JUDGEMENT'
  /** A measured figure, dated by its period. */
  | 'OBSERVATION'
  /** A post held in the authority, dated by its start. */
  | 'POST'
  /** A statement by or about the authority. */
  | 'STATEMENT';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Agent:
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
  ;
  Body:
    | ( NodeRecord )
    | ( NodeRecord )
  ;
  Node:
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
  ;
  Sourced:
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
  ;
  Subject:
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
    | ( NodeRecord )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agent: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Agent']>;
  Authority: ResolverTypeWrapper<NodeRecord>;
  AuthorityComparison: ResolverTypeWrapper<ComparisonRecord>;
  AuthorityConnection: ResolverTypeWrapper<Omit<AuthorityConnection, 'edges'> & { edges: Array<ResolversTypes['AuthorityEdge']> }>;
  AuthorityEdge: ResolverTypeWrapper<Omit<AuthorityEdge, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityFilter: AuthorityFilter;
  AuthorityKind: AuthorityKind;
  AuthorityOrder: AuthorityOrder;
  AuthorityOrderField: AuthorityOrderField;
  Body: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Body']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<CitationRecord>;
  CountFrom: CountFrom;
  CypherResult: ResolverTypeWrapper<CypherResult>;
  DatabaseInfo: ResolverTypeWrapper<DatabaseInfo>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateSpan: ResolverTypeWrapper<string>;
  District: ResolverTypeWrapper<DistrictRecord>;
  Event: ResolverTypeWrapper<NodeRecord>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  EventOrder: EventOrder;
  EventOrderField: EventOrderField;
  EventParticipation: ResolverTypeWrapper<Omit<EventParticipation, 'agent' | 'event'> & { agent: ResolversTypes['Agent'], event: ResolversTypes['Event'] }>;
  EventStatus: EventStatus;
  Finding: ResolverTypeWrapper<NodeRecord>;
  FindingConnection: ResolverTypeWrapper<Omit<FindingConnection, 'edges'> & { edges: Array<ResolversTypes['FindingEdge']> }>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingFilter: FindingFilter;
  FindingKind: FindingKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Grade: Grade;
  GradeChange: ResolverTypeWrapper<Omit<GradeChange, 'after' | 'authority' | 'before'> & { after: ResolversTypes['Judgement'], authority: ResolversTypes['Authority'], before: ResolversTypes['Judgement'] }>;
  GradeCount: ResolverTypeWrapper<GradeCountRecord>;
  GradeGrouping: GradeGrouping;
  GradeTransition: ResolverTypeWrapper<GradeTransitionRecord>;
  GraphNode: ResolverTypeWrapper<NodeRecord>;
  GraphPath: ResolverTypeWrapper<PathRecord>;
  GraphRelationship: ResolverTypeWrapper<RelationshipRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identifier: ResolverTypeWrapper<NodeRecord>;
  IdentifierInput: IdentifierInput;
  IdentifierScheme: IdentifierScheme;
  Inspection: ResolverTypeWrapper<NodeRecord>;
  InspectionConnection: ResolverTypeWrapper<Omit<InspectionConnection, 'edges'> & { edges: Array<ResolversTypes['InspectionEdge']> }>;
  InspectionEdge: ResolverTypeWrapper<Omit<InspectionEdge, 'node'> & { node: ResolversTypes['Inspection'] }>;
  InspectionFilter: InspectionFilter;
  InspectionFramework: InspectionFramework;
  InspectionKind: InspectionKind;
  InspectionLink: ResolverTypeWrapper<NodeRecord>;
  InspectionLinkKind: InspectionLinkKind;
  InspectionOrder: InspectionOrder;
  InspectionOrderField: InspectionOrderField;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Judgement: ResolverTypeWrapper<NodeRecord>;
  JudgementConnection: ResolverTypeWrapper<Omit<JudgementConnection, 'edges'> & { edges: Array<ResolversTypes['JudgementEdge']> }>;
  JudgementEdge: ResolverTypeWrapper<Omit<JudgementEdge, 'node'> & { node: ResolversTypes['Judgement'] }>;
  JudgementFilter: JudgementFilter;
  JudgementOrder: JudgementOrder;
  JudgementOrderField: JudgementOrderField;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NodeConnection: ResolverTypeWrapper<Omit<NodeConnection, 'edges'> & { edges: Array<ResolversTypes['NodeEdge']> }>;
  NodeEdge: ResolverTypeWrapper<Omit<NodeEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  Observation: ResolverTypeWrapper<NodeRecord>;
  ObservationConnection: ResolverTypeWrapper<Omit<ObservationConnection, 'edges'> & { edges: Array<ResolversTypes['ObservationEdge']> }>;
  ObservationEdge: ResolverTypeWrapper<Omit<ObservationEdge, 'node'> & { node: ResolversTypes['Observation'] }>;
  ObservationFilter: ObservationFilter;
  ObservationOrder: ObservationOrder;
  ObservationOrderField: ObservationOrderField;
  OrderDirection: OrderDirection;
  Organisation: ResolverTypeWrapper<NodeRecord>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganisationEdge']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationKind: OrganisationKind;
  OrganisationOrder: OrganisationOrder;
  OrganisationOrderField: OrganisationOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<string>;
  Person: ResolverTypeWrapper<NodeRecord>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  Place: ResolverTypeWrapper<PlaceRecord>;
  PositiveInt: ResolverTypeWrapper<Scalars['PositiveInt']['output']>;
  PostHeld: ResolverTypeWrapper<NodeRecord>;
  PublisherKind: PublisherKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Region>;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Service: ResolverTypeWrapper<NodeRecord>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: ServiceFilter;
  ServiceOrder: ServiceOrder;
  ServiceOrderField: ServiceOrderField;
  Source: ResolverTypeWrapper<NodeRecord>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFilter: SourceFilter;
  SourceKind: SourceKind;
  SourceOrder: SourceOrder;
  SourceOrderField: SourceOrderField;
  Sourced: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Sourced']>;
  Statement: ResolverTypeWrapper<NodeRecord>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  StatementKind: StatementKind;
  StatementOrder: StatementOrder;
  StatementOrderField: StatementOrderField;
  StatisticalNeighbour: ResolverTypeWrapper<NodeRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
  Subject: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Subject']>;
  Team: ResolverTypeWrapper<NodeRecord>;
  TeamConnection: ResolverTypeWrapper<Omit<TeamConnection, 'edges'> & { edges: Array<ResolversTypes['TeamEdge']> }>;
  TeamEdge: ResolverTypeWrapper<Omit<TeamEdge, 'node'> & { node: ResolversTypes['Team'] }>;
  TeamFilter: TeamFilter;
  TeamOrder: TeamOrder;
  TeamOrderField: TeamOrderField;
  TeamPartnership: ResolverTypeWrapper<NodeRecord>;
  TimelineEntry: ResolverTypeWrapper<TimelineRecord>;
  TimelineKind: TimelineKind;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Agent: ResolversInterfaceTypes<ResolversParentTypes>['Agent'];
  Authority: NodeRecord;
  AuthorityComparison: ComparisonRecord;
  AuthorityConnection: Omit<AuthorityConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuthorityEdge']> };
  AuthorityEdge: Omit<AuthorityEdge, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityFilter: AuthorityFilter;
  AuthorityOrder: AuthorityOrder;
  Body: ResolversInterfaceTypes<ResolversParentTypes>['Body'];
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationRecord;
  CypherResult: CypherResult;
  DatabaseInfo: DatabaseInfo;
  Date: Scalars['Date']['output'];
  DateSpan: string;
  District: DistrictRecord;
  Event: NodeRecord;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventOrder: EventOrder;
  EventParticipation: Omit<EventParticipation, 'agent' | 'event'> & { agent: ResolversParentTypes['Agent'], event: ResolversParentTypes['Event'] };
  Finding: NodeRecord;
  FindingConnection: Omit<FindingConnection, 'edges'> & { edges: Array<ResolversParentTypes['FindingEdge']> };
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingFilter: FindingFilter;
  Float: Scalars['Float']['output'];
  GradeChange: Omit<GradeChange, 'after' | 'authority' | 'before'> & { after: ResolversParentTypes['Judgement'], authority: ResolversParentTypes['Authority'], before: ResolversParentTypes['Judgement'] };
  GradeCount: GradeCountRecord;
  GradeTransition: GradeTransitionRecord;
  GraphNode: NodeRecord;
  GraphPath: PathRecord;
  GraphRelationship: RelationshipRecord;
  ID: Scalars['ID']['output'];
  Identifier: NodeRecord;
  IdentifierInput: IdentifierInput;
  Inspection: NodeRecord;
  InspectionConnection: Omit<InspectionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InspectionEdge']> };
  InspectionEdge: Omit<InspectionEdge, 'node'> & { node: ResolversParentTypes['Inspection'] };
  InspectionFilter: InspectionFilter;
  InspectionLink: NodeRecord;
  InspectionOrder: InspectionOrder;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Judgement: NodeRecord;
  JudgementConnection: Omit<JudgementConnection, 'edges'> & { edges: Array<ResolversParentTypes['JudgementEdge']> };
  JudgementEdge: Omit<JudgementEdge, 'node'> & { node: ResolversParentTypes['Judgement'] };
  JudgementFilter: JudgementFilter;
  JudgementOrder: JudgementOrder;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NodeConnection: Omit<NodeConnection, 'edges'> & { edges: Array<ResolversParentTypes['NodeEdge']> };
  NodeEdge: Omit<NodeEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  Observation: NodeRecord;
  ObservationConnection: Omit<ObservationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ObservationEdge']> };
  ObservationEdge: Omit<ObservationEdge, 'node'> & { node: ResolversParentTypes['Observation'] };
  ObservationFilter: ObservationFilter;
  ObservationOrder: ObservationOrder;
  Organisation: NodeRecord;
  OrganisationConnection: Omit<OrganisationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganisationEdge']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFilter: OrganisationFilter;
  OrganisationOrder: OrganisationOrder;
  PageInfo: PageInfo;
  PartialDate: string;
  Person: NodeRecord;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  Place: PlaceRecord;
  PositiveInt: Scalars['PositiveInt']['output'];
  PostHeld: NodeRecord;
  Query: Record<PropertyKey, never>;
  Region: Region;
  SearchHit: SearchHitRecord;
  Service: NodeRecord;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: ServiceFilter;
  ServiceOrder: ServiceOrder;
  Source: NodeRecord;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFilter: SourceFilter;
  SourceOrder: SourceOrder;
  Sourced: ResolversInterfaceTypes<ResolversParentTypes>['Sourced'];
  Statement: NodeRecord;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  StatementOrder: StatementOrder;
  StatisticalNeighbour: NodeRecord;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
  Subject: ResolversInterfaceTypes<ResolversParentTypes>['Subject'];
  Team: NodeRecord;
  TeamConnection: Omit<TeamConnection, 'edges'> & { edges: Array<ResolversParentTypes['TeamEdge']> };
  TeamEdge: Omit<TeamEdge, 'node'> & { node: ResolversParentTypes['Team'] };
  TeamFilter: TeamFilter;
  TeamOrder: TeamOrder;
  TeamPartnership: NodeRecord;
  TimelineEntry: TimelineRecord;
  URL: Scalars['URL']['output'];
}>;

export type FlattenDirectiveArgs = {
  prefix: Scalars['String']['input'];
};

export type FlattenDirectiveResolver<Result, Parent, ContextType = Context, Args = FlattenDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type FulltextDirectiveArgs = {
  name: Scalars['String']['input'];
  properties: Array<Scalars['String']['input']>;
  types: Array<Scalars['String']['input']>;
};

export type FulltextDirectiveResolver<Result, Parent, ContextType = Context, Args = FulltextDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type IndexDirectiveArgs = {
  name: Scalars['String']['input'];
  property: Scalars['String']['input'];
  type: Scalars['String']['input'];
};

export type IndexDirectiveResolver<Result, Parent, ContextType = Context, Args = IndexDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ListSizeDirectiveArgs = {
  assumedSize: Scalars['Int']['input'];
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = Context, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type NodeDirectiveArgs = {
  collection?: Maybe<Scalars['String']['input']>;
};

export type NodeDirectiveResolver<Result, Parent, ContextType = Context, Args = NodeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PathDirectiveArgs = {
  fields: Array<Scalars['String']['input']>;
};

export type PathDirectiveResolver<Result, Parent, ContextType = Context, Args = PathDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type QueryDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type QueryDirectiveResolver<Result, Parent, ContextType = Context, Args = QueryDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ReadsDirectiveArgs = {
  properties: Array<Scalars['String']['input']>;
};

export type ReadsDirectiveResolver<Result, Parent, ContextType = Context, Args = ReadsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RelationshipDirectiveArgs = {
  citations?: Maybe<Scalars['Boolean']['input']>;
  excludeLabels?: Maybe<Array<Scalars['String']['input']>>;
  in?: Maybe<Array<Scalars['String']['input']>>;
  nested?: Maybe<Scalars['Boolean']['input']>;
  out?: Maybe<Array<Scalars['String']['input']>>;
};

export type RelationshipDirectiveResolver<Result, Parent, ContextType = Context, Args = RelationshipDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SortDirectiveArgs = {
  by: Array<Scalars['String']['input']>;
  descending?: Maybe<Scalars['Boolean']['input']>;
  first?: Maybe<Scalars['String']['input']>;
  missing?: Maybe<Scalars['String']['input']>;
  through?: Maybe<Scalars['Boolean']['input']>;
};

export type SortDirectiveResolver<Result, Parent, ContextType = Context, Args = SortDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type SortKeyDirectiveArgs = {
  by: Array<Scalars['String']['input']>;
  path?: Maybe<Scalars['String']['input']>;
  then?: Maybe<Scalars['String']['input']>;
};

export type SortKeyDirectiveResolver<Result, Parent, ContextType = Context, Args = SortKeyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type WhereDirectiveArgs = {
  missing?: Maybe<Scalars['String']['input']>;
  op?: Maybe<Scalars['String']['input']>;
  path?: Maybe<Array<Scalars['String']['input']>>;
  property?: Maybe<Array<Scalars['String']['input']>>;
  value?: Maybe<Scalars['String']['input']>;
};

export type WhereDirectiveResolver<Result, Parent, ContextType = Context, Args = WhereDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Authority' | 'Organisation' | 'Person', ParentType, ContextType>;
}>;

export type AuthorityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Authority'] = ResolversParentTypes['Authority']> = ResolversObject<{
  events?: Resolver<Array<ResolversTypes['EventParticipation']>, ParentType, ContextType>;
  existed?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType, Partial<AuthorityIdentifiersArgs>>;
  inspections?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<AuthorityInspectionsArgs, 'first'>>;
  judgementHistory?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType, Partial<AuthorityJudgementHistoryArgs>>;
  kind?: Resolver<Maybe<ResolversTypes['AuthorityKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestJudgements?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType, RequireFields<AuthorityLatestJudgementsArgs, 'countFrom'>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbourOf?: Resolver<Array<ResolversTypes['StatisticalNeighbour']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['TeamPartnership']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['PostHeld']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<AuthorityStatementsArgs, 'first'>>;
  statisticalNeighbours?: Resolver<Array<ResolversTypes['StatisticalNeighbour']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<AuthoritySupportedByArgs>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuthorityComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityComparison'] = ResolversParentTypes['AuthorityComparison']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  inspectionCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  latestJudgements?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType>;
  neighbourRank?: Resolver<Maybe<ResolversTypes['PositiveInt']>, ParentType, ContextType>;
}>;

export type AuthorityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityConnection'] = ResolversParentTypes['AuthorityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuthorityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuthorityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuthorityEdge'] = ResolversParentTypes['AuthorityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
}>;

export type BodyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Authority' | 'Organisation', ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type CypherResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherResult'] = ResolversParentTypes['CypherResult']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<Array<Maybe<ResolversTypes['JSON']>>>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DatabaseInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatabaseInfo'] = ResolversParentTypes['DatabaseInfo']> = ResolversObject<{
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DateSpan'] = ResolversParentTypes['DateSpan']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = ResolversObject<{
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType, Partial<DistrictAuthorityArgs>>;
  candidates?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType, Partial<DistrictCandidatesArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postcodeCount?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  causedBy?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['EventParticipation']>, ParentType, ContextType>;
  post?: Resolver<Maybe<ResolversTypes['PostHeld']>, ParentType, ContextType>;
  relatedTo?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<EventSupportedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventParticipation'] = ResolversParentTypes['EventParticipation']> = ResolversObject<{
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FindingKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<FindingSupportedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type FindingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
}>;

export type GradeChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeChange'] = ResolversParentTypes['GradeChange']> = ResolversObject<{
  after?: Resolver<ResolversTypes['Judgement'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Judgement'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  inspectionsBetween?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
}>;

export type GradeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GradeTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeTransition'] = ResolversParentTypes['GradeTransition']> = ResolversObject<{
  count?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  medianDays?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = ResolversObject<{
  length?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['GraphRelationship']>, ParentType, ContextType>;
}>;

export type GraphRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphRelationship'] = ResolversParentTypes['GraphRelationship']> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IdentifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Identifier'] = ResolversParentTypes['Identifier']> = ResolversObject<{
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['IdentifierScheme'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InspectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection']> = ResolversObject<{
  dated?: Resolver<ResolversTypes['DateSpan'], ParentType, ContextType>;
  deputyLeadInspectors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  fieldwork?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  framework?: Resolver<Maybe<ResolversTypes['InspectionFramework']>, ParentType, ContextType>;
  frameworkLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectorCount?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  inspectorate?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  judgements?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType>;
  judgementsComplete?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['InspectionKind']>, ParentType, ContextType>;
  kindLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadInspectors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['InspectionLink']>, ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  reportUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<InspectionSupportedByArgs>>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InspectionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionConnection'] = ResolversParentTypes['InspectionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InspectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InspectionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionEdge'] = ResolversParentTypes['InspectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
}>;

export type InspectionLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InspectionLink'] = ResolversParentTypes['InspectionLink']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InspectionLinkKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<InspectionLinkSupportedByArgs>>;
  to?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JudgementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Judgement'] = ResolversParentTypes['Judgement']> = ResolversObject<{
  areaGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areaKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areaLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  gradeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  isOverall?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<JudgementSupportedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JudgementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JudgementConnection'] = ResolversParentTypes['JudgementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JudgementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type JudgementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JudgementEdge'] = ResolversParentTypes['JudgementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Judgement'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Authority' | 'Event' | 'Finding' | 'Inspection' | 'InspectionLink' | 'Judgement' | 'Observation' | 'Organisation' | 'Person' | 'PostHeld' | 'Service' | 'Source' | 'Statement' | 'StatisticalNeighbour' | 'Team' | 'TeamPartnership', ParentType, ContextType>;
}>;

export type NodeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NodeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type NodeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodeEdge'] = ResolversParentTypes['NodeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type ObservationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType>;
  framework?: Resolver<Maybe<ResolversTypes['InspectionFramework']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['DateSpan']>, ParentType, ContextType>;
  reportedIn?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<ObservationSupportedByArgs>>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  valueText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ObservationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObservationConnection'] = ResolversParentTypes['ObservationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ObservationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ObservationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObservationEdge'] = ResolversParentTypes['ObservationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Observation'], ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  events?: Resolver<Array<ResolversTypes['EventParticipation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectionsCarriedOut?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<OrganisationInspectionsCarriedOutArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['TeamPartnership']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['PostHeld']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganisationStatementsArgs, 'first'>>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<OrganisationSupportedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartialDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartialDate'] = ResolversParentTypes['PartialDate']> = ResolversObject<{
  day?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  earliest?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  authored?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EventParticipation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectionsDeputyLed?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  inspectionsLed?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['PostHeld']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<PersonSupportedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  postcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectorEasting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sectorNorthing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface PositiveIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PositiveInt'], any> {
  name: 'PositiveInt';
}

export type PostHeldResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PostHeld'] = ResolversParentTypes['PostHeld']> = ResolversObject<{
  attestedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interim?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  startedBy?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<PostHeldSupportedByArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  allShortestPaths?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryAllShortestPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  authorities?: Resolver<ResolversTypes['AuthorityConnection'], ParentType, ContextType, RequireFields<QueryAuthoritiesArgs, 'first' | 'orderBy'>>;
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType, RequireFields<QueryAuthorityArgs, 'id'>>;
  authorityByIdentifier?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType, RequireFields<QueryAuthorityByIdentifierArgs, 'identifier'>>;
  authorityForPostcode?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryAuthorityForPostcodeArgs, 'postcode'>>;
  compareAuthorities?: Resolver<Array<ResolversTypes['AuthorityComparison']>, ParentType, ContextType, RequireFields<QueryCompareAuthoritiesArgs, 'countFrom'>>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'limit' | 'query'>>;
  database?: Resolver<ResolversTypes['DatabaseInfo'], ParentType, ContextType>;
  englandDistricts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QueryFindingsArgs, 'first'>>;
  gradeChanges?: Resolver<Array<ResolversTypes['GradeChange']>, ParentType, ContextType, RequireFields<QueryGradeChangesArgs, 'areaKey' | 'direct' | 'from' | 'to'>>;
  gradeDistribution?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType, RequireFields<QueryGradeDistributionArgs, 'areaKey' | 'countFrom' | 'groupBy'>>;
  gradeTransitions?: Resolver<Array<ResolversTypes['GradeTransition']>, ParentType, ContextType, RequireFields<QueryGradeTransitionsArgs, 'areaKey'>>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType, RequireFields<QueryInspectionArgs, 'id'>>;
  inspections?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<QueryInspectionsArgs, 'first' | 'orderBy'>>;
  judgements?: Resolver<ResolversTypes['JudgementConnection'], ParentType, ContextType, RequireFields<QueryJudgementsArgs, 'first' | 'orderBy'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  observation?: Resolver<Maybe<ResolversTypes['Observation']>, ParentType, ContextType, RequireFields<QueryObservationArgs, 'id'>>;
  observations?: Resolver<ResolversTypes['ObservationConnection'], ParentType, ContextType, RequireFields<QueryObservationsArgs, 'first' | 'orderBy'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first' | 'orderBy'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first' | 'orderBy'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxHops' | 'to'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first' | 'orderBy'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'orderBy'>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  teams?: Resolver<ResolversTypes['TeamConnection'], ParentType, ContextType, RequireFields<QueryTeamsArgs, 'first' | 'orderBy'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'authorityId'>>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  alsoKnownAs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspections?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observations?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<ServiceSupportedByArgs>>;
  teams?: Resolver<Array<ResolversTypes['Team']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  dataFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publisherKind?: Resolver<ResolversTypes['PublisherKind'], ParentType, ContextType>;
  publisherName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seedFile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<SourceSupportsArgs, 'first'>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type SourcedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sourced'] = ResolversParentTypes['Sourced']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Authority' | 'Event' | 'Finding' | 'Inspection' | 'InspectionLink' | 'Judgement' | 'Observation' | 'Organisation' | 'Person' | 'PostHeld' | 'Service' | 'Statement' | 'StatisticalNeighbour' | 'Team' | 'TeamPartnership', ParentType, ContextType>;
}>;

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['PostHeld']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inResponseTo?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<StatementSupportedByArgs>>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type StatisticalNeighbourResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatisticalNeighbour'] = ResolversParentTypes['StatisticalNeighbour']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  closeness?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbour?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['PositiveInt'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<StatisticalNeighbourSupportedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['GraphRelationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Authority' | 'Event' | 'Inspection' | 'Organisation' | 'Person' | 'Service' | 'Team', ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = ResolversObject<{
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  multiAgency?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameLanguage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameMeaning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['TeamPartnership']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<TeamSupportedByArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TeamConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamConnection'] = ResolversParentTypes['TeamConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TeamEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamEdge'] = ResolversParentTypes['TeamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type TeamPartnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamPartnership'] = ResolversParentTypes['TeamPartnership']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partner?: Resolver<Maybe<ResolversTypes['Body']>, ParentType, ContextType>;
  partnerDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType, Partial<TeamPartnershipSupportedByArgs>>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = ResolversObject<{
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type Resolvers<ContextType = Context> = ResolversObject<{
  Agent?: AgentResolvers<ContextType>;
  Authority?: AuthorityResolvers<ContextType>;
  AuthorityComparison?: AuthorityComparisonResolvers<ContextType>;
  AuthorityConnection?: AuthorityConnectionResolvers<ContextType>;
  AuthorityEdge?: AuthorityEdgeResolvers<ContextType>;
  Body?: BodyResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CypherResult?: CypherResultResolvers<ContextType>;
  DatabaseInfo?: DatabaseInfoResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateSpan?: DateSpanResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventParticipation?: EventParticipationResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  GradeChange?: GradeChangeResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  GradeTransition?: GradeTransitionResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  GraphRelationship?: GraphRelationshipResolvers<ContextType>;
  Identifier?: IdentifierResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionConnection?: InspectionConnectionResolvers<ContextType>;
  InspectionEdge?: InspectionEdgeResolvers<ContextType>;
  InspectionLink?: InspectionLinkResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Judgement?: JudgementResolvers<ContextType>;
  JudgementConnection?: JudgementConnectionResolvers<ContextType>;
  JudgementEdge?: JudgementEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  NodeEdge?: NodeEdgeResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  Observation?: ObservationResolvers<ContextType>;
  ObservationConnection?: ObservationConnectionResolvers<ContextType>;
  ObservationEdge?: ObservationEdgeResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: PartialDateResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PositiveInt?: GraphQLScalarType;
  PostHeld?: PostHeldResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  Sourced?: SourcedResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatisticalNeighbour?: StatisticalNeighbourResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamConnection?: TeamConnectionResolvers<ContextType>;
  TeamEdge?: TeamEdgeResolvers<ContextType>;
  TeamPartnership?: TeamPartnershipResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  URL?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  flatten?: FlattenDirectiveResolver<any, any, ContextType>;
  fulltext?: FulltextDirectiveResolver<any, any, ContextType>;
  index?: IndexDirectiveResolver<any, any, ContextType>;
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
  node?: NodeDirectiveResolver<any, any, ContextType>;
  path?: PathDirectiveResolver<any, any, ContextType>;
  query?: QueryDirectiveResolver<any, any, ContextType>;
  reads?: ReadsDirectiveResolver<any, any, ContextType>;
  relationship?: RelationshipDirectiveResolver<any, any, ContextType>;
  sort?: SortDirectiveResolver<any, any, ContextType>;
  sortKey?: SortKeyDirectiveResolver<any, any, ContextType>;
  where?: WhereDirectiveResolver<any, any, ContextType>;
}>;
