import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import {
  axeViolations,
  launchBrowser,
  loginByClicking,
  type AxeViolation,
  type TestBrowser,
} from '#test-support/browser.ts';

/**
 * Crawls every page each kind of user can reach by following links (same origin, GET only), in Danish
 * and in English, and runs axe-core (WCAG 2.0/2.1 A and AA) on each. Pages added by any module are
 * covered as soon as some page links to them.
 */

let app: TestApp;
let browser: TestBrowser;
before(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

// Each user crawls an equal share. 140 pages of distinct patterns, each in two languages: the crawl finds the pages
// that no module's own a11y test names, and every module's a11y test scans its own pages and their states
const MAX_PAGES = 140;
/**
 * Pages that differ only by an id or a query value share a pattern and a template: one of each is scanned (each
 * module's own a11y test scans its pages in their states: refused, empty, full).
 */
const MAX_PER_PATTERN = 1;

interface Finding {
  page: string;
  violation: AxeViolation;
}

interface CrawlResult {
  scanned: string[];
  findings: Finding[];
  broken: string[];
}

/** Links the crawler never follows: they change state, leave the HTML pages, or download files. */
function skipped(url: URL): boolean {
  const path = url.pathname;
  if (
    path.startsWith('/auth/') ||
    path.startsWith('/api/') ||
    path.startsWith('/static/') ||
    path.startsWith('/health/')
  )
    return true;
  if (path.startsWith('/idp')) return true; // the picker is scanned on its own
  if (/\.(csv|pdf|xml|json|zip|png|jpe?g|svg|txt)$/i.test(path)) return true;
  if (/\/(download|export|attachments?\/[^/]+\/content)(\/|$)/.test(path)) return true;
  return false;
}

const uuidOrNumber = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;

function pattern(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((segment) => (uuidOrNumber.test(segment) ? ':id' : segment))
    .join('/');
  const keys = [...url.searchParams.keys()]
    .filter((key) => key !== 'lang')
    .sort()
    .join('&');
  return `${path}?${keys}`;
}

function canonical(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  copy.searchParams.delete('lang');
  copy.searchParams.sort();
  return `${copy.pathname}${copy.search}`;
}

function withLang(path: string, lang: 'da' | 'en'): string {
  const url = new URL(path, app.url);
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}

async function scan(page: Page, path: string, findings: Finding[], expectStatus?: number): Promise<number> {
  const response = await page.goto(`${app.url}${path}`);
  const status = response?.status() ?? 0;
  const contentType = response?.headers()['content-type'] ?? '';
  if (!contentType.includes('text/html')) return status;
  if (expectStatus !== undefined) assert.equal(status, expectStatus, `${path} answered ${status}`);
  for (const violation of await axeViolations(page)) findings.push({ page: path, violation });
  return status;
}

async function links(page: Page): Promise<URL[]> {
  const hrefs = await page.$$eval('a[href]', (anchors) =>
    anchors.filter((anchor) => !anchor.hasAttribute('download')).map((anchor) => (anchor as HTMLAnchorElement).href),
  );
  return hrefs.map((href) => new URL(href));
}

async function crawl(context: BrowserContext, start: string, budget: { left: number }): Promise<CrawlResult> {
  const page = await context.newPage();
  const origin = new URL(app.url).origin;
  const queue = [start];
  const seen = new Set([canonical(new URL(start, app.url))]);
  const perPattern = new Map<string, number>();
  const result: CrawlResult = { scanned: [], findings: [], broken: [] };
  while (queue.length && budget.left > 0) {
    const path = queue.shift()!;
    budget.left--;
    let status = 0;
    for (const lang of ['da', 'en'] as const) {
      status = await scan(page, withLang(path, lang), result.findings);
    }
    result.scanned.push(path);
    if (status >= 400) result.broken.push(`${path} (${status})`);
    const landed = new URL(page.url());
    if (landed.origin !== origin || landed.pathname.startsWith('/idp')) continue;
    for (const link of await links(page)) {
      if (link.origin !== origin || skipped(link)) continue;
      const key = canonical(link);
      if (seen.has(key)) continue;
      seen.add(key);
      const shape = pattern(link);
      const count = perPattern.get(shape) ?? 0;
      if (count >= MAX_PER_PATTERN) continue;
      perPattern.set(shape, count + 1);
      queue.push(key);
    }
  }
  await page.close();
  return result;
}

function report(findings: Finding[]): string {
  return findings
    .map(
      ({ page, violation }) =>
        `  ${violation.id} (${violation.impact}) on ${page}: ${violation.help}\n    ${violation.targets.join('\n    ')}`,
    )
    .join('\n');
}

const users: Array<{ label: string; account?: string; entry?: 'citizen' | 'business' | 'staff' }> = [
  { label: 'anonymous' },
  { label: 'citizen', account: 'citizen-0101500100', entry: 'citizen' },
  { label: 'business', account: 'business-29189838', entry: 'business' },
  { label: 'caseworker', account: 'staff-caseworker-1', entry: 'staff' },
  { label: 'front desk', account: 'staff-front-desk-1', entry: 'staff' },
  { label: 'manager', account: 'staff-manager-1', entry: 'staff' },
  { label: 'system owner', account: 'staff-system-owner-1', entry: 'staff' },
  { label: 'administrator', account: 'staff-admin-1', entry: 'staff' },
];

test('every reachable page passes axe (WCAG 2.1 A/AA) in Danish and English, for every kind of user', {
  timeout: 900_000,
}, async (t) => {
  const budget = { left: MAX_PAGES };
  const findings: Finding[] = [];
  const broken: string[] = [];
  const scannedPerUser: Record<string, number> = {};
  for (const [index, user] of users.entries()) {
    // a subtest per user: its line in the output tells how far the crawl is (and keeps the runner's stall watchdog
    // from taking a long crawl for a hang); the findings are asserted together below
    await t.test(`crawl as ${user.label}`, async () => {
      // each user gets an equal share of what is left, so the last crawls (the administrator's) are not starved by
      // the pages earlier users reach; a share a user does not need passes on to the next
      const share = { left: Math.floor(budget.left / (users.length - index)) };
      const context = await browser.newContext();
      let start = '/';
      if (user.account) {
        const page = await context.newPage();
        await loginByClicking(page, app.url, user.account, user.entry!);
        start = new URL(page.url()).pathname;
        await page.close();
      }
      const result = await crawl(context, start, share);
      budget.left -= result.scanned.length;
      findings.push(...result.findings.map((finding) => ({ ...finding, page: `${finding.page} [${user.label}]` })));
      broken.push(...result.broken.map((path) => `${path} [${user.label}]`));
      scannedPerUser[user.label] = result.scanned.length;
      await context.close();
    });
  }
  console.log(`scanned pages per user: ${JSON.stringify(scannedPerUser)}`);
  assert.ok(scannedPerUser.anonymous >= 3, 'the anonymous crawl reaches the start and about pages');
  assert.ok(scannedPerUser.administrator >= 4, 'the administrator crawl reaches the admin pages');
  assert.deepEqual(broken, [], `links to pages that fail:\n${broken.join('\n')}`);
  assert.equal(findings.length, 0, `axe found violations:\n${report(findings)}`);
});

test('the test identity provider picker and the error pages pass axe in both languages', async () => {
  const findings: Finding[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const lang of ['da', 'en'] as const) {
    await page.goto(`${app.url}/auth/login?as=citizen&lang=${lang}`);
    await page.waitForURL(/\/idp\/interaction\//);
    for (const violation of await axeViolations(page))
      findings.push({ page: `${page.url()} (picker, ${lang})`, violation });
    await scan(page, `/this-page-does-not-exist?lang=${lang}`, findings, 404);
  }
  // 403: a citizen on the staff start page.
  await loginByClicking(page, app.url, 'citizen-0101500100', 'citizen');
  for (const lang of ['da', 'en'] as const) await scan(page, `/staff?lang=${lang}`, findings, 403);
  // The identity provider's logout question.
  await page.goto(`${app.url}/my?lang=da`);
  await page.getByRole('button', { name: 'Log af' }).click();
  await page.waitForURL(/\/idp\/session\/end/);
  for (const violation of await axeViolations(page))
    findings.push({ page: 'identity provider logout page', violation });
  await context.close();
  assert.equal(findings.length, 0, `axe found violations:\n${report(findings)}`);
});

test('the axe helper does find violations (so a green scan means something)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<html><body><img src="x.png"><input type="text"><a href="/x"></a></body></html>');
  const ids = (await axeViolations(page)).map((violation) => violation.id).sort();
  await context.close();
  assert.ok(ids.includes('image-alt') && ids.includes('html-has-lang') && ids.includes('link-name'), ids.join(', '));
});
