/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The seed, fact by fact: an executable form of the checklist of everything the two seed
 * articles say (A = the June 2016 blog post, B = the 2009 news article), the few facts
 * taken from data files (D) and what the sources leave unknown (U). Every test asks the
 * real HTTP API and checks both the value and the citation (source and locator) that
 * backs it. Item numbers match the checklist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.post({ query, variables });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** One node through its typed root field, e.g. `one('inspection', id, 'inspectorCount')`. */
async function one(root: string, id: string, selection: string) {
  const data = await gql(`query One($id: ID!) { item: ${root}(id: $id) { id ${selection} } }`, { id });
  expect(data.item, `${root}(id: "${id}")`).not.toBeNull();
  expect(data.item.id).toBe(id);
  return data.item;
}

/** One node through `node(id:)`, for types without a root field of their own. */
async function node(type: string, id: string, selection: string) {
  const data = await gql(
    `query Node($id: ID!) { item: node(id: $id) { id __typename ... on ${type} { ${selection} } } }`,
    { id },
  );
  expect(data.item, `node(id: "${id}")`).not.toBeNull();
  expect(data.item.__typename).toBe(type);
  return data.item;
}

// ---------------------------------------------------------------- query pieces

const CITE = 'source { id } locator field quote note';
/** All citations of a node. */
const CITES = `supportedBy { ${CITE} }`;
/** The citations of one field (plus the whole-node ones), aliased `<field>Cites`. */
const citesOf = (field: string) => `${field}Cites: supportedBy(field: "${field}") { ${CITE} }`;
const PD = 'year month day text';
const SPAN = `text start { ${PD} } end { ${PD} }`;
const IDS = 'edges { node { id } }';
const FINDING = `kind summary quotes notes inspection { id } about { id } ${CITES}`;
const STATEMENT = `kind date { ${PD} } summary quotes topics notes speakers { id __typename }
  onBehalfOf { id } capacity { id } about { id } inResponseTo { id } ${CITES}`;
const JUDGEMENT = `areaKey areaLabel areaGroup isOverall grade gradeLabel notes inspection { id }
  authority { id } ${CITES}`;
const EVENT = `kind status date { ${PD} } summary notes participants { agent { id } role } post { id }
  causedBy { id } relatedTo { id } ${CITES}`;
const OBSERVATION = `measure value valueText unit scope framework notes authority { id } service { id }
  period { ${SPAN} } asOf { ${PD} } reportedIn { id } ${CITES}`;
const TEAM = `name abbreviation nameLanguage nameMeaning purpose multiAgency notes service { id }
  authority { id } partnerships { id } mentionedIn { id } ${CITES} ${citesOf('service')}`;
const POST = `title interim notes person { id } body { id } from { ${PD} } to { ${PD} } attestedOn { ${PD} }
  startedBy { id } endedBy { id } statements { id } ${CITES}`;

// ---------------------------------------------------------------- expectations

interface Cite {
  source: { id: string };
  locator: string | null;
  field: string | null;
  quote: string | null;
  note: string | null;
}
type WithId = { id: string };

const ids = (nodes: WithId[]) => nodes.map((n) => n.id);
const edgeIds = (connection: { edges: { node: WithId }[] }) => connection.edges.map((e) => e.node.id);

/**
 * The citations include one to `sourceId` at `locator`. It backs the node as a whole
 * unless `extra.field` names the field; `extra` can also pin the quote or note.
 */
function expectCitation(
  citations: Cite[],
  sourceId: string,
  locator: string,
  extra: { field?: string; quote?: unknown; note?: unknown } = {},
) {
  expect(citations).toContainEqual(
    expect.objectContaining({ source: { id: sourceId }, locator, field: null, ...extra }),
  );
}

// ---------------------------------------------------------------- ids

const BLOG = 'source:seed-000';
const NEWS = 'source:seed-001';
const DFE_LAS = 'source:data-dfe-las';
const LA_LOOKUP = 'source:data-ofsted-la-lookup';
const CSC_REPORTS = 'source:data-ofsted-csc-reports';
/** Row of the Ofsted reports data file that holds the 2016 inspection. */
const SIF_ROW = 'row gss_code=E06000052, report_type=SIF';

const CORNWALL = 'authority:cornwall';
const OFSTED = 'org:ofsted';
const GOVERNMENT = 'org:uk-government';
const BLOG_AUTHOR = 'person:seed-000-author';

const SIF_2016 = 'inspection:cornwall-2016-sif';
const OFSTED_2009 = 'inspection:cornwall-2009-ofsted';
const JAR_2008 = 'inspection:cornwall-2008-jar';
const RATING_2010_11 = 'inspection:cornwall-2010-2011-unidentified';

const CHILDRENS_SERVICES = 'service:cornwall-childrens-services';
const SOCIAL_CARE = 'service:cornwall-childrens-social-care';
const LOOKED_AFTER = 'service:cornwall-looked-after-children';
const ADOPTION = 'service:cornwall-adoption';
const EARLY_HELP = 'service:cornwall-early-help';

const MARU = 'team:cornwall-maru';
const EARLY_HELP_HUB = 'team:cornwall-early-help-hub';
const TEYLU = 'team:cornwall-teylu';
const GWERES = 'team:cornwall-gweres-tus-yownyk';

const RESIGNATION = 'event:dean-ashton-resignation-2009';
const IMPROVEMENT_PLANS = 'event:cornwall-improvement-plans-2009';
const INTERIM_APPOINTMENT = 'event:cornwall-interim-dcs-appointment-2009';
const JOINT_APOLOGY = 'statement:cornwall-2009-joint-apology';
const PRIMAROLO_RESPONSE = 'statement:primarolo-2009-response';
const MORE_TO_DO = 'statement:cornwall-2016-more-to-do';
const CREDIT = 'statement:cornwall-2016-credit-to-staff-and-partners';
const OUTSOURCING = 'statement:cornwall-2016-outsourcing-claim';

const BASW_HEADLINE = 'Head of BASW to meet with troubled Cornwall Council';
const QUITS_HEADLINE = 'Cornwall children’s director quits over Ofsted probe';

/** A finding of an inspection: its kind, its subjects, and both directions of each link. */
async function expectFinding(
  id: string,
  expected: { inspection: string; kind: string; about: string[]; locator: string; source?: string },
) {
  const finding = await node('Finding', id, FINDING);
  expect(finding.kind).toBe(expected.kind);
  expect(finding.inspection.id).toBe(expected.inspection);
  expect(ids(finding.about).sort()).toEqual([...expected.about].sort());
  expectCitation(finding.supportedBy, expected.source ?? BLOG, expected.locator);

  const back = await one('inspection', expected.inspection, 'findings { id }');
  expect(ids(back.findings)).toContain(id);
  for (const subject of expected.about) {
    const target = await gql(`query ($id: ID!) { node(id: $id) { ... on Subject { mentionedIn { id } } } }`, {
      id: subject,
    });
    expect(ids(target.node.mentionedIn), `${subject} is mentioned in ${id}`).toContain(id);
  }
  return finding;
}

/** A graded 2016 area judgement: Good, in the post's words, and in the inspection's list. */
async function expect2016AreaJudgement(id: string, areaKey: string, areaLabel: string) {
  const judgement = await node('Judgement', id, JUDGEMENT);
  expect(judgement).toMatchObject({
    areaKey,
    areaLabel,
    areaGroup: null,
    isOverall: false,
    grade: 'GOOD',
    gradeLabel: 'Good',
    inspection: { id: SIF_2016 },
    authority: { id: CORNWALL },
  });
  expectCitation(judgement.supportedBy, BLOG, 'paragraph 2');
  const inspection = await one('inspection', SIF_2016, 'judgements { id }');
  expect(ids(inspection.judgements)).toContain(id);
}

/** A 2009 looked-after-children area judgement: inadequate, in its group, on the service. */
async function expect2009LookedAfterJudgement(id: string, areaKey: string, areaLabel: string) {
  const judgement = await node('Judgement', id, JUDGEMENT);
  expect(judgement).toMatchObject({
    areaKey,
    areaLabel,
    areaGroup: 'services for looked after children',
    isOverall: false,
    grade: 'INADEQUATE',
    gradeLabel: 'inadequate',
    inspection: { id: OFSTED_2009 },
    authority: { id: CORNWALL },
  });
  expectCitation(judgement.supportedBy, NEWS, 'paragraph 3');
  const data = await gql(`{
    inspection(id: "${OFSTED_2009}") { judgements { id } services { id } }
    service(id: "${LOOKED_AFTER}") { inspections { id } ${CITES} }
  }`);
  expect(ids(data.inspection.judgements)).toContain(id);
  expect(ids(data.inspection.services)).toContain(LOOKED_AFTER);
  expect(ids(data.service.inspections)).toContain(OFSTED_2009);
  expectCitation(data.service.supportedBy, NEWS, 'paragraph 3');
}

// ============================================================================ A

describe('A. The blog post of 27 June 2016 (source:seed-000)', () => {
  describe('the source itself', () => {
    it('A01 is a blog post headlined with the Good rating, dated 27 June 2016 from its own "today"', async () => {
      const source = await one(
        'source',
        BLOG,
        `kind title published { ${PD} } publisherKind seedFile dataFile notes supports(prefixes: ["statement"], first: 100) { ${IDS} }`,
      );
      expect(source.kind).toBe('BLOG_POST');
      expect(source.publisherKind).toBe('BLOG');
      expect(source.title).toBe('Cornwall Council Children’s Social Care Services rated Good by Ofsted');
      expect(source.published).toEqual({ year: 2016, month: 6, day: 27, text: '2016-06-27' });
      expect(source.seedFile).toBe('000_b8db5fa52831cfdc.txt');
      expect(source.dataFile).toBeNull();
      // Where the date comes from, and what the source backs.
      expect(source.notes).toContain('today (27 June)');
      expect(edgeIds(source.supports)).toContain('statement:cornwall-2016-good-confirmation');
    });

    it('A02 was written in the first person by someone it does not name', async () => {
      const data = await gql(`{
        source(id: "${BLOG}") { author { id name } }
        person(id: "${BLOG_AUTHOR}") { name label notes authored { id } statements { ${IDS} } ${CITES} }
      }`);
      expect(data.source.author).toEqual({ id: BLOG_AUTHOR, name: null });
      expect(ids(data.person.authored)).toEqual([BLOG]);
      expect(data.person.name).toBeNull();
      expect(data.person.label).toMatch(/unnamed author/i);
      expect(data.person.notes).toContain('first person');
      expect(edgeIds(data.person.statements)).toContain('statement:cornwall-2016-good-confirmation');
      expectCitation(data.person.supportedBy, BLOG, 'paragraphs 1, 7-11');
    });

    it('A03 names two bodies: Cornwall Council and Ofsted', async () => {
      const data = await gql(`{
        authority(id: "${CORNWALL}") { name shortName ${CITES} }
        organisation(id: "${OFSTED}") { name kind ${CITES} }
        source(id: "${BLOG}") { supports(prefixes: ["authority", "org"], first: 100) { ${IDS} } }
      }`);
      expect(data.authority).toMatchObject({ name: 'Cornwall Council', shortName: 'Cornwall' });
      expect(data.organisation).toMatchObject({ name: 'Ofsted', kind: 'INSPECTORATE' });
      expectCitation(data.authority.supportedBy, BLOG, 'title; paragraph 1');
      expectCitation(data.organisation.supportedBy, BLOG, 'title; paragraph 1');
      expect(edgeIds(data.source.supports)).toEqual(expect.arrayContaining([CORNWALL, OFSTED]));
    });
  });

  describe('the headline and paragraph 1: the rating and how it compares', () => {
    it("A04 Ofsted graded Cornwall's children's social care Good", async () => {
      const judgement = await node(
        'Judgement',
        'judgement:cornwall-2016-sif-overall',
        `grade isOverall authority { id } inspection { id inspectorate { id } services { id } ${citesOf('services')} } ${CITES}`,
      );
      expect(judgement).toMatchObject({ grade: 'GOOD', isOverall: true, authority: { id: CORNWALL } });
      expect(judgement.inspection.inspectorate.id).toBe(OFSTED);
      expect(ids(judgement.inspection.services)).toContain(SOCIAL_CARE);
      expectCitation(judgement.supportedBy, BLOG, 'title; paragraphs 1-2');
      expectCitation(judgement.inspection.servicesCites, BLOG, 'paragraphs 3-5', { field: 'services' });

      const service = await one(
        'service',
        SOCIAL_CARE,
        `name alsoKnownAs authority { id } inspections { id } ${CITES}`,
      );
      expect(service.name).toBe("Children's social care");
      expect(service.alsoKnownAs).toContain('Children’s Social Care Services');
      expect(service.authority.id).toBe(CORNWALL);
      expect(ids(service.inspections)).toContain(SIF_2016);
      expectCitation(service.supportedBy, BLOG, 'title; paragraph 1');
    });

    it('A05 the author officially confirmed the Good rating on the day of the post', async () => {
      const statement = await one('statement', 'statement:cornwall-2016-good-confirmation', STATEMENT);
      expect(statement.kind).toBe('ANNOUNCEMENT');
      expect(statement.date.text).toBe('2016-06-27');
      expect(ids(statement.speakers)).toEqual([BLOG_AUTHOR]);
      expect(statement.inResponseTo.id).toBe(SIF_2016);
      expect(ids(statement.about)).toEqual(expect.arrayContaining([SOCIAL_CARE, SIF_2016]));
      expect(statement.quotes).toEqual([
        'Today I can officially confirm that Cornwall Council’s children’s social care services have been rated as ‘Good’ in the most recent Ofsted inspection.',
      ]);
      expectCitation(statement.supportedBy, BLOG, 'paragraph 1');
      const inspection = await one('inspection', SIF_2016, 'mentionedIn { id }');
      expect(ids(inspection.mentionedIn)).toContain('statement:cornwall-2016-good-confirmation');
    });

    it('A06 the rating came from the latest Ofsted inspection, under what the post calls a tougher new framework', async () => {
      const data = await gql(`{
        inspection(id: "${SIF_2016}") { subject { id } inspectorate { id } frameworkLabel ${CITES} }
        organisation(id: "${OFSTED}") { inspectionsCarriedOut(first: 100, filter: {authorityId: "${CORNWALL}"}) { ${IDS} } }
        authority(id: "${CORNWALL}") { inspections(first: 100) { ${IDS} } }
      }`);
      expect(data.inspection.subject.id).toBe(CORNWALL);
      expect(data.inspection.inspectorate.id).toBe(OFSTED);
      expect(data.inspection.frameworkLabel).toBe('tougher new inspection framework');
      expectCitation(data.inspection.supportedBy, BLOG, 'title; paragraphs 1-2');
      expect(edgeIds(data.organisation.inspectionsCarriedOut)).toContain(SIF_2016);
      expect(edgeIds(data.authority.inspections)).toContain(SIF_2016);
    });

    it("A07 the result places Cornwall's service in the top quarter of those inspected under that framework", async () => {
      const obs = await one('observation', 'obs:cornwall-2016-sif-national-position', OBSERVATION);
      expect(obs).toMatchObject({
        value: 25,
        valueText: 'top 25%',
        unit: 'percent (upper band)',
        authority: { id: CORNWALL },
        service: { id: SOCIAL_CARE },
        period: null,
        asOf: { text: '2016-06-27' },
        reportedIn: null,
      });
      expectCitation(obs.supportedBy, BLOG, 'paragraph 1');
      const service = await one('service', SOCIAL_CARE, 'observations { id }');
      expect(ids(service.observations)).toContain('obs:cornwall-2016-sif-national-position');
    });

    it('A08 just 12 councils had risen to Good under that regime as of the post', async () => {
      const obs = await one('observation', 'obs:sif-authorities-improved-to-good-2016', OBSERVATION);
      expect(obs).toMatchObject({
        value: 12,
        valueText: '12',
        unit: 'local authorities',
        authority: null,
        service: null,
        period: null,
        asOf: { year: 2016, month: 6, day: 27, text: '2016-06-27' },
      });
      expect(obs.scope).toMatch(/English local authorities/);
      expectCitation(obs.supportedBy, BLOG, 'paragraph 1');
    });

    it('A09 Cornwall had an Inadequate rating some time in 2010-2011, held apart from the 2009 one', async () => {
      const inspection = await one(
        'inspection',
        RATING_2010_11,
        `subject { id } dated { ${SPAN} } judgements { id } links { from { id } to { id } } ${CITES}`,
      );
      expect(inspection.subject.id).toBe(CORNWALL);
      expect(inspection.dated.text).toBe('2010/2011');
      expect(inspection.dated.start).toMatchObject({ year: 2010, month: null });
      expect(inspection.dated.end).toMatchObject({ year: 2011, month: null });
      expectCitation(inspection.supportedBy, BLOG, 'paragraph 1');
      expect(ids(inspection.judgements)).toEqual(['judgement:cornwall-2010-2011-unidentified-inadequate']);
      // Not linked to, or merged with, the 2009 inspection.
      for (const link of inspection.links) {
        expect([link.from.id, link.to.id]).not.toContain(OFSTED_2009);
      }

      const judgement = await node(
        'Judgement',
        'judgement:cornwall-2010-2011-unidentified-inadequate',
        JUDGEMENT,
      );
      expect(judgement).toMatchObject({
        grade: 'INADEQUATE',
        gradeLabel: 'Inadequate',
        inspection: { id: RATING_2010_11 },
        authority: { id: CORNWALL },
      });
      expectCitation(judgement.supportedBy, BLOG, 'paragraph 1');
    });

    it('A10 of the councils rated Inadequate in 2010-2011, Cornwall alone has since reached Good', async () => {
      const obs = await one('observation', 'obs:inadequate-2010-11-authorities-now-good-2016', OBSERVATION);
      expect(obs).toMatchObject({
        value: 1,
        valueText: 'Cornwall is the only authority',
        unit: 'local authorities',
        authority: { id: CORNWALL },
        asOf: { text: '2016-06-27' },
      });
      expectCitation(obs.supportedBy, BLOG, 'paragraph 1');

      const link = await node(
        'InspectionLink',
        'link:cornwall-2016-improved-from-2010-2011',
        `kind from { id } to { id } ${CITES}`,
      );
      expect(link).toMatchObject({
        kind: 'IMPROVED_FROM',
        from: { id: SIF_2016 },
        to: { id: RATING_2010_11 },
      });
      expectCitation(link.supportedBy, BLOG, 'paragraph 1');
      const data = await gql(`{
        later: inspection(id: "${SIF_2016}") { links { id } }
        earlier: inspection(id: "${RATING_2010_11}") { links { id } }
      }`);
      expect(ids(data.later.links)).toContain('link:cornwall-2016-improved-from-2010-2011');
      expect(ids(data.earlier.links)).toContain('link:cornwall-2016-improved-from-2010-2011');
    });
  });

  describe('paragraph 2: the report and its judgements', () => {
    it('A11 twelve inspectors produced the final report', async () => {
      const inspection = await one('inspection', SIF_2016, `inspectorCount ${citesOf('inspectorCount')}`);
      expect(inspection.inspectorCount).toBe(12);
      expectCitation(inspection.inspectorCountCites, BLOG, 'paragraph 2', { field: 'inspectorCount' });
    });

    it('A12 the report came out on 27 June 2016, the day of the post', async () => {
      const inspection = await one('inspection', SIF_2016, `published { ${PD} } ${citesOf('published')}`);
      expect(inspection.published).toEqual({ year: 2016, month: 6, day: 27, text: '2016-06-27' });
      expectCitation(inspection.publishedCites, BLOG, 'paragraph 2', {
        field: 'published',
        note: expect.stringContaining('27 June'),
      });
    });

    it('A13 the overall grade was Good', async () => {
      const judgement = await node('Judgement', 'judgement:cornwall-2016-sif-overall', JUDGEMENT);
      expect(judgement).toMatchObject({
        areaKey: 'overall',
        areaLabel: 'overall rating',
        areaGroup: null,
        isOverall: true,
        grade: 'GOOD',
        gradeLabel: 'Good',
        inspection: { id: SIF_2016 },
      });
      expectCitation(judgement.supportedBy, BLOG, 'title; paragraphs 1-2');
      const inspection = await one('inspection', SIF_2016, 'judgements { id }');
      expect(inspection.judgements[0]?.id).toBe('judgement:cornwall-2016-sif-overall');
    });

    it('A14 children in care and permanence was graded Good', async () => {
      await expect2016AreaJudgement(
        'judgement:cornwall-2016-sif-looked-after-and-permanence',
        'looked-after-and-permanence',
        'Children in Care and Permanence',
      );
    });

    it('A15 adoption was graded Good', async () => {
      await expect2016AreaJudgement('judgement:cornwall-2016-sif-adoption', 'adoption', 'Adoption');
    });

    it('A16 care leavers was graded Good', async () => {
      await expect2016AreaJudgement(
        'judgement:cornwall-2016-sif-care-leavers',
        'care-leavers',
        'Care Leavers',
      );
    });

    it('A17 leadership, management and governance was graded Good', async () => {
      await expect2016AreaJudgement(
        'judgement:cornwall-2016-sif-leadership-management-governance',
        'leadership-management-governance',
        'Leadership, Management and Governance',
      );
    });

    it('A18 the four areas are only some of the key areas, so the list of judgements is marked incomplete', async () => {
      const inspection = await one('inspection', SIF_2016, `judgementsComplete notes ${CITES}`);
      expect(inspection.judgementsComplete).toBe(false);
      expect(inspection.notes).toContain('four of the key areas');
      expectCitation(inspection.supportedBy, BLOG, 'title; paragraphs 1-2');
    });
  });

  describe('the photo caption', () => {
    it('A19 people came together for the announcement on the morning of 27 June 2016', async () => {
      const event = await one('event', 'event:cornwall-2016-good-rating-announcement', EVENT);
      expect(event).toMatchObject({
        kind: 'ANNOUNCEMENT',
        status: 'OCCURRED',
        date: { year: 2016, month: 6, day: 27, text: '2016-06-27' },
      });
      expect(ids(event.relatedTo)).toEqual(expect.arrayContaining([SIF_2016, SOCIAL_CARE]));
      expectCitation(event.supportedBy, BLOG, 'photo caption', {
        quote: 'Gathered for the announcement this morning',
      });
      const data = await gql(`{
        inspection(id: "${SIF_2016}") { mentionedIn { id } }
        source(id: "${BLOG}") { notes }
      }`);
      expect(ids(data.inspection.mentionedIn)).toContain('event:cornwall-2016-good-rating-announcement');
      expect(data.source.notes).toContain('Two identical photo captions');
    });
  });

  describe('paragraph 3: strengths the report picks out', () => {
    it('A20 social work staff are skilled and enthusiastic', async () => {
      await expectFinding('finding:cornwall-2016-sif-social-work-staff', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [SOCIAL_CARE],
        locator: 'paragraph 3',
      });
    });

    it('A21 children in care and care leavers get a consistently good service', async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-children-in-care-and-care-leavers', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [LOOKED_AFTER],
        locator: 'paragraph 3',
      });
      expect(finding.quotes).toEqual(['consistently good service']);
    });

    it('A22 foster carers are well supported', async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-foster-carer-support', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [LOOKED_AFTER],
        locator: 'paragraph 3',
      });
      expect(finding.notes).toMatch(/no fostering service/);
    });

    it('A23 the adoption service does good work', async () => {
      await expectFinding('finding:cornwall-2016-sif-adoption-service', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [ADOPTION],
        locator: 'paragraph 3',
      });
      const service = await one('service', ADOPTION, `name authority { id } inspections { id } ${CITES}`);
      expect(service.name).toBe('Adoption service');
      expect(service.authority.id).toBe(CORNWALL);
      expect(ids(service.inspections)).toContain(SIF_2016);
      expectCitation(service.supportedBy, BLOG, 'paragraph 3');
    });

    it('A24 the council works strongly with its partners', async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-partnership-working', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [CORNWALL],
        locator: 'paragraph 3',
      });
      expect(finding.notes).toBe('The partners are not named.');
    });

    it('A25 practice in early help services is of good quality', async () => {
      await expectFinding('finding:cornwall-2016-sif-early-help-practice', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [EARLY_HELP],
        locator: 'paragraph 3',
      });
    });
  });

  describe('paragraph 4: innovative services singled out', () => {
    it("A26 the report singled out some of Cornwall's most innovative services: four named teams", async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-innovative-services', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [MARU, EARLY_HELP_HUB, TEYLU, GWERES],
        locator: 'paragraph 4',
      });
      expect(finding.summary).toMatch(/most innovative services/);
    });

    it('A27 one is the Multi-Agency Referral Unit, known as MARU', async () => {
      const team = await one('team', MARU, TEAM);
      expect(team).toMatchObject({
        name: 'Multi-Agency Referral Unit',
        abbreviation: 'MARU',
        nameLanguage: 'en',
        nameMeaning: null,
        multiAgency: true,
        authority: { id: CORNWALL },
      });
      expectCitation(team.supportedBy, BLOG, 'paragraph 4');
      const authority = await one('authority', CORNWALL, 'teams { id }');
      expect(ids(authority.teams)).toContain(MARU);
    });

    it('A28 another is the Early Help Hub', async () => {
      const team = await one('team', EARLY_HELP_HUB, TEAM);
      expect(team).toMatchObject({
        name: 'Early Help Hub',
        abbreviation: null,
        nameLanguage: 'en',
        nameMeaning: null,
        authority: { id: CORNWALL },
        service: { id: EARLY_HELP },
      });
      expectCitation(team.supportedBy, BLOG, 'paragraph 4');
      const service = await one('service', EARLY_HELP, 'teams { id }');
      expect(ids(service.teams)).toContain(EARLY_HELP_HUB);
    });

    it('A29 both the MARU and the Early Help Hub were built together with unnamed health partners', async () => {
      const cases = [
        [MARU, 'partnership:cornwall-maru-health-partners'],
        [EARLY_HELP_HUB, 'partnership:cornwall-early-help-hub-health-partners'],
      ] as const;
      for (const [teamId, partnershipId] of cases) {
        const partnership = await node(
          'TeamPartnership',
          partnershipId,
          `team { id } partner { id } partnerDescription role ${CITES}`,
        );
        expect(partnership).toMatchObject({
          team: { id: teamId },
          partner: null,
          partnerDescription: 'health partners',
          role: 'developed jointly',
        });
        expectCitation(partnership.supportedBy, BLOG, 'paragraph 4');
        const team = await one('team', teamId, 'partnerships { id }');
        expect(ids(team.partnerships)).toEqual([partnershipId]);
      }
    });

    it('A30 Teylu is a multi-agency team whose Cornish name means Family', async () => {
      const team = await one('team', TEYLU, TEAM);
      expect(team).toMatchObject({
        name: 'Teylu',
        nameLanguage: 'kw',
        nameMeaning: 'Family',
        multiAgency: true,
        authority: { id: CORNWALL },
      });
      expect(ids(team.mentionedIn)).toContain('finding:cornwall-2016-sif-innovative-services');
      expectCitation(team.supportedBy, BLOG, 'paragraph 4');
    });

    it('A31 Teylu does specialist pre-birth and parent-and-child assessments', async () => {
      const team = await one('team', TEYLU, TEAM);
      expect(team.purpose).toBe(
        'Specialist team assessing families before birth and assessing parents together with their children.',
      );
      expectCitation(team.supportedBy, BLOG, 'paragraph 4');
    });

    it('A32 Gweres Tus Yownyk is a multi-agency team whose Cornish name means Helping Young People', async () => {
      const team = await one('team', GWERES, TEAM);
      expect(team).toMatchObject({
        name: 'Gweres Tus Yownyk',
        nameLanguage: 'kw',
        nameMeaning: 'Helping Young People',
        multiAgency: true,
        authority: { id: CORNWALL },
      });
      expect(ids(team.mentionedIn)).toContain('finding:cornwall-2016-sif-innovative-services');
      expectCitation(team.supportedBy, BLOG, 'paragraph 4');
    });

    it('A33 Gweres Tus Yownyk is the specialist service for adolescents on the edge of care', async () => {
      const team = await one('team', GWERES, TEAM);
      expect(team.purpose).toBe('Specialist service for adolescents who are on the edge of care.');
      expectCitation(team.supportedBy, BLOG, 'paragraph 4');
    });
  });

  describe('paragraph 5: early help', () => {
    it('A34 the report records a big rise in the number of children getting early help', async () => {
      const data = await gql(`{
        before: observation(id: "obs:cornwall-early-help-children-2011-12") { measure value reportedIn { id } ${CITES} }
        after: observation(id: "obs:cornwall-early-help-children-2015-16") { measure value reportedIn { id } ${CITES} }
        inspection(id: "${SIF_2016}") { observations { id } }
      }`);
      expect(data.before.measure).toBe('Children receiving early help');
      expect(data.after.measure).toBe(data.before.measure);
      expect(data.after.value).toBeGreaterThan(data.before.value);
      expect(data.before.reportedIn.id).toBe(SIF_2016);
      expect(data.after.reportedIn.id).toBe(SIF_2016);
      expectCitation(data.before.supportedBy, BLOG, 'paragraph 5');
      expectCitation(data.after.supportedBy, BLOG, 'paragraph 5');
      expect(ids(data.inspection.observations)).toEqual(
        expect.arrayContaining([
          'obs:cornwall-early-help-children-2011-12',
          'obs:cornwall-early-help-children-2015-16',
        ]),
      );
    });

    it('A35 200 children had early help in 2011-2012', async () => {
      const obs = await one('observation', 'obs:cornwall-early-help-children-2011-12', OBSERVATION);
      expect(obs).toMatchObject({
        value: 200,
        valueText: '200',
        unit: 'children',
        authority: { id: CORNWALL },
        service: { id: EARLY_HELP },
        asOf: null,
        period: { text: '2011/2012', start: { year: 2011 }, end: { year: 2012 } },
      });
      expectCitation(obs.supportedBy, BLOG, 'paragraph 5');
      const service = await one('service', EARLY_HELP, 'observations { id }');
      expect(ids(service.observations)).toContain('obs:cornwall-early-help-children-2011-12');
    });

    it('A36 2,700 children had early help in 2015-2016', async () => {
      const obs = await one('observation', 'obs:cornwall-early-help-children-2015-16', OBSERVATION);
      expect(obs).toMatchObject({
        value: 2700,
        valueText: '2,700',
        unit: 'children',
        authority: { id: CORNWALL },
        service: { id: EARLY_HELP },
        asOf: null,
        period: { text: '2015/2016', start: { year: 2015 }, end: { year: 2016 } },
      });
      expectCitation(obs.supportedBy, BLOG, 'paragraph 5');
      const authority = await one('authority', CORNWALL, 'observations { id }');
      expect(ids(authority.observations)).toContain('obs:cornwall-early-help-children-2015-16');
    });

    it('A37 early help has come to be treated as a responsibility everyone shares', async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-early-help-everyones-business', {
        inspection: SIF_2016,
        kind: 'STRENGTH',
        about: [EARLY_HELP],
        locator: 'paragraph 5',
      });
      expect(finding.summary).toMatch(/shared responsibility/);
    });

    it('A38 the council is the provider of early help', async () => {
      const service = await one('service', EARLY_HELP, `name alsoKnownAs notes authority { id } ${CITES}`);
      expect(service.name).toBe('Early help');
      expect(service.alsoKnownAs).toEqual(expect.arrayContaining(['early help services', 'Early Help']));
      expect(service.authority.id).toBe(CORNWALL);
      expect(service.notes).toMatch(/Provided by the council/);
      expectCitation(service.supportedBy, BLOG, 'paragraphs 3, 5');
      const authority = await one('authority', CORNWALL, 'services { id }');
      expect(ids(authority.services)).toContain(EARLY_HELP);
    });

    it('A39 parents and carers who met inspectors called the early help amazing and brilliant', async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-parents-praise-early-help', {
        inspection: SIF_2016,
        kind: 'REPORTED_VIEW',
        about: [EARLY_HELP],
        locator: 'paragraph 5',
      });
      expect(finding.quotes).toEqual(['amazing', 'brilliant']);
    });

    it("A40 parents said the help had really improved their children's lives", async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-parents-report-improvements', {
        inspection: SIF_2016,
        kind: 'REPORTED_VIEW',
        about: [EARLY_HELP],
        locator: 'paragraph 5',
      });
      expect(finding.summary).toMatch(/real improvements to their children's lives/);
    });
  });

  describe("paragraph 6: the report's conclusion", () => {
    it("A41 Cornwall's services for children and young people are now far stronger", async () => {
      const finding = await expectFinding('finding:cornwall-2016-sif-stronger-than-2013', {
        inspection: SIF_2016,
        kind: 'CONCLUSION',
        about: [CHILDRENS_SERVICES],
        locator: 'paragraph 6',
      });
      expect(finding.summary).toMatch(/much stronger position/);
    });

    it('A42 those services work better than they did in 2013', async () => {
      const finding = await node('Finding', 'finding:cornwall-2016-sif-stronger-than-2013', FINDING);
      expect(finding.summary).toMatch(/more effective than in 2013/);
      expectCitation(finding.supportedBy, BLOG, 'paragraph 6');
    });
  });

  describe("paragraphs 7-11: the author's own statements", () => {
    it('A43 the author is very proud of all who keep Cornwall’s children safe and well', async () => {
      const statement = await one('statement', 'statement:cornwall-2016-pride', STATEMENT);
      expect(statement.kind).toBe('ACKNOWLEDGEMENT');
      expect(ids(statement.speakers)).toEqual([BLOG_AUTHOR]);
      expect(statement.date.text).toBe('2016-06-27');
      expect(statement.quotes).toEqual([
        'I am extremely proud of the commitment, expertise and achievements of everyone who works so hard to keep children and young people in Cornwall safe and well.',
      ]);
      expect(ids(statement.about)).toEqual([CHILDRENS_SERVICES]);
      expect(statement.topics).toEqual(['staff']);
      expectCitation(statement.supportedBy, BLOG, 'paragraph 7');
    });

    it('A44 much progress has been made but more remains, and always will', async () => {
      const statement = await one('statement', MORE_TO_DO, STATEMENT);
      expect(statement.kind).toBe('COMMITMENT');
      expect(ids(statement.speakers)).toEqual([BLOG_AUTHOR]);
      expect(statement.quotes).toContain('We have come a long way but we know we have more to do.');
      expect(statement.summary).toMatch(/more remained to do/);
      expectCitation(statement.supportedBy, BLOG, 'paragraph 8');
      const person = await one('person', BLOG_AUTHOR, `statements(first: 100) { ${IDS} }`);
      expect(edgeIds(person.statements)).toContain(MORE_TO_DO);
    });

    it('A45 new risks to children, such as online sexual exploitation, still have to be tackled', async () => {
      const statement = await one('statement', MORE_TO_DO, STATEMENT);
      expect(statement.topics).toEqual(
        expect.arrayContaining(['online child sexual exploitation', 'emerging risks']),
      );
      expect(statement.quotes).toContain(
        'especially as we address emerging risks to children such as online child sexual exploitation',
      );
      expectCitation(statement.supportedBy, BLOG, 'paragraph 8');
    });

    it('A46 work with unnamed partners is building on five years of progress', async () => {
      const statement = await one('statement', MORE_TO_DO, STATEMENT);
      expect(statement.topics).toContain('partnership working');
      expect(statement.quotes).toContainEqual(
        expect.stringContaining('We are already working with our partners to build on the progress'),
      );
      expect(statement.notes).toMatch(/partners are not\s+named/);
      expectCitation(statement.supportedBy, BLOG, 'paragraph 8');
    });

    it('A47 the author promises a Good grade in this area at the next inspection', async () => {
      const statement = await one('statement', MORE_TO_DO, STATEMENT);
      expect(statement.topics).toContain('next inspection');
      expect(statement.quotes).toContainEqual(
        expect.stringContaining('we will also get to ‘Good’ in this area at the next inspection.'),
      );
      expectCitation(statement.supportedBy, BLOG, 'paragraph 8');
    });

    it('A48 front-line staff, many doing far more than asked to protect vulnerable children, earned the result', async () => {
      const statement = await one('statement', CREDIT, STATEMENT);
      expect(statement.kind).toBe('ACKNOWLEDGEMENT');
      expect(ids(statement.speakers)).toEqual([BLOG_AUTHOR]);
      expect(statement.quotes[0]).toBe(
        'This achievement is down to the dedication, hard work and skill of staff working on the front line, many of whom go way beyond what is expected of them to help and protect the most vulnerable children of Cornwall.',
      );
      expect(statement.topics).toContain('staff');
      expectCitation(statement.supportedBy, BLOG, 'paragraph 9');
    });

    it('A49 strong partnership working, which inspectors recognised, also earned it', async () => {
      const statement = await one('statement', CREDIT, STATEMENT);
      expect(statement.quotes[1]).toBe(
        'It is also down to strong partnership working and it is good that the inspectors recognised this.',
      );
      expect(statement.topics).toContain('partnership working');
      expect(ids(statement.about)).toContain(SIF_2016);
      expectCitation(statement.supportedBy, BLOG, 'paragraph 9');
      const finding = await node('Finding', 'finding:cornwall-2016-sif-partnership-working', FINDING);
      expectCitation(finding.supportedBy, BLOG, 'paragraph 9', {
        note: 'the author says the inspectors recognised it',
      });
    });

    it("A50 the aim is still to be among the country's best children's services, which Cornwall's children deserve", async () => {
      const statement = await one('statement', 'statement:cornwall-2016-ambition', STATEMENT);
      expect(statement.kind).toBe('COMMITMENT');
      expect(statement.quotes).toEqual([
        'Our ambition is still the same, to become one of the best children’s services in the country.',
        'The children of Cornwall deserve nothing less.',
      ]);
      expect(statement.topics).toEqual(['ambition']);
      expect(ids(statement.about)).toEqual([CHILDRENS_SERVICES]);
      expectCitation(statement.supportedBy, BLOG, 'paragraph 10');
    });

    it("A51 the outcome shows councils that work well with partners can turn children's services round", async () => {
      const statement = await one('statement', OUTSOURCING, STATEMENT);
      expect(statement.kind).toBe('CLAIM');
      expect(ids(statement.speakers)).toEqual([BLOG_AUTHOR]);
      expect(statement.quotes[0]).toBe(
        'This results shows that local authorities working together effectively with their partners can turn around Children’s Services.',
      );
      expect(statement.topics).toContain('partnership working');
      expectCitation(statement.supportedBy, BLOG, 'paragraph 11');
    });

    it('A52 the author sets this against some in government who favour outsourcing', async () => {
      const statement = await one('statement', OUTSOURCING, STATEMENT);
      expect(statement.quotes[1]).toBe(
        'Unlike some in the Government who believe outsourcing Children’s Services is the best way forward.',
      );
      expect(statement.topics).toContain("outsourcing of children's services");
      expect(ids(statement.about)).toContain(GOVERNMENT);
      expectCitation(statement.supportedBy, BLOG, 'paragraph 11');
      const government = await one('organisation', GOVERNMENT, `name kind mentionedIn { id } ${CITES}`);
      expect(government).toMatchObject({ name: 'the Government', kind: 'GOVERNMENT' });
      expect(ids(government.mentionedIn)).toContain(OUTSOURCING);
      expectCitation(government.supportedBy, BLOG, 'paragraph 11');
    });
  });

  describe('services the post names', () => {
    it("A53 Cornwall's children's services, the broad term, is one of the council's services", async () => {
      const service = await one('service', CHILDRENS_SERVICES, `name alsoKnownAs authority { id } ${CITES}`);
      expect(service.name).toBe("Children's services");
      expect(service.alsoKnownAs).toEqual(['Cornwall’s children’s services', 'Children’s Services']);
      expect(service.authority.id).toBe(CORNWALL);
      expectCitation(service.supportedBy, BLOG, 'paragraphs 1, 10, 11');
      const authority = await one('authority', CORNWALL, 'services { id }');
      expect(ids(authority.services)).toContain(CHILDRENS_SERVICES);
    });

    it('A54 services for children in care are one service, also called looked-after children', async () => {
      const service = await one(
        'service',
        LOOKED_AFTER,
        `name alsoKnownAs authority { id } inspections { id } ${CITES}`,
      );
      expect(service.name).toBe('Services for looked-after children');
      expect(service.alsoKnownAs).toEqual(['services for looked after children', 'children in care']);
      expect(service.authority.id).toBe(CORNWALL);
      expect(ids(service.inspections)).toContain(SIF_2016);
      expectCitation(service.supportedBy, BLOG, 'paragraphs 2-3');
      const inspection = await one('inspection', SIF_2016, 'services { id }');
      expect(ids(inspection.services)).toContain(LOOKED_AFTER);
    });
  });
});

// ============================================================================ B

describe('B. The 2009 news article (source:seed-001)', () => {
  describe('the source itself', () => {
    it('B01 is a 2009 news report whose stored copy lacks headline, date, outlet and byline', async () => {
      const source = await one(
        'source',
        NEWS,
        `kind title published { ${PD} } publisherKind publisherName author { id } url seedFile notes`,
      );
      expect(source).toMatchObject({
        kind: 'NEWS_ARTICLE',
        title: null,
        published: { year: 2009, month: null, day: null, text: '2009' },
        publisherKind: 'NEWS_MEDIA',
        publisherName: null,
        author: null,
        url: null,
        seedFile: '001_e43eba58c2279b6a.txt',
      });
      expect(source.notes).toContain('"Comments are closed."');
      expect(source.notes).toContain('no headline, byline, outlet name or date');
    });
  });

  describe('paragraph 1: the report', () => {
    it('B02 Ofsted published its report on Cornwall on the day of the article, in 2009', async () => {
      const inspection = await one(
        'inspection',
        OFSTED_2009,
        `subject { id } inspectorate { id } published { ${PD} } ${citesOf('published')}`,
      );
      expect(inspection.subject.id).toBe(CORNWALL);
      expect(inspection.inspectorate.id).toBe(OFSTED);
      expect(inspection.published).toEqual({ year: 2009, month: null, day: null, text: '2009' });
      expectCitation(inspection.publishedCites, NEWS, 'paragraph 1', {
        field: 'published',
        note: expect.stringContaining('published by Ofsted today'),
      });
      expectCitation(inspection.publishedCites, NEWS, 'paragraphs 1-3');
      const ofsted = await one(
        'organisation',
        OFSTED,
        `inspectionsCarriedOut(first: 100, filter: {authorityId: "${CORNWALL}"}) { ${IDS} } ${CITES}`,
      );
      expect(edgeIds(ofsted.inspectionsCarriedOut)).toContain(OFSTED_2009);
      expectCitation(ofsted.supportedBy, NEWS, 'paragraphs 1-2');
    });

    it("B03 Cornwall's children's services were not keeping children and young people safe", async () => {
      await expectFinding('finding:cornwall-2009-ofsted-children-not-safe', {
        inspection: OFSTED_2009,
        kind: 'CONCERN',
        about: [CHILDRENS_SERVICES],
        locator: 'paragraph 1',
        source: NEWS,
      });
      const data = await gql(`{
        inspection(id: "${OFSTED_2009}") { services { id } }
        service(id: "${CHILDRENS_SERVICES}") { inspections { id } ${CITES} }
      }`);
      expect(ids(data.inspection.services)).toContain(CHILDRENS_SERVICES);
      expect(ids(data.service.inspections)).toContain(OFSTED_2009);
      expectCitation(data.service.supportedBy, NEWS, 'paragraph 1');
    });

    it('B04 a joint area review of Cornwall took place in 2008', async () => {
      const inspection = await one(
        'inspection',
        JAR_2008,
        `subject { id } framework frameworkLabel dated { ${SPAN} } services { id } ${CITES}`,
      );
      expect(inspection).toMatchObject({
        subject: { id: CORNWALL },
        framework: 'JOINT_AREA_REVIEW',
        frameworkLabel: 'joint area review',
        dated: { text: '2008', start: { year: 2008, month: null } },
      });
      expect(ids(inspection.services)).toEqual([CHILDRENS_SERVICES]);
      expectCitation(inspection.supportedBy, NEWS, 'paragraph 1');
    });

    it('B05 that review recognised problems the article does not describe', async () => {
      const finding = await expectFinding('finding:cornwall-2008-jar-problems', {
        inspection: JAR_2008,
        kind: 'CONCERN',
        about: [CHILDRENS_SERVICES],
        locator: 'paragraph 1',
        source: NEWS,
      });
      expect(finding.quotes).toEqual([]);
    });

    it('B06 the council had neither tackled nor improved on those problems', async () => {
      await expectFinding('finding:cornwall-2009-ofsted-jar-problems-unaddressed', {
        inspection: OFSTED_2009,
        kind: 'CONCERN',
        about: [CORNWALL, JAR_2008],
        locator: 'paragraph 1',
        source: NEWS,
      });
      const link = await node(
        'InspectionLink',
        'link:cornwall-2009-follows-up-2008-jar',
        `kind from { id } to { id } ${CITES}`,
      );
      expect(link).toMatchObject({ kind: 'FOLLOWS_UP', from: { id: OFSTED_2009 }, to: { id: JAR_2008 } });
      expectCitation(link.supportedBy, NEWS, 'paragraph 1');
      const data = await gql(`{
        later: inspection(id: "${OFSTED_2009}") { links { id } }
        earlier: inspection(id: "${JAR_2008}") { links { id } }
      }`);
      expect(ids(data.later.links)).toContain('link:cornwall-2009-follows-up-2008-jar');
      expect(ids(data.earlier.links)).toContain('link:cornwall-2009-follows-up-2008-jar');
    });
  });

  describe('paragraph 2: the inspection, the resignation and the overall grade', () => {
    it('B07 the criticisms come from a September inspection, taken to be September 2009', async () => {
      const inspection = await one(
        'inspection',
        OFSTED_2009,
        `fieldwork { ${SPAN} } dated { text } ${citesOf('fieldwork')}`,
      );
      expect(inspection.fieldwork).toMatchObject({
        text: '2009-09',
        start: { year: 2009, month: 9, day: null },
      });
      expect(inspection.dated.text).toBe('2009-09/2009');
      expectCitation(inspection.fieldworkCites, NEWS, 'paragraph 2', {
        field: 'fieldwork',
        note: expect.stringContaining('"a September inspection"'),
      });
    });

    it("B08 Dean Ashton had been Cornwall's director of children's services", async () => {
      const person = await one('person', 'person:dean-ashton', `name posts { id } ${CITES}`);
      expect(person.name).toBe('Dean Ashton');
      expect(ids(person.posts)).toEqual(['post:dean-ashton-cornwall-dcs']);
      expectCitation(person.supportedBy, NEWS, 'paragraph 2');
      const post = await node('PostHeld', 'post:dean-ashton-cornwall-dcs', POST);
      expect(post).toMatchObject({
        title: 'director of children’s services',
        interim: false,
        person: { id: 'person:dean-ashton' },
        body: { id: CORNWALL },
      });
      expectCitation(post.supportedBy, NEWS, 'paragraph 2');
      const authority = await one('authority', CORNWALL, 'posts { id }');
      expect(ids(authority.posts)).toContain('post:dean-ashton-cornwall-dcs');
    });

    it('B09 he resigned earlier in the month the article appeared, in 2009', async () => {
      const event = await one('event', RESIGNATION, EVENT);
      expect(event).toMatchObject({
        kind: 'RESIGNATION',
        status: 'OCCURRED',
        date: { year: 2009, month: null, text: '2009' },
        post: { id: 'post:dean-ashton-cornwall-dcs' },
      });
      expect(event.participants).toContainEqual({ agent: { id: 'person:dean-ashton' }, role: 'resigned' });
      expectCitation(event.supportedBy, NEWS, 'paragraph 2');
      const post = await node('PostHeld', 'post:dean-ashton-cornwall-dcs', POST);
      expect(post.to).toMatchObject({ year: 2009, month: null, text: '2009' });
      expect(post.endedBy.id).toBe(RESIGNATION);
      const person = await one('person', 'person:dean-ashton', 'events { event { id } role }');
      expect(person.events).toContainEqual({ event: { id: RESIGNATION }, role: 'resigned' });
    });

    it('B10 he resigned because the inspection report was expected', async () => {
      const event = await one('event', RESIGNATION, EVENT);
      expect(ids(event.causedBy)).toEqual([OFSTED_2009]);
      expect(event.summary).toMatch(/anticipated/);
      expectCitation(event.supportedBy, NEWS, 'paragraph 2');
      const inspection = await one('inspection', OFSTED_2009, 'mentionedIn { id }');
      expect(ids(inspection.mentionedIn)).toContain(RESIGNATION);
    });

    it('B11 Ofsted rated Cornwall inadequate overall', async () => {
      const judgement = await node('Judgement', 'judgement:cornwall-2009-ofsted-overall', JUDGEMENT);
      expect(judgement).toMatchObject({
        areaKey: 'overall',
        isOverall: true,
        grade: 'INADEQUATE',
        gradeLabel: 'inadequate',
        inspection: { id: OFSTED_2009 },
        authority: { id: CORNWALL },
      });
      expectCitation(judgement.supportedBy, NEWS, 'paragraph 2');
      const data = await gql(`{
        inspection(id: "${OFSTED_2009}") { judgements { id } }
        authority(id: "${CORNWALL}") { judgementHistory(filter: { grades: [INADEQUATE], overall: true }) { id } }
      }`);
      expect(data.inspection.judgements[0]?.id).toBe('judgement:cornwall-2009-ofsted-overall');
      expect(ids(data.authority.judgementHistory)).toContain('judgement:cornwall-2009-ofsted-overall');
    });
  });

  describe('paragraph 3: problems and judgements', () => {
    it('B12 how services responded was called a serious problem, without a grade', async () => {
      const finding = await expectFinding('finding:cornwall-2009-ofsted-service-responsiveness', {
        inspection: OFSTED_2009,
        kind: 'CONCERN',
        about: [CHILDRENS_SERVICES],
        locator: 'paragraph 3',
        source: NEWS,
      });
      expect(finding.notes).toMatch(/not reported as a graded judgement/);
      const inspection = await one('inspection', OFSTED_2009, 'judgements { areaKey }');
      expect(inspection.judgements.map((j: { areaKey: string }) => j.areaKey).join(' ')).not.toMatch(
        /responsiveness/,
      );
    });

    it('B13 case planning, review and recording was called a serious problem, without a grade', async () => {
      const finding = await expectFinding('finding:cornwall-2009-ofsted-case-planning-review-recording', {
        inspection: OFSTED_2009,
        kind: 'CONCERN',
        about: [CHILDRENS_SERVICES],
        locator: 'paragraph 3',
        source: NEWS,
      });
      expect(finding.notes).toMatch(/not reported as a graded judgement/);
      const inspection = await one('inspection', OFSTED_2009, 'judgements { areaKey }');
      expect(inspection.judgements.map((j: { areaKey: string }) => j.areaKey).join(' ')).not.toMatch(
        /case-planning|recording/,
      );
    });

    it('B14 for looked-after children, assessment and direct work with children was inadequate', async () => {
      await expect2009LookedAfterJudgement(
        'judgement:cornwall-2009-ofsted-lac-assessment-and-direct-work',
        'lac-assessment-and-direct-work',
        'assessment and direct work with children',
      );
    });

    it('B15 for looked-after children, ambition and prioritisation was inadequate', async () => {
      await expect2009LookedAfterJudgement(
        'judgement:cornwall-2009-ofsted-lac-ambition-and-prioritisation',
        'lac-ambition-and-prioritisation',
        'ambition and prioritisation',
      );
    });

    it('B16 for looked-after children, value for money was inadequate', async () => {
      await expect2009LookedAfterJudgement(
        'judgement:cornwall-2009-ofsted-lac-value-for-money',
        'lac-value-for-money',
        'value for money',
      );
    });

    it('B17 other looked-after-children areas were also inadequate but go unnamed, so the list is incomplete', async () => {
      const inspection = await one(
        'inspection',
        OFSTED_2009,
        `judgementsComplete notes judgements { id } ${CITES}`,
      );
      expect(inspection.judgementsComplete).toBe(false);
      expect(inspection.notes).toContain('"among others"');
      expectCitation(inspection.supportedBy, NEWS, 'paragraphs 1-3');
      expect(ids(inspection.judgements)).toEqual(
        expect.arrayContaining([
          'judgement:cornwall-2009-ofsted-lac-assessment-and-direct-work',
          'judgement:cornwall-2009-ofsted-lac-ambition-and-prioritisation',
          'judgement:cornwall-2009-ofsted-lac-value-for-money',
        ]),
      );
      const judgement = await node(
        'Judgement',
        'judgement:cornwall-2009-ofsted-lac-value-for-money',
        JUDGEMENT,
      );
      expect(judgement.notes).toContain('"among others"');
      expectCitation(judgement.supportedBy, NEWS, 'paragraph 3');
    });
  });

  describe('paragraphs 4-6: the joint apology', () => {
    it('B18 the council, the NHS body, the police and the safeguarding board apologised in one joint statement', async () => {
      const partners = {
        nhs: ['org:nhs-cornwall-and-isles-of-scilly', 'NHS Cornwall and Isles of Scilly', 'NHS_BODY'],
        police: ['org:devon-and-cornwall-police', 'Devon and Cornwall Police', 'POLICE_FORCE'],
        lscb: [
          'org:cornwall-and-isles-of-scilly-lscb',
          'Cornwall and Isles of Scilly Safeguarding Children Board',
          'SAFEGUARDING_CHILDREN_BOARD',
        ],
      } as const;
      const statement = await one('statement', JOINT_APOLOGY, STATEMENT);
      expect(statement.kind).toBe('APOLOGY');
      const bodies = [CORNWALL, partners.nhs[0], partners.police[0], partners.lscb[0]];
      expect(ids(statement.speakers).sort()).toEqual([...bodies].sort());
      expect(ids(statement.onBehalfOf).sort()).toEqual([...bodies].sort());
      expect(statement.inResponseTo.id).toBe(OFSTED_2009);
      expectCitation(statement.supportedBy, NEWS, 'paragraphs 4-6');

      for (const [id, name, kind] of Object.values(partners)) {
        const org = await one('organisation', id, `name kind statements(first: 100) { ${IDS} } ${CITES}`);
        expect(org).toMatchObject({ name, kind });
        expect(edgeIds(org.statements)).toContain(JOINT_APOLOGY);
        expectCitation(org.supportedBy, NEWS, 'paragraph 4');
      }
      const council = await one('authority', CORNWALL, `statements(first: 100) { ${IDS} } ${CITES}`);
      expect(edgeIds(council.statements)).toContain(JOINT_APOLOGY);
      expectCitation(council.supportedBy, NEWS, 'paragraphs 1, 4');
    });

    it('B19 they said sorry to children, young people and families not getting the services they deserve', async () => {
      const statement = await one('statement', JOINT_APOLOGY, STATEMENT);
      expect(statement.quotes[0]).toBe(
        'We would like to apologise to the children, young people and families in Cornwall who are failing to receive the quality of services they deserve.',
      );
      expect(statement.topics).toContain('apology');
      expectCitation(statement.supportedBy, NEWS, 'paragraphs 4-6');
    });

    it('B20 they aim for an excellent service that keeps all children safe and meets their needs', async () => {
      const statement = await one('statement', JOINT_APOLOGY, STATEMENT);
      expect(statement.quotes[1]).toBe(
        'Our aim is to create an excellent service which safeguards all our children and young people and meets their needs.',
      );
      expectCitation(statement.supportedBy, NEWS, 'paragraphs 4-6');
    });

    it('B21 they accepted that many parents and carers would be worried by what the report found', async () => {
      const statement = await one('statement', JOINT_APOLOGY, STATEMENT);
      expect(statement.quotes[2]).toBe(
        'We recognise that many parents and carers in Cornwall will be worried by the findings of this report and would like to reassure them that plans are already being drawn up to improve these services.',
      );
      expect(statement.quotes).toHaveLength(3);
      expectCitation(statement.supportedBy, NEWS, 'paragraphs 4-6');
    });

    it('B22 improvement plans were already being drawn up', async () => {
      const statement = await one('statement', JOINT_APOLOGY, STATEMENT);
      expect(ids(statement.about)).toContain(IMPROVEMENT_PLANS);
      expect(statement.topics).toContain('improvement plans');
      const event = await one('event', IMPROVEMENT_PLANS, `${EVENT} mentionedIn { id }`);
      expect(event).toMatchObject({
        kind: 'IMPROVEMENT_PLANNING',
        status: 'ONGOING',
        date: { text: '2009' },
      });
      expect(ids(event.relatedTo)).toContain(CHILDRENS_SERVICES);
      expect(ids(event.mentionedIn)).toContain(JOINT_APOLOGY);
      expectCitation(event.supportedBy, NEWS, 'paragraph 6', { note: 'joint statement' });
    });
  });

  describe("paragraphs 7-8: the minister's response", () => {
    it("B23 Dawn Primarolo was the Children's Minister", async () => {
      const person = await one('person', 'person:dawn-primarolo', `name posts { id } ${CITES}`);
      expect(person.name).toBe('Dawn Primarolo');
      expect(ids(person.posts)).toEqual(['post:dawn-primarolo-childrens-minister']);
      expectCitation(person.supportedBy, NEWS, 'paragraph 7');
      const post = await node('PostHeld', 'post:dawn-primarolo-childrens-minister', POST);
      expect(post).toMatchObject({
        title: 'Children’s Minister',
        interim: false,
        person: { id: 'person:dawn-primarolo' },
        body: { id: GOVERNMENT },
        attestedOn: { year: 2009, month: null, text: '2009' },
      });
      expectCitation(post.supportedBy, NEWS, 'paragraph 7');
      const government = await one('organisation', GOVERNMENT, `posts { id } ${CITES}`);
      expect(ids(government.posts)).toContain('post:dawn-primarolo-childrens-minister');
      expectCitation(government.supportedBy, NEWS, 'paragraph 7', {
        note: 'implied by the title Children’s Minister',
      });
    });

    it('B24 she answered the report on the morning it came out', async () => {
      const statement = await one('statement', PRIMAROLO_RESPONSE, STATEMENT);
      expect(statement).toMatchObject({
        kind: 'RESPONSE',
        capacity: { id: 'post:dawn-primarolo-childrens-minister' },
        inResponseTo: { id: OFSTED_2009 },
        date: { year: 2009, month: null, text: '2009' },
      });
      expect(ids(statement.speakers)).toEqual(['person:dawn-primarolo']);
      expect(ids(statement.onBehalfOf)).toEqual([GOVERNMENT]);
      expect(statement.notes).toContain('"this morning"');
      expectCitation(statement.supportedBy, NEWS, 'paragraphs 7-8');
      const data = await gql(`{
        person(id: "person:dawn-primarolo") { statements { ${IDS} } }
        post: node(id: "post:dawn-primarolo-childrens-minister") { ... on PostHeld { statements { id } } }
      }`);
      expect(edgeIds(data.person.statements)).toContain(PRIMAROLO_RESPONSE);
      expect(ids(data.post.statements)).toContain(PRIMAROLO_RESPONSE);
    });

    it('B25 government had been working urgently with Cornwall', async () => {
      const event = await one('event', 'event:government-works-with-cornwall-2009', EVENT);
      expect(event).toMatchObject({ kind: 'INTERVENTION', status: 'ONGOING', date: { text: '2009' } });
      expect(event.participants.map((p: { agent: WithId }) => p.agent.id).sort()).toEqual([
        CORNWALL,
        GOVERNMENT,
      ]);
      expect(ids(event.causedBy)).toEqual([OFSTED_2009]);
      expectCitation(event.supportedBy, NEWS, 'paragraphs 7-8');
      const statement = await one('statement', PRIMAROLO_RESPONSE, STATEMENT);
      expect(ids(statement.about)).toContain('event:government-works-with-cornwall-2009');
      const government = await one('organisation', GOVERNMENT, 'events { event { id } role }');
      expect(government.events).toContainEqual({
        event: { id: 'event:government-works-with-cornwall-2009' },
        role: 'working with the council (per the minister)',
      });
    });

    it('B26 Cornwall accepted how serious the concerns were', async () => {
      const statement = await one('statement', PRIMAROLO_RESPONSE, STATEMENT);
      expect(statement.quotes[0]).toBe(
        'We have been working urgently with Cornwall, who recognise the seriousness of these concerns and who have taken immediate steps to appoint a new interim director of children’s services, who has already taken up post.',
      );
      expect(ids(statement.about)).toContain(CORNWALL);
      expectCitation(statement.supportedBy, NEWS, 'paragraphs 7-8');
    });

    it('B27 Cornwall moved at once to appoint a new interim director of children’s services', async () => {
      const event = await one('event', INTERIM_APPOINTMENT, EVENT);
      expect(event).toMatchObject({
        kind: 'APPOINTMENT',
        status: 'OCCURRED',
        date: { text: '2009' },
        post: { id: 'post:cornwall-interim-dcs-2009' },
      });
      expect(event.participants).toEqual(
        expect.arrayContaining([
          { agent: { id: CORNWALL }, role: 'appointing council' },
          { agent: { id: 'person:cornwall-interim-dcs-2009' }, role: 'appointee' },
        ]),
      );
      expect(ids(event.causedBy)).toEqual([OFSTED_2009]);
      expectCitation(event.supportedBy, NEWS, 'paragraph 7');
      const statement = await one('statement', PRIMAROLO_RESPONSE, STATEMENT);
      expect(ids(statement.about)).toContain(INTERIM_APPOINTMENT);
    });

    it('B28 the unnamed interim director was already in post', async () => {
      const person = await one('person', 'person:cornwall-interim-dcs-2009', `name posts { id } ${CITES}`);
      expect(person.name).toBeNull();
      expect(ids(person.posts)).toEqual(['post:cornwall-interim-dcs-2009']);
      expectCitation(person.supportedBy, NEWS, 'paragraph 7');
      const post = await node('PostHeld', 'post:cornwall-interim-dcs-2009', POST);
      expect(post).toMatchObject({
        title: 'interim director of children’s services',
        interim: true,
        person: { id: 'person:cornwall-interim-dcs-2009' },
        body: { id: CORNWALL },
        attestedOn: { text: '2009' },
        to: null,
        startedBy: { id: INTERIM_APPOINTMENT },
      });
      expectCitation(post.supportedBy, NEWS, 'paragraph 7');
    });

    it('B29 government will see that the council quickly puts full and robust plans in place', async () => {
      const statement = await one('statement', PRIMAROLO_RESPONSE, STATEMENT);
      expect(statement.quotes[1]).toBe(
        'We will now ensure that the council puts in place full and robust plans, very quickly indeed – that will get to the heart of the problems and secure rapid and sustainable improvement.',
      );
      expect(ids(statement.about)).toContain(IMPROVEMENT_PLANS);
      const event = await one('event', IMPROVEMENT_PLANS, EVENT);
      expect(event.participants).toContainEqual({
        agent: { id: CORNWALL },
        role: 'council to put the plans in place (per the minister)',
      });
      expectCitation(event.supportedBy, NEWS, 'paragraph 8', { note: "minister's statement" });
    });

    it('B30 the plans are meant to reach the root of the problems and bring fast, lasting improvement', async () => {
      const statement = await one('statement', PRIMAROLO_RESPONSE, STATEMENT);
      expect(statement.quotes[1]).toContain(
        'get to the heart of the problems and secure rapid and sustainable improvement',
      );
      expect(statement.summary).toMatch(/root of the problems/);
      expect(statement.topics).toContain('improvement plans');
      expectCitation(statement.supportedBy, NEWS, 'paragraphs 7-8');
    });
  });

  describe('the related-story headlines', () => {
    it("B31 BASW's unnamed head was due to meet the council", async () => {
      const event = await one('event', 'event:basw-head-to-meet-cornwall-council', EVENT);
      expect(event).toMatchObject({ kind: 'MEETING', status: 'PLANNED' });
      expect(event.participants).toEqual(
        expect.arrayContaining([
          { agent: { id: 'person:basw-head-2009' }, role: 'to meet the council' },
          { agent: { id: 'org:basw' }, role: 'association whose head was to attend' },
          { agent: { id: CORNWALL }, role: 'council to be met' },
        ]),
      );
      expectCitation(event.supportedBy, NEWS, 'related stories, headline 1', { quote: BASW_HEADLINE });

      const post = await node('PostHeld', 'post:basw-head-2009', POST);
      expect(post).toMatchObject({
        title: 'Head of BASW',
        person: { id: 'person:basw-head-2009' },
        body: { id: 'org:basw' },
      });
      expectCitation(post.supportedBy, NEWS, 'related stories, headline 1', { quote: BASW_HEADLINE });

      const data = await gql(`{
        person(id: "person:basw-head-2009") { name posts { id } events { event { id } } ${CITES} }
        organisation(id: "org:basw") { name shortName kind posts { id } ${CITES} }
      }`);
      expect(data.person.name).toBeNull();
      expect(ids(data.person.posts)).toEqual(['post:basw-head-2009']);
      expect(data.person.events.map((p: { event: WithId }) => p.event.id)).toContain(
        'event:basw-head-to-meet-cornwall-council',
      );
      expectCitation(data.person.supportedBy, NEWS, 'related stories, headline 1');
      expect(data.organisation).toMatchObject({
        name: 'British Association of Social Workers',
        shortName: 'BASW',
        kind: 'PROFESSIONAL_ASSOCIATION',
      });
      expect(ids(data.organisation.posts)).toContain('post:basw-head-2009');
      expectCitation(data.organisation.supportedBy, NEWS, 'related stories, headline 1', {
        quote: BASW_HEADLINE,
      });
    });

    it('B32 the headline about a children’s director quitting reports the same resignation', async () => {
      const event = await one('event', RESIGNATION, EVENT);
      expectCitation(event.supportedBy, NEWS, 'related stories, headline 2', { quote: QUITS_HEADLINE });
      expect(event.notes).toMatch(/same event/);
      const post = await node('PostHeld', 'post:dean-ashton-cornwall-dcs', POST);
      expectCitation(post.supportedBy, NEWS, 'related stories, headline 2', {
        quote: QUITS_HEADLINE,
        note: expect.stringContaining('matches the resignation in paragraph 2'),
      });
    });
  });
});

// ============================================================================ D

describe('D. Facts from the data files', () => {
  const IDENTIFIER = `scheme value validFrom { ${PD} } validTo { ${PD} } notes supportedBy { ${CITE} }`;

  it('D01 Cornwall’s ONS GSS code has been E06000052 since 1 April 2009', async () => {
    const data = await gql(`{
      authority(id: "${CORNWALL}") { identifiers(scheme: ONS_GSS) { ${IDENTIFIER} } }
      byCode: authorityByIdentifier(identifier: { scheme: ONS_GSS, value: "E06000052" }) { id }
      source(id: "${DFE_LAS}") { kind dataFile publisherKind }
    }`);
    expect(data.authority.identifiers).toHaveLength(1);
    const [code] = data.authority.identifiers;
    expect(code).toMatchObject({
      scheme: 'ONS_GSS',
      value: 'E06000052',
      validFrom: { year: 2009, month: 4, day: 1, text: '2009-04-01' },
      validTo: null,
    });
    expectCitation(code.supportedBy, DFE_LAS, 'row new_la_code=E06000052, column date_of_operation');
    expect(data.byCode.id).toBe(CORNWALL);
    expect(data.source).toEqual({ kind: 'DATASET', dataFile: 'dfe_las.csv', publisherKind: 'GOVERNMENT' });
  });

  it('D02 Cornwall’s DfE local authority number is 908', async () => {
    const data = await gql(`{
      authority(id: "${CORNWALL}") { identifiers(scheme: DFE_LA) { ${IDENTIFIER} } }
      byCode: authorityByIdentifier(identifier: { scheme: DFE_LA, value: "908" }) { id }
    }`);
    expect(data.authority.identifiers).toHaveLength(1);
    const [code] = data.authority.identifiers;
    expect(code).toMatchObject({ scheme: 'DFE_LA', value: '908', validFrom: null, validTo: null });
    expectCitation(code.supportedBy, DFE_LAS, 'row new_la_code=E06000052, column old_la_code');
    expectCitation(code.supportedBy, LA_LOOKUP, 'row urn=80454, column la_code');
    expect(data.byCode.id).toBe(CORNWALL);
  });

  it('D03 Ofsted knows Cornwall as local authority URN 80454', async () => {
    const data = await gql(`{
      authority(id: "${CORNWALL}") { identifiers(scheme: OFSTED_LA_URN) { ${IDENTIFIER} } }
      byCode: authorityByIdentifier(identifier: { scheme: OFSTED_LA_URN, value: "80454" }) { id }
      source(id: "${LA_LOOKUP}") { kind dataFile publisherKind }
    }`);
    expect(data.authority.identifiers).toHaveLength(1);
    const [code] = data.authority.identifiers;
    expect(code).toMatchObject({ scheme: 'OFSTED_LA_URN', value: '80454', validFrom: null, validTo: null });
    expectCitation(code.supportedBy, LA_LOOKUP, 'row la_code=908, column urn');
    expectCitation(code.supportedBy, CSC_REPORTS, 'rows gss_code=E06000052, column ofsted_la_urn');
    expect(data.byCode.id).toBe(CORNWALL);
    expect(data.source).toEqual({
      kind: 'DATASET',
      dataFile: 'ofsted_provider_la_lookup.csv',
      publisherKind: 'COMMUNITY_DATA',
    });
  });

  it('D04 Cornwall Council is a unitary authority in the South West (E12000009)', async () => {
    const data = await gql(`{
      authority(id: "${CORNWALL}") { kind region { code name } ${citesOf('kind')} ${citesOf('region')} }
      authorities(filter: { regionCode: "E12000009", kinds: [UNITARY_AUTHORITY], nameContains: "Cornwall" }, first: 100) {
        ${IDS}
      }
    }`);
    expect(data.authority.kind).toBe('UNITARY_AUTHORITY');
    expect(data.authority.region).toEqual({ code: 'E12000009', name: 'South West' });
    expectCitation(
      data.authority.kindCites,
      DFE_LAS,
      'row new_la_code=E06000052, column entity_description',
      {
        field: 'kind',
      },
    );
    expectCitation(
      data.authority.regionCites,
      DFE_LAS,
      'row new_la_code=E06000052, column parent_geography_code',
      {
        field: 'region',
      },
    );
    expectCitation(data.authority.regionCites, LA_LOOKUP, 'row urn=80454, column region_name', {
      field: 'region',
    });
    expect(edgeIds(data.authorities)).toContain(CORNWALL);
  });

  it('D05 the 2016 inspection used the single inspection framework: fieldwork 11 April to 6 May, report 27 June 2016', async () => {
    const inspection = await one(
      'inspection',
      SIF_2016,
      `framework fieldwork { ${SPAN} } published { ${PD} } dated { text }
       ${citesOf('framework')} ${citesOf('fieldwork')} ${citesOf('published')}`,
    );
    expect(inspection.framework).toBe('SINGLE_INSPECTION_FRAMEWORK');
    expect(inspection.fieldwork).toEqual({
      text: '2016-04-11/2016-05-06',
      start: { year: 2016, month: 4, day: 11, text: '2016-04-11' },
      end: { year: 2016, month: 5, day: 6, text: '2016-05-06' },
    });
    expect(inspection.published.text).toBe('2016-06-27');
    expect(inspection.dated.text).toBe('2016-04-11/2016-06-27');
    expectCitation(inspection.frameworkCites, CSC_REPORTS, `${SIF_ROW}, column framework`, {
      field: 'framework',
    });
    expectCitation(
      inspection.fieldworkCites,
      CSC_REPORTS,
      `${SIF_ROW}, columns inspection_start, inspection_end`,
      {
        field: 'fieldwork',
      },
    );
    expectCitation(inspection.publishedCites, CSC_REPORTS, `${SIF_ROW}, column publication_date`, {
      field: 'published',
    });
    const data = await gql(`{
      inspections(filter: { authorityId: "${CORNWALL}", frameworks: [SINGLE_INSPECTION_FRAMEWORK] }, first: 100) { ${IDS} }
    }`);
    expect(edgeIds(data.inspections)).toContain(SIF_2016);
  });

  it('D06 the data give the same five Good grades for 2016 as the post', async () => {
    const columns: Record<string, string> = {
      'judgement:cornwall-2016-sif-overall': 'overall_effectiveness',
      'judgement:cornwall-2016-sif-looked-after-and-permanence': 'sif_looked_after_and_permanence',
      'judgement:cornwall-2016-sif-adoption': 'sif_adoption',
      'judgement:cornwall-2016-sif-care-leavers': 'sif_care_leavers',
      'judgement:cornwall-2016-sif-leadership-management-governance': 'sif_leadership_management_governance',
    };
    for (const [id, column] of Object.entries(columns)) {
      const judgement = await node('Judgement', id, JUDGEMENT);
      expect(judgement.grade, id).toBe('GOOD');
      expect(judgement.inspection.id).toBe(SIF_2016);
      expectCitation(judgement.supportedBy, CSC_REPORTS, `${SIF_ROW}, column ${column}`);
    }
  });

  it('D07 the regime behind the post’s national figures is that same single inspection framework', async () => {
    for (const id of [
      'obs:cornwall-2016-sif-national-position',
      'obs:sif-authorities-improved-to-good-2016',
    ]) {
      const obs = await one('observation', id, `framework notes ${citesOf('framework')}`);
      expect(obs.framework, id).toBe('SINGLE_INSPECTION_FRAMEWORK');
      expect(obs.notes).toMatch(/identified as the SIF through the 2016 inspection/);
      expectCitation(obs.frameworkCites, CSC_REPORTS, `${SIF_ROW}, column framework`, { field: 'framework' });
    }
  });
});

// ============================================================================ U

describe('U. What the sources leave unknown stays unknown', () => {
  it('U01 nobody knows who wrote the blog or what role they hold, nor the blog’s name, owner or address', async () => {
    const data = await gql(`{
      person(id: "${BLOG_AUTHOR}") { name notes posts { id } ${CITES} }
      source(id: "${BLOG}") { publisherName url notes author { id } }
    }`);
    expect(data.person.name).toBeNull();
    expect(data.person.posts).toEqual([]);
    expect(data.person.notes).toMatch(/states neither name nor role/);
    expectCitation(data.person.supportedBy, BLOG, 'paragraphs 1, 7-11');
    expect(data.source.publisherName).toBeNull();
    expect(data.source.url).toBeNull();
    expect(data.source.author.id).toBe(BLOG_AUTHOR);
    expect(data.source.notes).toMatch(/blog's name, address and owner are unknown/);
  });

  it('U02 the 2009 article has no known day, month, headline, outlet or author', async () => {
    const source = await one('source', NEWS, `title published { ${PD} } publisherName author { id } notes`);
    expect(source.published).toEqual({ year: 2009, month: null, day: null, text: '2009' });
    expect(source.title).toBeNull();
    expect(source.publisherName).toBeNull();
    expect(source.author).toBeNull();
    expect(source.notes).toMatch(/month and day are\s+unknown/);
  });

  it('U03 the interim director has no name and no exact start date', async () => {
    const person = await one('person', 'person:cornwall-interim-dcs-2009', 'name label notes');
    expect(person.name).toBeNull();
    expect(person.label).toMatch(/^Unnamed interim director/);
    expect(person.notes).toMatch(/the name is unknown/);
    const post = await node('PostHeld', 'post:cornwall-interim-dcs-2009', POST);
    expect(post.from).toEqual({ year: 2009, month: null, day: null, text: '2009' });
    expect(post.to).toBeNull();
    expect(post.notes).toMatch(/exact start date and end date\s+unknown/);
    expectCitation(post.supportedBy, NEWS, 'paragraph 7');
  });

  it('U04 when Dean Ashton started is unknown, and so is the month he resigned', async () => {
    const post = await node('PostHeld', 'post:dean-ashton-cornwall-dcs', POST);
    expect(post.from).toBeNull();
    expect(post.startedBy).toBeNull();
    expect(post.notes).toMatch(/Start date unknown/);
    const event = await one('event', RESIGNATION, EVENT);
    expect(event.date).toEqual({ year: 2009, month: null, day: null, text: '2009' });
    expect(event.notes).toMatch(/only the\s+year is recorded/);
    expectCitation(event.supportedBy, NEWS, 'paragraph 2');
  });

  it('U05 the 2009 inspection’s framework and team size are not given, and its year is inferred', async () => {
    const inspection = await one(
      'inspection',
      OFSTED_2009,
      `framework frameworkLabel inspectorCount reportUrl notes ${citesOf('fieldwork')}`,
    );
    expect(inspection.framework).toBeNull();
    expect(inspection.frameworkLabel).toBeNull();
    expect(inspection.inspectorCount).toBeNull();
    expect(inspection.reportUrl).toBeNull();
    expect(inspection.notes).toMatch(/does not name the framework or the number of inspectors/);
    expect(inspection.notes).toMatch(/2009 is inferred/);
    expectCitation(inspection.fieldworkCites, NEWS, 'paragraph 2', {
      field: 'fieldwork',
      note: expect.stringContaining('year inferred'),
    });
  });

  it('U06 what the 2009 overall grade covered is not said', async () => {
    const judgement = await node('Judgement', 'judgement:cornwall-2009-ofsted-overall', JUDGEMENT);
    expect(judgement.areaGroup).toBeNull();
    expect(judgement.notes).toMatch(/safeguarding, looked-after children or the whole inspection/);
    expectCitation(judgement.supportedBy, NEWS, 'paragraph 2');
  });

  it('U07 the 2008 review’s inspectors, dates, grades and problems are all unknown', async () => {
    const inspection = await one(
      'inspection',
      JAR_2008,
      `inspectorate { id } fieldwork { text } published { text } inspectorCount judgementsComplete judgements { id } notes ${CITES}`,
    );
    expect(inspection).toMatchObject({
      inspectorate: null,
      fieldwork: null,
      published: null,
      inspectorCount: null,
      judgementsComplete: null,
      judgements: [],
    });
    expect(inspection.notes).toMatch(/Who carried it out, its dates and any grades\s+are not given/);
    expectCitation(inspection.supportedBy, NEWS, 'paragraph 1');
    const finding = await node('Finding', 'finding:cornwall-2008-jar-problems', FINDING);
    expect(finding.quotes).toEqual([]);
    expect(finding.summary).toMatch(/does not say what they were/);
  });

  it('U08 which inspection, body and area gave the 2010-2011 rating, and whether it is the 2009 one, is unknown', async () => {
    const inspection = await one(
      'inspection',
      RATING_2010_11,
      `inspectorate { id } framework frameworkLabel fieldwork { text } published { text } services { id }
       judgementsComplete notes links { from { id } to { id } } ${CITES}`,
    );
    expect(inspection).toMatchObject({
      inspectorate: null,
      framework: null,
      frameworkLabel: null,
      fieldwork: null,
      published: null,
      services: [],
      judgementsComplete: null,
    });
    expect(inspection.notes).toMatch(/which inspection, inspectorate or area/);
    expect(inspection.notes).toMatch(/kept apart/);
    for (const link of inspection.links) {
      expect([link.from.id, link.to.id]).not.toContain(OFSTED_2009);
    }
    expectCitation(inspection.supportedBy, BLOG, 'paragraph 1');
    const judgement = await node(
      'Judgement',
      'judgement:cornwall-2010-2011-unidentified-inadequate',
      JUDGEMENT,
    );
    expect(judgement).toMatchObject({ areaKey: 'unspecified', areaLabel: null, isOverall: false });
    expect(judgement.notes).toMatch(/Area and exact date unknown/);
  });

  it('U09 the 2016 area or areas that were not Good go unnamed', async () => {
    const inspection = await one(
      'inspection',
      SIF_2016,
      `judgementsComplete notes judgements { id grade supportedBy { source { id } } }`,
    );
    expect(inspection.judgementsComplete).toBe(false);
    expect(inspection.notes).toMatch(/further area not rated Good that it does not\s+name/);
    // Every judgement the post backs is Good; nothing is invented for the unnamed area(s).
    const fromPost = inspection.judgements.filter((j: { supportedBy: Cite[] }) =>
      j.supportedBy.some((c) => c.source.id === BLOG),
    );
    expect(fromPost).toHaveLength(5);
    for (const judgement of fromPost) expect(judgement.grade, judgement.id).toBe('GOOD');
  });

  it('U10 the health partners, the other teams’ partners, each team’s service and what the MARU and Hub do are unknown', async () => {
    for (const id of [
      'partnership:cornwall-maru-health-partners',
      'partnership:cornwall-early-help-hub-health-partners',
    ]) {
      const partnership = await node('TeamPartnership', id, `partner { id } notes ${CITES}`);
      expect(partnership.partner, id).toBeNull();
      expect(partnership.notes).toMatch(/health partners are not named/);
    }
    for (const id of [MARU, EARLY_HELP_HUB]) {
      const team = await one('team', id, TEAM);
      expect(team.purpose, id).toBeNull();
    }
    for (const id of [TEYLU, GWERES]) {
      const team = await one('team', id, TEAM);
      expect(team.partnerships, id).toEqual([]);
      expect(team.notes).toMatch(/partner(s| agencies) are not named/);
    }
    // The SDL requires a service for every team: the seed's placement is cited as the editors' own.
    for (const id of [MARU, EARLY_HELP_HUB, TEYLU, GWERES]) {
      const team = await one('team', id, TEAM);
      expectCitation(team.serviceCites, BLOG, 'paragraph 4', {
        field: 'service',
        note: expect.stringMatching(/by the editors/),
      });
    }
  });

  it('U11 whether 2011-2012 and 2015-2016 are financial, academic or other years is not said', async () => {
    const data = await gql(`{
      before: observation(id: "obs:cornwall-early-help-children-2011-12") { notes period { ${SPAN} } }
      after: observation(id: "obs:cornwall-early-help-children-2015-16") { notes period { ${SPAN} } }
    }`);
    expect(data.before.notes).toMatch(/financial, academic or\s+other year/);
    expect(data.after.notes).toMatch(/kind of year is likewise unstated/);
    for (const obs of [data.before, data.after]) {
      expect(obs.period.start).toMatchObject({ month: null, day: null });
      expect(obs.period.end).toMatchObject({ month: null, day: null });
    }
  });

  it('U12 which 2013 assessment the comparison refers to is not said', async () => {
    const finding = await node('Finding', 'finding:cornwall-2016-sif-stronger-than-2013', FINDING);
    expect(finding.notes).toMatch(/does not say what 2013 assessment/);
    expect(ids(finding.about)).not.toContain(JAR_2008);
    expect(ids(finding.about)).not.toContain(OFSTED_2009);
  });

  it('U13 how the top-quarter and only-12 figures were worked out is not said', async () => {
    const data = await gql(`{
      position: observation(id: "obs:cornwall-2016-sif-national-position") { notes reportedIn { id } }
      count: observation(id: "obs:sif-authorities-improved-to-good-2016") { notes reportedIn { id } }
    }`);
    expect(data.position.notes).toMatch(/how the ranking is worked out is not given/);
    expect(data.count.notes).toMatch(/"Improved to Good" is not defined/);
    expect(data.position.reportedIn).toBeNull();
    expect(data.count.reportedIn).toBeNull();
  });

  it('U14 the BASW head’s name and the meeting’s date, purpose and outcome are unknown', async () => {
    const person = await one('person', 'person:basw-head-2009', 'name notes');
    expect(person.name).toBeNull();
    expect(person.notes).toMatch(/name and exact title unknown/);
    const post = await node('PostHeld', 'post:basw-head-2009', POST);
    expect(post).toMatchObject({ from: null, to: null, attestedOn: null });
    const event = await one('event', 'event:basw-head-to-meet-cornwall-council', EVENT);
    expect(event.date).toBeNull();
    expect(event.status).toBe('PLANNED');
    expect(event.notes).toMatch(/whether it took place are all\s+unknown/);
  });

  it('U15 who was drawing up the 2009 improvement plans is not said', async () => {
    const event = await one('event', IMPROVEMENT_PLANS, EVENT);
    expect(event.participants).toEqual([
      { agent: { id: CORNWALL }, role: 'council to put the plans in place (per the minister)' },
    ]);
    expect(event.notes).toMatch(/without saying by whom/);
  });

  it('U16 Dawn Primarolo’s department and dates in post are unknown', async () => {
    const post = await node('PostHeld', 'post:dawn-primarolo-childrens-minister', POST);
    expect(post).toMatchObject({ from: null, to: null, body: { id: GOVERNMENT } });
    expect(post.notes).toMatch(/start and end dates are not in the\s+sources/);
    expect(post.notes).toMatch(/names no department/);
    const government = await one('organisation', GOVERNMENT, 'kind');
    expect(government.kind).toBe('GOVERNMENT');
  });

  it('U17 who gathered for the 2016 announcement, and who made it, is unknown', async () => {
    const event = await one('event', 'event:cornwall-2016-good-rating-announcement', EVENT);
    expect(event.participants).toEqual([]);
    expect(event.notes).toMatch(/Who gathered,\s+where, and who made the announcement are not stated/);
  });

  it('U18 no person is named for the joint apology and its exact date is unknown', async () => {
    const statement = await one('statement', JOINT_APOLOGY, STATEMENT);
    for (const speaker of statement.speakers) expect(speaker.__typename, speaker.id).not.toBe('Person');
    expect(statement.capacity).toBeNull();
    expect(statement.date).toEqual({ year: 2009, month: null, day: null, text: '2009' });
    expect(statement.notes).toMatch(/No person is named/);
  });

  it('U19 whom the blog author speaks for is not recorded', async () => {
    const statement = await one('statement', 'statement:cornwall-2016-good-confirmation', STATEMENT);
    expect(statement.onBehalfOf).toEqual([]);
    expect(statement.capacity).toBeNull();
    expect(statement.notes).toMatch(/`onBehalfOf` is left empty/);
    const person = await one('person', BLOG_AUTHOR, 'posts { id }');
    expect(person.posts).toEqual([]);
  });
});
