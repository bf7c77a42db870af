import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TestClient } from './http-client.ts';
import { startTestApp, type TestApp } from './test-app.ts';

/** Debian's Chromium: the tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  /** A fresh context (own cookies); `bypassCSP` lets axe run under the app's strict Content-Security-Policy. */
  newContext(options?: { locale?: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium. Playwright starts every launch with a fresh temporary `--user-data-dir`
 * (it refuses the flag itself); each test context is isolated on top of that.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs });
  return {
    newContext: (options = {}) => browser.newContext({ bypassCSP: true, locale: options.locale ?? 'da-DK' }),
    close: () => browser.close(),
  };
}

/**
 * The set-up of a browser test file: an app and a headless browser, started before its tests and closed after them
 * (the browser first). `started` hands both to the file, which keeps them in its own `let app` and `let browser`:
 * `startAppAndBrowser((started) => ({ app, browser } = started));`
 */
export function startAppAndBrowser(started: (both: { app: TestApp; browser: TestBrowser }) => void): void {
  let both: { app?: TestApp; browser?: TestBrowser } = {};
  before(async () => {
    both = { app: await startTestApp() };
    both.browser = await launchBrowser();
    started(both as { app: TestApp; browser: TestBrowser });
  });
  after(async () => {
    await both.browser?.close();
    await both.app?.close();
  });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
const loadAxe = () => (axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Injects axe-core into the page (by evaluating its source, so no script tag meets the CSP) and returns WCAG 2.1 A/AA violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!injected) await page.evaluate(loadAxe());
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  }, WCAG_TAGS);
}

/**
 * Collects axe violations over many pages of one test: `scan(page, name)` after each page, then
 * `assert.deepEqual(problems, [])` once at the end, so one run lists every page that fails (named).
 */
export function axeScanner(): { problems: string[]; scan: (page: Page, name: string) => Promise<void> } {
  const problems: string[] = [];
  const scan = async (page: Page, name: string) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };
  return { problems, scan };
}

/** Logs in through the test identity provider by clicking, the way a person does. Ends on the landing page. */
export async function loginByClicking(
  page: Page,
  baseUrl: string,
  account: string,
  entry: 'citizen' | 'business' | 'staff',
): Promise<void> {
  await page.goto(`${baseUrl}/?lang=da`);
  const buttonName = {
    citizen: 'Log på som borger',
    business: 'Log på som virksomhed',
    staff: 'Log på som medarbejder',
  }[entry];
  await page.getByRole('link', { name: buttonName }).click();
  await page.waitForURL(/\/idp\/interaction\//);
  await page.locator(`input[name="account"][value="${account}"]`).check();
  await page.locator('form[action^="/idp/interaction/"] button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/idp') && !url.pathname.startsWith('/auth/'));
}

/** A page signed in as `account` without clicking through the identity provider: the session cookie of an HTTP login. */
export async function signedInPage(browser: TestBrowser, baseUrl: string, account: string): Promise<Page> {
  const client = new TestClient(baseUrl);
  await client.login(account);
  const context = await browser.newContext();
  await context.addCookies([{ name: 'raadhus_session', value: client.getCookie('raadhus_session')!, url: baseUrl }]);
  return context.newPage();
}
