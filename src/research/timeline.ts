/**
 * An authority's history as one dated list: its inspections and their judgements, posts
 * in it, events it or its people took part in, statements by or about it, and figures
 * measured for it. Each entry is placed by the `<field>Earliest`/`<field>Latest` bounds
 * of its date, so a window catches whatever may fall inside it.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import { parseDateSpan } from '../partial-date.ts';
import type { Database } from '../graph/database.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';

export const TIMELINE_KINDS = [
  'INSPECTION',
  'JUDGEMENT',
  'POST',
  'EVENT',
  'STATEMENT',
  'OBSERVATION',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineRecord {
  date: string;
  kind: TimelineKind;
  node: NodeRecord;
  summary: string;
}

export interface TimelineRequest {
  authorityId: string;
  from: string | null;
  to: string | null;
  kinds: readonly TimelineKind[] | null;
}

// Each branch names the entry's date text and the bounds it is placed and sorted by, and
// what its summary needs from neighbouring nodes.
const ENTRIES = `
  MATCH (a)<-[:INSPECTED]-(n:Inspection)
  RETURN n, 'INSPECTION' AS kind, n.dated AS date, n.datedEarliest AS earliest, n.datedLatest AS latest,
         {inspectorate: [(n)-[:CARRIED_OUT_BY]->(o) | coalesce(o.shortName, o.name)][0],
          overall: [(n)<-[:GIVEN_IN]-(j:Judgement {areaKey: 'overall'}) | j.gradeLabel][0]} AS context
  UNION
  MATCH (a)<-[:INSPECTED]-(i:Inspection)<-[:GIVEN_IN]-(n:Judgement)
  RETURN n, 'JUDGEMENT' AS kind, i.dated AS date, i.datedEarliest AS earliest, i.datedLatest AS latest,
         {inspection: i.label} AS context
  UNION
  MATCH (a)<-[:POST_IN]-(n:PostHeld)
  RETURN n, 'POST' AS kind, coalesce(n.from, n.attestedOn, n.to) AS date,
         coalesce(n.fromEarliest, n.attestedOnEarliest, n.toEarliest) AS earliest,
         coalesce(n.fromLatest, n.attestedOnLatest, n.toLatest) AS latest,
         {person: [(n)-[:HELD_BY]->(p) | coalesce(p.name, p.label)][0]} AS context
  UNION
  MATCH (n:Event)
  WHERE EXISTS { (a)<-[:PARTICIPANT]-(n) }
     OR EXISTS { (a)<-[:POST_IN]-(:PostHeld)-[:HELD_BY]->(:Person)<-[:PARTICIPANT]-(n) }
     OR EXISTS { (a)<-[:POST_IN]-(:PostHeld)<-[:CONCERNS_POST]-(n) }
  RETURN DISTINCT n, 'EVENT' AS kind, n.date AS date, n.dateEarliest AS earliest, n.dateLatest AS latest,
         {} AS context
  UNION
  MATCH (a)<-[:MADE_BY|ON_BEHALF_OF|ABOUT]-(n:Statement)
  RETURN DISTINCT n, 'STATEMENT' AS kind, n.date AS date, n.dateEarliest AS earliest, n.dateLatest AS latest,
         {} AS context
  UNION
  MATCH (a)<-[:MEASURES]-(n:Observation)
  RETURN n, 'OBSERVATION' AS kind, coalesce(n.period, n.asOf) AS date,
         coalesce(n.periodEarliest, n.asOfEarliest) AS earliest,
         coalesce(n.periodLatest, n.asOfLatest) AS latest, {} AS context`;

/** Null when there is no such authority. */
export function timeline(db: Database, request: TimelineRequest): Promise<TimelineRecord[] | null> {
  return db.read({
    cypher: `OPTIONAL MATCH (a:Authority {id: $authorityId})
             CALL (a) { WITH a WHERE a IS NOT NULL CALL (a) { ${ENTRIES} }
               WITH n, kind, date, earliest, latest, context
               WHERE date IS NOT NULL
                 AND ($kinds IS NULL OR kind IN $kinds)
                 AND ($from IS NULL OR latest >= $from)
                 AND ($to IS NULL OR earliest <= $to)
               RETURN collect({n: n, kind: kind, date: date, earliest: earliest, context: context}) AS entries
             }
             RETURN a IS NOT NULL AS found, entries`,
    params: { ...request },
    map: ({ records }) => {
      const row = records[0];
      if (!row?.get('found')) return null;
      const entries = row.get('entries') as RawEntry[];
      return entries.sort(chronologically).map(toEntry);
    },
  });
}

interface RawEntry {
  n: Neo4jNode;
  kind: TimelineKind;
  date: string;
  earliest: string;
  context: Record<string, string | null>;
}

// Same day: an inspection before its judgements, and so on down the list of kinds.
const chronologically = (x: RawEntry, y: RawEntry) =>
  x.earliest.localeCompare(y.earliest) ||
  TIMELINE_KINDS.indexOf(x.kind) - TIMELINE_KINDS.indexOf(y.kind) ||
  String(x.n.properties.id).localeCompare(String(y.n.properties.id));

/** A span (an inspection's weeks, a reporting year) is dated by its start, or its end if that is all we know. */
const startOf = (text: string) => {
  const span = parseDateSpan(text);
  return span ? (span.start?.text ?? span.end?.text ?? text) : text;
};

function toEntry({ n, kind, date, context }: RawEntry): TimelineRecord {
  const node = toNodeRecord(n);
  return { date: startOf(date), kind, node, summary: summarise(kind, node, context) };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const words = (value: unknown) => text(value).toLowerCase().replaceAll('_', ' ');
const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

function summarise(kind: TimelineKind, n: NodeRecord, context: RawEntry['context']): string {
  switch (kind) {
    case 'INSPECTION': {
      const what = text(n.kindLabel) || text(n.frameworkLabel) || words(n.framework) || 'inspection';
      const line = capitalised([context.inspectorate, what].filter(Boolean).join(' '));
      return context.overall ? `${line}: ${context.overall}` : line;
    }
    case 'JUDGEMENT':
      return `${text(n.areaLabel) || text(n.areaKey)}: ${text(n.gradeLabel)} (${context.inspection})`;
    case 'POST': {
      const who = context.person ?? 'Unknown person';
      const role = `${text(n.title)}${n.interim === true ? ' (interim)' : ''}`;
      if (n.from) return `${who} takes up the post of ${role}`;
      if (n.attestedOn) return `${who} holds the post of ${role}`;
      return `${who} leaves the post of ${role}`;
    }
    case 'EVENT':
    case 'STATEMENT':
      return `${capitalised(words(n.kind))}: ${text(n.label)}`;
    case 'OBSERVATION':
      return `${text(n.measure)}: ${text(n.valueText)} ${text(n.unit)}`.trim();
  }
}
