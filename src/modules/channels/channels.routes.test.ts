import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { csrfTokenIn, TestClient } from '#test-support/http-client.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';

/** The pages and the API over HTTP, on one shared app: what they say, and what they refuse. */
let app: TestApp;
let frontDesk: TestClient;
let manager: TestClient;
let admin: TestClient;
before(async () => {
  app = await startTestApp();
  [frontDesk, manager, admin] = [new TestClient(app.url), new TestClient(app.url), new TestClient(app.url)];
  await frontDesk.login('staff-front-desk-1');
  await manager.login('staff-manager-1');
  await admin.login('staff-admin-1');
});
after(() => app?.close());

const today = danishDay();

test('the front desk finds "pas" without JavaScript, registers in one submit, and tallies a general question', async () => {
  const { html, csrf } = await frontDesk.form('/staff/inquiries?q=pas');
  assert.match(
    html,
    /<input class="form-radio" type="radio" id="field-purpose-passport" name="purpose" value="passport" checked/,
  );
  assert.match(html, /<option value="attendance" selected>Personligt fremmøde<\/option>/);
  const registered = await frontDesk.submit('/staff/inquiries', {
    _csrf: csrf,
    q: 'pas',
    purpose: 'passport',
    channel: 'attendance',
    resolved: 'true',
  });
  const page = await registered.text();
  assert.match(page, /Henvendelsen er registreret\./);
  assert.match(page, /Du har registreret 1 henvendelser i dag\./);
  const refused = await frontDesk.submit('/staff/inquiries', { _csrf: csrf, q: 'zzz', channel: 'attendance' });
  assert.equal(refused.status, 400);
  const refusedPage = await refused.text();
  assert.match(refusedPage, /Vælg formålet med henvendelsen\./);
  assert.match(refusedPage, /Ingen formål passer til søgningen\./);
  const tallied = await frontDesk.submit('/staff/inquiries/tally', { _csrf: csrf, channel: 'phone' });
  assert.match(await tallied.text(), /Spørgsmålet er talt med\./);
  // the desired channel of housing benefit is self-service: the page offers the link to give the citizen
  assert.doesNotMatch(page, /Næste gang kan borgeren klare det selv/);
  const fields = { _csrf: csrf, purpose: 'housing-benefit', channel: 'phone' };
  const nudged = await (await frontDesk.submit('/staff/inquiries', fields)).text();
  assert.match(nudged, /Næste gang kan borgeren klare det selv/);
  assert.match(nudged, /href="\/selfservice\/solutions\/housing-benefit"/);
});

test('the manager sees the mix against the target and the cost, as a page and as CSV', async () => {
  const response = await manager.follow(`/staff/channels/figures?from=${today}&to=${today}`);
  const html = await response.text();
  assert.equal(response.status, 200);
  // passport: one desk contact, 100 % in the desired channel (attendance, target 80 %), 15 minutes at 450 kr/hour
  assert.match(
    html,
    /<th scope="row">Pas<\/th><td>Personligt fremmøde<\/td><td class="align-text-right">1<\/td><td class="align-text-right">100 %<\/td><td class="align-text-right">80 %<\/td><td class="align-text-right">112,50\s?kr\.<\/td>/,
  );
  assert.match(html, /<svg/);
  const csv = await (await manager.follow(`/staff/channels/figures.csv?from=${today}&to=${today}`)).text();
  assert.match(csv, new RegExp(`"${today}","${today}","passport","Pas","attendance","attendance",1,100,80,"112.50"`));
  const english = await (await manager.follow(`/staff/channels/figures?from=${today}&to=${today}&lang=en`)).text();
  assert.match(english, /Passport/);
  const bad = await manager.follow('/staff/channels/figures?from=2026-13-40&lang=da');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Skriv en dato som ÅÅÅÅ-MM-DD\./);
  // the refusal is worded in the service (t() in the handler), in the reader's language
  const badEnglish = await manager.follow('/staff/channels/figures?from=2026-13-40&lang=en');
  assert.equal(badEnglish.status, 400);
  const badEnglishText = await badEnglish.text();
  assert.match(badEnglishText, /Enter a date as YYYY-MM-DD\./);
  assert.equal((await frontDesk.follow('/staff/channels/figures')).status, 403);
});

test('the administrator adds a strategy version; targets that do not add up are refused beside the form', async () => {
  assert.match(
    await (await admin.follow('/admin/channels/purposes')).text(),
    /href="\/admin\/channels\/purposes\/passport">Pas<\/a>/,
  );
  const { html, csrf } = await admin.form('/admin/channels/purposes/passport');
  assert.match(html, /2026-01-01/);
  const fields = {
    _csrf: csrf,
    validFrom: '2099-01-01',
    desiredChannel: 'selfservice',
    'offered-selfservice': 'yes',
    'cost-selfservice': '3',
    'target-selfservice': '60',
    'offered-phone': 'yes',
    'cost-phone': '62,50',
    'target-phone': '30',
  };
  const refused = await admin.submit('/admin/channels/purposes/passport/versions', fields);
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /Målene giver 90 procent tilsammen; de skal give 100\./);
  const saved = await (
    await admin.submit('/admin/channels/purposes/passport/versions', { ...fields, 'target-phone': '40' })
  ).text();
  assert.match(saved, /Den nye version er gemt\./);
  assert.match(saved, /Telefon 40 % · 62,50\s?kr\./);
  assert.equal((await admin.follow('/admin/channels/purposes/no-such-purpose')).status, 404);
  const form = await admin.form('/admin/channels/purposes/new');
  const purpose = {
    _csrf: form.csrf,
    code: 'Parking Fine',
    nameDa: 'Parkeringsafgift',
    nameEn: 'Parking fine',
    kle: '05.13.00',
  };
  const more = { departmentCode: 'teknik', inquiryType: 'transaction', desiredChannel: 'selfservice' };
  const badCode = await admin.submit('/admin/channels/purposes', { ...purpose, ...more });
  assert.equal(badCode.status, 400);
  assert.match(await badCode.text(), /Brug 2-50 små bogstaver, tal og bindestreger\./);
  const created = await admin.submit('/admin/channels/purposes', { ...purpose, ...more, code: 'parking-fine' });
  const createdPage = await created.text();
  assert.match(createdPage, /<h1>Parkeringsafgift<\/h1>/);
  assert.match(createdPage, new RegExp(`${today}</th><td>Selvbetjening</td>`));
});

const countInquiries = async () =>
  Number(
    (await sql<{ n: string }>`select count(*)::text as n from channels_inquiries`.execute(app.raadhus.database.db))
      .rows[0].n,
  );

test('POST /api/v1/inquiries: a batch with an Idempotency-Key stores once; each bad row and field is named, nothing stored', async () => {
  const { key } = await createTestApiClient(app.raadhus, { name: 'telephony', scopes: ['channels:register'] });
  const post = (body: unknown, idempotencyKey?: string, language?: string) =>
    fetch(`${app.url}/api/v1/inquiries`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        ...(language ? { 'accept-language': language } : {}),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    });
  const contact = { purpose: 'pension', channel: 'phone', occurredAt: new Date().toISOString() };
  const batch = { inquiries: [contact, { ...contact, count: 12 }] };
  const first = await post(batch, 'day-1');
  assert.equal(first.status, 201);
  const body = await first.json();
  assert.equal(body.registered, 2);
  const storedOnce = await countInquiries();
  const again = await post(batch, 'day-1');
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await again.json(), body);
  assert.equal(await countInquiries(), storedOnce, 'the retried batch stores nothing twice');
  // each bad contact is named by its row and field, in the caller's language; nothing of the batch is stored
  const before = await snapshotTables(app.raadhus.database.db);
  const badBatch = {
    inquiries: [
      contact,
      { ...contact, channel: 'fax' },
      { ...contact, purpose: 'no-such' },
      { ...contact, purpose: 'also-unknown', channel: 'pigeon', colour: 'red' },
    ],
  };
  const danish = await post(badBatch, 'bad-batch', 'da');
  assert.equal(danish.status, 400);
  assert.match(danish.headers.get('content-type') ?? '', /application\/problem\+json/);
  const problem = await danish.json();
  assert.equal(problem.status, 400);
  assert.equal(problem.detail, 'En eller flere henvendelser kunne ikke registreres; intet er gemt.');
  const codes = 'attendance, phone, letter, email, sms, web-chat, video, selfservice, digital-post, system';
  assert.deepEqual(problem.errors, [
    { field: 'inquiries[1].channel', message: `Ukendt kanal: fax. Brug en af: ${codes}.` },
    { field: 'inquiries[2].purpose', message: 'Ukendt formål: no-such.' },
    { field: 'inquiries[3].channel', message: `Ukendt kanal: pigeon. Brug en af: ${codes}.` },
    { field: 'inquiries[3]', message: 'Ukendte felter: colour.' },
    { field: 'inquiries[3].purpose', message: 'Ukendt formål: also-unknown.' },
  ]);
  const english = await (await post(badBatch, undefined, 'en')).json();
  assert.equal(english.detail, 'One or more inquiries could not be registered; nothing was stored.');
  assert.deepEqual(
    english.errors.map((error: { field: string; message: string }) => `${error.field}: ${error.message}`),
    [
      `inquiries[1].channel: Unknown channel: fax. Use one of: ${codes}.`,
      'inquiries[2].purpose: Unknown purpose: no-such.',
      `inquiries[3].channel: Unknown channel: pigeon. Use one of: ${codes}.`,
      'inquiries[3]: Unknown fields: colour.',
      'inquiries[3].purpose: Unknown purpose: also-unknown.',
    ],
  );
  // one contact alone is row 0; a missing time and an empty batch are named too
  const single = await (await post({ ...contact, channel: 'fax', occurredAt: undefined }, undefined, 'en')).json();
  assert.deepEqual(
    single.errors.map((error: { field: string }) => error.field),
    ['inquiries[0].channel', 'inquiries[0].occurredAt'],
  );
  assert.equal(single.errors[1].message, 'Fill in this field');
  const empty = await (await post({ inquiries: [] }, undefined, 'da')).json();
  assert.deepEqual(empty.errors, [{ field: 'inquiries', message: 'Send mellem 1 og 1000 henvendelser i inquiries.' }]);
  assert.deepEqual(changedTables(before, await snapshotTables(app.raadhus.database.db)), []);
  // the same key again with the refused batch gets the same refusal, and still stores nothing
  const retried = await post(badBatch, 'bad-batch', 'da');
  assert.equal(retried.status, 400);
  assert.deepEqual(changedTables(before, await snapshotTables(app.raadhus.database.db)), []);
  const docs = await (await fetch(`${app.url}/api/docs`)).json();
  assert.ok(docs.paths['/api/v1/inquiries'].post);
  const csrf = csrfTokenIn(await (await frontDesk.follow('/staff/inquiries')).text());
  assert.ok(csrf);
});
