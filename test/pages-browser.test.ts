import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPageSession, type PageSession } from './support/browser.ts';
import { TABLES, tally } from './support/official-tables.ts';

// The England and authority pages in real Chromium against the real API: a person finding
// their council by postcode, moving the map's day, and following a chart point to the
// inspection behind it. Every request that would leave this machine is blocked and fails.
type G = { document: { body: { dataset: { busy?: string; day?: string } } } };

describe('the England and authority pages in a real browser', { timeout: 120_000 }, () => {
  let session: PageSession | undefined;
  let api: PageSession['api'];
  let page: PageSession['page'];
  let watched: PageSession['watched'];

  beforeAll(async () => {
    session = await openPageSession();
    ({ api, page, watched } = session);
  }, 600_000);
  afterAll(() => session?.close());

  const idle = () =>
    page.waitForFunction(() => (globalThis as unknown as G).document.body.dataset.busy === undefined);
  const shownDay = (day: string) =>
    page.waitForFunction((d) => (globalThis as unknown as G).document.body.dataset.day === d, day);

  /** The national counts beside the map, grade by grade. */
  async function countsShown(): Promise<Record<string, number>> {
    const rows = await page.locator('#national-counts tbody tr[data-grade]').all();
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const count = Number(await row.locator('td').nth(1).textContent());
      if (count > 0) counts[(await row.getAttribute('data-grade'))!] = count;
    }
    return counts;
  }

  const official = (day: string) => tally(TABLES.find((t) => t.day === day)!.rows);

  // Plot writes a point's link as xlink:href, which CSS attribute selectors do not see.
  const chartLinks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<SVGAElement>('#history-chart a')].map((a) => a.href.baseVal),
    );

  it("opens England on the latest 31 March, with the official table's counts and a hexagon per place", async () => {
    await page.goto(`${api.server.url}/england`);
    await shownDay('2025-03-31');
    await idle();
    expect(await countsShown()).toEqual(official('2025-03-31'));
    expect(await page.locator('#map svg [aria-label], #map svg path').count()).toBeGreaterThan(5_000);
    // The year-by-year chart and its table; every grade is written beside its colour.
    expect(await page.locator('#years-table tbody tr').count()).toBe(8);
    expect(await page.locator('#national-counts .grade').first().textContent()).toBe('Outstanding');
    await page.screenshot({ path: 'test-results/england.png' });
  });

  it('moves the map to 31 March 2024, and the counts change to that official table', async () => {
    await page.click('#days button[data-day="2024-03-31"]');
    await shownDay('2024-03-31');
    await idle();
    expect(await countsShown()).toEqual(official('2024-03-31'));
    expect(official('2024-03-31')).not.toEqual(official('2025-03-31'));
    // The date field moves with it, and a day typed there is shown too.
    expect(await page.inputValue('#day')).toBe('2024-03-31');
    await page.fill('#day', '2021-03-31');
    await page.dispatchEvent('#day', 'change');
    await shownDay('2021-03-31');
  });

  it('finds the council of a Truro postcode, marks it on the map and links to its page', async () => {
    await page.fill('#search-text', 'tr1 1xu');
    await page.press('#search-text', 'Enter');
    const found = page.locator('#search-results li[data-postcode="TR1 1XU"]');
    await found.waitFor();
    expect(await found.textContent()).toContain('Cornwall Council');
    await page.locator('#map svg text', { hasText: 'TR1 1XU' }).waitFor();
    await page.screenshot({ path: 'test-results/england-postcode.png' });
    await found.locator('a', { hasText: 'Cornwall Council' }).click();
    await page.waitForURL(/\/authority\/cornwall$/);
  });

  it("shows Cornwall's record and follows a chart point to its inspection and sources", async () => {
    await page.locator('h1', { hasText: 'Cornwall Council' }).waitFor();
    await idle();
    expect(await page.locator('#latest tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#neighbours tbody tr').count()).toBe(11);
    expect(await page.locator('#posts li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/authority.png' });
    const links = await chartLinks();
    // The inspection's judgements share a day and a grade; the last drawn is the one on top.
    const point = page.locator('#history-chart a').nth(links.lastIndexOf('#inspection:cornwall-2009-ofsted'));
    await point.click();
    await page.waitForURL(/#inspection:cornwall-2009-ofsted$/);
    const row = page.locator('tr[id="inspection:cornwall-2009-ofsted"]');
    expect(await row.evaluate((r) => r.matches(':target'))).toBe(true);
    // The row names its sources, and each leads to the list at the foot of the page.
    const source = row.locator('a[href^="#source-"]').first();
    const target = (await source.getAttribute('href'))!;
    expect(await page.locator(target).textContent()).toMatch(/Ofsted|News report/);
    await page.screenshot({ path: 'test-results/authority-inspection.png' });
  });

  it('is usable from the keyboard: Tab reaches the search box, and every chart point is a link', async () => {
    await page.goto(`${api.server.url}/authority/cornwall`);
    await idle();
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    let presses = 0;
    while ((await focusedId()) !== 'search-text' && presses++ < 10) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('search-text');
    const links = await chartLinks();
    expect(links.filter((l) => l.startsWith('#inspection:')).length).toBeGreaterThan(5);
    await page.locator('#history-chart a').first().focus();
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('a');
  });

  it('says so when the address names no authority', async () => {
    await page.goto(`${api.server.url}/authority/nowhere`);
    await idle();
    expect(await page.locator('#status').textContent()).toContain('There is no authority authority:nowhere');
  });

  it('asked for nothing outside this machine, and logged no errors', () => {
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
