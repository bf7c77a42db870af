import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, type TestBrowser, signedInPage } from '#test-support/browser.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { demoCitizen } from './test-support/frontdesk-fixtures.ts';

/**
 * The booking steps (and a refused one), the receipt, "my appointments", the day plan, the counter page, the kiosk
 * and the call display, scanned with axe (WCAG 2.1 A/AA) in Danish and English; the booking driven by clicks.
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

test('the front desk pages pass axe in both languages', { timeout: 300_000 }, async () => {
  const problems: string[] = [];
  const scan = async (page: Page, name: string) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };
  const citizen = await signedInPage(browser, app.url, `citizen-${demoCitizens[0].cpr}`);
  const desk = await signedInPage(browser, app.url, 'staff-front-desk-1');
  const anonymous = await (await browser.newContext()).newPage();
  const services = { da: 'passport', en: 'health-card' } as const;
  // an appointment of another citizen, reached through the signed link of its receipt (no login)
  const { frontdesk } = app.raadhus.services;
  const [slot] = await frontdesk.booking.freeSlots('driving-licence', 'town-hall', 1);
  const request = { serviceCode: 'driving-licence', locationCode: 'town-hall', persons: 1, startsAt: slot.startsAt };
  const linked = await frontdesk.booking.book(await demoCitizen(app.raadhus, 4), request);
  const manage = new URL(frontdesk.manage.link(linked)).pathname;
  for (const lang of ['da', 'en'] as const) {
    await citizen.goto(`${app.url}/appointments/book?lang=${lang}`);
    await scan(citizen, `service step (${lang})`);
    await citizen.locator(`#field-service-${services[lang]}`).check();
    await citizen.locator('form[action="/appointments/book/location"] button[type="submit"]').click();
    await scan(citizen, `location step (${lang})`);
    await citizen.locator('form[action="/appointments/book/time"] button[type="submit"]').click();
    await scan(citizen, `time step (${lang})`);
    await citizen.locator('input[name="slot"]').first().check();
    await citizen.locator('form[action="/appointments/book/hold"] button[type="submit"]').click();
    await scan(citizen, `confirm step (${lang})`);
    await citizen.locator('form[action="/appointments/book/confirm"] button[type="submit"]').click();
    await citizen.waitForURL(/notice=booked/);
    await scan(citizen, `receipt (${lang})`);
    await citizen.goto(`${app.url}/appointments/book/location?service=passport&persons=9&lang=${lang}`);
    assert.equal(await citizen.locator('.alert-error').count(), 1);
    await scan(citizen, `refused step (${lang})`);
    await citizen.goto(`${app.url}/my/appointments?lang=${lang}`);
    await scan(citizen, `my appointments (${lang})`);

    await desk.goto(`${app.url}/staff/frontdesk?lang=${lang}`);
    await scan(desk, `day plan (${lang})`);
    await desk.goto(`${app.url}/staff/frontdesk/queue?lang=${lang}`);
    await scan(desk, `counter page (${lang})`);
    await anonymous.goto(`${app.url}/kiosk?location=town-hall&lang=${lang}`);
    await scan(anonymous, `kiosk (${lang})`);
    await anonymous.locator('form[action="/kiosk/tickets"] button[type="submit"]').click();
    assert.equal(await anonymous.locator('.alert-error').count(), 1, 'no service chosen: refused');
    await scan(anonymous, `kiosk refused (${lang})`);
    await anonymous.goto(`${app.url}${manage}?lang=${lang}`);
    await scan(anonymous, `signed link page (${lang})`);
    await anonymous.goto(`${app.url}/display?location=town-hall&lang=${lang}`);
    await scan(anonymous, `call display (${lang})`);
  }
  assert.deepEqual(problems, []);
});
