import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { DEMO_API_KEY } from '#modules/identity/demo-data.ts';
import { parseMemoXml, validateMemoXml } from './memo/memo-xml.ts';
import { countRows, demoCpr, personId, tinyPdf, waitFor } from './test-support/post-test-helpers.ts';
import { citizenWithContacts, notificationsFor } from '#modules/notify/test-support/notify-fixtures.ts';
import { releaseHeldLetter } from './held-letters.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const api = (path: string, init: RequestInit & { language?: string } = {}) => {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  headers.set('authorization', `Bearer ${DEMO_API_KEY}`);
  if (init.language) headers.set('accept-language', init.language);
  return fetch(`${app.url}${path}`, { ...init, headers });
};
const sendMemo = (xml: string, language?: string) =>
  api('/api/v1/messages/memo', {
    method: 'POST',
    headers: { 'content-type': 'application/xml', 'idempotency-key': randomUUID() },
    body: xml,
    language,
  });
const exportMemo = async (id: string) => {
  const response = await api(`/api/v1/messages/${id}/memo`);
  assert.equal(response.status, 200, await response.clone().text());
  assert.match(response.headers.get('content-type') ?? '', /application\/xml/);
  return response.text();
};

/** An official example as it is, addressed to a demo citizen (its recipient is a placeholder) with a fresh UUID. */
async function example(name: string, cpr: string, uuid = randomUUID()) {
  const xml = await readFile(new URL(`./memo/examples/${name}`, import.meta.url), 'utf8');
  return withIds(xml, cpr, uuid);
}
const withIds = (xml: string, cpr: string, uuid: string) =>
  xml
    .replace(/(<memo:Recipient>\s*<memo:recipientID>)[^<]*/, `$1${cpr}`)
    .replace(
      /(<memo:MessageHeader>\s*<memo:messageType>[^<]*<\/memo:messageType>\s*<memo:messageUUID>)[^<]*/,
      `$1${uuid}`,
    );

const rowOf = async (id: string) =>
  (
    await sql<{
      subject: string;
      body: string;
      status: string;
      case_id: string | null;
      reply_allowed: boolean;
      thread_id: string;
      in_reply_to: string | null;
      department_code: string;
      deliver_after: Date | null;
    }>`select * from post_messages where id = ${id}`.execute(app.raadhus.database.db)
  ).rows[0];
const memoDocumentOf = async (id: string) =>
  (
    await sql<{ xml: string; memo_version: string; details: Record<string, any> }>`
      select xml, memo_version, details from post_memo_documents where message_id = ${id}`.execute(
      app.raadhus.database.db,
    )
  ).rows[0];

test('every official letter example is accepted through the HTTP API, stored with its document, and exported valid', async () => {
  const cpr = demoCpr(1);
  for (const name of ['MeMo_Minimum_Example.xml', 'MeMo_with_attachment.xml', 'MeMo_1.1_SF1601_kombi.xml']) {
    const xml = await example(name, cpr);
    const response = await sendMemo(xml);
    assert.equal(response.status, 201, `${name}: ${await response.clone().text()}`);
    const sent = (await response.json()) as { id: string; status: string; delivery: string };
    assert.equal(sent.status, 'delivered', name);
    assert.equal((await memoDocumentOf(sent.id)).xml, xml, `${name}: the document is kept as it came`);
    const exported = await exportMemo(sent.id);
    assert.deepEqual(await validateMemoXml(exported), [], name);
    assert.match(exported, new RegExp(`<memo:messageUUID>${sent.id}</memo:messageUUID>`));
  }
  const attachmentExample = (
    await sql<{ body: string }>`
    select body from post_messages m join post_mailboxes b on b.id = m.mailbox_id
    where b.owner_id = ${await personId(app.raadhus, cpr)} and m.subject = 'Label Text'`.execute(
      app.raadhus.database.db,
    )
  ).rows[0];
  assert.equal(attachmentExample.body, 'File content 1\n\nFile content 2', 'both text files of the main document');
});

test('the full example: stored with all the post module holds, shown on the letter, the rest kept in the original', async () => {
  const cpr = demoCpr(2);
  const id = randomUUID();
  const response = await sendMemo(await example('MeMo_Full_Example.xml', cpr, id));
  assert.equal(response.status, 201, await response.clone().text());
  const row = await rowOf(id);
  assert.equal(row.subject, 'Besked fra Børneforvaltningen');
  assert.equal(row.body, 'This is a test');
  assert.equal(row.case_id, 'SAG-12345');
  assert.equal(row.reply_allowed, true);
  assert.match(row.status, /^(delivered|notified)$/, 'doNotDeliverUntilDate 2025-09-15 has passed');
  const { details } = await memoDocumentOf(id);
  assert.deepEqual(details.caseReference, { caseId: 'SAG-12345', caseSystem: 'Sagssystem 1234' });
  assert.equal(details.kle.subjectKey, '00.00.00');
  assert.equal(details.actions.length, 5);
  assert.deepEqual(
    details.keptFiles.map((file: { filename: string }) => file.filename),
    ['Pladsanvisning.pdf', 'Pladsanvisning.pdf', 'Praktiske oplysninger.doc', 'vejledning.pdf', 'TekniskDokument.xml'],
    'files whose content is no PDF or image are not offered for download, but kept',
  );

  const citizen = new TestClient(app.url);
  await citizen.login(`citizen-${cpr}`);
  const page = await (await citizen.follow(`/post/messages/${id}`)).text();
  assert.match(page, /SAG-12345 \(i Sagssystem 1234\)/);
  assert.match(page, /00\.00\.00 \[KLE tekst\] \(\[Tekst\]\)/);
  assert.match(page, /Svar senest<\/th>\s*<td[^>]*>30\. sep\. 2025, 14\.00/);
  assert.match(page, /Obligatorisk<\/th>\s*<td[^>]*>Ja/);
  assert.match(page, /Retsvirkning<\/th>\s*<td[^>]*>Nej/);
  assert.match(page, /MYNDIGHEDSPOST/);
  assert.match(page, /<a href="https:\/\/www\.tusindfryd\.dk"[^>]*>Tusindfryd hjemmeside<\/a>/);
  assert.match(page, /Opstart Tusindfryd, Gl\. Landevej 61, 9000 aalborg, Rød stue: 10\. nov\. 2018, 10\.00/);
  assert.match(page, /<a href="https:\/\/www\.tusindfryd\.dk\/spørgeskema\.html"[^>]*>Spørgeskema<\/a>/);
  assert.match(page, /Praktiske oplysninger\.doc \(Tilbud om børnehaveplads\)/);
  const english = await (await citizen.follow(`/post/messages/${id}?lang=en`)).text();
  assert.match(english, /Sender’s case<\/th>\s*<td[^>]*>SAG-12345 \(in Sagssystem 1234\)/);
  assert.match(english, /Reply by<\/th>\s*<td[^>]*>30 Sept 2025, 14:00|Reply by<\/th>\s*<td[^>]*>30 Sep 2025, 14:00/);
  assert.match(english, /Mandatory<\/th>\s*<td[^>]*>Yes/);
  assert.match(english, /Files kept in the original document/);

  // export → import (as a new message) → export: every field kept
  const first = await exportMemo(id);
  assert.deepEqual(await validateMemoXml(first), []);
  const copyId = randomUUID();
  const again = await sendMemo(withIds(first, cpr, copyId));
  assert.equal(again.status, 201, await again.clone().text());
  const second = await exportMemo(copyId);
  assert.deepEqual(
    { ...(await parseMemoXml(second)), messageUuid: '' },
    { ...(await parseMemoXml(first)), messageUuid: '' },
  );
  assert.deepEqual(await parseMemoXml(first), {
    ...(await parseMemoXml(await example('MeMo_Full_Example.xml', cpr, id))),
  });
});

test('a letter sent as JSON exports as valid MeMo, and importing the export keeps every field', async () => {
  const cpr = demoCpr(3);
  const sent = await api('/api/v1/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      recipient: { cpr },
      subject: 'Afgørelse om boligstøtte',
      body: 'Kære borger\n\nDu får boligstøtte & varmetillæg.',
      replyAllowed: true,
      caseId: 'FAG-77',
      departmentCode: 'ydelser',
      notificationText: 'Du har fået en afgørelse',
      attachments: [
        { filename: 'afgørelse.pdf', contentType: 'application/pdf', content: (await tinyPdf()).toString('base64') },
      ],
    }),
  });
  assert.equal(sent.status, 201);
  const { id } = (await sent.json()) as { id: string };
  const exported = await exportMemo(id);
  assert.deepEqual(await validateMemoXml(exported), []);
  assert.match(exported, /<memo:messageUUID>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}</);
  assert.match(exported, /<memo:createdDateTime>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z</);
  const copyId = randomUUID();
  const imported = await sendMemo(withIds(exported, cpr, copyId));
  assert.equal(imported.status, 201, await imported.clone().text());
  const [original, copy] = [await rowOf(id), await rowOf(copyId)];
  for (const field of ['subject', 'body', 'case_id', 'reply_allowed', 'department_code'] as const)
    assert.deepEqual(copy[field], original[field], field);
  const files = async (messageId: string) =>
    (
      await sql<{ filename: string; content: Buffer }>`
        select filename, content from post_attachments where message_id = ${messageId}`.execute(app.raadhus.database.db)
    ).rows;
  assert.equal((await files(copyId))[0].filename, 'afgørelse.pdf');
  assert.deepEqual(await files(copyId), await files(id));
  assert.deepEqual(
    { ...(await parseMemoXml(await exportMemo(copyId))), messageUuid: '', body: undefined },
    { ...(await parseMemoXml(exported)), messageUuid: '', body: undefined },
  );
});

test('ReplyData joins the thread of the letter it answers, in the recipient’s own mailbox only', async () => {
  const cpr = demoCpr(4);
  const first = randomUUID();
  assert.equal((await sendMemo(await example('MeMo_Minimum_Example.xml', cpr, first))).status, 201);
  const reply = (await example('MeMo_Minimum_Example.xml', cpr)).replace(
    '</memo:Recipient>',
    `</memo:Recipient>\n\t\t<memo:ReplyData>\n\t\t\t<memo:messageUUID>${first}</memo:messageUUID>\n\t\t</memo:ReplyData>`,
  );
  const response = await sendMemo(reply);
  assert.equal(response.status, 201, await response.clone().text());
  const answer = await rowOf(((await response.json()) as { id: string }).id);
  assert.equal(answer.in_reply_to, first);
  assert.equal(answer.thread_id, (await rowOf(first)).thread_id);

  const stranger = await sendMemo(withIds(reply, demoCpr(5), randomUUID()));
  assert.equal(stranger.status, 201, await stranger.clone().text());
  const other = await rowOf(((await stranger.json()) as { id: string }).id);
  assert.equal(other.in_reply_to, null, 'another person’s letter is never joined');
});

test('doNotDeliverUntilDate holds the letter out of the mailbox until its date', async () => {
  const cpr = demoCpr(6);
  const id = randomUUID();
  const xml = (await example('MeMo_Minimum_Example.xml', cpr, id)).replace(
    '<memo:Sender>',
    '<memo:doNotDeliverUntilDate>2099-01-01</memo:doNotDeliverUntilDate>\n\t\t<memo:Sender>',
  );
  const response = await sendMemo(xml);
  assert.equal(response.status, 201, await response.clone().text());
  assert.equal(((await response.json()) as { status: string }).status, 'queued');
  const citizen = new TestClient(app.url);
  await citizen.login(`citizen-${cpr}`);
  assert.equal((await citizen.request(`/post/messages/${id}`)).status, 404);
  assert.doesNotMatch(await (await citizen.follow('/post')).text(), new RegExp(id));
  const schema = `${app.raadhus.database.schema === 'public' ? 'raadhus' : app.raadhus.database.schema}_queue`;
  const jobs = await sql<{ start_after: Date }>`
    select start_after from ${sql.table(`${schema}.job`)}
    where name = 'post.release-held-letter' and data->>'messageId' = ${id}`.execute(app.raadhus.database.db);
  assert.equal(jobs.rows.length, 1, 'the release is scheduled');
  assert.equal(new Date(jobs.rows[0].start_after).toISOString(), '2098-12-31T23:00:00.000Z');

  await sql`update post_messages set deliver_after = now() - interval '1 minute' where id = ${id}`.execute(
    app.raadhus.database.db,
  );
  await releaseHeldLetter({ db: app.raadhus.database.db, events: app.raadhus.events }, id);
  await releaseHeldLetter({ db: app.raadhus.database.db, events: app.raadhus.events }, id); // a second run finds nothing to do
  assert.equal((await rowOf(id)).status, 'delivered');
  assert.equal((await citizen.request(`/post/messages/${id}`)).status, 200);
});

test('a NemSMS goes to the notify module and out as SMS; it is no letter', async () => {
  const departments = await app.raadhus.services.identity.listDepartments();
  const { person, cpr } = await citizenWithContacts(app.raadhus, 7, {
    sms: '+4512345678',
    authorities: Object.fromEntries(departments.map((department) => [department.code, { sms: true, email: false }])),
  });
  const letters = await countRows(app.raadhus, 'post_messages');
  const id = randomUUID();
  const response = await sendMemo(await example('MeMo_NemSMS.xml', cpr, id));
  assert.equal(response.status, 201, await response.clone().text());
  assert.deepEqual(((await response.json()) as { delivery: string }).delivery, 'sms');
  assert.equal(await countRows(app.raadhus, 'post_messages'), letters);
  const [sms] = await waitFor(async () => {
    const rows = await notificationsFor(app.raadhus, id);
    return rows.length > 0 && rows;
  });
  assert.equal(sms.kind, 'nem-sms');
  assert.equal(sms.channel, 'sms');
  assert.equal(sms.text, 'Message Text');
  assert.equal(sms.owner_id, person.id);
});

test('a broken document is refused with a problem naming line and element, in Danish or English; nothing stored', async () => {
  const before = await Promise.all(
    ['post_messages', 'post_memo_documents', 'post_nem_sms'].map((table) => countRows(app.raadhus, table)),
  );
  const broken = (await example('MeMo_Minimum_Example.xml', demoCpr(8))).replace(
    '<memo:filename>',
    '<memo:size>3</memo:size><memo:filename>',
  );
  const danish = await sendMemo(broken);
  assert.equal(danish.status, 400);
  assert.match(danish.headers.get('content-type') ?? '', /application\/problem\+json/);
  const problem = (await danish.json()) as { detail: string; errors: Array<{ field: string; message: string }> };
  assert.match(problem.detail, /ikke gyldigt .*: linje 22, elementet size \(1 fejl i alt\)/);
  assert.equal(problem.errors[0].field, 'line 22, size');
  assert.match(problem.errors[0].message, /This element is not expected/);
  const english = (await (await sendMemo(broken, 'en')).json()) as { detail: string };
  assert.match(english.detail, /not valid .*: line 22, element size/);

  const unknownRecipient = await sendMemo(await example('MeMo_Minimum_Example.xml', '0101019999'));
  assert.equal(unknownRecipient.status, 400);
  const placeholder = await sendMemo(
    (await readFile(new URL('./memo/examples/MeMo_with_attachment.xml', import.meta.url), 'utf8')).replace(
      '78212f5c-6d79-4012-8ed1-e2420243bd17',
      randomUUID(),
    ),
  );
  assert.equal(placeholder.status, 400, 'the example’s recipient "Recipient ID" is no CPR number');
  const after = await Promise.all(
    ['post_messages', 'post_memo_documents', 'post_nem_sms'].map((table) => countRows(app.raadhus, table)),
  );
  assert.deepEqual(after, before);
});
