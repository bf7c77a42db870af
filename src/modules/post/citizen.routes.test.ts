import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient, csrfTokenIn } from '#test-support/http-client.ts';
import { answer } from '#modules/selfservice/test-support/selfservice-test-helpers.ts';
import {
  businessId,
  caseworkerPrincipal,
  countRows,
  demoCpr,
  exeBytes,
  messagesOf,
  personId,
  pngBytes,
  postMultipart,
  tinyPdf,
  waitFor,
  withoutDemoCaseLetters,
} from './test-support/post-test-helpers.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
  await withoutDemoCaseLetters(app.raadhus);
});
after(async () => {
  await app?.close();
});

const db = () => app.raadhus.database.db;
const sendTo = async (
  party: { personId: string } | { businessId: string },
  subject: string,
  options: { replyAllowed?: boolean; body?: string; pdf?: boolean } = {},
) =>
  (
    await app.raadhus.services.post.sendLetter(db(), await caseworkerPrincipal(app.raadhus), {
      recipient: party,
      subject,
      body: options.body ?? 'Brødtekst',
      replyAllowed: options.replyAllowed,
      attachments: options.pdf
        ? [{ filename: 'afgørelse.pdf', contentType: 'application/pdf', content: await tinyPdf() }]
        : [],
    })
  ).messageId;

test('a citizen sees the inbox with the unread count (also as a badge on my page), opens a letter (marked read), downloads its attachment', async () => {
  const cpr = demoCpr(6);
  const citizen = await personId(app.raadhus, cpr);
  const id = await sendTo({ personId: citizen }, 'Afgørelse <om> boligstøtte', {
    pdf: true,
    body: 'Linje 1\n<script>alert(1)</script>',
  });
  const client = new TestClient(app.url);
  const landing = await (await client.login(`citizen-${cpr}`)).text();
  assert.match(landing, /href="\/post"/);
  // the badge says what it counts
  assert.match(landing, /<a href="\/post">Digital post<\/a><span class="badge badge-small ml-2">\d+ ulæste<\/span>/);
  const inbox = await (await client.follow('/post')).text();
  assert.match(inbox, /1 ulæste/);
  assert.match(inbox, /Afgørelse &lt;om> boligstøtte/);
  assert.match(inbox, /Ydelser og Pension/);
  const page = await client.follow(`/post/messages/${id}`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /&lt;script>alert\(1\)&lt;\/script>/);
  assert.doesNotMatch(html, /<script>alert/);
  const link = /href="(\/post\/messages\/[^"]+\/attachments\/[^"]+\/download)"/.exec(html)?.[1];
  assert.ok(link, 'an attachment link');
  const file = await client.request(link!);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/pdf');
  assert.match(file.headers.get('content-disposition') ?? '', /^attachment;/);
  assert.equal(
    Buffer.from(await file.arrayBuffer())
      .subarray(0, 5)
      .toString(),
    '%PDF-',
  );
  assert.equal((await messagesOf(app.raadhus, citizen))[0].status, 'read');
  assert.match(await (await client.follow('/post')).text(), /Ingen ulæste breve/);
});

// Another citizen's or business's message, its attachments, reply and move are refused by the ownership sweep
// (test/authorization), which also checks that the refusal shows nothing of the letter; here: ids that are not
// ids, and search.
test("a citizen can never read another's message or attachment: changed ids give 404 and leak nothing", async () => {
  const owner = await personId(app.raadhus, demoCpr(7));
  const id = await sendTo({ personId: owner }, 'Hemmeligt emne', {
    pdf: true,
    replyAllowed: true,
    body: 'Hemmelig tekst',
  });
  const intruder = new TestClient(app.url);
  await intruder.login(`citizen-${demoCpr(8)}`);
  for (const path of [`/post/messages/${id}/attachments/not-an-id/download`, '/post/messages/not-an-id']) {
    const response = await intruder.request(path);
    assert.equal(response.status, 404, path);
    const body = await response.text();
    assert.doesNotMatch(body, /Hemmelig/, path);
  }
  assert.doesNotMatch(await (await intruder.follow('/post?q=Hemmelig')).text(), /Hemmeligt emne/);
});

test('reply when the sender allows it (into the same thread, to the department); refused when not', async () => {
  const cpr = demoCpr(9);
  const citizen = await personId(app.raadhus, cpr);
  const open = await sendTo({ personId: citizen }, 'Partshøring', { replyAllowed: true });
  const closed = await sendTo({ personId: citizen }, 'Orientering');
  const client = new TestClient(app.url);
  await client.login(`citizen-${cpr}`);
  const { html, csrf } = await client.form(`/post/messages/${open}`);
  assert.match(html, /Send svar/);
  const empty = await postMultipart(client, `/post/messages/${open}/reply`, csrf, { body: '  ' });
  assert.equal(empty.status, 400);
  assert.match(await empty.text(), /href="#field-body"[^>]*>Skriv en besked/);
  const badFile = await postMultipart(client, `/post/messages/${open}/reply`, csrf, { body: 'Se bilag' }, [
    { name: 'attachments', filename: 'svar.pdf', type: 'application/pdf', content: exeBytes },
  ]);
  assert.equal(badFile.status, 400);
  assert.match(await badFile.text(), /hverken PDF eller et billede/);
  assert.equal((await messagesOf(app.raadhus, citizen)).length, 2);
  const sent = await postMultipart(client, `/post/messages/${open}/reply`, csrf, { body: 'Jeg er uenig.' }, [
    { name: 'attachments', filename: 'foto.png', type: 'image/png', content: pngBytes },
  ]);
  assert.equal(sent.status, 303);
  const replyPage = await (await client.follow(sent.headers.get('location')!)).text();
  assert.match(replyPage, /Dit svar er sendt/);
  assert.match(replyPage, /Sv: Partshøring/);
  const rows = await messagesOf(app.raadhus, citizen);
  const reply = rows.find((row) => row.direction === 'in')!;
  assert.equal(reply.owner_folder, 'sent');
  const {
    rows: [thread],
  } = await sql<{
    thread_id: string;
    in_reply_to: string;
    department_code: string;
  }>`select thread_id, in_reply_to, department_code from post_messages where id = ${reply.id}`.execute(db());
  assert.deepEqual(thread, { thread_id: open, in_reply_to: open, department_code: 'ydelser' });
  const { rows: files } = await sql<{
    filename: string;
    content_type: string;
  }>`select filename, content_type from post_attachments where message_id = ${reply.id}`.execute(db());
  assert.deepEqual(
    files,
    [{ filename: 'foto.png', content_type: 'image/png' }],
    'the name the browser gave the file is kept',
  );
  assert.doesNotMatch(await (await client.follow(`/post/messages/${closed}`)).text(), /Send svar/);
  const refused = await postMultipart(client, `/post/messages/${closed}/reply`, csrf, { body: 'Alligevel' });
  assert.equal(refused.status, 403);
  assert.equal((await messagesOf(app.raadhus, citizen)).length, 3);
});

test('new message to a chosen department, folders, search and archive', async () => {
  const cpr = demoCpr(10);
  const citizen = await personId(app.raadhus, cpr);
  await sendTo({ personId: citizen }, 'Om din affaldsordning');
  const other = await sendTo({ personId: citizen }, 'Om skolestart');
  const client = new TestClient(app.url);
  await client.login(`citizen-${cpr}`);
  const { html, csrf } = await client.form('/post/new');
  const teknik = /<option value="([^"]+)"[^>]*>Teknik og Miljø<\/option>/.exec(html)?.[1];
  assert.ok(teknik);
  const invalid = await postMultipart(client, '/post/new', csrf, { department: '', subject: '', body: 'Hej' });
  assert.equal(invalid.status, 400);
  const invalidHtml = await invalid.text();
  assert.match(invalidHtml, /href="#field-department"/);
  assert.match(invalidHtml, /href="#field-subject"[^>]*>Skriv et emne/);
  assert.match(invalidHtml, />Hej<\/textarea>/);
  const sent = await postMultipart(client, '/post/new', csrf, {
    department: teknik!,
    subject: 'Storskrald',
    body: 'Hvornår hentes det?',
  });
  assert.equal(sent.status, 303);
  const sentFolder = await (await client.follow(sent.headers.get('location')!)).text();
  assert.match(sentFolder, /Din besked er sendt/);
  assert.match(sentFolder, /Storskrald/);
  assert.match(sentFolder, /Teknik og Miljø/);
  // search within the inbox
  const found = await (await client.follow('/post?q=affald')).text();
  assert.match(found, /Om din affaldsordning/);
  assert.doesNotMatch(found, /Om skolestart/);
  // archive and back
  const archived = await client.submit(`/post/messages/${other}/move`, { _csrf: csrf, folder: 'archive' });
  assert.match(await archived.text(), /flyttet til arkivet/);
  assert.doesNotMatch(await (await client.follow('/post')).text(), /Om skolestart/);
  assert.match(await (await client.follow('/post?folder=archive')).text(), /Om skolestart/);
  await client.submit(`/post/messages/${other}/move`, { _csrf: csrf, folder: 'inbox' });
  assert.match(await (await client.follow('/post')).text(), /Om skolestart/);
});

test("a business's post is visible to its representatives", async () => {
  const business = await businessId(app.raadhus, '10000017');
  const id = await sendTo({ businessId: business }, 'Brev til vognmanden', { pdf: true });
  const representative = new TestClient(app.url);
  await representative.login('business-10000017');
  assert.match(await (await representative.follow('/post')).text(), /Brev til vognmanden/);
  assert.equal((await representative.follow(`/post/messages/${id}`)).status, 200);
});

test('one-click sign-up and withdrawal, recorded with time and audited; withdrawn means printed letters', async () => {
  const cpr = demoCpr(11);
  const citizen = await personId(app.raadhus, cpr);
  const client = new TestClient(app.url);
  await client.login(`citizen-${cpr}`);
  const { html, csrf } = await client.form('/post');
  assert.match(html, /Du er tilmeldt digital post/);
  const withdrawn = await client.submit('/post/registration', { _csrf: csrf, choice: 'withdrawn' });
  assert.match(await withdrawn.text(), /Du er nu frameldt digital post/);
  await sendTo({ personId: citizen }, 'Efter framelding');
  assert.equal((await messagesOf(app.raadhus, citizen)).at(-1)?.delivery, 'print');
  const signedUp = await client.submit('/post/registration', { _csrf: csrf, choice: 'signed_up' });
  assert.match(await signedUp.text(), /Du er nu tilmeldt digital post/);
  await sendTo({ personId: citizen }, 'Efter tilmelding');
  assert.equal((await messagesOf(app.raadhus, citizen)).at(-1)?.delivery, 'digital');
  const audit = (
    await sql<{
      action: string;
    }>`select action from audit_log where person_id = ${citizen} and action in ('post:sign-up', 'post:withdraw') order by id`.execute(
      db(),
    )
  ).rows.map((row) => row.action);
  assert.deepEqual(audit, ['post:withdraw', 'post:sign-up']);
  const history = (
    await sql<{
      status: string;
    }>`select status from post_registrations where owner_id = ${citizen} order by id`.execute(db())
  ).rows.map((row) => row.status);
  assert.deepEqual(history, ['signed_up', 'withdrawn', 'signed_up']);
  assert.equal(
    (await client.submit('/post/registration', { _csrf: csrf, choice: 'nonsense' }, { follow: false })).status,
    400,
  );
});

test("a real self-service receipt lands in the citizen's mailbox", async () => {
  const cpr = demoCpr(12);
  const citizen = await personId(app.raadhus, cpr);
  const client = new TestClient(app.url);
  await client.login(`citizen-${cpr}`);
  const { csrf } = await client.form('/selfservice/solutions/dog-registration');
  const started = await client.submit('/selfservice/solutions/dog-registration/start', { _csrf: csrf });
  const draftId = /\/selfservice\/drafts\/([0-9a-f-]{36})/.exec(started.url)![1];
  const born = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
  await answer(client, `/selfservice/drafts/${draftId}/pages/dog`, {
    dogName: 'Fido',
    breed: 'Puddel',
    born,
    chip: '123456789012345',
    insured: 'no',
  });
  await answer(client, `/selfservice/drafts/${draftId}/pages/owner`, { email: 'test@example.org', phone: '12345678' });
  const summary = await client.form(`/selfservice/drafts/${draftId}/summary`);
  const receipt = await client.submit(`/selfservice/drafts/${draftId}/submit`, { _csrf: summary.csrf });
  assert.match(receipt.url, /\/selfservice\/submissions\//, receipt.url);
  const letter = await waitFor(async () =>
    (await messagesOf(app.raadhus, citizen)).find((message) => /Kvittering/.test(message.subject)),
  );
  assert.equal(letter.status, 'delivered');
  assert.ok(letter.case_id);
  assert.match(await (await client.follow('/post')).text(), /Kvittering: Registrér din hund/);
  assert.ok((await countRows(app.raadhus, 'post_messages')) > 0);
  void csrfTokenIn;
});
