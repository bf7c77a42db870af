import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, type TestBrowser, signedInPage } from '#test-support/browser.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { OpeningHoursService } from './opening-hours/opening-hours.service.ts';
import { demoStaff } from './test-support/channels-fixtures.ts';

/**
 * The channels pages in the states a link crawl does not reach (a search, a refused form, a saved notice,
 * figures with data), scanned with axe (WCAG 2.1 A/AA) in Danish and English, driven by the keyboard where
 * the desk uses it.
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

const pageAs = (account: string): Promise<Page> => signedInPage(browser, app.url, account);

test('registration, figures and administration pass axe in both languages', { timeout: 300_000 }, async () => {
  const problems: string[] = [];
  const scan = async (page: Page, name: string) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };
  const desk = await pageAs('staff-front-desk-1');
  const manager = await pageAs('staff-manager-1');
  const admin = await pageAs('staff-admin-1');
  for (const lang of ['da', 'en'] as const) {
    // the desk, keyboard only: type the search, Enter, then Enter on the preselected purpose's form
    await desk.goto(`${app.url}/staff/inquiries?lang=${lang}`);
    await desk.locator('#field-q').focus();
    await desk.keyboard.type('pas');
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/q=pas/);
    await scan(desk, `register page with a search (${lang})`);
    await desk.locator('#field-purpose-passport').focus();
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/notice=registered/);
    assert.equal(await desk.locator('.alert-success').count(), 1);
    await scan(desk, `register page after registering (${lang})`);
    await desk.goto(`${app.url}/staff/inquiries?q=zzz&lang=${lang}`);
    await desk.locator('form[action="/staff/inquiries"][method="post"] button[type="submit"]').click();
    assert.equal(await desk.locator('.alert-error').count(), 1);
    await scan(desk, `register page refused (${lang})`);

    await manager.goto(`${app.url}/staff/channels/figures?lang=${lang}`);
    assert.ok((await manager.locator('table tbody tr').count()) > 0, 'the figures have rows');
    await scan(manager, `figures (${lang})`);
    await manager.goto(`${app.url}/staff/channels/figures?from=x&lang=${lang}`);
    await scan(manager, `figures refused (${lang})`);

    await admin.goto(`${app.url}/admin/channels/purposes?lang=${lang}`);
    await scan(admin, `purposes (${lang})`);
    await admin.goto(`${app.url}/admin/channels/purposes/passport?lang=${lang}`);
    await admin.fill('#field-target-phone', '55');
    await admin.locator('form[action$="/versions"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1);
    await scan(admin, `purpose with a refused version (${lang})`);
    await admin.goto(`${app.url}/admin/channels/purposes/new?lang=${lang}`);
    await admin.locator('form[action="/admin/channels/purposes"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1);
    await scan(admin, `new purpose refused (${lang})`);
  }
  assert.deepEqual(problems, []);
});

test('opening hours, callbacks and the contact page with hours pass axe in both languages', {
  timeout: 300_000,
}, async () => {
  const problems: string[] = [];
  const scan = async (page: Page, name: string) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };
  const slots = '08:00-12:00, 13:00-15:30';
  await new OpeningHoursService(app.raadhus.database.db).addVersion(await demoStaff(app.raadhus, 'staff-admin-1'), {
    placeCode: 'raadhus',
    nameDa: 'Borgerservice, Rådhuset',
    nameEn: 'Citizen Service, City Hall',
    channel: 'attendance',
    validFrom: danishDay(),
    ...Object.fromEntries([1, 2, 3, 4, 5].map((day) => [`day${day}`, slots])),
  });
  await app.raadhus.services.channels.inquiries.registerByStaff(await demoStaff(app.raadhus, 'staff-front-desk-1'), {
    purposeCode: 'passport',
    channel: 'phone',
    resolvedFirstContact: false,
    couldBeDigital: false,
    digitalHelp: false,
    callback: { note: 'Ring 20 30 40 50 om pas' },
  });
  const admin = await pageAs('staff-admin-1');
  const desk = await pageAs('staff-front-desk-1');
  const citizen = await (await browser.newContext()).newPage();
  for (const lang of ['da', 'en'] as const) {
    await admin.goto(`${app.url}/admin/channels/opening-hours?lang=${lang}`);
    assert.equal(await admin.locator('table').first().locator('tbody tr').count(), 1);
    await scan(admin, `opening hours (${lang})`);
    await admin.goto(`${app.url}/admin/channels/opening-hours/new?lang=${lang}`);
    await admin.fill('#field-day1', '9-17');
    await admin.locator('form[action="/admin/channels/opening-hours"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1);
    await scan(admin, `opening hours refused (${lang})`);
    await admin.goto(`${app.url}/admin/channels/opening-hours/closures/new?lang=${lang}`);
    await admin.locator('form[action="/admin/channels/opening-hours/closures"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1);
    await scan(admin, `closure refused (${lang})`);

    await desk.goto(`${app.url}/staff/callbacks?lang=${lang}`);
    assert.equal(await desk.locator('table tbody tr').count(), 1);
    await scan(desk, `callbacks (${lang})`);

    await citizen.goto(`${app.url}/contact/passport?lang=${lang}`);
    await scan(citizen, `contact page with opening hours (${lang})`);
  }
  assert.deepEqual(problems, []);
});
