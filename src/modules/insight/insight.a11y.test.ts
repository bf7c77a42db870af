import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, type TestBrowser, signedInPage } from '#test-support/browser.ts';

/** The dashboard, a figure's page (with data, refused, empty) and the open-data page, scanned with axe (WCAG 2.1 A/AA) in both languages. */
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

test('the dashboard and the figure pages pass axe in Danish and English', { timeout: 300_000 }, async () => {
  const problems: string[] = [];
  const scan = async (page: Page, name: string) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };
  const manager = await signedInPage(browser, app.url, 'staff-manager-1');
  const caseworker = await signedInPage(browser, app.url, 'staff-caseworker-1');
  const citizen = await (await browser.newContext()).newPage();
  for (const lang of ['da', 'en'] as const) {
    await manager.goto(`${app.url}/staff/insight?lang=${lang}`);
    assert.ok((await manager.locator('.card-grid > section').count()) >= 9, 'a tile per figure');
    await scan(manager, `dashboard (${lang})`);
    await manager.goto(`${app.url}/staff/insight?from=x&lang=${lang}`);
    assert.equal(await manager.locator('.alert-error').count(), 1);
    await scan(manager, `dashboard refused (${lang})`);
    for (const figure of ['phone-waiting-time', 'cases-received', 'letters-digital-share']) {
      await manager.goto(`${app.url}/staff/insight/figures/${figure}?lang=${lang}`);
      await scan(manager, `${figure} (${lang})`);
    }
    await manager.goto(`${app.url}/staff/insight/imports?lang=${lang}`);
    await scan(manager, `imports (${lang})`);
    await manager.setInputFiles('#field-file', {
      name: `telefoni-${lang}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from('dag;ventetid\n2026-12-01;1,5\n'),
    });
    await manager.locator('form[enctype="multipart/form-data"] button[type="submit"]').click();
    await manager.waitForURL(/\/staff\/insight\/imports\/[0-9a-f-]{36}/);
    await scan(manager, `import mapping (${lang})`);
    await manager.locator('form[action^="/staff/insight/imports/"] button[type="submit"]').click();
    assert.equal(await manager.locator('.alert-error').count(), 1, 'the number in the wrong format is refused');
    await scan(manager, `import refused (${lang})`);
    const empty = await caseworker.goto(`${app.url}/staff/insight?lang=${lang}`);
    assert.equal(empty?.status(), 200, 'a department without figures gets a page saying so');
    assert.equal(await caseworker.locator('.card-grid').count(), 0);
    await scan(caseworker, `dashboard without figures (${lang})`);
    await citizen.goto(`${app.url}/open-data/key-figures?lang=${lang}`);
    assert.equal(await citizen.locator('.card-grid > section').count(), 6, 'the published figures');
    await scan(citizen, `open data (${lang})`);
  }
  assert.deepEqual(problems, []);
});
