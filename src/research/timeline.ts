/**
 * An authority's history as one dated list: its inspections and their judgements, posts
 * in it, events it or its people took part in, statements by or about it, and figures
 * measured for it. Each entry is placed by the `<field>Earliest`/`<field>Latest` bounds
 * of its date, so a window catches whatever may fall inside it.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Node as Neo4jNode } from 'neo4j-driver';
import { parseDateSpan } from '../partial-date.ts';
import type { Database } from '../graph/database.ts';
import { hopsOf, LABEL } from '../graph/graph-model.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';
import { walk } from '../graph/walk.ts';

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

// The columns every branch of the union returns, under the same names.
const n = new Cypher.Node();
const kind = new Cypher.Variable();
const date = new Cypher.Variable();
const earliest = new Cypher.Variable();
const latest = new Cypher.Variable();
const context = new Cypher.Variable();

/**
 * An entry of kind `name` dated by the first of `fields` that `at` has, with its bounds
 * from the same field's `Earliest`/`Latest` properties, and what its summary needs.
 */
function entry(name: TimelineKind, at: Cypher.Node, fields: string[], about = {}): Cypher.ProjectionColumn[] {
  const first = (suffix: string) => {
    const [head, ...rest] = fields.map((f) => at.property(f + suffix));
    return rest.length ? Cypher.coalesce(head!, ...rest) : head!;
  };
  return [
    n,
    [new Cypher.Literal(name), kind],
    [first(''), date],
    [first('Earliest'), earliest],
    [first('Latest'), latest],
    [new Cypher.Map(about), context],
  ];
}

/** `value` at the first match of the pattern, null when there is none. */
const firstOf = (pattern: Cypher.Pattern, value: Cypher.Expr, where?: Cypher.Predicate) => {
  const comprehension = new Cypher.PatternComprehension(pattern).map(value);
  return Cypher.listIndex(where ? comprehension.where(where) : comprehension, 0);
};

/** The entries of the authority `a`, one branch of the union per kind. */
function entries(a: Cypher.Node): Cypher.Clause {
  const [i, o, j, p] = [new Cypher.Node(), new Cypher.Node(), new Cypher.Node(), new Cypher.Node()];
  const along = (field: string) => walk(a, hopsOf(field), n, { labelled: true });
  const inspections = new Cypher.Match(along('Authority.inspections')).return(
    ...entry('INSPECTION', n, ['dated'], {
      inspectorate: firstOf(
        walk(n, hopsOf('Inspection.inspectorate'), o),
        Cypher.coalesce(o.property('shortName'), o.property('name')),
      ),
      overall: firstOf(
        walk(n, hopsOf('Inspection.judgements'), j, { labelled: true }),
        j.property('gradeLabel'),
        Cypher.eq(j.property('areaKey'), new Cypher.Literal('overall')),
      ),
    }),
  );
  const judgements = new Cypher.Match(
    walk(a, hopsOf('Authority.judgementHistory'), n, { through: i, labelled: true }),
  ).return(...entry('JUDGEMENT', i, ['dated'], { inspection: i.property('label') }));
  const posts = new Cypher.Match(along('Authority.posts')).return(
    ...entry('POST', n, ['from', 'attestedOn', 'to'], {
      person: firstOf(
        walk(n, hopsOf('PostHeld.person'), p),
        Cypher.coalesce(p.property('name'), p.property('label')),
      ),
    }),
  );
  // Events it took part in, that its post holders took part in, or that concern its posts
  // (walked from the event, as no field leads from a post to its events).
  const heldBy = [...hopsOf('Authority.posts'), ...hopsOf('PostHeld.person'), ...hopsOf('Person.events')];
  const events = new Cypher.Match(new Cypher.Pattern(n, { labels: [LABEL.Event!] }))
    .where(
      Cypher.or(
        new Cypher.Exists(walk(a, hopsOf('Authority.events'), n)),
        new Cypher.Exists(walk(a, heldBy, n, { labelled: true })),
        new Cypher.Exists(
          walk(n, [...hopsOf('Event.post'), ...hopsOf('PostHeld.body')], a, { labelled: true }),
        ),
      ),
    )
    .return(...entry('EVENT', n, ['date']))
    .distinct();
  // Statements it made, made on its behalf or about it: any of the three links, each once.
  // One pattern with the three types matches each statement once however many link it; it
  // holds only while each field is one relationship out of the statement, as checked here.
  const links = ['Statement.speakers', 'Statement.onBehalfOf', 'Statement.about'].flatMap((field) => {
    const hops = hopsOf(field);
    if (hops.length !== 1 || hops[0]!.direction !== 'OUT')
      throw new Error(`${field} is no longer one relationship out of a statement: the timeline must walk it`);
    return hops[0]!.types;
  });
  const statements = new Cypher.Match(
    new Cypher.Pattern(n, { labels: [LABEL.Statement!] })
      .related({ type: Cypher.labelExpr.or(...links), direction: 'right' })
      .to(a),
  )
    .return(...entry('STATEMENT', n, ['date']))
    .distinct();
  const observations = new Cypher.Match(along('Authority.observations')).return(
    ...entry('OBSERVATION', n, ['period', 'asOf']),
  );
  return new Cypher.Union(inspections, judgements, posts, events, statements, observations);
}

// A bound not asked for adds no condition, rather than `$from IS NULL OR …`: the builder
// writes a null parameter into the text as NULL, so the query would differ per request anyway.
const ifGiven = <T>(value: T | null, test: (param: Cypher.Param<T>) => Cypher.Predicate) =>
  value === null ? undefined : test(new Cypher.Param(value));

/** Null when there is no such authority. */
export function timeline(db: Database, request: TimelineRequest): Promise<TimelineRecord[] | null> {
  const a = new Cypher.Node();
  const collected = new Cypher.NamedVariable('entries');
  const inWindow = Cypher.and(
    Cypher.isNotNull(date),
    ifGiven(request.kinds, (kinds) => Cypher.in(kind, kinds)),
    ifGiven(request.from, (from) => Cypher.gte(latest, from)),
    ifGiven(request.to, (to) => Cypher.lte(earliest, to)),
  );
  // Without an authority there is nothing to walk from: the guard keeps the event branch
  // from scanning every event only to find none.
  const listed = Cypher.utils.concat(
    new Cypher.With(a).where(Cypher.isNotNull(a)),
    new Cypher.Call(entries(a), [a])
      .with(n, kind, date, earliest, latest, context)
      .where(inWindow)
      .return([Cypher.collect(new Cypher.Map({ n, kind, date, earliest, context })), collected]),
  );
  const authority = { labels: [LABEL.Authority!], properties: { id: new Cypher.Param(request.authorityId) } };
  const query = new Cypher.OptionalMatch(new Cypher.Pattern(a, authority))
    .call(listed, [a])
    .return([Cypher.isNotNull(a), new Cypher.NamedVariable('found')], collected);
  return db.read({
    ...query.build(),
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
