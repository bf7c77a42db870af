import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, loginByClicking, type TestBrowser } from '#test-support/browser.ts';
import { startSmtpSink, type SmtpSink } from '#modules/notify/test-support/smtp-sink.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '#modules/notify/test-support/fake-sms-gateway.ts';
import { citizenWithContacts, waitFor } from '#modules/notify/test-support/notify-fixtures.ts';
import { withoutDemoCaseLetters } from '#modules/post/test-support/post-test-helpers.ts';

/**
 * The digital-post journey across modules, on real servers: the notification of new post goes by e-mail to an
 * SMTP server (smtp-server) and by SMS to a local server speaking the SMS gateway's contract.
 */
const SMS_KEY = 'journey-gateway-key';
let app: TestApp;
let browser: TestBrowser;
let folder: string;
let smtp: SmtpSink;
let gateway: FakeSmsGateway;
before(async () => {
  smtp = await startSmtpSink();
  gateway = await startFakeSmsGateway(SMS_KEY);
  app = await startTestApp({
    SMTP_URL: smtp.url,
    SMS_PROVIDER_URL: gateway.url,
    SMS_API_KEY: SMS_KEY,
    SMS_WEBHOOK_TOKEN: 'journey-webhook-token-0123456789abcdef',
  });
  await withoutDemoCaseLetters(app.raadhus);
  browser = await launchBrowser();
  folder = await mkdtemp(path.join(tmpdir(), 'raadhus-post-e2e-'));
});
after(async () => {
  await browser?.close();
  await app?.close();
  await gateway?.close();
  await smtp?.stop();
  await rm(folder, { recursive: true, force: true });
});

test('a caseworker sends a letter with an attachment; the citizen is notified by e-mail and SMS, reads it and replies; the caseworker sees the reply', {
  timeout: 120_000,
}, async () => {
  // Bo Prøvesen has a verified mobile number and e-mail address and wants notifications from Ydelser og Pension
  await citizenWithContacts(app.raadhus, 1, {
    sms: '+4522334455',
    email: 'bo.proevesen@example.dk',
    authorities: { ydelser: { sms: true, email: true } },
  });
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  const pdfPath = path.join(folder, 'afgoerelse.pdf');
  await writeFile(pdfPath, await document.save());

  // the caseworker writes the letter
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await loginByClicking(staff, app.url, 'staff-caseworker-1', 'staff');
  await staff.getByRole('link', { name: 'Digital post' }).first().click();
  await staff.getByRole('link', { name: 'Skriv brev' }).click();
  await staff.getByLabel('Person (CPR-nummer)').check();
  await staff.getByLabel('CPR- eller CVR-nummer').fill('020252-1107');
  await staff.getByLabel('Formål med opslaget').fill('Sag S-2026-900 om boligstøtte');
  await staff.getByLabel('Emne').fill('Partshøring om boligstøtte');
  await staff.getByLabel('Besked').fill('Kære Bo\nVi overvejer at ændre din boligstøtte. Svar gerne.');
  await staff.getByLabel('Sagsnummer (valgfrit)').fill('S-2026-900');
  await staff.getByLabel('Vedhæft filer (valgfrit)').setInputFiles(pdfPath);
  assert.ok(await staff.getByLabel('Modtageren må svare på brevet').isChecked());
  await staff.getByRole('button', { name: 'Send brevet' }).click();
  await staff.waitForURL(/\/staff\/post\?notice=/);
  assert.match(await staff.locator('main').innerText(), /Brevet er leveret i modtagerens digitale post/);
  assert.match(await staff.locator('main').innerText(), /Partshøring om boligstøtte/);

  // the notification arrives at the SMTP server and the SMS gateway: never the body or the CPR number
  const mail = await waitFor(
    async () => smtp.mails.find((candidate) => candidate.to.includes('bo.proevesen@example.dk')),
    'the e-mail notification',
  );
  const sms = await waitFor(async () => gateway.requestsTo('+4522334455')[0], 'the SMS notification');
  for (const text of [mail.subject, mail.text, sms.message]) {
    assert.doesNotMatch(text, /Vi overvejer|0202521107|020252-1107/);
  }
  assert.match(mail.text, /\/post/, 'the e-mail links to the digital post');
  assert.match(sms.message, /post/i);

  // the citizen reads it and replies
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await loginByClicking(citizen, app.url, 'citizen-0202521107', 'citizen');
  assert.match(await citizen.locator('main').innerText(), /Digital post\s*1/);
  await citizen.getByRole('link', { name: 'Digital post' }).first().click();
  assert.match(await citizen.locator('main').innerText(), /1 ulæste/);
  await citizen.getByRole('link', { name: 'Partshøring om boligstøtte' }).click();
  assert.match(await citizen.locator('main').innerText(), /Vi overvejer at ændre din boligstøtte/);
  const download = citizen.waitForEvent('download');
  await citizen.getByRole('link', { name: /Hent afgoerelse\.pdf/ }).click();
  assert.equal((await download).suggestedFilename(), 'afgoerelse.pdf');
  assert.deepEqual(await axeViolations(citizen), []);
  await citizen.getByLabel('Dit svar').fill('Jeg er uenig, se venligst min indkomst.');
  await citizen.getByRole('button', { name: 'Send svar' }).click();
  await citizen.waitForURL(/notice=post\.reply\.sent/);
  assert.match(await citizen.locator('main').innerText(), /Dit svar er sendt/);

  // the caseworker sees the reply in the department mailbox
  await staff.goto(`${app.url}/staff/post`);
  await staff.getByRole('link', { name: 'Modtaget (svar og henvendelser)' }).click();
  await staff.getByRole('link', { name: 'Sv: Partshøring om boligstøtte' }).click();
  const reply = await staff.locator('main').innerText();
  assert.match(reply, /Jeg er uenig, se venligst min indkomst\./);
  assert.match(reply, /Bo Prøvesen/);
  assert.deepEqual(await axeViolations(staff), []);
  await staffContext.close();
  await citizenContext.close();
});
