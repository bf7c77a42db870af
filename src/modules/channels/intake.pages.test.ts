import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { csrfTokenIn, TestClient } from '#test-support/http-client.ts';
import { axeViolations, launchBrowser, type TestBrowser, signedInPage } from '#test-support/browser.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';

/** The intake and follow-up pages over HTTP (what they say in Danish and English, what they refuse) and axe. */
let app: TestApp;
let manager: TestClient;
before(async () => {
  app = await startTestApp();
  manager = new TestClient(app.url);
  await manager.login('staff-manager-1');
});
after(() => app?.close());

const today = danishDay();
const header = 'dato;kø;tilbudte;besvarede;besvaret_inden;servicemål_sekunder;opgivne;gns_ventetid';
/** A Windows-1252 file: line 2 valid, line 3 the same day and queue, line 4 a negative count. */
const badFile = () => {
  const day = addDays(today, -2);
  const text = `${header}\n${day};Ældre;50;40;30;60;10;31\n${day};ældre;5;4;4;60;1;20\n${day};Pas;5;-4;0;60;1;20\n`;
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
};
const upload = async (client: TestClient, bytes: Uint8Array, lang = 'da') => {
  const { csrf } = await client.form(`/staff/channels/imports?lang=${lang}`);
  const form = new FormData();
  form.set('_csrf', csrf);
  form.set('from', addDays(today, -30));
  form.set('to', today);
  form.set('file', new Blob([Buffer.from(bytes)], { type: 'text/csv' }), 'telefoni.csv');
  return client.request(`/staff/channels/imports?lang=${lang}`, { method: 'POST', body: form });
};
const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)![1];

test('a telephony file with problems is shown by line, nothing stored; the valid rows are imported on request', async () => {
  const refused = await upload(manager, badFile());
  assert.equal(refused.status, 400);
  const html = await refused.text();
  assert.match(html, /Filen har 2 fejl\. Intet er gemt\./);
  assert.match(html, /Filen er ikke UTF-8 og er læst som Windows-1252\./);
  assert.match(
    html,
    /<th scope="row" class="align-text-right">3<\/th><td>Kø<\/td><td>Samme dag og kø som linje 2\.<\/td>/,
  );
  assert.match(
    html,
    /<th scope="row" class="align-text-right">4<\/th><td>Besvarede<\/td><td>Tallet -4 er negativt\.<\/td>/,
  );
  assert.match(html, /Importér de 1 gyldige rækker/);
  assert.match(html, /Der er ikke importeret noget endnu\./);
  const english = await (await upload(manager, badFile(), 'en')).text();
  assert.match(english, /The file has 2 problems\. Nothing was stored\./);
  assert.match(english, /The same day and queue as line 2\./);

  const fields = Object.fromEntries(
    ['from', 'to', 'filename', 'content', 'importValid'].map((name) => [name, hidden(html, name)]),
  );
  const stored = await manager.submit('/staff/channels/imports?lang=da', { _csrf: csrfTokenIn(html), ...fields });
  const page = await stored.text();
  assert.match(page, /1 rækker er importeret\./);
  assert.match(page, /2 rækker med fejl blev sprunget over\./);
  assert.match(page, /<th scope="row">telefoni\.csv<\/th><td>[\d-]+ – [\d-]+<\/td><td>windows-1252<\/td>/);

  const frontDesk = new TestClient(app.url);
  await frontDesk.login('staff-front-desk-1');
  assert.equal((await frontDesk.follow('/staff/channels/imports')).status, 403);
});

test('the figures compare with a baseline, offer the KOMHEN count, and refuse a bad baseline', async () => {
  const from = addDays(today, -14);
  const html = await (await manager.follow(`/staff/channels/figures?from=${from}&to=${today}&lang=da`)).text();
  const baseline = `${addDays(from, -15)} – ${addDays(from, -1)}`;
  assert.match(html, new RegExp(`Mod basisperioden ${baseline} er besparelsen -?[\\d.]+,\\d\\d\\s?kr\\.`));
  assert.match(html, /<h2>Udvikling siden basisperioden<\/h2>/);
  assert.match(html, /href="\/staff\/channels\/komhen\.csv\?from=/);
  const english = await (await manager.follow(`/staff/channels/figures?from=${from}&to=${today}&lang=en`)).text();
  assert.match(english, /Change since the baseline/);
  assert.match(english, /Download the KOMHEN count as CSV/);
  const bad = await manager.follow(`/staff/channels/figures?baselineFrom=${today}&baselineTo=2020-01-01&lang=da`);
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Til-datoen ligger før fra-datoen\./);

  const csv = await (await manager.follow(`/staff/channels/komhen.csv?from=${from}&to=${today}`)).text();
  assert.match(csv, /^from,to,komhen_channel,kle,inquiry_type,closed,count\n/);
  // the demo's change-of-address submissions: self-service, KLE 16.01.00, a transaction, closed by self-service
  assert.match(
    csv,
    new RegExp(`"${from}","${today}","Digital selvbetjening","16.01.00","transaction","self-service",\\d+`),
  );
});

test('"Kontakt kommunen" shows the desired channel first, then the others with opening hours, without login', async () => {
  const anonymous = new TestClient(app.url);
  const html = await (await anonymous.follow('/contact/housing-benefit?lang=da')).text();
  assert.match(html, /<h1>Kontakt kommunen om Boligstøtte<\/h1>/);
  assert.match(html, /Hurtigst: Selvbetjening/);
  const link = html.indexOf('href="/selfservice/solutions/housing-benefit"');
  assert.ok(link > 0 && link < html.indexOf('Andre måder at kontakte os på'), 'the self-service link comes first');
  assert.match(html, /Mandag–onsdag 10–15, torsdag 10–17\.30, fredag 10–13/);
  const english = await (await anonymous.follow('/contact/housing-benefit?lang=en')).text();
  assert.match(english, /Contact the municipality about Housing benefit/);
  assert.match(english, /Quickest: Self-service/);
  assert.match(await (await anonymous.follow('/contact?lang=da')).text(), /href="\/contact\/passport">Pas<\/a>/);
  assert.equal((await anonymous.follow('/contact/no-such-purpose')).status, 404);
});

test("staff read a citizen's contact history by CPR: audited, newest first; a bad CPR is refused beside the field", async () => {
  const desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
  const { csrf } = await desk.form('/staff/inquiries?lang=da');
  const fields = { _csrf: csrf, purpose: 'passport', channel: 'attendance', cpr: '010150-0100', resolved: 'true' };
  await desk.submit('/staff/inquiries', fields);
  const person = (await app.raadhus.services.identity.findPersonByCpr('0101500100'))!;
  const before = await auditCount(person.id);
  const html = await (await desk.submit('/staff/channels/history?lang=da', { _csrf: csrf, cpr: '010150-0100' })).text();
  assert.match(html, new RegExp(`<h2>Kontakter med ${person.name}</h2>`));
  assert.match(html, /<td>Personligt fremmøde<\/td><td>Fra borgeren<\/td><td>Pas<\/td><td>Klaret<\/td>/);
  assert.equal(await auditCount(person.id), before + 1);
  const refused = await desk.submit('/staff/channels/history?lang=da', { _csrf: csrf, cpr: '12' });
  assert.equal(refused.status, 400);
  assert.doesNotMatch(await refused.text(), /Kontakter med/);
  const english = await (
    await desk.submit('/staff/channels/history?lang=en', { _csrf: csrf, cpr: '0101500100' })
  ).text();
  assert.match(english, /<td>In person<\/td><td>From the citizen<\/td><td>Passport<\/td><td>Resolved<\/td>/);
});

const auditCount = async (personId: string) => {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log
    where person_id = ${personId} and purpose = 'read the contact history'`.execute(app.raadhus.database.db);
  return rows[0].n;
};

test('the import, figures and contact pages pass axe in both languages', { timeout: 300_000 }, async () => {
  let browser: TestBrowser | undefined;
  try {
    browser = await launchBrowser();
    const problems: string[] = [];
    const scan = async (page: Page, name: string) => {
      for (const violation of await axeViolations(page))
        problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
    };
    const staff = await signedInPage(browser, app.url, 'staff-manager-1');
    const citizen = await (await browser.newContext()).newPage();
    for (const lang of ['da', 'en'] as const) {
      await staff.goto(`${app.url}/staff/channels/imports?lang=${lang}`);
      await scan(staff, `imports (${lang})`);
      await staff.fill('#field-from', addDays(today, -30));
      await staff.fill('#field-to', today);
      await staff.setInputFiles('#field-file', { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(badFile()) });
      await staff.locator('form[enctype="multipart/form-data"] button[type="submit"]').click();
      assert.equal(await staff.locator('.alert-error').count(), 1);
      await scan(staff, `imports with problems (${lang})`);
      await staff.goto(`${app.url}/staff/channels/figures?lang=${lang}`);
      await scan(staff, `figures with the baseline (${lang})`);
      await staff.goto(`${app.url}/staff/channels/history?lang=${lang}`);
      await staff.fill('#field-cpr', '0101500100');
      await staff.locator('form[action="/staff/channels/history"] button[type="submit"]').click();
      assert.equal((await staff.locator('table tbody tr').count()) > 0, true);
      await scan(staff, `contact history (${lang})`);
      for (const path of ['/contact', '/contact/housing-benefit', '/contact/passport']) {
        await citizen.goto(`${app.url}${path}?lang=${lang}`);
        await scan(citizen, `${path} (${lang})`);
      }
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser?.close();
  }
});
