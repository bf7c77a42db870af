import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { launchBrowser, signedInPage, type TestBrowser } from '#test-support/browser.ts';
import { waitFor } from '#test-support/wait-for.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '#modules/notify/test-support/fake-sms-gateway.ts';
import { citizenWithContacts } from '#modules/notify/test-support/notify-fixtures.ts';
import { staffPrincipal } from '#modules/cases/test-support/case-fixtures.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/**
 * The channel strategy in a browser: at the desk, staff register a passport inquiry for a citizen in a few
 * keystrokes and send the self-service link by SMS (to a local server speaking the gateway's contract); the
 * manager's channel page shows the contact with the mix against the target and the cost.
 */
const API_KEY = 'channels-journey-gateway-key';
let app: TestApp;
let gateway: FakeSmsGateway;
let browser: TestBrowser;
const today = danishDay(new Date());
before(async () => {
  gateway = await startFakeSmsGateway(API_KEY);
  app = await startTestApp({
    SMS_PROVIDER_URL: gateway.url,
    SMS_API_KEY: API_KEY,
    NOTIFY_RATE_LIMIT_PER_MINUTE: '100000',
  });
  // the municipality moves passports online from today: booking as the self-service solution, 80 % its target
  await sql`update channels_purposes set solution_code = 'passport-booking' where code = 'passport'`.execute(
    app.raadhus.database.db,
  );
  const admin = await staffPrincipal(app.raadhus, 'staff-admin-1');
  await app.raadhus.services.channels.admin.addVersion(admin, 'passport', {
    validFrom: today,
    desiredChannel: 'selfservice',
    channels: [
      { channel: 'selfservice', offered: true, unitCostOre: 300, targetPercent: 80 },
      { channel: 'attendance', offered: true, unitCostOre: 11_250, targetPercent: 20 },
    ],
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await gateway?.close();
});

test('the desk registers a passport inquiry and texts the self-service link; the manager sees the mix and the cost', {
  timeout: 120_000,
}, async () => {
  // demo citizen 3: a verified mobile number and consent to SMS from Borgerservice
  const { cpr } = await citizenWithContacts(app.raadhus, 3, {
    sms: '+4520003003',
    authorities: { borgerservice: { sms: true, email: false } },
  });
  const desk = await signedInPage(browser, app.url, 'staff-front-desk-1');
  await desk.goto(`${app.url}/staff/inquiries?lang=da`);
  // the purpose search, the CPR number, Enter: the channel is preset from the desk
  await desk.getByLabel('Søg formål').fill('pas');
  await desk.getByLabel('Søg formål').press('Enter');
  await desk.waitForURL(/q=pas/);
  assert.ok(await desk.getByRole('radio', { name: 'Pas', exact: true }).isChecked());
  assert.equal(await desk.getByLabel('Kanal').inputValue(), 'attendance');
  await desk.getByLabel('Borgerens CPR-nummer (valgfrit)').fill(cpr);
  await desk.getByLabel('Borgerens CPR-nummer (valgfrit)').press('Enter');
  await desk.waitForURL(/notice=registered/);
  const receipt = await desk.locator('main').innerText();
  assert.match(receipt, /Henvendelsen er registreret\./);
  assert.match(receipt, /Send linket til borgeren/);
  assert.ok(await desk.getByRole('radio', { name: 'SMS' }).isChecked());
  await desk.getByRole('button', { name: 'Send linket' }).click();
  await desk.waitForURL(/notice=linkSent/);
  assert.match(await desk.locator('main').innerText(), /Linket til selvbetjeningen er sendt til borgeren\./);
  const sms = await waitFor(
    async () => gateway.requestsTo('4520003003').find((request) => request.message.includes('/selfservice/')),
    'the SMS with the link at the gateway',
  );
  assert.equal(
    sms.message,
    `Fra Borgerservice: Pas kan du klare selv på nettet, når det passer dig: ${app.url}/selfservice/solutions/passport-booking`,
  );

  // the manager's channel page: the desk contact, its share against the target, and its cost
  const manager = await signedInPage(browser, app.url, 'staff-manager-1');
  await manager.goto(`${app.url}/staff/channels/figures?from=${today}&to=${today}&lang=da`);
  const page = (await manager.locator('main').innerText()).replace(/[ \t]+/g, ' ');
  // per purpose: one contact, none of it in the desired channel (self-service) against the 80 % target, 112,50 kr.
  assert.match(page, /\nPas Selvbetjening 1 0 % 80 % 112,50\s?kr\.\n/);
  // per channel: the desk contact is all of the mix (target 20 %), at the desk's unit cost; self-service has none
  assert.match(page, /\nPas Personligt fremmøde 1 100 % 20 % 112,50\s?kr\.\n/);
  assert.match(page, /\nPas Selvbetjening 0 0 % 80 % 0,00\s?kr\.\n/);
  await manager.goto(`${app.url}/staff/channels/figures?from=${today}&to=${today}&lang=en`);
  const english = (await manager.locator('main').innerText()).replace(/[ \t]+/g, ' ');
  assert.match(english, /\nPassport In person 1 100 % 20 % (DKK\s?)?112\.50( kr\.)?/);
});
