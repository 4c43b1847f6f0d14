import type { Core } from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPageSession, type PageSession } from './support/browser.ts';

// Real Chromium against the real API: what a person opening the pages gets, with every
// request that would leave this machine blocked and counted as a failure.
// The page's globals, as code passed to page.evaluate sees them (it runs in the browser;
// the cast is erased).
type G = {
  graphView: Core;
  document: {
    body: { dataset: { busy?: string } };
    querySelector: (s: string) => { textContent: string | null } | null;
  };
};

describe('in a real browser', { timeout: 120_000 }, () => {
  let session: PageSession | undefined;
  let api: PageSession['api'];
  let page: PageSession['page'];
  let watched: PageSession['watched'];

  beforeAll(async () => {
    session = await openPageSession();
    ({ api, page, watched } = session);
  }, 600_000);
  afterAll(() => session?.close());

  const drawnIds = () =>
    page.evaluate(() => (globalThis as unknown as G).graphView.nodes().map((n) => n.id()));
  const idle = () =>
    page.waitForFunction(() => (globalThis as unknown as G).document.body.dataset.busy === undefined);

  it('the playground opens with the examples, runs one, and has docs and the explorer', async () => {
    await page.goto(`${api.server.url}/graphql`);
    await page.waitForSelector('.graphiql-container');
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    expect(tabs.map((t) => t.replace(/close icon$/, ''))).toEqual([
      'CornwallJudgementHistory',
      'ApologyOf2009',
      'PathToOfsted',
    ]);
    await page.click('button[aria-label^="Execute query"]');
    await page.waitForFunction(() =>
      (globalThis as unknown as G).document
        .querySelector('.result-window')
        ?.textContent?.includes('INADEQUATE'),
    );
    expect(await page.locator('.result-window').textContent()).toContain('Cornwall Council');

    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.locator('.graphiql-doc-explorer', { hasText: 'Root Types' }).waitFor();
    await page.click('button[aria-label="Show GraphiQL Explorer"]');
    await page.locator('.graphiql-explorer-root', { hasText: 'judgementHistory' }).waitFor();
    await page.screenshot({ path: 'test-results/playground.png' });
  });

  it('the graph view finds Cornwall, draws it, expands a node on click and shows its sources', async () => {
    await page.goto(`${api.server.url}/explore`);
    await page.fill('#search-text', 'Cornwall');
    await page.press('#search-text', 'Enter');
    await page.click('#results button[data-id="authority:cornwall"]');
    await page.waitForFunction(() => (globalThis as unknown as G).graphView.nodes().length > 1);
    await idle();
    const first = await drawnIds();
    expect(first).toEqual(expect.arrayContaining(['authority:cornwall', 'inspection:cornwall-2009-ofsted']));
    expect(first).not.toContain('org:ofsted');
    await page.locator('#details h2', { hasText: 'Cornwall Council' }).waitFor();

    // A real click on the node where cytoscape drew it.
    const target = 'inspection:cornwall-2009-ofsted';
    const box = (await page.locator('#graph').boundingBox())!;
    const at = await page.evaluate(
      (id) => (globalThis as unknown as G).graphView.getElementById(id).renderedPosition(),
      target,
    );
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction(
      (n: number) => (globalThis as unknown as G).graphView.nodes().length > n,
      first.length,
    );
    await idle();
    const expanded = await drawnIds();
    expect(expanded).toEqual(
      expect.arrayContaining([...first, 'org:ofsted', 'judgement:cornwall-2009-ofsted-overall']),
    );
    expect(await page.locator('#details').textContent()).toContain('Ofsted');
    expect(await page.locator('#details .sources li[data-source]').count()).toBeGreaterThan(0);

    // Unticking a relationship type hides its edges; cytoscape restyles on its next frame.
    const visibleEdges = () =>
      page.evaluate(() => (globalThis as unknown as G).graphView.edges(':visible').length);
    const visibleEdgesBecome = (test: 'fewer' | 'same', than: number) =>
      page.waitForFunction(
        ([test, than]) => {
          const visible = (globalThis as unknown as G).graphView.edges(':visible').length;
          return test === 'fewer' ? visible < than : visible === than;
        },
        [test, than] as const,
        { timeout: 5_000 },
      );
    const before = await visibleEdges();
    await page.uncheck('#kinds input[value="GIVEN_IN"]');
    await visibleEdgesBecome('fewer', before);
    await page.check('#kinds input[value="GIVEN_IN"]');
    await visibleEdgesBecome('same', before);
    await page.screenshot({ path: 'test-results/explore.png' });
  });

  it('asked for nothing outside this machine, and logged no errors', () => {
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
