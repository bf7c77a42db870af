import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, type TestBrowser, signedInPage } from '#test-support/browser.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';

/**
 * The web chat's pages scanned with axe (WCAG 2.1 A/AA) in Danish and English: the topics, an open and a closed
 * chat, a conversation (with its live script running) and a refused message, my chats, the staff inbox and a
 * conversation at the desk; the chat driven by clicks.
 */
let app: TestApp;
let browser: TestBrowser;
const wednesday = new Date('2026-12-09T09:00:00Z');
before(async () => {
  app = await startTestApp();
  app.raadhus.services.frontdesk.chat.clock = () => wednesday;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

test('the web chat pages pass axe in both languages', { timeout: 300_000 }, async () => {
  const problems: string[] = [];
  const scan = async (page: Page, name: string) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };
  const chat = app.raadhus.services.frontdesk.chat;
  const citizen = await signedInPage(browser, app.url, `citizen-${demoCitizens[0].cpr}`);
  const desk = await signedInPage(browser, app.url, 'staff-front-desk-1');
  for (const lang of ['da', 'en'] as const) {
    const anonymous = await (await browser.newContext()).newPage();
    await anonymous.goto(`${app.url}/chat?lang=${lang}`);
    await scan(anonymous, `topics (${lang})`);
    await anonymous.goto(`${app.url}/chat?purpose=general-information&lang=${lang}`);
    await scan(anonymous, `open chat (${lang})`);
    await anonymous.locator('#field-text').fill(lang === 'da' ? 'Hvornår har I åbent?' : 'When are you open?');
    await anonymous.locator('form[action="/chat"] button[type="submit"]').click();
    await anonymous.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    await scan(anonymous, `conversation (${lang})`);
    await anonymous.locator('#field-text').fill('<b>fed</b>');
    await anonymous.locator('form[action$="/messages"] button[type="submit"]').click();
    assert.equal(await anonymous.locator('.alert-error').count(), 1, 'HTML refused');
    await scan(anonymous, `refused message (${lang})`);
    await anonymous.goto(`${app.url}/chat?purpose=case-status&lang=${lang}`);
    await scan(anonymous, `login first (${lang})`);
    chat.clock = () => new Date('2026-12-11T13:30:00Z');
    await anonymous.goto(`${app.url}/chat?purpose=passport&lang=${lang}`);
    await scan(anonymous, `closed chat (${lang})`);
    chat.clock = () => wednesday;

    await citizen.goto(`${app.url}/chat?purpose=passport&lang=${lang}`);
    await citizen.locator('#field-text').fill('Er mit pas klar?');
    await citizen.locator('form[action="/chat"] button[type="submit"]').click();
    await citizen.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
    const id = /\/chat\/([0-9a-f-]{36})$/.exec(citizen.url())![1];
    await scan(citizen, `citizen conversation (${lang})`);

    await desk.goto(`${app.url}/staff/frontdesk/chat?lang=${lang}`);
    await scan(desk, `inbox (${lang})`);
    await desk.goto(`${app.url}/staff/frontdesk/chat/${id}?lang=${lang}`);
    await scan(desk, `desk conversation waiting (${lang})`);
    await desk.locator(`form[action="/staff/frontdesk/chat/${id}/take"] button[type="submit"]`).first().click();
    await desk.waitForURL(/notice=taken/);
    await scan(desk, `desk conversation taken (${lang})`);
    await desk.locator(`form[action="/staff/frontdesk/chat/${id}/close"] button[type="submit"]`).click();
    assert.equal(await desk.locator('.alert-error').count(), 1, 'resolved or not must be answered');
    await scan(desk, `desk close refused (${lang})`);
    await desk.locator('input[name="resolved"][value="yes"]').check();
    await desk.locator(`form[action="/staff/frontdesk/chat/${id}/close"] button[type="submit"]`).click();
    await desk.waitForURL(/notice=closed/);
    await scan(desk, `desk conversation closed (${lang})`);

    await citizen.goto(`${app.url}/chat/${id}?lang=${lang}`);
    await Promise.all([
      citizen.waitForURL(/\/chat\/[0-9a-f-]{36}/, { waitUntil: 'domcontentloaded' }),
      citizen.locator(`form[action="/chat/${id}/transcript"] button[type="submit"]`).click(),
    ]);
    await citizen.waitForLoadState('domcontentloaded');
    assert.match(citizen.url(), /notice=transcript/, await citizen.locator('main').innerText());
    await scan(citizen, `transcript sent (${lang})`);
    await citizen.goto(`${app.url}/my/chats?lang=${lang}`);
    await scan(citizen, `my chats (${lang})`);
  }
  assert.deepEqual(problems, []);
});
