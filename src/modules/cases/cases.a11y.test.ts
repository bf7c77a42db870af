import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TestApp } from '#test-support/test-app.ts';
import { axeViolations, loginByClicking, type TestBrowser, startAppAndBrowser } from '#test-support/browser.ts';
import { caseRow, citizenCpr, newHousingCase, staffPrincipal } from './test-support/case-fixtures.ts';

let app: TestApp;
let browser: TestBrowser;
startAppAndBrowser((started) => ({ app, browser } = started));

async function as(account: string, entry: 'citizen' | 'business' | 'staff'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginByClicking(page, app.url, account, entry);
  return page;
}

test('case pages pass axe (WCAG 2.1 AA), including their refusal, conflict and error states, in Danish and English', {
  timeout: 300_000,
}, async () => {
  const problems: string[] = [];
  const scan = async (page: Page, name: string, status?: number) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
    if (status) assert.ok(true);
  };
  const created = await newHousingCase(app.raadhus, 0, {});
  const sara = await as('staff-caseworker-1', 'staff');
  for (const lang of ['da', 'en']) {
    await sara.goto(`${app.url}/staff/cases?lang=${lang}`);
    await scan(sara, `queue ${lang}`);
    await sara.goto(`${app.url}/staff/cases/${created.caseId}?lang=${lang}`);
    await scan(sara, `case page ${lang}`);
  }
  // a refused transition (the impossible "grant" posted from a doctored form): 422 with the reasons
  await sara.goto(`${app.url}/staff/cases/${created.caseId}?lang=da`);
  await Promise.all([
    sara.waitForNavigation(),
    sara.evaluate(() => {
      const form = document.querySelector('form.case-transition') as HTMLFormElement;
      (form.querySelector('input[name="transitionId"]') as HTMLInputElement).value = 'grant';
      form.submit();
    }),
  ]);
  assert.match(await sara.locator('main').innerText(), /Der er ikke ændret noget på sagen/);
  await scan(sara, 'case page with a refused transition');
  // a required reason left empty: 400 with the error summary
  await sara.goto(`${app.url}/staff/cases/${created.caseId}?lang=da`);
  await Promise.all([
    sara.waitForNavigation(),
    sara.evaluate(() => {
      const textarea = document.getElementById('field-note-request_documentation') as HTMLTextAreaElement;
      textarea.required = false;
      textarea.form!.submit();
    }),
  ]);
  await scan(sara, 'case page with a missing reason');
  // a conflict: someone else moves the case while the page is open
  await sara.goto(`${app.url}/staff/cases/${created.caseId}?lang=da`);
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-2');
  await app.raadhus.services.cases.assign(
    caseworker,
    created.caseId,
    (await caseRow(app.raadhus, created.caseId)).version,
    caseworker.id,
  );
  await sara.locator('#field-note-start_review').fill('Min bemærkning');
  await Promise.all([sara.waitForNavigation(), sara.getByRole('button', { name: 'Påbegynd behandling' }).click()]);
  assert.match(await sara.locator('h1').innerText(), /Sagen er ændret af en anden/);
  await scan(sara, 'conflict page');
  await sara.goto(`${app.url}/staff/cases/new?lang=da`);
  await scan(sara, 'new case');
  await Promise.all([sara.waitForNavigation(), sara.getByRole('button', { name: 'Opret sagen' }).click()]);
  await scan(sara, 'new case with errors');

  const admin = await as('staff-admin-1', 'staff');
  await admin.goto(`${app.url}/admin/case-types?lang=da`);
  await scan(admin, 'case types');
  await admin.goto(`${app.url}/admin/case-types/housing-benefit?lang=en`);
  await scan(admin, 'case type editor (en)');
  await admin.locator('#field-definition').fill('code: housing-benefit\nname: { da: Boligstøtte }\n');
  await Promise.all([admin.waitForNavigation(), admin.getByRole('button', { name: 'Save as a new version' }).click()]);
  assert.match(await admin.locator('main').innerText(), /The definition was not saved/);
  await scan(admin, 'case type editor with reasons');

  await app.raadhus.services.cases.transition(caseworker, created.caseId, {
    transitionId: 'request_documentation',
    version: (await caseRow(app.raadhus, created.caseId)).version,
    note: 'Lejekontrakt',
  });
  const anne = await as(`citizen-${citizenCpr(0)}`, 'citizen');
  for (const lang of ['da', 'en']) {
    await anne.goto(`${app.url}/my/cases?lang=${lang}`);
    await scan(anne, `my cases ${lang}`);
    await anne.goto(`${app.url}/my/cases/${created.caseId}?lang=${lang}`);
    await scan(anne, `my case ${lang}`);
  }
  await anne.goto(`${app.url}/my/cases/${created.caseId}?lang=da`);
  await anne
    .locator('#field-file')
    .setInputFiles({ name: 'lejekontrakt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
  await Promise.all([anne.waitForNavigation(), anne.getByRole('button', { name: 'Send dokumentet' }).click()]);
  assert.match(await anne.locator('main').innerText(), /Filen skal være en PDF/);
  await scan(anne, 'my case with an upload error');
  assert.deepEqual(problems, []);
});
