import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { csrfTokenIn, TestClient } from '#test-support/http-client.ts';
import {
  caseReminders,
  caseRow,
  citizenCpr,
  countRows,
  integrationClient,
  newHousingCase,
  personId,
  staffPrincipal,
  tinyPdf,
} from './test-support/case-fixtures.ts';

let app: TestApp;
let sara: TestClient;
let kasper: TestClient;
before(async () => {
  app = await startTestApp();
  sara = new TestClient(app.url);
  await sara.login('staff-caseworker-1');
  kasper = new TestClient(app.url);
  await kasper.login('staff-caseworker-2');
});
after(async () => {
  await app?.close();
});

const casePath = (id: string) => `/staff/cases/${id}`;

async function post(client: TestClient, path: string, fields: Record<string, string>, from = path): Promise<Response> {
  const { csrf } = await client.form(from);
  return client.submit(path, { _csrf: csrf, ...fields });
}

async function upload(
  client: TestClient,
  caseId: string,
  content: Buffer,
  fields: Record<string, string> = {},
): Promise<Response> {
  const { csrf } = await client.form(casePath(caseId));
  const form = new FormData();
  form.append('_csrf', csrf);
  for (const [name, value] of Object.entries({ documentType: 'lease', ...fields })) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), 'upload.pdf');
  return client.request(`${casePath(caseId)}/documents`, { method: 'POST', body: form });
}

test('the work queue shows the department\'s open cases with filters, sorting and paging, and "assign to me" works', async () => {
  const created = await newHousingCase(app.raadhus, 11);
  const queue = await (
    await sara.follow('/staff/cases?assignment=unassigned&caseType=housing-benefit&sort=received')
  ).text();
  assert.match(queue, new RegExp(created.reference));
  assert.match(queue, /<caption class="sr-only">/);
  // a teknik case is not in ydelser's queue
  const teknik = await app.raadhus.services.cases.createCase(app.raadhus.database.db, integrationClient, {
    caseTypeCode: 'dog-registration',
    applicant: { personId: await personId(app.raadhus, 11) },
    channel: 'api',
    fields: {},
  });
  assert.doesNotMatch(await (await sara.follow('/staff/cases?sort=reference')).text(), new RegExp(teknik.reference));
  const { version } = await caseRow(app.raadhus, created.caseId);
  const assigned = await post(
    sara,
    `${casePath(created.caseId)}/assign`,
    { version: String(version), assignee: 'me', returnTo: '/staff/cases?assignment=unassigned' },
    '/staff/cases',
  );
  assert.equal(assigned.status, 200);
  assert.match(assigned.url, /notice=assigned/);
  const me = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  assert.equal((await caseRow(app.raadhus, created.caseId)).assignee_id, me.id);
  assert.match(await (await sara.follow('/staff/cases?assignment=mine')).text(), new RegExp(created.reference));
  // the staff start page counts the open cases assigned to her
  const count = await app.raadhus.services.cases.openAssignedCount(me.id);
  assert.ok(count >= 1);
  assert.match(
    await (await sara.follow('/staff')).text(),
    new RegExp(`href="/staff/cases">Sager</a><span class="badge badge-small ml-2">${count}</span>`),
  );
  assert.doesNotMatch(
    await (await sara.follow('/staff/cases?assignment=unassigned&sort=reference')).text(),
    new RegExp(`>${created.reference}<`),
  );
  // overdue filter: only cases past their deadline
  await sql`update cases_cases set deadline = now() - interval '1 day' where id = ${created.caseId}`.execute(
    app.raadhus.database.db,
  );
  const overdue = await (await sara.follow('/staff/cases?deadline=overdue&assignment=mine')).text();
  assert.match(overdue, new RegExp(created.reference));
  assert.match(overdue, /Overskredet/);
  assert.doesNotMatch(
    await (await sara.follow('/staff/cases?deadline=soon&assignment=mine')).text(),
    new RegExp(`>${created.reference}<`),
  );
  // paging: 25 a page
  const page2 = await sara.follow('/staff/cases?page=2&sort=reference');
  assert.equal(page2.status, 200);
  // junk in the query is ignored rather than an error
  assert.equal((await sara.follow('/staff/cases?deadline=yesterday&page=-3&state=%3Cscript%3E')).status, 200);
});

test('the work queue sorts by a column header in either direction, and marks the sorted column', async () => {
  const first = await newHousingCase(app.raadhus, 5);
  const second = await newHousingCase(app.raadhus, 6);
  const order = (html: string) => [first.reference, second.reference].sort((a, b) => html.indexOf(a) - html.indexOf(b));
  const descending = await (await sara.follow('/staff/cases?assignment=unassigned&sort=reference&dir=desc')).text();
  const ascending = await (await sara.follow('/staff/cases?assignment=unassigned&sort=reference&dir=asc')).text();
  assert.deepEqual(order(ascending), order(descending).reverse());
  assert.match(
    ascending,
    /<th scope="col" aria-sort="ascending"><a class="button button-unstyled" href="[^"]*sort=reference&dir=desc"/,
  );
  // the filters stay when the caseworker turns the sort
  assert.match(ascending, /href="\/staff\/cases\?assignment=unassigned&sort=received&dir=desc"/);
  assert.match(descending, /aria-sort="descending"/);
});

test("the case page lists parties (audited), the timeline, and the transitions with the guard's reason when blocked", async () => {
  const created = await newHousingCase(app.raadhus, 12, {});
  const html = await (await sara.follow(casePath(created.caseId))).text();
  assert.match(html, /Bo Prøvesen|Testesen|Prøvesen|Demo-Hansen|Eksempelsen|Fiktivsen/);
  assert.match(html, /Påbegynd behandling/);
  assert.match(html, /Bed om dokumentation/);
  assert.match(html, /Sagen er oprettet/);
  const { rows } = await sql<{
    person_id: string;
    purpose: string;
  }>`select person_id, purpose from audit_log where object_id = ${created.caseId} and action = 'case:read'`.execute(
    app.raadhus.database.db,
  );
  assert.equal(rows[0]?.person_id, await personId(app.raadhus, 12));
  // start review, then grant is shown blocked with the reasons
  const { version } = await caseRow(app.raadhus, created.caseId);
  await post(
    sara,
    `${casePath(created.caseId)}/transitions`,
    { version: String(version), transitionId: 'start_review' },
    casePath(created.caseId),
  );
  const inReview = await (await sara.follow(casePath(created.caseId))).text();
  assert.match(inReview, /Der mangler dokumentet &#34;Lejekontrakt&#34; på sagen\./);
  assert.match(inReview, /Der er 1 opgave på sagen, som ikke er udført\./);
  assert.match(inReview, /Kan ikke vælges nu:/);
  assert.doesNotMatch(inReview, /endnu|\(r\)/);
  // the citizen's own choice is explained as theirs, not as something staff may do later
  assert.match(inReview, /Kan ikke vælges af dig:[\s\S]*Det vælger ansøgeren selv under &#34;Mine sager&#34;\./);
  assert.match(inReview, /<button type="submit" class="button button-secondary" disabled[^>]*>Bevilg boligstøtte/);
});

test('posting a blocked or impossible transition shows the reasons (422) and changes nothing', async () => {
  const created = await newHousingCase(app.raadhus, 13, {});
  const before = await caseRow(app.raadhus, created.caseId);
  const events = await countRows(app.raadhus, 'cases_events', created.caseId);
  const impossible = await post(
    sara,
    `${casePath(created.caseId)}/transitions`,
    { version: String(before.version), transitionId: 'grant' },
    casePath(created.caseId),
  );
  assert.equal(impossible.status, 422);
  const html = await impossible.text();
  assert.match(
    html,
    /Arbejdsgangen tillader ikke &#34;Bevilg boligstøtte&#34;, når sagen er i tilstanden &#34;Modtaget&#34;\./,
  );
  assert.match(html, /Der er ikke ændret noget på sagen\./);
  const unknown = await post(
    sara,
    `${casePath(created.caseId)}/transitions`,
    { version: String(before.version), transitionId: 'nope' },
    casePath(created.caseId),
  );
  assert.equal(unknown.status, 422);
  // a refusal without a reason: 400, the field marked, what was typed kept
  const noNote = await post(
    sara,
    `${casePath(created.caseId)}/transitions`,
    { version: String(before.version), transitionId: 'request_documentation', note: '  ' },
    casePath(created.caseId),
  );
  assert.equal(noNote.status, 400);
  assert.match(await noNote.text(), /href="#field-note-request_documentation"[^>]*>Skriv en begrundelse\./);
  assert.deepEqual(await caseRow(app.raadhus, created.caseId), before);
  assert.equal(await countRows(app.raadhus, 'cases_events', created.caseId), events);
});

test('two caseworkers change the same case: the second gets a clear 409 conflict page with what they typed, nothing changed', async () => {
  const created = await newHousingCase(app.raadhus, 14);
  const path = casePath(created.caseId);
  // both open the case page (the forms carry version 1)
  const saraPage = await sara.form(path);
  const kasperPage = await kasper.form(path);
  const version = /name="version" value="(\d+)"/.exec(kasperPage.html)![1];
  const first = await sara.submit(`${path}/transitions`, {
    _csrf: saraPage.csrf,
    version,
    transitionId: 'request_documentation',
    note: 'Lejekontrakt, tak.',
  });
  assert.equal(first.status, 200);
  const afterFirst = await caseRow(app.raadhus, created.caseId);
  const second = await kasper.submit(`${path}/transitions`, {
    _csrf: kasperPage.csrf,
    version,
    transitionId: 'start_review',
    note: 'Min vigtige bemærkning',
  });
  assert.equal(second.status, 409);
  const html = await second.text();
  assert.match(html, /Sagen er ændret af en anden/);
  assert.match(html, /Min vigtige bemærkning/);
  assert.match(html, new RegExp(`href="${path}"`));
  assert.deepEqual(await caseRow(app.raadhus, created.caseId), afterFirst);
  // and assigning with the stale version
  const stale = await kasper.submit(`${path}/assign`, { _csrf: kasperPage.csrf, version, assignee: 'me' });
  assert.equal(stale.status, 409);
  assert.equal((await caseRow(app.raadhus, created.caseId)).assignee_id, null);
});

test('documents: PDF upload with versions and download; wrong type by content and too large are refused, nothing stored', async () => {
  const created = await newHousingCase(app.raadhus, 15);
  const path = casePath(created.caseId);
  const ok = await upload(sara, created.caseId, await tinyPdf(), { documentTitle: 'Lejekontrakt' });
  assert.equal(ok.status, 303);
  const { rows: docs } = await sql<{
    id: string;
  }>`select id from cases_documents where case_id = ${created.caseId}`.execute(app.raadhus.database.db);
  assert.equal(docs.length, 1);
  const second = await upload(sara, created.caseId, await tinyPdf(), {
    documentTitle: 'Lejekontrakt',
    documentId: docs[0].id,
  });
  assert.equal(second.status, 303);
  const html = await (await sara.follow(path)).text();
  assert.match(html, /Version 2: upload\.pdf/, 'the name the browser gave the file');
  assert.match(html, /Lejekontrakt: modtaget/);
  const download = await sara.request(`${path}/documents/${docs[0].id}/download?version=1`);
  assert.equal(download.status, 200);
  assert.equal(download.headers.get('content-type'), 'application/pdf');
  assert.match(Buffer.from(await download.arrayBuffer()).toString('latin1'), /^%PDF/);
  assert.match(download.headers.get('content-disposition') ?? '', /^attachment/);
  const view = await sara.request(`${path}/documents/${docs[0].id}/download?version=2&view=inline`);
  assert.equal(view.status, 200);
  assert.match(view.headers.get('content-disposition') ?? '', /^inline/);
  await view.arrayBuffer();
  const { rows: audit } = await sql<{
    count: number;
  }>`select count(*)::int as count from audit_log where object_id = ${docs[0].id} and action = 'case-document:read'`.execute(
    app.raadhus.database.db,
  );
  assert.equal(audit[0].count, 2);
  const { rows: named } = await sql<{ count: number }>`
    select count(*)::int as count from audit_log a
    join cases_parties p on p.case_id = ${created.caseId} and p.person_id = a.person_id
    where a.object_id = ${docs[0].id} and a.action = 'case-document:read'`.execute(app.raadhus.database.db);
  assert.equal(named[0].count, 2, 'each download names the person whose document it is');

  const versions = async () =>
    (
      await sql<{
        count: number;
      }>`select count(*)::int as count from cases_document_versions v join cases_documents d on d.id = v.document_id where d.case_id = ${created.caseId}`.execute(
        app.raadhus.database.db,
      )
    ).rows[0].count;
  const wrong = await upload(sara, created.caseId, Buffer.from('MZ this is an executable pretending to be a PDF'));
  assert.equal(wrong.status, 415);
  assert.match(await wrong.text(), /Filen skal være en PDF, JPEG eller PNG/);
  const large = Buffer.concat([await tinyPdf(), Buffer.alloc(6 * 1024 * 1024)]);
  const tooLarge = await upload(sara, created.caseId, large);
  assert.equal(tooLarge.status, 413);
  assert.match(await tooLarge.text(), /Filen er for stor\. Den må højst fylde 5 MB\./);
  assert.equal(await versions(), 2);
  // another case's document id is not found
  const other = await newHousingCase(app.raadhus, 16);
  assert.equal((await sara.request(`${casePath(other.caseId)}/documents/${docs[0].id}/download`)).status, 404);
});

test('notes, tasks with due dates and assignees, marking done, and hand-off to another department (audited)', async () => {
  const created = await newHousingCase(app.raadhus, 17);
  const path = casePath(created.caseId);
  assert.equal((await post(sara, `${path}/notes`, { body: 'Ringede til borgeren.' }, path)).status, 200);
  const empty = await post(sara, `${path}/notes`, { body: ' ' }, path);
  assert.equal(empty.status, 400);
  const kasperId = (await staffPrincipal(app.raadhus, 'staff-caseworker-2')).id;
  assert.equal(
    (
      await post(
        sara,
        `${path}/tasks`,
        { taskTitle: 'Tjek indkomst', dueDate: '2026-12-24', assigneeId: kasperId },
        path,
      )
    ).status,
    200,
  );
  const outsider = (await staffPrincipal(app.raadhus, 'staff-caseworker-3')).id;
  assert.equal((await post(sara, `${path}/tasks`, { taskTitle: 'x', assigneeId: outsider }, path)).status, 400);
  const html = await (await sara.follow(path)).text();
  assert.match(html, /Ringede til borgeren\./);
  assert.match(html, /Tjek indkomst/);
  assert.match(html, /Kasper Kollega/);
  const taskId = /\/tasks\/([0-9a-f-]{36})\/done/.exec(html)![1];
  assert.equal((await post(sara, `${path}/tasks/${taskId}/done`, {}, path)).status, 200);
  assert.match(await (await sara.follow(path)).text(), /Udført/);
  assert.equal((await post(sara, `${path}/tasks/${taskId}/done`, {}, path)).status, 404);

  const { version } = await caseRow(app.raadhus, created.caseId);
  const noReason = await post(
    sara,
    `${path}/hand-off`,
    { version: String(version), department: 'teknik', reason: '' },
    path,
  );
  assert.equal(noReason.status, 400);
  const handedOff = await post(
    sara,
    `${path}/hand-off`,
    { version: String(version), department: 'teknik', reason: 'Vedrører storskrald' },
    path,
  );
  assert.match(handedOff.url, /\/staff\/cases\?notice=handedOff/);
  const teknik = (await app.raadhus.services.identity.departmentByCode('teknik'))!;
  assert.equal((await caseRow(app.raadhus, created.caseId)).department_id, teknik.id);
  const { rows } = await sql<{
    purpose: string;
  }>`select purpose from audit_log where object_id = ${created.caseId} and action = 'case:hand-off'`.execute(
    app.raadhus.database.db,
  );
  assert.match(rows[0].purpose, /teknik: Vedrører storskrald/);
  // now it is teknik's: Sara gets the same answer as for an unknown case (not telling it exists), Tina sees it
  const refused = await sara.request(path);
  assert.equal(refused.status, 404);
  const unknown = await sara.request(`/staff/cases/${randomUUID()}`);
  assert.equal(unknown.status, 404);
  const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0];
  assert.equal(main(await refused.text()), main(await unknown.text()), 'the same page as for an unknown case');
  const tina = new TestClient(app.url);
  await tina.login('staff-caseworker-3');
  assert.equal((await tina.request(path)).status, 200);
});

test('front desk creates a case on behalf of a citizen at the desk (CPR lookup audited); a bad CPR is explained', async () => {
  const freja = new TestClient(app.url);
  await freja.login('staff-front-desk-1');
  const form = await freja.form('/staff/cases/new');
  assert.match(form.html, /CPR-nummer/);
  const bad = await freja.submit('/staff/cases/new', {
    _csrf: form.csrf,
    caseTypeCode: 'housing-benefit',
    channel: 'attendance',
    cpr: '1234',
  });
  assert.equal(bad.status, 400);
  const missing = await freja.submit('/staff/cases/new', {
    _csrf: form.csrf,
    caseTypeCode: 'housing-benefit',
    channel: 'attendance',
  });
  assert.match(await missing.text(), /Udfyld CPR-nummer eller CVR-nummer\./);
  const created = await freja.submit('/staff/cases/new', {
    _csrf: form.csrf,
    caseTypeCode: 'change-of-address',
    channel: 'phone',
    cpr: citizenCpr(18),
    description: 'Flytter 1. januar',
  });
  assert.equal(created.status, 201);
  const html = await created.text();
  const reference = /Sag (\d{4}-\d{6}) er oprettet/.exec(html)![1];
  const row = (
    await sql<{
      id: string;
      channel: string;
      fields: Record<string, unknown>;
    }>`select id, channel, fields from cases_cases where reference = ${reference}`.execute(app.raadhus.database.db)
  ).rows[0];
  assert.equal(row.channel, 'phone');
  assert.deepEqual(row.fields, { description: 'Flytter 1. januar' });
  const { rows } = await sql<{
    action: string;
  }>`select action from audit_log where person_id = ${await personId(app.raadhus, 18)} and action = 'person:lookup'`.execute(
    app.raadhus.database.db,
  );
  assert.equal(rows.length, 1);
  // borgerservice handles change of address: Freja can open it and move it on
  assert.match(html, new RegExp(`href="/staff/cases/${row.id}"`));
  const casePage = await freja.form(`/staff/cases/${row.id}`);
  assert.match(casePage.html, /Oplysningen &#34;movingDate&#34; mangler på sagen\./);
  const started = await freja.submit(`/staff/cases/${row.id}/transitions`, {
    _csrf: casePage.csrf,
    version: '1',
    transitionId: 'start_review',
  });
  assert.equal(started.status, 200);
  assert.equal((await caseRow(app.raadhus, row.id)).state, 'in_review');
});

// Citizens and other departments' caseworkers are refused by the role matrix and the ownership sweep (test/authorization).
test('an unknown case id or reference on the case page is 404', async () => {
  assert.equal((await sara.request(casePath('00000000-0000-0000-0000-000000000000'))).status, 404);
  assert.equal((await sara.request(casePath('not-a-case'))).status, 404);
  csrfTokenIn(await (await sara.follow('/staff/cases')).text());
});

test('a transition with a reminder asks for the appointment on its form; the reminder goes through notify at the Copenhagen time typed', async () => {
  const created = await app.raadhus.services.cases.createCase(app.raadhus.database.db, integrationClient, {
    caseTypeCode: 'bulky-waste',
    applicant: { personId: await personId(app.raadhus, 19) },
    channel: 'api',
    fields: { pickupDate: '2026-12-10' },
  });
  const tina = new TestClient(app.url);
  await tina.login('staff-caseworker-3');
  const path = casePath(created.caseId);
  const page = await tina.form(path);
  assert.match(page.html, /id="field-appointmentAt-schedule"/);
  const missing = await tina.submit(`${path}/transitions`, {
    _csrf: page.csrf,
    version: '1',
    transitionId: 'schedule',
    note: 'Torsdag',
  });
  assert.equal(missing.status, 400);
  assert.equal((await caseReminders(app.raadhus, created.caseId)).length, 0);
  assert.equal((await caseRow(app.raadhus, created.caseId)).state, 'received');
  const scheduled = await tina.submit(`${path}/transitions`, {
    _csrf: page.csrf,
    version: '1',
    transitionId: 'schedule',
    note: 'Torsdag',
    appointmentAt: '2026-12-10T08:00',
    place: 'Ved fortovet',
  });
  assert.equal(scheduled.status, 200);
  const reminders = await caseReminders(app.raadhus, created.caseId);
  assert.equal(reminders.length, 1);
  assert.equal(reminders[0].startsAt.toISOString(), '2026-12-10T07:00:00.000Z');
  assert.equal((await caseRow(app.raadhus, created.caseId)).state, 'scheduled');
});
