import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '#test-support/test-app.ts';
import { axeViolations, loginByClicking, type TestBrowser, startAppAndBrowser } from '#test-support/browser.ts';
import { tinyPdf } from '#modules/cases/test-support/case-fixtures.ts';

/**
 * The caseworker's side of a decision, in a browser: a citizen applies for housing benefit (no other adults in the
 * home); the caseworker opens the case from the staff menu and the queue (the applicant named), reads the answers
 * the citizen gave with the form's version, sees that no proof of other adults' income is asked for, and refuses
 * with reasons; the citizen reads the decision letter with its reasons and klagevejledning (appeal guidance).
 */
let app: TestApp;
let browser: TestBrowser;
startAppAndBrowser((started) => ({ app, browser } = started));

const CPR = '0303542114';
const NAME = 'Camilla Demo-Hansen';

async function click(page: Page, role: 'button' | 'link', name: string | RegExp): Promise<void> {
  await Promise.all([
    page.waitForNavigation(),
    page
      .getByRole(role, { name, exact: typeof name === 'string' })
      .first()
      .click(),
  ]);
}

async function noAxeViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(
    violations.map((violation) => `${violation.id}: ${violation.help}`),
    [],
    `${what} has accessibility violations`,
  );
}

test("caseworker reads the citizen's answers and refuses with reasons; the citizen reads the decision with klagevejledning", {
  timeout: 300_000,
}, async () => {
  const leasePath = join(mkdtempSync(join(tmpdir(), 'raadhus-decision-')), 'lejekontrakt.pdf');
  writeFileSync(leasePath, await tinyPdf());

  // 1. The citizen applies: no other adults, so no page about them and no proof of their income
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await loginByClicking(citizen, app.url, `citizen-${CPR}`, 'citizen');
  await citizen.goto(`${app.url}/selfservice/solutions/housing-benefit?lang=da`);
  await click(citizen, 'button', 'Start ansøgningen');
  await citizen.locator('input[name="otherAdults"][value="no"]').check({ force: true });
  await citizen.locator('input[name="children"]').fill('2');
  await click(citizen, 'button', 'Næste');
  await citizen.locator('input[name="yearlyIncome"]').fill('395000');
  await citizen.locator('input[name="incomeTypes"][value="salary"]').check({ force: true });
  await click(citizen, 'button', 'Næste');
  await citizen.locator('input[name="monthlyRent"]').fill('6500');
  await citizen.locator('input[name="area"]').fill('72');
  await citizen.locator('input[name="heatingIncluded"][value="yes"]').check({ force: true });
  await citizen.locator('input[name="leaseStart"]').fill('2025-03-01');
  await click(citizen, 'button', 'Næste');
  await citizen.locator('input[name="lease"]').setInputFiles(leasePath);
  await click(citizen, 'button', 'Næste');
  await click(citizen, 'button', 'Send ansøgningen');
  const reference = /(\d{4}-\d{6})/.exec(await citizen.locator('main').innerText())![1];

  // 2. The caseworker goes to the cases from the staff menu, finds the applicant in the queue and opens the case
  const staffContext = await browser.newContext();
  const caseworker = await staffContext.newPage();
  await loginByClicking(caseworker, app.url, 'staff-caseworker-1', 'staff');
  const menu = await caseworker.getByRole('navigation', { name: 'Hovedmenu' }).innerText();
  assert.match(menu, /Sager/);
  assert.match(menu, /Påmindelser om aftaler/);
  assert.doesNotMatch(menu, /Administration/);
  await click(caseworker, 'link', 'Sager');
  await caseworker.waitForURL(/\/staff\/cases/);
  await caseworker.goto(`${app.url}/staff/cases?caseType=housing-benefit&sort=received&lang=da`);
  const row = caseworker.getByRole('row', { name: new RegExp(reference) });
  assert.match(await row.innerText(), new RegExp(NAME));
  await Promise.all([caseworker.waitForNavigation(), row.getByRole('link', { name: reference }).click()]);

  // the answers, as the citizen gave them, with the form version; the requirements follow them; the full CPR
  const answers = await caseworker.locator('#answers').innerText();
  assert.match(answers, /Ansøgerens svar/);
  assert.match(answers, /version 1 af selvbetjeningsformularen/);
  assert.match(answers, /Bor der andre voksne i boligen\?\s+Nej/);
  assert.match(answers, /Antal børn under 18 år i boligen\s+2/);
  assert.match(answers, /Husleje om måneden uden forbrug\s+6\.?500 kr\./);
  assert.match(answers, /Boligens areal\s+72 m²/);
  assert.match(answers, /Er varme med i huslejen\?\s+Ja/);
  assert.doesNotMatch(answers, /Antal andre voksne/);
  const page = await caseworker.locator('main').innerText();
  assert.match(page, /Dokumentation for øvrige voksnes indkomst: ikke nødvendig efter ansøgerens svar/);
  assert.match(page, /Lejekontrakt: modtaget/);
  assert.match(page, /030354-2114/);
  assert.doesNotMatch(page, /endnu/);
  await noAxeViolations(caseworker, 'the case page with the answers (da)');
  await caseworker.goto(`${caseworker.url().split('?')[0]}?lang=en`);
  assert.match(await caseworker.locator('#answers').innerText(), /Do other adults live in the home\?\s+No/);
  await noAxeViolations(caseworker, 'the case page with the answers (en)');
  await caseworker.goto(`${caseworker.url().split('?')[0]}?lang=da`);

  // 3. Review, the income check done, then a refusal with the reasons
  await click(caseworker, 'button', 'Påbegynd behandling');
  while ((await caseworker.getByRole('button', { name: /Markér som udført/ }).count()) > 0)
    await click(caseworker, 'button', /Markér som udført/);
  await caseworker
    .locator('#field-note-refuse')
    .fill('Husstandens indkomst på 395.000 kr. er over grænsen for boligstøtte med 2 børn.');
  await click(caseworker, 'button', 'Giv afslag');
  const decided = await caseworker.locator('.case-overview').innerText();
  assert.match(decided, /Afslag/);
  assert.doesNotMatch(decided, /Afslag – afslag/i);
  assert.doesNotMatch(await caseworker.locator('main').innerText(), /: mangler/);

  // 4. The citizen reads the decision: the reasons and the klagevejledning
  await citizen.goto(`${app.url}/post?lang=da`);
  await click(citizen, 'link', /Afgørelse om boligstøtte/);
  const letter = await citizen.locator('main').innerText();
  assert.match(letter, new RegExp(reference));
  assert.match(letter, /Begrundelse/);
  assert.match(letter, /395\.000 kr\. er over grænsen/);
  assert.match(letter, /Klagevejledning/);
  assert.match(letter, /inden for 4 uger/);
  assert.match(letter, /Ankestyrelsen/);
  await citizenContext.close();
  await staffContext.close();
});
