import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import type { TestApp } from '#test-support/test-app.ts';
import { loginByClicking, type TestBrowser, startAppAndBrowser } from '#test-support/browser.ts';
import { tinyPdf } from '#modules/cases/test-support/case-fixtures.ts';

/**
 * The case-handling journey of the issue, in a browser: a test citizen applies for housing benefit
 * through self-service with the lease uploaded and gets a receipt; a caseworker finds the case in the
 * queue and asks for a missing document (a letter to the citizen); the citizen sees it in "my cases"
 * and sends it; the caseworker grants the benefit and the decision letter arrives.
 * Every module is the real one: the receipt, the request for documentation and the decision are letters
 * in the citizen's digital post, and the self-service usage counts show the start and the submission.
 */
let app: TestApp;
let browser: TestBrowser;
startAppAndBrowser((started) => ({ app, browser } = started));

const CITIZEN = 'citizen-0404563121';

async function next(page: Page, label = 'Næste'): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: label, exact: true }).click()]);
}

test('housing benefit: apply with an upload, receipt, caseworker asks for a document, citizen follows it in my cases, grant and decision letter', {
  timeout: 300_000,
}, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'raadhus-journey-'));
  const leasePath = join(folder, 'lejekontrakt.pdf');
  writeFileSync(leasePath, await tinyPdf());
  const incomePath = join(folder, 'indkomst.pdf');
  writeFileSync(incomePath, await tinyPdf());

  // 1. The citizen applies through self-service
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await loginByClicking(citizen, app.url, CITIZEN, 'citizen');
  const person = await citizen.locator('.portal-user .user span').first().innerText();
  await citizen.goto(`${app.url}/selfservice/solutions/housing-benefit?lang=da`);
  await Promise.all([citizen.waitForNavigation(), citizen.getByRole('button', { name: 'Start ansøgningen' }).click()]);
  await citizen.locator('input[name="otherAdults"][value="yes"]').check({ force: true });
  await citizen.locator('input[name="children"]').fill('1');
  await next(citizen);
  await citizen.locator('input[name="adultsCount"]').fill('1');
  await citizen.locator('input[name="adultsIncome"]').fill('150000');
  await next(citizen);
  await citizen.locator('input[name="yearlyIncome"]').fill('210000');
  await citizen.locator('input[name="incomeTypes"][value="salary"]').check({ force: true });
  await next(citizen);
  await citizen.locator('input[name="monthlyRent"]').fill('6500');
  await citizen.locator('input[name="area"]').fill('72');
  await citizen.locator('input[name="heatingIncluded"][value="no"]').check({ force: true });
  await citizen.locator('input[name="leaseStart"]').fill('2024-05-01');
  await next(citizen);
  await citizen.locator('input[name="lease"]').setInputFiles(leasePath);
  await citizen.locator('input[name="email"]').fill('test@example.dk');
  await next(citizen);
  assert.match(await citizen.locator('h1').innerText(), /Tjek dine svar/);
  await next(citizen, 'Send ansøgningen');
  assert.match(await citizen.locator('main').innerText(), /Ansøgningen er sendt/);
  const reference = /(\d{4}-\d{6})/.exec(await citizen.locator('main').innerText())![1];

  // 2. The caseworker finds it in the queue and asks for the missing proof of the other adult's income
  const staffContext = await browser.newContext();
  const caseworker = await staffContext.newPage();
  await loginByClicking(caseworker, app.url, 'staff-caseworker-1', 'staff');
  await caseworker.getByRole('link', { name: 'Sager' }).first().click();
  await caseworker.waitForURL(/\/staff\/cases/);
  await caseworker.locator('#field-assignment').selectOption('unassigned');
  await caseworker.locator('#field-caseType').selectOption('housing-benefit');
  await caseworker.locator('#field-sort').selectOption('received');
  await Promise.all([caseworker.waitForNavigation(), caseworker.getByRole('button', { name: 'Vis sager' }).click()]);
  await Promise.all([caseworker.waitForNavigation(), caseworker.getByRole('link', { name: reference }).click()]);
  assert.match(await caseworker.locator('h1').innerText(), new RegExp(reference));
  assert.match(await caseworker.locator('main').innerText(), new RegExp(person));
  await Promise.all([caseworker.waitForNavigation(), caseworker.getByRole('button', { name: 'Fordel sagen' }).click()]);
  assert.match(await caseworker.locator('main').innerText(), /Sara Sagsbehandler/);
  await caseworker
    .locator('#field-note-request_documentation')
    .fill('Dokumentation for den anden voksnes indkomst (lønsedler for de seneste 3 måneder).');
  await Promise.all([
    caseworker.waitForNavigation(),
    caseworker.getByRole('button', { name: 'Bed om dokumentation', exact: true }).click(),
  ]);
  assert.match(await caseworker.locator('.case-overview').innerText(), /Afventer dokumentation/);
  // the letter is in the citizen's digital post, with the caseworker's note
  await citizen.goto(`${app.url}/post?lang=da`);
  await Promise.all([
    citizen.waitForNavigation(),
    citizen
      .getByRole('link', { name: /Vi mangler dokumentation/ })
      .first()
      .click(),
  ]);
  assert.match(await citizen.locator('main').innerText(), /lønsedler for de seneste 3 måneder/);

  // 3. The citizen sees it in my cases, with the letter, and sends the document
  await citizen.goto(`${app.url}/my?lang=da`);
  await Promise.all([citizen.waitForNavigation(), citizen.getByRole('link', { name: 'Mine sager' }).first().click()]);
  assert.match(await citizen.locator('main').innerText(), /Vi venter på dokumentation fra dig/);
  await Promise.all([citizen.waitForNavigation(), citizen.getByRole('link', { name: new RegExp(reference) }).click()]);
  const detail = await citizen.locator('main').innerText();
  assert.match(detail, /Vi venter på dig/);
  assert.match(detail, /Vi mangler dokumentation til din ansøgning om boligstøtte/);
  await citizen.locator('#field-documentType').selectOption('adultsIncomeProof');
  await citizen.locator('#field-file').setInputFiles(incomePath);
  await Promise.all([citizen.waitForNavigation(), citizen.getByRole('button', { name: 'Send dokumentet' }).click()]);
  assert.match(await citizen.locator('main').innerText(), /Vi har modtaget dit dokument/);
  assert.match(await citizen.locator('main').innerText(), /Vi behandler din ansøgning/);

  // 4. The caseworker finishes the follow-up task and grants
  await caseworker.reload();
  assert.match(await caseworker.locator('.case-overview').innerText(), /Under behandling/);
  while ((await caseworker.getByRole('button', { name: /Markér som udført/ }).count()) > 0) {
    await Promise.all([
      caseworker.waitForNavigation(),
      caseworker
        .getByRole('button', { name: /Markér som udført/ })
        .first()
        .click(),
    ]);
  }
  await caseworker.locator('#field-note-grant').fill('Du får 1.850 kr. om måneden fra 1. januar 2027.');
  await Promise.all([
    caseworker.waitForNavigation(),
    caseworker.getByRole('button', { name: 'Bevilg boligstøtte', exact: true }).click(),
  ]);
  assert.match(await caseworker.locator('.case-overview').innerText(), /Bevilget/);

  // 5. The decision letter is in the citizen's case
  await citizen.reload();
  const closed = await citizen.locator('main').innerText();
  assert.match(closed, /Du har fået boligstøtte/);
  assert.match(closed, /Sagen er afsluttet/);
  // the decision letter arrived in digital post, with the receipt before it
  await citizen.goto(`${app.url}/post?lang=da`);
  const inbox = await citizen.locator('main').innerText();
  assert.match(inbox, /Kvittering/i);
  await Promise.all([
    citizen.waitForNavigation(),
    citizen.getByRole('link', { name: 'Du har fået boligstøtte' }).first().click(),
  ]);
  assert.match(await citizen.locator('main').innerText(), /1\.850 kr\. om måneden/);

  // the usage counts show the start and the submission of the housing-benefit solution
  const { rows } = await sql<{
    event: string;
    total: number;
  }>`select event, sum(count)::int as total from selfservice_usage_counts where solution_code = 'housing-benefit' and day = current_date group by event`.execute(
    app.raadhus.database.db,
  );
  const counts = Object.fromEntries(rows.map((row) => [row.event, row.total]));
  assert.ok(counts.started >= 1 && counts.submitted >= 1, JSON.stringify(counts));
  await citizenContext.close();
  await staffContext.close();
});
