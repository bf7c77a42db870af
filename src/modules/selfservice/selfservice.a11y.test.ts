import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';

const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let app: TestApp;
let browser: Browser;
before(async () => {
  app = await startTestApp();
  if (chromiumPath) browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
});
after(async () => {
  await browser?.close();
  await app?.close();
});

async function browserAs(account: string, assurance: 'low' | 'substantial' = 'substantial'): Promise<Page> {
  const client = new TestClient(app.url);
  await client.login(account, assurance);
  const context = await browser.newContext({ bypassCSP: true, locale: 'da-DK' });
  await context.addCookies([{ name: 'raadhus_session', value: client.getCookie('raadhus_session')!, url: app.url }]);
  return context.newPage();
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(async () => {
    const run = await (
      window as unknown as {
        axe: {
          run(options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return run.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
  return result;
}

test('self-service pages pass an axe scan (WCAG 2.1 AA)', {
  skip: !chromiumPath && 'no Chromium installed',
}, async () => {
  const citizen = await browserAs('citizen-0101500100');
  const problems: Record<string, string[]> = {};
  const scan = async (page: Page, name: string) => {
    const violations = await axe(page);
    if (violations.length) problems[name] = violations;
  };
  await citizen.goto(`${app.url}/selfservice/citizen`);
  await scan(citizen, 'catalogue');
  await citizen.goto(`${app.url}/selfservice/solutions/housing-benefit`);
  await scan(citizen, 'solution');
  await citizen.click('button:has-text("Start ansøgningen")');
  await scan(citizen, 'form step');
  await citizen.click('button[value="next"]');
  assert.match(await citizen.content(), /Der er fejl i formularen/);
  await scan(citizen, 'form step with errors');
  await citizen.check('#field-otherAdults-1');
  await citizen.fill('#field-children', '0');
  await citizen.click('button[value="next"]');
  await citizen.fill('#field-yearlyIncome', '200000');
  await citizen.check('#field-incomeTypes');
  await citizen.click('button[value="next"]');
  await citizen.fill('#field-monthlyRent', '5000');
  await citizen.fill('#field-area', '60');
  await citizen.check('#field-heatingIncluded');
  await citizen.fill('#field-leaseStart', '2024-01-01');
  await citizen.click('button[value="next"]');
  await scan(citizen, 'upload step');
  await citizen.click('button[value="save"]');
  await scan(citizen, 'my drafts');

  const bulky = await browserAs('citizen-0202521107');
  await bulky.goto(`${app.url}/selfservice/solutions/bulky-waste`);
  await bulky.click('button:has-text("Start ansøgningen")');
  await bulky.fill('#field-street', 'Skolevej 2');
  await bulky.fill('#field-postcode', '9999');
  await bulky.fill('#field-city', 'Demoby');
  await bulky.click('button[value="next"]');
  await bulky.check('#field-items');
  await bulky.selectOption('#field-volume', 'small');
  await bulky.click('button[value="next"]');
  const inFiveDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + 5 * 86_400_000),
  );
  await bulky.fill('#field-pickupDate', inFiveDays);
  await bulky.check('#field-placement');
  await bulky.click('button[value="next"]');
  await scan(bulky, 'summary');
  await bulky.click('button:has-text("Send ansøgningen")');
  assert.match(await bulky.content(), /Ansøgningen er sendt/);
  await scan(bulky, 'receipt');

  const low = await browserAs('citizen-0303542114', 'low');
  await low.goto(`${app.url}/selfservice/solutions/housing-benefit`);
  await scan(low, 'refusal');

  const manager = await browserAs('staff-manager-1');
  await manager.goto(`${app.url}/staff/selfservice/usage`);
  await scan(manager, 'usage');

  assert.deepEqual(problems, {});
});
