import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { csrfTokenIn, TestClient } from '#test-support/http-client.ts';
import { demoBusinesses } from '#modules/identity/demo-data.ts';
import { answer, answerWithFiles } from '#modules/selfservice/test-support/selfservice-test-helpers.ts';
import {
  caseLetters,
  caseRow,
  citizenCpr,
  integrationClient,
  newHousingCase,
  personId,
  staffPrincipal,
  tinyPdf,
} from './test-support/case-fixtures.ts';

let app: TestApp;
let anne: TestClient;
let bo: TestClient;
before(async () => {
  app = await startTestApp();
  anne = new TestClient(app.url);
  await anne.login(`citizen-${citizenCpr(0)}`);
  bo = new TestClient(app.url);
  await bo.login(`citizen-${citizenCpr(1)}`);
});
after(async () => {
  await app?.close();
});

test('a real self-service submission creates a real case with a deadline; the receipt shows its reference and my cases lists it', async () => {
  const client = new TestClient(app.url);
  await client.login(`citizen-${citizenCpr(2)}`);
  const { csrf } = await client.form('/selfservice/solutions/housing-benefit');
  const started = await client.submit('/selfservice/solutions/housing-benefit/start', { _csrf: csrf });
  const id = /drafts\/([0-9a-f-]{36})/.exec(started.url)![1];
  const page = (pageId: string) => `/selfservice/drafts/${id}/pages/${pageId}`;
  await answer(client, page('household'), { otherAdults: 'no', children: '0' });
  await answer(client, page('income'), { yearlyIncome: '190000', incomeTypes: ['salary'] });
  await answer(client, page('rent'), {
    monthlyRent: '5.900',
    area: '60',
    heatingIncluded: 'yes',
    leaseStart: '2024-03-01',
  });
  const documents = await answerWithFiles(
    client,
    page('documents'),
    { email: 'camilla@example.dk' },
    { lease: { content: await tinyPdf(), type: 'application/pdf', name: 'lejekontrakt.pdf' } },
  );
  assert.equal(documents.status, 303);
  const summary = await client.form(`/selfservice/drafts/${id}/summary`);
  const receipt = await client.submit(`/selfservice/drafts/${id}/submit`, { _csrf: summary.csrf });
  assert.equal(receipt.status, 200);
  const reference = /(\d{4}-\d{6})/.exec(await receipt.text())![1];
  const { rows } = await sql<{
    id: string;
    channel: string;
    deadline: Date | null;
    state: string;
    fields: Record<string, unknown>;
  }>`select id, channel, deadline, state, fields from cases_cases where reference = ${reference}`.execute(
    app.raadhus.database.db,
  );
  assert.equal(rows.length, 1);
  assert.equal(rows[0].channel, 'selfservice');
  assert.equal(rows[0].state, 'received');
  assert.ok(rows[0].deadline, 'the receipt deadline is the service level in working days');
  assert.equal(rows[0].fields.monthlyRent, 5900);
  const { rows: docs } = await sql<{
    document_type: string;
    shared_with_parties: boolean;
  }>`select document_type, shared_with_parties from cases_documents where case_id = ${rows[0].id}`.execute(
    app.raadhus.database.db,
  );
  assert.deepEqual(docs, [{ document_type: 'lease', shared_with_parties: true }]);
  const mine = await (await client.follow('/my/cases')).text();
  assert.match(mine, new RegExp(reference));
  assert.match(mine, /Vi har modtaget din ansøgning/);
  assert.match(mine, /20 arbejdsdage/);
});

test('my cases shows the state in plain words, letters about the case and shared documents; staff-only things stay hidden', async () => {
  const created = await newHousingCase(app.raadhus, 0);
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const cases = app.raadhus.services.cases;
  await cases.records.addNote(caseworker, created.caseId, 'Internt: ring til udlejer');
  await cases.transition(caseworker, created.caseId, {
    transitionId: 'request_documentation',
    version: (await caseRow(app.raadhus, created.caseId)).version,
    note: 'Send lejekontrakten.',
  });
  const list = await (await anne.follow('/my/cases')).text();
  const row = new RegExp(`${created.reference}[\\s\\S]*?</tr>`).exec(list)?.[0] ?? '';
  // the state in plain words, stressed; no tag beside it saying the same again
  assert.match(row, /<strong>Vi venter på dokumentation fra dig<\/strong>/);
  assert.doesNotMatch(row, /Vi venter på dig</);
  // any document arriving while the case waits moves it back to review (the workflow's automatic transition)
  const shared = await cases.records.addDocument(caseworker, created.caseId, {
    content: await tinyPdf(),
    filename: 'vejledning',
    documentType: 'attachment',
    title: 'Vejledning til dig',
    sharedWithParties: true,
  });
  const internal = await cases.records.addDocument(caseworker, created.caseId, {
    content: await tinyPdf(),
    filename: 'notat',
    documentType: 'attachment',
    title: 'Internt notat',
  });
  const detail = await anne.follow(`/my/cases/${created.caseId}`);
  assert.equal(detail.status, 200);
  const html = await detail.text();
  assert.match(
    html,
    /Vi mangler dokumentation til din ansøgning om boligstøtte/,
    'the letter from post.lettersForCase',
  );
  assert.match(html, /Vejledning til dig/);
  assert.doesNotMatch(html, /Internt notat/);
  assert.doesNotMatch(html, /ring til udlejer/);
  assert.doesNotMatch(html, /Kontrollér|Følg op/, 'tasks are internal');
  assert.match(html, /Vi har sendt dig et brev/);
  const download = await anne.request(`/my/cases/${created.caseId}/documents/${shared.documentId}/download`);
  assert.equal(download.status, 200);
  assert.equal(download.headers.get('content-type'), 'application/pdf');
  assert.equal(
    (await anne.request(`/my/cases/${created.caseId}/documents/${internal.documentId}/download`)).status,
    404,
    'not shared = not found',
  );
  assert.ok((await caseLetters(app.raadhus, created.caseId)).length > 0);
  // the letter names the case by its number, linked to the case here
  const letterHref = /href="(\/post\/messages\/[0-9a-f-]{36})"/.exec(html)?.[1];
  assert.ok(letterHref, 'a link to the letter');
  const letter = await (await anne.follow(letterHref!)).text();
  assert.match(
    letter,
    new RegExp(`<th scope="row">Sag</th><td><a href="/my/cases/${created.reference}">${created.reference}</a>`),
  );
  assert.doesNotMatch(letter, new RegExp(created.caseId));
  const byNumber = await anne.follow(`/my/cases/${created.reference}`);
  assert.equal(byNumber.status, 200);
  const caseByNumber = await byNumber.text();
  assert.match(caseByNumber, /<h1>Boligstøtte<\/h1>/);
  assert.match(caseByNumber, new RegExp(created.reference));
});

// Another citizen's case id, its documents and uploads to it are refused by the ownership sweep (test/authorization);
// here: ids mixed between cases, ids that are not ids, and the list.
test('another citizen changing ids in the URL gets 404 and nothing of the case', async () => {
  const created = await newHousingCase(app.raadhus, 0);
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const shared = await app.raadhus.services.cases.records.addDocument(caseworker, created.caseId, {
    content: await tinyPdf(),
    filename: 'x',
    documentType: 'attachment',
    title: 'Hemmelig afgørelse',
    sharedWithParties: true,
  });
  const own = await newHousingCase(app.raadhus, 1);
  for (const path of [
    `/my/cases/${own.caseId}/documents/${shared.documentId}/download`,
    '/my/cases/not-a-uuid',
    `/my/cases/${created.reference}`,
  ]) {
    const response = await bo.request(path);
    assert.equal(response.status, 404, path);
    const body = await response.text();
    // (a reference typed into the URL is echoed by the language links, so only the id paths are checked for it)
    if (!path.endsWith(created.reference)) assert.doesNotMatch(body, new RegExp(created.reference), path);
    assert.doesNotMatch(body, /Hemmelig afgørelse|Testesen/, path);
  }
  // Bo's own case is there; Anne's is not in his list
  const list = await (await bo.follow('/my/cases')).text();
  assert.match(list, new RegExp(own.reference));
  assert.doesNotMatch(list, new RegExp(created.reference));
});

test('the citizen sends the missing document from my cases: checked by content, and the case moves on by itself', async () => {
  const created = await newHousingCase(app.raadhus, 0);
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  await app.raadhus.services.cases.transition(caseworker, created.caseId, {
    transitionId: 'request_documentation',
    version: 1,
    note: 'Lejekontrakt',
  });
  const path = `/my/cases/${created.caseId}`;
  const send = async (content: Buffer) => {
    const { csrf } = await anne.form(path);
    const form = new FormData();
    form.append('_csrf', csrf);
    form.append('documentType', 'lease');
    form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), 'lejekontrakt.pdf');
    return anne.request(`${path}/documents`, { method: 'POST', body: form });
  };
  const wrong = await send(Buffer.from('not a pdf, just text'));
  assert.equal(wrong.status, 415);
  assert.match(await wrong.text(), /Filen skal være en PDF, JPEG eller PNG/);
  assert.equal((await caseRow(app.raadhus, created.caseId)).state, 'awaiting_documentation');
  const ok = await send(await tinyPdf());
  assert.equal(ok.status, 303);
  assert.equal((await caseRow(app.raadhus, created.caseId)).state, 'in_review');
  assert.match(await (await anne.follow(`${path}?notice=documentSent`)).text(), /Vi behandler din ansøgning/);
});

test("a business representative sees the business's cases (by CVR), not the representative's own", async () => {
  const business = (await app.raadhus.services.identity.findBusinessByCvr(demoBusinesses[0].cvr))!;
  const forBusiness = await app.raadhus.services.cases.createCase(app.raadhus.database.db, integrationClient, {
    caseTypeCode: 'building-permit',
    applicant: { businessId: business.id },
    channel: 'api',
    fields: {},
  });
  const forOtherBusiness = await app.raadhus.services.cases.createCase(app.raadhus.database.db, integrationClient, {
    caseTypeCode: 'building-permit',
    applicant: { businessId: (await app.raadhus.services.identity.findBusinessByCvr(demoBusinesses[1].cvr))!.id },
    channel: 'api',
    fields: {},
  });
  const representative = new TestClient(app.url);
  await representative.login(`business-${demoBusinesses[0].cvr}`);
  const list = await (await representative.follow('/my/cases')).text();
  assert.match(list, new RegExp(forBusiness.reference));
  assert.doesNotMatch(list, new RegExp(forOtherBusiness.reference));
  assert.equal((await representative.request(`/my/cases/${forBusiness.caseId}`)).status, 200);
  assert.equal((await representative.request(`/my/cases/${forOtherBusiness.caseId}`)).status, 404);
  // the citizen Anne (who also represents the business in the test IdP) does not see the business's case as a citizen
  assert.doesNotMatch(await (await anne.follow('/my/cases')).text(), new RegExp(forBusiness.reference));
  // staff and anonymous visitors are refused "my cases"
  const sara = new TestClient(app.url);
  await sara.login('staff-caseworker-1');
  assert.equal((await sara.request('/my/cases')).status, 403);
  assert.equal((await new TestClient(app.url).request('/my/cases')).status, 302);
  assert.ok(await personId(app.raadhus, 0));
  csrfTokenIn(await (await anne.follow('/my')).text());
});

test('"my page" links to my cases', async () => {
  const html = await (await anne.follow('/my')).text();
  assert.match(html, /href="\/my\/cases"/);
});

test('the citizen withdraws their application from my cases (confirmed); the confirmation letter comes from the municipality', async () => {
  const created = await newHousingCase(app.raadhus, 0);
  const path = `/my/cases/${created.caseId}`;
  const page = await anne.form(path);
  assert.match(page.html, /Ja, jeg er sikker på, at jeg vil vælge „Træk ansøgningen tilbage“/);
  const unconfirmed = await anne.submit(`${path}/transitions`, { _csrf: page.csrf, transitionId: 'withdraw' });
  assert.equal(unconfirmed.status, 400);
  assert.match(await unconfirmed.text(), /href="#field-confirm-withdraw"[^>]*>Sæt kryds for at bekræfte\./);
  assert.equal((await caseRow(app.raadhus, created.caseId)).state, 'received');
  // Bo cannot withdraw Anne's case; a transition the workflow gives staff only is refused
  const boPage = await bo.form('/my/cases');
  assert.equal(
    (await bo.submit(`${path}/transitions`, { _csrf: boPage.csrf, transitionId: 'withdraw', confirm: 'yes' })).status,
    404,
  );
  assert.equal(
    (await anne.submit(`${path}/transitions`, { _csrf: page.csrf, transitionId: 'grant', confirm: 'yes' })).status,
    422,
  );
  assert.equal((await caseRow(app.raadhus, created.caseId)).state, 'received');
  const sent = (await caseLetters(app.raadhus, created.caseId)).length;
  const done = await anne.submit(`${path}/transitions`, { _csrf: page.csrf, transitionId: 'withdraw', confirm: 'yes' });
  assert.equal(done.status, 200);
  const row = await caseRow(app.raadhus, created.caseId);
  assert.equal(row.state, 'withdrawn');
  assert.equal(row.result, 'withdrawn');
  assert.equal((await caseLetters(app.raadhus, created.caseId)).length, sent + 1);
  assert.match(await done.text(), /Du har trukket ansøgningen tilbage/);
});

test('my cases needs substantial assurance', async () => {
  const low = new TestClient(app.url);
  await low.login(`citizen-${citizenCpr(0)}`, 'low');
  assert.equal((await low.request('/my/cases')).status, 403);
});
