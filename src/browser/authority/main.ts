/**
 * /authority/<id>: one authority's record. Its judgements over time as a chart, each point a
 * link to the inspection's row below with the sources behind it; its latest judgements; its
 * statistical neighbours' latest grades beside its own; its posts and statements.
 */
import * as Plot from '@observablehq/plot';
import { AuthorityPageDocument, type AuthorityPageQuery } from '../../client/generated/graphql.ts';
import { request } from '../api.ts';
import { busy, byId, el, table } from '../dom.ts';
import { GRADE_ORDER, gradeBadge, gradeLabel, gradeScale, textOn } from '../grades.ts';
import { authorityIdOf, authorityPath, decoded, explorePath } from '../links.ts';
import { placeSearch } from '../place-search.ts';

type Authority = NonNullable<AuthorityPageQuery['authority']>;
type Judgement = Authority['judgementHistory'][number];

const status = byId<HTMLParagraphElement>('status');
// As many as AuthorityPage asks for (statements(first: 50)).
const STATEMENTS_SHOWN = 50;
placeSearch(byId('search'), byId('search-results'));

const day = (text: string | null | undefined) => text ?? 'date unknown';
// Names for the frameworks whose inspections the data give no label of their own.
const FRAMEWORKS: Record<string, string> = {
  LOOKED_AFTER_CHILDREN: 'Looked-after children',
  CHILD_PROTECTION: 'Child protection',
  JOINT_AREA_REVIEW: 'Joint area review',
  OTHER: 'Other',
};
const frameworkOf = (j: Judgement) =>
  j.inspection.frameworkLabel ?? FRAMEWORKS[j.inspection.framework ?? 'OTHER'] ?? j.inspection.framework!;
const areaOf = (j: { areaLabel?: string | null; areaKey: string }) => j.areaLabel ?? j.areaKey;

/** Grade against time, a row per framework; the overall judgements joined by a line. */
function historyChart(history: Judgement[]): HTMLElement | SVGSVGElement {
  const points = history
    .filter((j) => j.inspection.dated.start)
    .map((j) => ({
      date: new Date(j.inspection.dated.start!.earliest),
      grade: j.grade,
      framework: frameworkOf(j),
      overall: j.areaKey === 'overall',
      href: `#${j.inspection.id}`,
      title: `${j.inspection.label}\n${areaOf(j)}: ${j.gradeLabel}`,
    }));
  const grades = GRADE_ORDER.filter((g) => points.some((p) => p.grade === g));
  return Plot.plot({
    width: 900,
    marginLeft: 150,
    marginRight: 180,
    x: { type: 'utc', label: 'First day of the inspection', grid: true },
    y: { domain: grades, label: null, tickFormat: gradeLabel },
    fy: { label: null },
    // Radii in pixels as given, large enough to aim at, not scaled from the values.
    r: { type: 'identity' },
    color: { ...gradeScale(grades), legend: true },
    marks: [
      Plot.frame({ stroke: '#d0d7de' }),
      Plot.line(
        points.filter((p) => p.overall),
        { x: 'date', y: 'grade', fy: 'framework', stroke: '#57606a', strokeDasharray: '3,3' },
      ),
      Plot.dot(points, {
        x: 'date',
        y: 'grade',
        fy: 'framework',
        fill: 'grade',
        stroke: '#24292f',
        r: (p: { overall: boolean }) => (p.overall ? 8 : 5),
        href: 'href',
        title: 'title',
        ariaLabel: 'title',
      }),
    ],
  });
}

/** Every judgement in a table, grouped by inspection: the chart's points link to these rows. */
function historyTable(history: Judgement[], sourceIds: Map<string, number>): HTMLTableElement {
  const byInspection = new Map<string, Judgement[]>();
  for (const j of history)
    byInspection.set(j.inspection.id, [...(byInspection.get(j.inspection.id) ?? []), j]);
  const rows = [...byInspection.values()].map((js) => {
    const i = js[0]!.inspection;
    const sources = [...new Set(js.flatMap((j) => j.supportedBy.map((c) => c.source.id)))];
    const report = i.reportUrl ? el('a', { href: i.reportUrl }, 'report') : '';
    return [
      // As precisely as the sources say: a month alone stays a month.
      day(i.dated.start?.text),
      frameworkOf(js[0]!),
      el('ul', {}, ...js.map((j) => el('li', {}, `${areaOf(j)}: `, gradeBadge(j.grade, j.gradeLabel)))),
      el('span', {}, day(i.published?.text), ' ', report),
      el(
        'span',
        {},
        ...sources.flatMap((s) => [
          el('a', { href: `#source-${sourceIds.get(s)}` }, `[${sourceIds.get(s)}]`),
          ' ',
        ]),
      ),
    ];
  });
  const t = table(
    'Judgement history',
    ['Inspected', 'Framework', 'Judgements', 'Published', 'Sources'],
    rows,
  );
  // The chart's links land on these rows.
  [...byInspection.keys()].forEach((id, k) => t.tBodies[0]!.rows[k]!.setAttribute('id', id));
  return t;
}

// The ILACS areas, with short names for the grid's columns (the table gives the full ones).
const AREAS: Record<string, string> = {
  overall: 'Overall',
  'impact-of-leaders': 'Leaders',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  'care-leavers': 'Care leavers',
};

/** The authority and its neighbours, area by area: a grid of grades, and the same as a table. */
function neighboursView(a: Authority): HTMLElement {
  const compared = [
    { rank: 0, neighbour: { id: a.id, name: a.name, latestJudgements: a.latestJudgements } },
    ...a.statisticalNeighbours,
  ];
  const areaName = new Map(a.latestJudgements.map((j) => [j.areaKey, areaOf(j)]));
  const areas = Object.keys(AREAS).filter((k) =>
    compared.some((c) => c.neighbour.latestJudgements.some((j) => j.areaKey === k)),
  );
  const cells = compared.flatMap(({ rank, neighbour }) =>
    areas.map((area) => {
      const grade = neighbour.latestJudgements.find((j) => j.areaKey === area)?.grade ?? 'NONE';
      return { who: rank ? `${rank}. ${neighbour.name}` : neighbour.name, area: AREAS[area]!, grade };
    }),
  );
  const grades = [...GRADE_ORDER, 'NONE'].filter((g) => cells.some((c) => c.grade === g));
  const chart = Plot.plot({
    width: 900,
    marginLeft: 220,
    marginTop: 40,
    x: { axis: 'top', label: null, domain: [...new Set(cells.map((c) => c.area))] },
    y: { label: null, domain: [...new Set(cells.map((c) => c.who))] },
    color: gradeScale(grades),
    marks: [
      Plot.cell(cells, { x: 'area', y: 'who', fill: 'grade', inset: 1 }),
      Plot.text(cells, {
        x: 'area',
        y: 'who',
        text: (c: { grade: string }) => gradeLabel(c.grade),
        fill: (c: { grade: string }) => textOn(c.grade),
      }),
    ],
  });
  const rows = compared.map(({ rank, neighbour }) => [
    rank ? String(rank) : '—',
    el('a', { href: authorityPath(neighbour.id) }, neighbour.name),
    ...areas.map((area) => {
      const j = neighbour.latestJudgements.find((x) => x.areaKey === area);
      return j ? gradeBadge(j.grade, j.gradeLabel) : '—';
    }),
  ]);
  const edition = a.statisticalNeighbours[0]?.edition;
  return el(
    'div',
    {},
    el('figure', { id: 'neighbours-chart' }, chart),
    table(
      `Latest grades of ${a.name} and its statistical neighbours${edition ? ` (${edition} list)` : ''}`,
      ['Rank', 'Council', ...areas.map((k) => areaName.get(k) ?? k)],
      rows,
    ),
  );
}

/** "since 2009-04-01", "until 2019-03-31" or "2009-04-01 to 2023-03-31", from an ISO span. */
function lifetime(span: string): string {
  const [from, to] = span.split('/');
  if (from && to) return `${from} to ${to}`;
  return from ? `since ${from}` : `until ${to}`;
}

function render(a: Authority): void {
  document.title = `${a.name}: children's services record`;
  const sourceIds = new Map<string, number>();
  const sources: Judgement['supportedBy'][number]['source'][] = [];
  for (const c of a.judgementHistory.flatMap((j) => j.supportedBy))
    if (!sourceIds.has(c.source.id)) sourceIds.set(c.source.id, sources.push(c.source));
  const facts = [
    a.kind?.toLowerCase().replaceAll('_', ' '),
    a.region?.name,
    a.existed && lifetime(a.existed.text),
  ];
  byId('title').textContent = a.name;
  byId('facts').replaceChildren(
    facts.filter(Boolean).join(' · '),
    ' · ',
    el('a', { href: explorePath(a.id) }, 'see it in the graph view'),
  );
  byId('latest').replaceChildren(
    a.latestJudgements.length
      ? table(
          'Latest judgements, by area',
          ['Area', 'Grade', 'Inspected in'],
          a.latestJudgements.map((j) => [
            areaOf(j),
            gradeBadge(j.grade, j.gradeLabel),
            el('a', { href: `#${j.inspection.id}` }, j.inspection.label),
          ]),
        )
      : el('p', {}, 'No graded inspection yet.'),
  );
  byId('history-chart').replaceChildren(historyChart(a.judgementHistory));
  byId('history-table').replaceChildren(historyTable(a.judgementHistory, sourceIds));
  byId('neighbours').replaceChildren(
    a.statisticalNeighbours.length ? neighboursView(a) : el('p', {}, 'No statistical neighbours listed.'),
  );
  byId('posts').replaceChildren(
    ...(a.posts.length
      ? a.posts.map((p) =>
          el(
            'li',
            {},
            `${p.title}${p.interim ? ' (interim)' : ''}: `,
            el('a', { href: explorePath(p.person.id) }, p.person.name ?? p.person.label),
            p.from || p.to ? ` (${p.from?.text ?? '?'} to ${p.to?.text ?? ''})` : '',
          ),
        )
      : [el('li', {}, 'No posts recorded.')]),
  );
  const statements = a.statements.edges.map((e) => e.node);
  byId('statements').replaceChildren(
    ...(statements.length
      ? statements.map((s) =>
          el(
            'li',
            {},
            el('strong', {}, `${day(s.date?.text)}: `),
            s.summary,
            ...s.quotes.map((q) => el('blockquote', {}, q)),
            ' ',
            el('a', { href: explorePath(s.id) }, 'sources'),
          ),
        )
      : [el('li', {}, 'No statements recorded.')]),
    a.statements.pageInfo.hasNextPage ? el('li', {}, `Only the ${STATEMENTS_SHOWN} latest are shown.`) : '',
  );
  byId('sources').replaceChildren(
    ...sources.map((s, k) =>
      el(
        'li',
        { id: `source-${k + 1}` },
        `[${k + 1}] `,
        s.url ? el('a', { href: s.url }, s.title ?? s.label) : (s.title ?? s.label),
        s.publisherName ? ` (${s.publisherName})` : '',
      ),
    ),
  );
  // The page is drawn after the address asked for a row, which :target therefore missed.
  const asked = location.hash && document.getElementById(decoded(location.hash.slice(1)) ?? '');
  if (asked) {
    asked.classList.add('asked');
    asked.scrollIntoView();
  }
}

void busy(status, async () => {
  const id = authorityIdOf(location.pathname);
  if (!id) throw new Error('This address names no authority.');
  const { authority } = await request(AuthorityPageDocument, { id });
  if (!authority) throw new Error(`There is no authority ${id}.`);
  render(authority);
});
