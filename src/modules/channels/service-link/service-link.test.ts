import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { axeViolations, launchBrowser, signedInPage } from '#test-support/browser.ts';
import { waitFor } from '#test-support/wait-for.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '#modules/notify/test-support/fake-sms-gateway.ts';
import { citizenWithContacts } from '#modules/notify/test-support/notify-fixtures.ts';

/**
 * The receipt of a desk registration sends the citizen the self-service link: by SMS through the notify module's
 * delivery to the gateway (the link, never the CPR number), registered as a municipality-initiated contact; refused
 * with the reason for a citizen without consent, and nothing stored then. Texts in Danish and English, and axe.
 */
const API_KEY = 'gateway-key-for-the-link-test';
let app: TestApp;
let gateway: FakeSmsGateway;
let desk: TestClient;
before(async () => {
  gateway = await startFakeSmsGateway(API_KEY);
  // the demo letters' notifications share the departments' rate limit: raised, so the link is not moved a minute on
  app = await startTestApp({
    SMS_PROVIDER_URL: gateway.url,
    SMS_API_KEY: API_KEY,
    NOTIFY_RATE_LIMIT_PER_MINUTE: '100000',
  });
  desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
});
after(async () => {
  await app?.close();
  await gateway?.close();
});

const db = () => app.raadhus.database.db;
const count = async (table: string, where = sql`true`) =>
  Number(
    (await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)} where ${where}`.execute(db())).rows[0]
      .n,
  );
/** Registers a change of address at the desk for a person; returns the receipt (the page after the redirect). */
async function registerFor(cpr: string, lang = 'da') {
  const { csrf } = await desk.form(`/staff/inquiries?lang=${lang}`);
  const fields = { _csrf: csrf, purpose: 'change-of-address', channel: 'attendance', resolved: 'on', cpr };
  const response = await desk.submit(`/staff/inquiries?lang=${lang}`, fields);
  const inquiry = new URL(response.url).searchParams.get('inquiry') ?? undefined;
  return { response, html: await response.text(), inquiry, csrf };
}
const sendLink = (inquiry: string, csrf: string, linkChannel: string, lang = 'da') =>
  desk.submit(`/staff/inquiries/service-link?lang=${lang}`, { _csrf: csrf, inquiry, linkChannel });

test('the desk sends a citizen with a verified mobile number the self-service link by SMS, registered as a contact', async () => {
  // demo citizen 0: verified mobile +4520001000 and consent to SMS from every department (notify's demo data)
  const citizen = demoCitizens[0];
  const auditBefore = await count('audit_log', sql`action = 'notify:contact-read'`);
  const receipt = await registerFor(citizen.cpr);
  assert.equal(receipt.response.status, 200);
  assert.match(receipt.html, /Henvendelsen er registreret\./);
  assert.match(receipt.html, /Send linket til borgeren/);
  assert.match(receipt.html, /<th scope="row">SMS<\/th>\s*<td>Kan sendes<\/td>/);
  assert.ok(receipt.inquiry, 'the receipt carries the inquiry');
  assert.equal(await count('audit_log', sql`action = 'notify:contact-read'`), auditBefore + 1, 'the read is audited');

  const sent = await sendLink(receipt.inquiry!, receipt.csrf, 'sms');
  assert.equal(sent.status, 200);
  const page = await sent.text();
  assert.match(page, /Linket til selvbetjeningen er sendt til borgeren\./);
  assert.match(page, /<th scope="row">SMS<\/th>\s*<td>Sendt<\/td>/);
  const sms = await waitFor(
    async () => gateway.requestsTo('4520001000').find((request) => request.message.includes('/selfservice/')),
    'the SMS with the link at the gateway',
  );
  assert.equal(
    sms.message,
    `Fra Borgerservice: Flytning kan du klare selv på nettet, når det passer dig: ${app.url}/selfservice/solutions/change-of-address`,
  );
  assert.ok(!sms.message.includes(citizen.cpr) && !sms.message.includes(citizen.cpr.slice(0, 6)), 'no CPR number');
  const outbound = await sql<{ channel: string; outcome: string; purpose_code: string; object_kind: string }>`
    select channel, outcome, purpose_code, object_kind from channels_inquiries
    where direction = 'outbound' and object_id = ${receipt.inquiry!}`.execute(db());
  assert.deepEqual(outbound.rows, [
    { channel: 'sms', outcome: 'sent', purpose_code: 'change-of-address', object_kind: 'inquiry' },
  ]);
  // sending again by the same channel sends and registers nothing more
  await sendLink(receipt.inquiry!, receipt.csrf, 'sms');
  assert.equal(await count('notify_notifications', sql`kind = 'service-link' and source_id = ${receipt.inquiry!}`), 1);
  assert.equal(await count('channels_inquiries', sql`object_id = ${receipt.inquiry!}`), 1);
});

test('the desk sends the self-service link by Digital Post: a letter in the citizen’s mailbox, registered once', async () => {
  // demo citizen 2: signed up for digital post (post's demo data)
  const citizen = demoCitizens[2];
  const receipt = await registerFor(citizen.cpr);
  assert.match(receipt.html, /<th scope="row">Digital Post<\/th>\s*<td>Kan sendes<\/td>/);
  assert.match(receipt.html, /<input[^>]*value="digital-post"[^>]*>\s*<label[^>]*>Digital Post<\/label>/);
  const english = await (
    await desk.follow(`/staff/inquiries?notice=registered&inquiry=${receipt.inquiry}&lang=en`)
  ).text();
  assert.match(english, /<th scope="row">Digital Post<\/th>\s*<td>Possible<\/td>/);

  const sent = await sendLink(receipt.inquiry!, receipt.csrf, 'digital-post');
  assert.equal(sent.status, 200);
  const page = await sent.text();
  assert.match(page, /Linket til selvbetjeningen er sendt til borgeren\./);
  assert.match(page, /<th scope="row">Digital Post<\/th>\s*<td>Sendt<\/td>/);
  const outbound = await sql<{ channel: string; outcome: string; purpose_code: string }>`
    select channel, outcome, purpose_code from channels_inquiries
    where direction = 'outbound' and object_id = ${receipt.inquiry!}`.execute(db());
  assert.deepEqual(outbound.rows, [{ channel: 'digital-post', outcome: 'sent', purpose_code: 'change-of-address' }]);
  const subject = 'Link til selvbetjening: Flytning';
  assert.equal(await count('post_messages', sql`subject = ${subject}`), 1);
  // sending again sends no second letter and registers nothing more
  await sendLink(receipt.inquiry!, receipt.csrf, 'digital-post');
  assert.equal(await count('post_messages', sql`subject = ${subject}`), 1);
  assert.equal(await count('channels_inquiries', sql`object_id = ${receipt.inquiry!}`), 1);

  // the citizen finds the letter with the link in their digital post
  const citizenClient = new TestClient(app.url);
  await citizenClient.login(`citizen-${citizen.cpr}`);
  const inbox = await (await citizenClient.follow('/post')).text();
  const messageId = new RegExp(`href="/post/messages/([^"/]+)"[^>]*>(?:<strong>)?${subject}`).exec(inbox)?.[1];
  assert.ok(messageId, 'the letter is in the inbox');
  const letter = await (await citizenClient.follow(`/post/messages/${messageId}`)).text();
  assert.match(letter, /Du har været i kontakt med kommunen om Flytning\./);
  assert.ok(letter.includes(`${app.url}/selfservice/solutions/change-of-address`), 'the absolute link');
});

test('a citizen without consent: the receipt says why, and sending is refused with nothing stored', async () => {
  // verified mobile number, but no consent to messages from any department
  // and not signed up for digital post (the last demo citizen)
  const last = demoCitizens.length - 1;
  const { cpr } = await citizenWithContacts(app.raadhus, last, { sms: '+4520009912', authorities: {} });
  const receipt = await registerFor(cpr);
  assert.match(receipt.html, /Ikke muligt: borgeren har ikke sagt ja til SMS fra afdelingen/);
  assert.match(receipt.html, /Ikke muligt: ingen bekræftet e-mailadresse/);
  assert.match(
    receipt.html,
    /<th scope="row">Digital Post<\/th>\s*<td>Ikke muligt: borgeren er fritaget for Digital Post eller ikke tilmeldt<\/td>/,
  );
  assert.match(receipt.html, /Linket kan ikke sendes til borgeren\./);
  const english = await desk.follow(`/staff/inquiries?notice=registered&inquiry=${receipt.inquiry}&lang=en`);
  const englishHtml = await english.text();
  assert.match(englishHtml, /Not possible: the citizen has not agreed to SMS from the department/);
  assert.match(englishHtml, /Not possible: no verified e-mail address/);
  assert.match(englishHtml, /Not possible: the citizen is exempt from or not signed up for Digital Post/);
  const lettersBefore = await count('post_messages');

  const before = await count('notify_notifications', sql`kind = 'service-link'`);
  const refused = await sendLink(receipt.inquiry!, receipt.csrf, 'sms');
  assert.equal(refused.status, 400);
  assert.match(
    await refused.text(),
    /Linket kan ikke sendes på SMS: borgeren har ikke sagt ja til SMS fra afdelingen\./,
  );
  const refusedEnglish = await sendLink(receipt.inquiry!, receipt.csrf, 'email', 'en');
  assert.equal(refusedEnglish.status, 400);
  assert.match(
    await refusedEnglish.text(),
    /The link cannot be sent by e-mail: the citizen has no verified e-mail address\./,
  );
  const unknownChannel = await sendLink(receipt.inquiry!, receipt.csrf, 'fax');
  assert.equal(unknownChannel.status, 400);
  assert.match(await unknownChannel.text(), /Vælg SMS, e-mail eller Digital Post\./);
  const refusedPost = await sendLink(receipt.inquiry!, receipt.csrf, 'digital-post', 'en');
  assert.equal(refusedPost.status, 400);
  assert.match(
    await refusedPost.text(),
    /The link cannot be sent by Digital Post: the citizen is exempt from or not signed up for Digital Post\./,
  );
  assert.equal(await count('post_messages'), lettersBefore, 'no letter, not even on paper');
  assert.equal(await count('notify_notifications', sql`kind = 'service-link'`), before);
  assert.equal(await count('channels_inquiries', sql`object_id = ${receipt.inquiry!}`), 0);
  assert.equal(gateway.requestsTo('4520009912').length, 0);

  // another staff member's contact is not theirs to send about
  const other = new TestClient(app.url);
  await other.login('staff-caseworker-1');
  const { csrf } = await other.form('/staff/inquiries');
  const foreign = await other.submit('/staff/inquiries/service-link', {
    _csrf: csrf,
    inquiry: receipt.inquiry!,
    linkChannel: 'sms',
  });
  assert.equal(foreign.status, 404);
});

test('the receipt with its send-link form passes axe in Danish and English', { timeout: 120_000 }, async () => {
  const receipt = await registerFor(demoCitizens[1].cpr);
  const browser = await launchBrowser();
  try {
    const page = await signedInPage(browser, app.url, 'staff-front-desk-1');
    for (const lang of ['da', 'en']) {
      await page.goto(`${app.url}/staff/inquiries?notice=registered&inquiry=${receipt.inquiry}&lang=${lang}`);
      assert.equal(await page.locator('#service-link-heading').count(), 1, `the form is shown (${lang})`);
      assert.deepEqual(await axeViolations(page), [], lang);
    }
  } finally {
    await browser.close();
  }
});
