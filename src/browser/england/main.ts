/**
 * /england: every authority coloured by its overall grade on a chosen day, drawn as hexagons
 * of postcode positions (no boundary files), with the national counts beside it, counted as
 * Ofsted's "as at 31 March" tables count, and those counts year by year.
 */
import * as Plot from '@observablehq/plot';
import {
  EnglandOnDayDocument,
  NationalCountsDocument,
  type EnglandOnDayQuery,
} from '../../client/generated/graphql.ts';
import { hexCentre, type EnglandHexes } from '../../place/hex-grid.ts';
import { request } from '../api.ts';
import { busy, byId, el, latestOnly, table } from '../dom.ts';
import { GRADE_ORDER, gradeBadge, gradeLabel, gradeScale } from '../grades.ts';
import { authorityPath } from '../links.ts';
import { placeSearch, type Place } from '../place-search.ts';

type District = EnglandOnDayQuery['englandDistricts'][number];

// The official tables are as at 31 March; the latest one is the default day.
const FIRST_YEAR = 2018;
const LATEST_TABLE = 2025;
const marchOf = (year: number) => `${year}-03-31`;
const YEARS = Array.from({ length: LATEST_TABLE - FIRST_YEAR + 1 }, (_, k) => FIRST_YEAR + k);

const status = byId<HTMLParagraphElement>('status');
const dayInput = byId<HTMLInputElement>('day');
const hexesLoaded: Promise<EnglandHexes> = fetch('/assets/england-hexes.json').then(
  (r) => r.json() as Promise<EnglandHexes>,
);
let here: Place | undefined;
let current: { day: string; answer: EnglandOnDayQuery } | undefined;

/** A district's standing on the day: one authority and its overall grade, or why not. */
function standing(d: District): { grade: string; who: string; id?: string } {
  if (!d.authority)
    return d.candidates.length
      ? { grade: 'SEVERAL', who: d.candidates.map((c) => c.name).join(', ') }
      : { grade: 'NOBODY', who: 'no authority in the data' };
  const overall = d.authority.latestJudgements.find((j) => j.areaKey === 'overall');
  return { grade: overall?.grade ?? 'NONE', who: d.authority.name, id: d.authority.id };
}

const WIDTH = 560;

function map(hexes: EnglandHexes, districts: District[]): SVGSVGElement | HTMLElement {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const cells = hexes.cells.map(([col, row, k]) => {
    const d = byCode.get(hexes.districts[k]!)!;
    const s = standing(d);
    return {
      ...hexCentre(hexes, col, row),
      grade: s.grade,
      title: `${d.name}: ${s.who}, ${gradeLabel(s.grade)}`,
    };
  });
  const xs = cells.map((c) => c.easting);
  const ys = cells.map((c) => c.northing);
  const x = [Math.min(...xs) - hexes.radius, Math.max(...xs) + hexes.radius];
  const y = [Math.min(...ys) - hexes.radius, Math.max(...ys) + hexes.radius];
  // A hexagon's radius in pixels: the grid's in metres, at the scale the width sets.
  const r = (hexes.radius * WIDTH) / (x[1]! - x[0]!);
  const grades = [...GRADE_ORDER, 'NONE', 'SEVERAL', 'NOBODY'].filter((g) =>
    cells.some((c) => c.grade === g),
  );
  const marker = here
    ? [
        Plot.dot([here], {
          x: 'sectorEasting',
          y: 'sectorNorthing',
          r: 8,
          stroke: '#000',
          strokeWidth: 3,
          fill: 'none',
        }),
        Plot.text([here], {
          x: 'sectorEasting',
          y: 'sectorNorthing',
          text: 'postcode',
          dx: 12,
          textAnchor: 'start',
          fontWeight: 'bold',
          stroke: '#fff',
          fill: '#000',
        }),
      ]
    : [];
  return Plot.plot({
    width: WIDTH,
    height: Math.round((WIDTH * (y[1]! - y[0]!)) / (x[1]! - x[0]!)),
    margin: 0,
    x: { domain: x, axis: null },
    y: { domain: y, axis: null },
    color: { ...gradeScale(grades), legend: true },
    ariaLabel: `Map of England's authorities by overall grade on ${current?.day ?? ''}`,
    marks: [
      Plot.dot(cells, { x: 'easting', y: 'northing', symbol: 'hexagon', r, fill: 'grade', title: 'title' }),
      ...marker,
    ],
  });
}

/**
 * Each authority once, with its grade, then each district no single authority ran that day:
 * the map as a table, and the way to its councils by keyboard.
 */
function authoritiesTable(districts: District[]): HTMLTableElement {
  const seen = new Map<string, District>();
  for (const d of districts) if (d.authority && !seen.has(d.authority.id)) seen.set(d.authority.id, d);
  const rows: (Node | string)[][] = [...seen.values()]
    .sort((a, b) => a.authority!.name.localeCompare(b.authority!.name))
    .map((d) => {
      const s = standing(d);
      return [el('a', { href: authorityPath(s.id!) }, s.who), gradeBadge(s.grade)];
    });
  for (const d of districts.filter((x) => !x.authority)) {
    const s = standing(d);
    rows.push([`${d.name} (district): ${s.who}`, gradeBadge(s.grade)]);
  }
  return table('Authorities and their overall grade', ['Council', 'Overall grade'], rows, {
    id: 'map-table',
  });
}

function countsTable(counts: { grade: string; count: number }[]): HTMLTableElement {
  const ordered = GRADE_ORDER.map((g) => ({
    grade: g,
    count: counts.find((c) => c.grade === g)?.count ?? 0,
  })).filter((c) => c.count > 0 || c.grade !== 'ADEQUATE');
  const total = ordered.reduce((sum, c) => sum + c.count, 0);
  const t = table(
    'Authorities by overall grade',
    ['Grade', 'Authorities'],
    [...ordered.map((c) => [gradeBadge(c.grade), String(c.count)]), ['All graded', String(total)]],
    { id: 'national-counts' },
  );
  ordered.forEach((c, k) => t.tBodies[0]!.rows[k]!.setAttribute('data-grade', c.grade));
  return t;
}

const fetchDay = latestOnly((day: string) =>
  Promise.all([hexesLoaded, request(EnglandOnDayDocument, { day })]),
);

async function showDay(day: string): Promise<void> {
  const fetched = await fetchDay(day);
  if (!fetched) return;
  const [hexes, answer] = fetched;
  current = { day, answer };
  byId('map').replaceChildren(map(hexes, answer.englandDistricts));
  byId('counts').replaceChildren(countsTable(answer.gradeDistribution));
  byId('map-table-holder').replaceChildren(authoritiesTable(answer.englandDistricts));
  byId('day-shown').textContent = day;
  for (const button of byId('days').querySelectorAll('button'))
    button.setAttribute('aria-pressed', String(button.dataset.day === day));
  document.body.dataset.day = day;
}

async function showYears(): Promise<void> {
  const counts = await Promise.all(
    YEARS.map(async (year) => ({
      year,
      counts: (await request(NationalCountsDocument, { day: marchOf(year) })).gradeDistribution,
    })),
  );
  const data = counts.flatMap(({ year, counts }) => counts.map((c) => ({ year: String(year), ...c })));
  const grades = GRADE_ORDER.filter((g) => data.some((d) => d.grade === g));
  byId('years-chart').replaceChildren(
    Plot.plot({
      width: 900,
      marginLeft: 50,
      x: { type: 'band', label: 'As at 31 March' },
      y: { label: 'Authorities', grid: true },
      color: { ...gradeScale(grades), legend: true },
      marks: [
        Plot.barY(data, {
          x: 'year',
          y: 'count',
          fill: 'grade',
          order: grades,
          title: (d: { grade: string; count: number }) => `${gradeLabel(d.grade)}: ${d.count}`,
        }),
        Plot.ruleY([0]),
      ],
    }),
  );
  byId('years-table').replaceChildren(
    table(
      'Authorities by overall grade as at 31 March, year by year',
      ['Year', ...grades.map(gradeLabel)],
      counts.map(({ year, counts }) => [
        String(year),
        ...grades.map((g) => String(counts.find((c) => c.grade === g)?.count ?? 0)),
      ]),
    ),
  );
}

// The quick choices: each 31 March (the official tables shipped are those of 2024 and 2025).
byId('days').append(
  ...[...YEARS].reverse().map((year) => {
    const button = el('button', { type: 'button', 'data-day': marchOf(year) }, `31 March ${year}`);
    button.addEventListener('click', () => {
      dayInput.value = marchOf(year);
      void busy(status, () => showDay(marchOf(year)));
    });
    return button;
  }),
);
dayInput.value = marchOf(LATEST_TABLE);
dayInput.max = new Date().toISOString().slice(0, 10);
dayInput.addEventListener('change', () => {
  if (dayInput.value) void busy(status, () => showDay(dayInput.value));
});

placeSearch(byId('search'), byId('search-results'), (place) => {
  here = place;
  if (current)
    void hexesLoaded.then((hexes) =>
      byId('map').replaceChildren(map(hexes, current!.answer.englandDistricts)),
    );
});

void busy(status, () => Promise.all([showDay(marchOf(LATEST_TABLE)), showYears()]).then(() => undefined));
