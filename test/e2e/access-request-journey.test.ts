import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, loginByClicking, type TestBrowser } from '#test-support/browser.ts';
import { startSmtpSink, type SmtpSink } from '#modules/notify/test-support/smtp-sink.ts';
import { waitFor } from '#test-support/wait-for.ts';
import { workingDayDeadline } from '#platform/time/working-days.ts';
import { formatDate } from '#platform/i18n/i18n.ts';

/**
 * Aktindsigt in a browser, end to end: an anonymous visitor finds a letter on the post list and asks for access with
 * an e-mail address; the caseworker finds the request (a case of type "Aktindsigt", due in 7 working days),
 * withholds one passage with its legal ground and decides; the requester's signed link from the e-mail shows the
 * decision and the redacted document.
 */
let app: TestApp;
let browser: TestBrowser;
let smtp: SmtpSink;
before(async () => {
  smtp = await startSmtpSink();
  app = await startTestApp({ SMTP_URL: smtp.url });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await smtp?.stop().catch(() => undefined);
});

const LETTER = 'Ansøgning om byggetilladelse med tegninger';
const PASSAGE = 'Jens Hansen, direkte telefon 20 30 40 50';

test('an anonymous visitor asks for a letter of the post list; the caseworker withholds a passage and decides; the link shows the redacted copy', {
  timeout: 120_000,
}, async () => {
  // the visitor, not logged in, searches the post list and asks for the letter
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${app.url}/postliste?lang=da`);
  await visitor.getByLabel('Fritekst').fill('tegninger');
  await visitor.getByRole('button', { name: 'Søg' }).click();
  const row = visitor.getByRole('row').filter({ hasText: LETTER });
  assert.match(await row.innerText(), /BYG-2026-0141 Byggetilladelse til lagerhal, Industrivej 4/);
  assert.match(await row.innerText(), /Indgående\s+Virksomhed: Nordbyg ApS/);
  await row.getByRole('link', { name: `Anmod om aktindsigt ${LETTER}` }).click();
  await visitor.waitForURL(/\/aktindsigt\?entry=/);
  assert.ok(await visitor.getByLabel(`BYG-2026-0141: ${LETTER}`).isChecked());
  await visitor.getByLabel('Din e-mailadresse').fill('journalist@example.dk');
  const asked = new Date();
  await visitor.getByRole('button', { name: 'Send anmodningen' }).click();
  const receipt = await visitor.locator('main').innerText();
  assert.match(receipt, /Vi har modtaget din anmodning om aktindsigt/);
  const due = formatDate(workingDayDeadline(asked, 7), 'da');
  assert.ok(receipt.includes(`Du får svar senest ${due}.`), `the answer is due in 7 working days (${due}): ${receipt}`);
  const caseReference = /Dit sagsnummer er (\d{4}-\d{6})\./.exec(receipt)![1];
  assert.match(receipt, /Svaret sendes som et link til din e-mailadresse\./);

  // the caseworker of the building department finds the request, due in 7 working days
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await loginByClicking(staff, app.url, 'staff-caseworker-4', 'staff');
  await staff.goto(`${app.url}/staff/openness?lang=da`);
  const request = staff.getByRole('row').filter({ hasText: caseReference });
  const requestRow = await request.innerText();
  assert.ok(requestRow.includes(due), `the deadline on the list: ${requestRow}`);
  assert.match(requestRow, /Modtaget\s+Aktindsigt \(offentlighedsloven\)\s+Anonym \(e-mail\)/);
  await request.getByRole('link', { name: /Åbn anmodningen/ }).click();
  const detail = await staff.locator('main').innerText();
  assert.match(detail, new RegExp(`Sag\\s+${caseReference}`));
  assert.match(detail, new RegExp(`Frist\\s+${due}`));
  assert.ok(detail.includes(PASSAGE), 'the caseworker reads the whole letter');

  // one passage withheld with its legal ground, then the decision
  await staff.getByLabel('Dokument', { exact: true }).selectOption({ label: LETTER });
  await staff.getByLabel('Passagen, præcis som i dokumentet').fill(PASSAGE);
  await staff.getByLabel('Hjemmel').selectOption({ label: 'offentlighedsloven § 30, nr. 1 (private forhold)' });
  await staff.getByRole('button', { name: 'Undtag passagen' }).click();
  await staff.waitForURL(/notice=openness\.redact\.done/);
  const withheld = await staff.locator('main').innerText();
  assert.match(withheld, /Passagen er undtaget i den udleverede kopi\./);
  assert.match(
    withheld,
    new RegExp(`${LETTER}\\s+${PASSAGE}\\s+offentlighedsloven § 30, nr\\. 1 \\(private forhold\\)`),
  );
  await staff.getByLabel('Delvis aktindsigt').check();
  assert.ok(await staff.getByRole('group', { name: 'Dokumenter der udleveres' }).getByLabel(LETTER).isChecked());
  await staff.getByLabel('Begrundelse').fill('Kontaktpersonens navn og telefonnummer undtages.');
  await staff.getByRole('button', { name: 'Send afgørelsen' }).click();
  const decided = await staff.locator('main').innerText();
  assert.match(decided, /Afgørelsen er sendt\./);
  assert.match(decided, /Status\s+Afgjort/);
  assert.deepEqual(await axeViolations(staff), []);

  // the requester gets the e-mail with the signed link, and the link shows the decision and the redacted copy
  const mail = await waitFor(
    async () => smtp.mailsTo('journalist@example.dk')[0],
    'the decision e-mail to the requester',
  );
  assert.equal(mail.subject, 'Afgørelse om aktindsigt');
  assert.doesNotMatch(mail.text, /Jens Hansen/);
  const link = /(http:\/\/127\.0\.0\.1:\d+\/aktindsigt\/download\/\S+)/.exec(mail.text)![1];
  await visitor.goto(link);
  const copy = await visitor.locator('main').innerText();
  assert.match(copy, /Afgørelse om aktindsigt/);
  assert.match(copy, /Du får delvis aktindsigt\./);
  assert.match(copy, /Kontaktpersonens navn og telefonnummer undtages\./);
  assert.match(copy, new RegExp(`BYG-2026-0141: ${LETTER}`));
  assert.match(copy, /Kontaktperson: \[Undtaget: offentlighedsloven § 30, nr\. 1 \(private forhold\)\]\./);
  assert.match(copy, /Tegninger og statiske beregninger er vedlagt\./);
  assert.doesNotMatch(copy, /Jens Hansen|20 30 40 50/, 'the withheld passage is absent');
  assert.deepEqual(await axeViolations(visitor), []);
  await staffContext.close();
  await visitorContext.close();
});
