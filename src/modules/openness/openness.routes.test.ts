import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';
import { sql } from 'kysely';
import { waitFor } from '#test-support/wait-for.ts';
import { startSmtpSink, type SmtpSink } from '#modules/notify/test-support/smtp-sink.ts';
import { integrationClient, personId, staffPrincipal, tinyPdf } from '#modules/cases/test-support/case-fixtures.ts';

/** The pages over HTTP on one app: what they say in Danish and English, and the whole path of a request. */
let app: TestApp;
let smtp: SmtpSink;
before(async () => {
  smtp = await startSmtpSink();
  app = await startTestApp({ SMTP_URL: smtp.url });
});
after(async () => {
  await app?.close();
  await smtp?.stop().catch(() => undefined);
});

const text = async (client: TestClient, path: string, status = 200) => {
  const response = await client.follow(path);
  assert.equal(response.status, status, path);
  return response.text();
};

test('the post list without login, in Danish and English: letters, parties by category, never a social case', async () => {
  const visitor = new TestClient(app.url);
  const da = await text(visitor, '/postliste');
  assert.match(da, /<h1>Postliste<\/h1>/);
  assert.match(
    da,
    /<li class="active current"><a href="\/postliste" class="nav-link" aria-current="page"><span>Postliste<\/span>/,
  );
  assert.match(da, /<th scope="row">Ansøgning om byggetilladelse med tegninger<\/th>/);
  assert.match(da, /BYG-2026-0141 Byggetilladelse til lagerhal, Industrivej 4/);
  assert.match(da, /<td>Indgående<\/td>\s*<td>Virksomhed: Nordbyg ApS<\/td>/);
  assert.match(da, /<td>Udgående<\/td>\s*<td>Borger<\/td>/);
  assert.doesNotMatch(da, /Underretning|Notat om ruteplanlægning|beboerparkering/);
  assert.match(da, /Anmod om aktindsigt<\/span><span class="sr-only"> Høring af nabo om lagerhal/);
  const en = await text(visitor, '/postliste?lang=en&q=Miljøstyrelsen');
  assert.match(en, /<h1>Post list<\/h1>/);
  assert.match(en, /<td>Incoming<\/td>\s*<td>Authority: Miljøstyrelsen<\/td>/);
  assert.doesNotMatch(en, /lagerhal/);

  const refused = await text(visitor, '/postliste?from=1900-01-01&to=2026-12-01&q=%3Cscript%3E&lang=da', 400);
  assert.match(refused, /En søgning kan højst dække fem år\./);
  assert.match(refused, /<a href="#field-to" class="function-link">En søgning kan højst dække fem år\.<\/a>/);
  assert.match(await text(visitor, '/postliste?from=2026-13-01&lang=en', 400), /Write the date as yyyy-mm-dd\./);
  assert.match(await text(visitor, '/postliste?q=%22%28%28%21%3A*&lang=en'), /No letters match the search\./);
});

test('the list as CSV, as JSON in the OpenAPI document, and as a department feed', async () => {
  const visitor = new TestClient(app.url);
  const csv = await (await visitor.request('/postliste.csv?reference=BYG-2026-0141')).text();
  assert.equal(
    csv.split('\r\n')[0],
    'date,caseReference,caseType,caseTitle,documentTitle,direction,partyCategory,partyName,department',
  );
  assert.equal(csv.trim().split('\r\n').length, 3);
  const api = await visitor.request('/api/v1/post-list?q=lagerhal', { headers: { accept: 'application/json' } });
  const body = (await api.json()) as {
    entries: Array<{ documentTitle: string; partyName: string | null }>;
    hasNext: boolean;
  };
  assert.deepEqual(body.entries.map((entry) => entry.partyName).sort(), ['Nordbyg ApS', null].sort());
  assert.equal(body.hasNext, false);
  const bad = await visitor.request('/api/v1/post-list?from=nope&lang=en', { headers: { accept: 'application/json' } });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Write the date as yyyy-mm-dd\./);
  const docs = await (await visitor.request('/api/docs', { headers: { accept: 'application/json' } })).text();
  assert.match(docs, /"operationId":"listPostListEntries"/);
  const feed = await visitor.request('/postliste/feed/byg');
  assert.match(feed.headers.get('content-type') ?? '', /application\/atom\+xml/);
  assert.match(await feed.text(), /<title>BYG-2026-0141: Høring af nabo om lagerhal<\/title>/);
  assert.equal((await visitor.request('/postliste/feed/ukendt')).status, 404);
});

test('an anonymous visitor asks for a letter; the caseworker withholds a passage and decides; the link shows the redacted copy', async () => {
  const visitor = new TestClient(app.url);
  const list = await text(visitor, '/postliste?q=tegninger');
  const askHref = /href="(\/aktindsigt\?entry=[0-9a-f-]{36})"/.exec(list)![1];
  const { html: form, csrf } = await visitor.form(askHref);
  assert.match(form, /BYG-2026-0141: Ansøgning om byggetilladelse med tegninger/);
  const entryId = askHref.split('=')[1];
  const before = await snapshotTables(app.raadhus.database.db);
  const missing = await visitor.submit('/aktindsigt', { _csrf: csrf, entry: entryId, email: 'ikke-en-adresse' });
  assert.equal(missing.status, 400);
  assert.match(await missing.text(), /Skriv en gyldig e-mailadresse, fx navn@eksempel\.dk\./);
  const gone = await visitor.submit('/aktindsigt?lang=en', {
    _csrf: csrf,
    entry: '00000000-0000-4000-8000-000000000000',
    email: 'a@example.com',
  });
  assert.match(await gone.text(), /One of the letters is no longer on the post list\./);
  assert.deepEqual(changedTables(before, await snapshotTables(app.raadhus.database.db)), []);
  const received = await visitor.submit('/aktindsigt?lang=da', {
    _csrf: csrf,
    entry: entryId,
    email: 'journalist@example.com',
  });
  assert.equal(received.status, 201);
  const receipt = await received.text();
  const answerBy = /Du får svar senest (\d{1,2}\. [a-z]+\.? \d{4})\./.exec(receipt)![1];
  const caseReference = /Dit sagsnummer er (\d{4}-\d{6})\./.exec(receipt)![1];

  const bent = new TestClient(app.url);
  await bent.login('staff-caseworker-4');
  const queue = await text(bent, '/staff/openness');
  const detailHref = /href="(\/staff\/openness\/requests\/[0-9a-f-]{36})"/.exec(queue)![1];
  const { html: detail, csrf: staffCsrf } = await bent.form(detailHref);
  assert.match(detail, /Jens Hansen, direkte telefon 20 30 40 50/);
  assert.match(detail, /Anonym \(e-mail\)/);
  // the request is a case of the case type Aktindsigt, with its 7-working-day deadline
  assert.ok(
    detail.includes(`<th scope="row">Sag</th><td>${caseReference}</td>`) &&
      detail.includes(`<th scope="row">Frist</th><td>${answerBy}</td>`),
    'the case number and the 7-working-day deadline on the request',
  );
  assert.match(queue, new RegExp(`<td>${caseReference}</td>`));
  const nothing = await bent.submit(`${detailHref}/redactions`, {
    _csrf: staffCsrf,
    entry: entryId,
    passage: 'Peter Olsen',
    ground: 'ofl-30-1',
  });
  assert.equal(nothing.status, 400);
  assert.match(await nothing.text(), /Passagen findes ikke i dokumentet; intet er undtaget\./);
  const redacted = await bent.submit(`${detailHref}/redactions`, {
    _csrf: staffCsrf,
    entry: entryId,
    passage: 'Jens Hansen, direkte telefon 20 30 40 50',
    ground: 'ofl-30-1',
  });
  assert.match(await redacted.text(), /Passagen er undtaget i den udleverede kopi\./);
  const decided = await bent.submit(`${detailHref}/decision`, {
    _csrf: staffCsrf,
    decision: 'partial',
    handOut: entryId,
    reason: 'Kontaktoplysninger undtages.',
  });
  const decidedPage = await decided.text();
  assert.match(decidedPage, /Afgørelsen er sendt\./);
  const shown = /href="http:\/\/127\.0\.0\.1:\d+(\/aktindsigt\/download\/[^"]+)"/.exec(decidedPage)![1];
  // the requester gets the decision by e-mail, with the signed link to the redacted copy
  const [mail] = await waitFor(async () => {
    const mails = smtp.mailsTo('journalist@example.com');
    return mails.length ? mails : undefined;
  }, 'the decision e-mail');
  assert.equal(mail.subject, 'Afgørelse om aktindsigt');
  assert.match(mail.text, /Du får delvis aktindsigt\./);
  assert.match(mail.text, /Kontaktoplysninger undtages\./);
  assert.match(mail.text, /offentlighedsloven § 37/);
  assert.doesNotMatch(mail.text, /Jens Hansen/);
  const link = /http:\/\/127\.0\.0\.1:\d+(\/aktindsigt\/download\/\S+)/.exec(mail.text)![1];
  assert.equal(link, shown);

  const copy = await text(visitor, link);
  assert.match(copy, /Du får delvis aktindsigt\./);
  assert.match(copy, /Kontaktperson: \[Undtaget: offentlighedsloven § 30, nr\. 1 \(private forhold\)\]\./);
  assert.doesNotMatch(copy, /Jens Hansen/);
  assert.match(await text(visitor, `${link}&lang=en`.replace('&', '?'), 200), /You get partial access\./);
  assert.match(
    await text(visitor, `${link.slice(0, -2)}xx`, 400),
    /The link is not valid\. Use the link from the e-mail exactly as it is\./,
  );
});

test('the administrator sees the closed case types in both languages and a refused rule says why', async () => {
  const admin = new TestClient(app.url);
  await admin.login('staff-admin-1');
  assert.match(await text(admin, '/admin/openness'), /<th scope="row">child-welfare<\/th>\s*<td>Sociale forhold/);
  const { html, csrf } = await admin.form('/admin/openness?lang=en');
  assert.match(html, /Days before a letter appears on the post list/);
  const refused = await admin.submit('/admin/openness/delay', { _csrf: csrf, delayDays: '365' });
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /Enter a whole number of days from 0 to 60\./);
});

test("a caseworker keeps a letter of the department off the list with an exception of the act; another department's is unknown", async () => {
  const tina = new TestClient(app.url);
  await tina.login('staff-caseworker-3');
  const list = await text(tina, '/staff/openness/entries?reference=TEK-2026-0877');
  assert.match(list, /<th scope="row">Udtalelse fra Miljøstyrelsen om storskrald<\/th>/);
  assert.match(list, /Ja \(efter forsinkelsen\)/);
  assert.match(
    await text(tina, '/staff/openness/entries?reference=%3Cscript%3E&lang=en', 400),
    /<a href="#field-reference" class="function-link">A case number consists of letters, digits and hyphens\.<\/a>/,
  );
  const row = list.split('<tr').find((candidate) => candidate.includes('Udtalelse fra Miljøstyrelsen om storskrald'))!;
  const entryHref = /href="(\/staff\/openness\/entries\/[0-9a-f-]{36})"/.exec(row)![1];
  assert.match(list, /Nej: internt arbejdsdokument/, 'the internal note of the same case, never listed');
  const { html, csrf } = await tina.form(`${entryHref}?lang=en`);
  assert.match(html, /Keep the letter off the post list/);
  const bent = new TestClient(app.url);
  await bent.login('staff-caseworker-4');
  const before = await snapshotTables(app.raadhus.database.db);
  const bad = await tina.submit(`${entryHref}/exclusion?lang=en`, { _csrf: csrf, exception: '§ 99' });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Choose an exception from the list\./);
  assert.equal((await bent.follow(entryHref)).status, 404, "another department's letter is unknown");
  // only the audit of the caseworker's read: the refused form shows the letter's text again
  assert.deepEqual(
    changedTables(before, await snapshotTables(app.raadhus.database.db)).map((change) => change.split(':')[0]),
    ['audit_log'],
  );
  const reads = await sql<{ action: string }>`select action from audit_log order by id desc limit 1`.execute(
    app.raadhus.database.db,
  );
  assert.equal(reads.rows[0].action, 'openness:entry-read');
  const done = await tina.submit(`${entryHref}/exclusion?lang=da`, { _csrf: csrf, exception: 'ofl-30-2' });
  assert.equal(done.status, 200);
  const page = await done.text();
  assert.match(page, /Brevet er holdt ude af postlisten\./);
  assert.match(page, /Nej: offentlighedsloven § 30, nr\. 2 \(forretningshemmeligheder\)/);
  assert.doesNotMatch(
    await text(new TestClient(app.url), '/postliste?reference=TEK-2026-0877'),
    /Udtalelse fra Miljøstyrelsen/,
  );
});

test("a party's own request on the staff page: the case's document and notes to choose from, a note's passage withheld", async () => {
  const { cases, post } = app.raadhus.services;
  const db = app.raadhus.database.db;
  const applicant = { personId: await personId(app.raadhus, 8) };
  const created = await cases.createCase(db, integrationClient, {
    caseTypeCode: 'building-permit',
    applicant,
    channel: 'api',
    fields: {},
  });
  const system = { ...integrationClient, scopes: [...(integrationClient.scopes ?? []), 'post:send'] };
  await post.sendLetter(db, system, {
    recipient: applicant,
    subject: 'Kvittering for ansøgning om udestue',
    body: 'Vi har modtaget din ansøgning.',
    caseId: created.reference,
  });
  const bentPrincipal = await staffPrincipal(app.raadhus, 'staff-caseworker-4');
  await cases.records.addDocument(bentPrincipal, created.caseId, {
    content: await tinyPdf(),
    filename: 'tegning-udestue.pdf',
    documentType: 'attachment',
    title: 'Tegning af udestue',
  });
  await cases.records.addNote(
    bentPrincipal,
    created.caseId,
    'Besigtigelse: skuret skal fjernes, oplyst af Karen Holm.',
  );
  await waitFor(
    async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from openness_entries
          where case_reference = ${created.reference}`.execute(db)
      ).rows[0].n === 1 || undefined,
    'the letter on the journal',
  );
  const party = { kind: 'citizen' as const, id: applicant.personId, name: 'A', roles: ['citizen' as const] };
  const { id } = await app.raadhus.services.openness.requests.submit(party, {
    entryIds: [],
    description: 'Hele min sag',
    kind: 'party',
    caseReference: created.reference,
  });

  const bent = new TestClient(app.url);
  await bent.login('staff-caseworker-4');
  const { html, csrf } = await bent.form(`/staff/openness/requests/${id}`);
  assert.match(html, /<td>Partsaktindsigt \(forvaltningsloven § 9\)<\/td>/);
  assert.ok(html.includes(`<h3>${created.reference}: Kvittering for ansøgning om udestue</h3>`));
  assert.match(
    html,
    new RegExp(
      `<h3>${created.reference}: Tegning af udestue</h3>\\s*<p class="form-hint">Dokument på sagen · Fil: tegning-udestue\\.pdf</p>`,
    ),
  );
  assert.match(
    html,
    /<h3>\d{4}-\d{6}: Notat af Bent Byg, [^<]+<\/h3>\s*<p class="form-hint">Notat på sagen · Internt arbejdsdokument: kan undtages efter forvaltningsloven § 12\.<\/p>\s*<pre[^>]*>Besigtigelse: skuret skal fjernes, oplyst af Karen Holm\.<\/pre>/,
  );
  const noteId = /<option value="([0-9a-f-]{36})">Notat af Bent Byg/.exec(html)![1];
  const documentId = /<option value="([0-9a-f-]{36})">Tegning af udestue/.exec(html)![1];
  const en = await text(bent, `/staff/openness/requests/${id}?lang=en`);
  assert.match(
    en,
    /Note on the case · Internal working document: may be withheld under the Public Administration Act § 12\./,
  );
  const redacted = await bent.submit(`/staff/openness/requests/${id}/redactions?lang=da`, {
    _csrf: csrf,
    entry: noteId,
    passage: 'Karen Holm',
    ground: 'fvl-15',
  });
  assert.match(await redacted.text(), /Passagen er undtaget i den udleverede kopi\./);
  const decided = await bent.submit(`/staff/openness/requests/${id}/decision`, {
    _csrf: csrf,
    decision: 'partial',
    handOut: [noteId, documentId],
    reason: 'Oplysningen om naboen undtages.',
  });
  assert.match(await decided.text(), /Afgørelsen er sendt\./);
  const letter = (
    await sql<{ body: string }>`select body from post_messages
      where subject = 'Afgørelse om aktindsigt' and body like '%Oplysningen om naboen undtages.%'`.execute(db)
  ).rows[0];
  assert.match(
    letter.body,
    /Besigtigelse: skuret skal fjernes, oplyst af \[Undtaget: forvaltningsloven § 15 \(afgørende hensyn\)\]\./,
  );
  assert.ok(
    letter.body.includes(`--- Tegning af udestue (${created.reference}) ---\nVedlagt som fil: tegning-udestue.pdf`),
  );
  assert.doesNotMatch(
    letter.body,
    /Karen Holm|Vi har modtaget din ansøgning/,
    'the passage withheld, the letter not chosen',
  );
});
