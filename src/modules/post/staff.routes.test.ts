import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import {
  caseworkerPrincipal,
  countRows,
  demoCpr,
  exeBytes,
  messagesOf,
  personId,
  postMultipart,
  tinyPdf,
  withoutDemoCaseLetters,
} from './test-support/post-test-helpers.ts';
import { demoCitizensWithoutDigitalPost } from './demo-data.ts';
import { formattedCpr } from '#platform/identity-numbers/cpr-cvr.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
  await withoutDemoCaseLetters(app.raadhus);
});
after(async () => {
  await app?.close();
});

const db = () => app.raadhus.database.db;
const auditActions = async (personId: string) =>
  (
    await sql<{
      action: string;
      purpose: string;
    }>`select action, purpose from audit_log where person_id = ${personId} order by id`.execute(db())
  ).rows;

async function caseworker(account = 'staff-caseworker-1') {
  const client = new TestClient(app.url);
  await client.login(account);
  return client;
}

test('a caseworker writes a letter with an attachment to a CPR number: the look-up is audited with the purpose, the letter lands in the mailbox', async () => {
  const cpr = demoCpr(13);
  const citizen = await personId(app.raadhus, cpr);
  const client = await caseworker();
  const { html, csrf } = await client.form('/staff/post/new');
  assert.match(html, /Skriv et brev/);
  const attachmentsBefore = await countRows(app.raadhus, 'post_attachments');
  const auditBefore = (await auditActions(citizen)).length; // the demo month may have written to this citizen
  const fields = {
    recipientKind: 'cpr',
    recipient: formattedCpr(cpr),
    purpose: 'Sag S-2026-77 boligstøtte',
    subject: 'Afgørelse',
    body: 'Du får boligstøtte.',
    caseId: 'S-2026-77',
    replyAllowed: 'yes',
  };
  const response = await postMultipart(client, '/staff/post/new', csrf, fields, [
    { name: 'attachments', filename: 'afgørelse.pdf', type: 'application/pdf', content: await tinyPdf() },
  ]);
  assert.equal(response.status, 303);
  const mailboxPage = await (await client.follow(response.headers.get('location')!)).text();
  assert.match(mailboxPage, /leveret i modtagerens digitale post/);
  assert.match(mailboxPage, /Afgørelse/);
  // the demo month may have written to this citizen too: the caseworker's letter is the one with its subject
  const message = (await messagesOf(app.raadhus, citizen)).find((row) => row.subject === 'Afgørelse');
  assert.ok(message, 'the letter is in the mailbox');
  assert.equal(message.case_id, 'S-2026-77');
  assert.equal(await countRows(app.raadhus, 'post_attachments'), attachmentsBefore + 1);
  const audit = (await auditActions(citizen)).slice(auditBefore);
  assert.deepEqual(
    audit.slice(0, 2).map((row) => row.action),
    ['person:lookup', 'post:send'],
  );
  assert.equal(audit[0].purpose, 'Sag S-2026-77 boligstøtte');
});

test('bad input on the staff form: CPR format and date, unknown CPR, bad CVR, no purpose, empty subject, forbidden file — 400, nothing sent', async () => {
  const client = await caseworker();
  const { csrf } = await client.form('/staff/post/new');
  const base = {
    recipientKind: 'cpr',
    recipient: formattedCpr(demoCpr(14)),
    purpose: 'Sag',
    subject: 'Emne',
    body: 'Tekst',
  };
  const before = await countRows(app.raadhus, 'post_messages');
  const auditBefore = await countRows(app.raadhus, 'audit_log');
  const cases: Array<
    [Record<string, string>, RegExp, Array<{ name: string; filename: string; type: string; content: Buffer }>?]
  > = [
    [{ recipient: '12345' }, /href="#field-recipient"[^>]*>CPR-nummeret skal være 10 cifre/],
    [{ recipient: '320150-1234' }, /ikke en gyldig fødselsdato/],
    [{ recipient: '010190-1234' }, /findes ikke i kommunens register/],
    [{ recipientKind: 'cvr', recipient: '12345678' }, /CVR-nummeret skal være 8 cifre og gyldigt/],
    [{ purpose: ' ' }, /href="#field-purpose"/],
    [{ subject: '' }, /href="#field-subject"[^>]*>Skriv et emne/],
    [
      {},
      /hverken PDF eller et billede/,
      [{ name: 'attachments', filename: 'brev.pdf', type: 'application/pdf', content: exeBytes }],
    ],
  ];
  for (const [change, pattern, files] of cases) {
    const response = await postMultipart(client, '/staff/post/new', csrf, { ...base, ...change }, files);
    assert.equal(response.status, 400, JSON.stringify(change));
    const html = await response.text();
    assert.match(html, pattern, JSON.stringify(change));
    assert.match(html, /class="alert alert-error"/);
  }
  assert.equal(await countRows(app.raadhus, 'post_messages'), before);
  assert.equal(await countRows(app.raadhus, 'audit_log'), auditBefore, 'no look-up was audited for refused letters');
});

test('the department mailbox shows sent post and replies; reading a reply is audited; another department sees nothing', async () => {
  const cpr = demoCpr(15);
  const citizen = await personId(app.raadhus, cpr);
  const { messageId } = await app.raadhus.services.post.sendLetter(db(), await caseworkerPrincipal(app.raadhus), {
    recipient: { personId: citizen },
    subject: 'Partshøring om ydelse',
    body: 'Svar venligst',
    replyAllowed: true,
  });
  const person = new TestClient(app.url);
  await person.login(`citizen-${cpr}`);
  const { csrf } = await person.form(`/post/messages/${messageId}`);
  const replied = await postMultipart(person, `/post/messages/${messageId}/reply`, csrf, {
    body: 'Her er mit svar med personlige oplysninger',
  });
  assert.equal(replied.status, 303);
  const replyId = /\/post\/messages\/([0-9a-f-]{36})/.exec(replied.headers.get('location')!)![1];

  const staff = await caseworker('staff-caseworker-2'); // same department (Ydelser), not the sender
  const sent = await (await staff.follow('/staff/post')).text();
  assert.match(sent, /Partshøring om ydelse/);
  const received = await (await staff.follow('/staff/post?view=received')).text();
  assert.match(received, /Sv: Partshøring om ydelse/);
  assert.doesNotMatch(received, /personlige oplysninger/, 'the overview never shows content');
  const before = (await auditActions(citizen)).filter((row) => row.action === 'post:read').length;
  const page = await (await staff.follow(`/staff/post/messages/${replyId}`)).text();
  assert.match(page, /Her er mit svar med personlige oplysninger/);
  assert.match(page, /Partshøring om ydelse/, 'the thread shows the original letter');
  const after = (await auditActions(citizen)).filter((row) => row.action === 'post:read');
  assert.equal(after.length, before + 1);
  assert.match(after.at(-1)!.purpose, /reply/);

  // the department answers the reply, into the same thread in the citizen's mailbox
  const staffCsrf = (await staff.form(`/staff/post/messages/${replyId}`)).csrf;
  const emptyAnswer = await postMultipart(staff, `/staff/post/messages/${replyId}/answer`, staffCsrf, { body: ' ' });
  assert.equal(emptyAnswer.status, 400);
  assert.match(await emptyAnswer.text(), /href="#field-body"/);
  const answered = await postMultipart(staff, `/staff/post/messages/${replyId}/answer`, staffCsrf, {
    body: 'Tak, vi ser på det.',
    replyAllowed: 'yes',
  });
  assert.equal(answered.status, 303);
  const inbox = await (await person.follow('/post')).text();
  assert.match(inbox, /Sv: Partshøring om ydelse/);
  const answerId = /\/staff\/post\/messages\/([0-9a-f-]{36})/.exec(answered.headers.get('location')!)![1];
  const thread = (
    await sql<{ thread_id: string }>`select thread_id from post_messages where id = ${answerId}`.execute(db())
  ).rows[0].thread_id;
  assert.equal(thread, messageId);

  const otherDepartment = await caseworker('staff-caseworker-3'); // Teknik og Miljø
  assert.doesNotMatch(await (await otherDepartment.follow('/staff/post?view=received')).text(), /Partshøring/);
  // reading or answering another department's message: the ownership sweep (test/authorization)
});

test('print queue: a letter to someone not signed up is printed in a batch that is closed, downloaded as one PDF and marked posted', async () => {
  const citizen = await personId(app.raadhus, demoCitizensWithoutDigitalPost[1]);
  const actor = await caseworkerPrincipal(app.raadhus);
  await app.raadhus.services.post.sendLetter(db(), actor, {
    recipient: { personId: citizen },
    subject: 'Brev på papir',
    body: 'Kære borger\nDette er et brev.',
  });
  const desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
  const { html, csrf } = await desk.form('/staff/post/print');
  assert.match(html, /Åben \(nye breve lægges her\)/);
  const batchId = (
    await sql<{
      print_batch_id: string;
    }>`select print_batch_id from post_messages m join post_mailboxes b on b.id = m.mailbox_id where b.owner_id = ${citizen}`.execute(
      db(),
    )
  ).rows[0].print_batch_id;
  // an open batch can be neither downloaded nor marked posted
  assert.equal((await desk.request(`/staff/post/print/batches/${batchId}/download`)).status, 409);
  assert.equal(
    (await desk.submit(`/staff/post/print/batches/${batchId}/posted`, { _csrf: csrf }, { follow: false })).status,
    409,
  );
  assert.match(
    await (await desk.submit(`/staff/post/print/batches/${batchId}/close`, { _csrf: csrf })).text(),
    /Lukket, klar til print/,
  );
  // a letter sent after closing goes to a new open batch, so it is never marked posted without being printed
  await app.raadhus.services.post.sendLetter(db(), actor, {
    recipient: { personId: citizen },
    subject: 'Efter lukning',
    body: 'Tekst',
  });
  const pdf = await desk.request(`/staff/post/print/batches/${batchId}/download`);
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.equal(
    Buffer.from(await pdf.arrayBuffer())
      .subarray(0, 5)
      .toString(),
    '%PDF-',
  );
  const { rows: named } = await sql<{ person_id: string | null }>`
    select person_id from audit_log where action = 'post:print' and object_type = 'post-message'
    and purpose = ${`print batch ${batchId}`}`.execute(db());
  const { rows: letters } = await sql<{ count: number }>`
    select count(*)::int as count from post_messages where print_batch_id = ${batchId}`.execute(db());
  assert.equal(named.length, letters[0].count, 'one audit row per letter in the batch');
  assert.ok(
    named.some((row) => row.person_id === citizen),
    'the download names the person of each letter',
  );
  await desk.submit(`/staff/post/print/batches/${batchId}/posted`, { _csrf: csrf });
  const statuses = (await messagesOf(app.raadhus, citizen))
    .filter((message) => ['Brev på papir', 'Efter lukning'].includes(message.subject)) // not the demo month's letters
    .map((message) => [message.subject, message.status]);
  assert.deepEqual(statuses, [
    ['Brev på papir', 'printed'],
    ['Efter lukning', 'queued'],
  ]);
  // a caseworker may not handle print batches
  const worker = await caseworker();
  assert.equal((await worker.request('/staff/post/print')).status, 403);
});

test('the citizen service desk records an exemption (audited): letters then go to print and the citizen cannot sign up online; lifting it signs up again', async () => {
  const cpr = demoCpr(14);
  const citizen = await personId(app.raadhus, cpr);
  const desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
  const { csrf } = await desk.form('/staff/post/exemptions');
  const bad = await desk.submit('/staff/post/exemptions', {
    _csrf: csrf,
    cpr: '3201501234',
    purpose: 'Ansøgning om fritagelse',
    choice: 'exempt',
  });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /href="#field-cpr"[^>]*>CPR-nummeret indeholder ikke en gyldig fødselsdato/);
  const noPurpose = await desk.submit('/staff/post/exemptions', { _csrf: csrf, cpr, purpose: '', choice: 'exempt' });
  assert.equal(noPurpose.status, 400);
  const saved = await desk.submit('/staff/post/exemptions', {
    _csrf: csrf,
    cpr: formattedCpr(cpr),
    purpose: 'Ansøgning om fritagelse 1/12',
    choice: 'exempt',
  });
  assert.equal(saved.status, 200);
  assert.match(await saved.text(), /er registreret som fritaget for digital post/);
  const audit = await auditActions(citizen);
  assert.deepEqual(
    audit.slice(-2).map((row) => row.action),
    ['person:lookup', 'post:exempt'],
  );

  await app.raadhus.services.post.sendLetter(db(), await caseworkerPrincipal(app.raadhus), {
    recipient: { personId: citizen },
    subject: 'Til en fritaget',
    body: 'Tekst',
  });
  assert.equal((await messagesOf(app.raadhus, citizen)).at(-1)?.delivery, 'print');
  const person = new TestClient(app.url);
  await person.login(`citizen-${cpr}`);
  const page = await (await person.follow('/post')).text();
  assert.match(page, /Du er fritaget for digital post/);
  assert.doesNotMatch(page, /Tilmeld digital post/);
  assert.match(page, /Til en fritaget/, 'the letter is in the mailbox as well');

  await desk.submit('/staff/post/exemptions', { _csrf: csrf, cpr, purpose: 'Fritagelse ophørt', choice: 'signed_up' });
  assert.match(await (await person.follow('/post')).text(), /Du er tilmeldt digital post/);
  // a caseworker may not record exemptions
  const worker = await caseworker();
  assert.equal((await worker.request('/staff/post/exemptions')).status, 403);
});
