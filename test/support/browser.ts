import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestApi, type TestApi } from './api.ts';

// Debian's Chromium, never Playwright's own download: the machines this runs on reach
// apt but not Playwright's CDN.
export const chromiumPath = '/usr/bin/chromium';

function aptGet(...args: string[]): void {
  execFileSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Installs Debian's Chromium when it is missing and we may; otherwise says what to do. */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The browser test needs Debian's Chromium at ${chromiumPath}. Install it as root: ` +
        'apt-get install -y --no-install-recommends chromium',
    );
  }
  const install = ['install', '-y', '--no-install-recommends', 'chromium'];
  try {
    aptGet(...install);
  } catch {
    // A fresh container has no package lists yet.
    aptGet('update');
    aptGet(...install);
  }
}

export interface TestBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Headless Chromium with a throwaway profile and none of its own calls home. */
export async function launchBrowser(): Promise<TestBrowser> {
  ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);
const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || localHosts.has(hostname);
};

/**
 * Blocks every request that would leave this machine and records it, with the page's
 * errors and console errors (a Content-Security-Policy refusal among them).
 */
export async function watchPage(page: Page) {
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!isLocal(request.url())) outside.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.route(
    (url) => !isLocal(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return { outside, errors };
}

export interface PageSession {
  api: TestApi;
  page: Page;
  watched: Awaited<ReturnType<typeof watchPage>>;
  close: () => Promise<void>;
}

/**
 * What each browser test file starts with: the real API, and one watched Chromium page
 * against it; screenshots go to test-results/.
 */
export async function openPageSession(): Promise<PageSession> {
  const api = await startTestApi();
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const watched = await watchPage(page);
  mkdirSync('test-results', { recursive: true });
  return {
    api,
    page,
    watched,
    close: async () => {
      await browser.close();
      await api.close();
    },
  };
}
