import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TestApp } from '#test-support/test-app.ts';
import { type TestBrowser, signedInPage, startAppAndBrowser, axeScanner } from '#test-support/browser.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';

/**
 * The states the link crawl does not reach: forms with errors, the code page with a code pending, the
 * outbox with entries, a template refused — scanned with axe (WCAG 2.1 A/AA) in Danish and English.
 */
let app: TestApp;
let browser: TestBrowser;
startAppAndBrowser((started) => ({ app, browser } = started));

const pageAs = (account: string): Promise<Page> => signedInPage(browser, app.url, account);

test('contact register, reminder and template pages in their error states pass axe', { timeout: 300_000 }, async () => {
  const { problems, scan } = axeScanner();
  for (const lang of ['da', 'en'] as const) {
    const citizen = await pageAs(`citizen-${demoCitizens[17].cpr}`);
    await citizen.goto(`${app.url}/my/contact?lang=${lang}`);
    await citizen.fill('#field-sms-address', '12');
    await citizen.locator('form[action="/my/contact/sms"] button[type="submit"]').click();
    assert.equal(await citizen.locator('.alert-error').count(), 1);
    await scan(citizen, `contact page with an error (${lang})`);
    await citizen.fill('#field-sms-address', `20 77 66 1${lang === 'da' ? 1 : 2}`);
    await citizen.locator('form[action="/my/contact/sms"] button[type="submit"]').click();
    await citizen.waitForURL(/\/verify/);
    await scan(citizen, `code page (${lang})`);
    await citizen.fill('#field-code', '000');
    await citizen.locator('form[action="/my/contact/sms/verify"] button[type="submit"]').click();
    await scan(citizen, `code page with an error (${lang})`);
    await citizen.goto(`${app.url}/my/contact?lang=${lang}`);
    await citizen.locator('#pref-byg-email').check();
    await citizen.locator('form[action="/my/contact/preferences"] button[type="submit"]').click();
    await scan(citizen, `choices refused (${lang})`);

    const caseworker = await pageAs('staff-caseworker-1');
    await caseworker.goto(`${app.url}/staff/reminders/new?lang=${lang}`);
    await caseworker.locator('form[action="/staff/reminders"] button[type="submit"]').click();
    assert.equal(await caseworker.locator('.alert-error').count(), 1);
    await scan(caseworker, `reminder form with errors (${lang})`);

    const admin = await pageAs('staff-admin-1');
    await admin.goto(`${app.url}/admin/notify/templates/new-post/email/${lang}?lang=${lang}`);
    await admin.fill('#field-body', 'Indhold: {{messageBody}}');
    await admin.fill('#field-subject', '');
    await admin.locator('form button[type="submit"].button-primary').click();
    assert.equal(await admin.locator('.alert-error').count(), 1);
    await scan(admin, `template refused (${lang})`);
    await admin.goto(`${app.url}/admin/notify/outbox?lang=${lang}`);
    assert.ok((await admin.locator('table tbody tr').count()) > 0, 'the outbox has entries');
    await scan(admin, `outbox with entries (${lang})`);
    await admin.goto(`${app.url}/admin/notify?status=sent&lang=${lang}`);
    await scan(admin, `overview filtered (${lang})`);
  }
  assert.deepEqual(problems, []);
});
