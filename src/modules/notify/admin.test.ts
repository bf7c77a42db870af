import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import { citizenWithContacts, waitFor } from './test-support/notify-fixtures.ts';

/** Administrators: templates (validated), the delivery overview and the development outbox. */
let app: TestApp;
let admin: TestClient;
before(async () => {
  app = await startTestApp();
  admin = new TestClient(app.url);
  await admin.login('staff-admin-1');
});
after(async () => {
  await app?.close();
});

const db = () => app.raadhus.database.db;
const templateRow = async () =>
  (
    await sql<{
      body: string;
      updated_by: string | null;
    }>`select body, updated_by from notify_templates where kind = 'new-post' and channel = 'sms' and locale = 'da'`.execute(
      db(),
    )
  ).rows[0];

test('the staff start page links administrators to the delivery overview, which links to templates and the outbox', async () => {
  const home = await (await admin.follow('/staff')).text();
  assert.match(home, /href="\/admin\/notify"/);
  const overview = await (await admin.follow('/admin/notify')).text();
  assert.match(overview, /href="\/admin\/notify\/templates"/);
  assert.match(overview, /href="\/admin\/notify\/outbox"/);
  const templates = await (await admin.follow('/admin/notify/templates')).text();
  assert.match(templates, /href="\/admin\/notify\/templates\/new-post\/sms\/da"/);
  assert.match(templates, /href="\/admin\/notify\/templates\/reminder\/email\/en"/);
});

test('a template with an unknown placeholder is refused and nothing changes; a valid one is saved and used', async () => {
  const before = await templateRow();
  const { csrf, html } = await admin.form('/admin/notify/templates/new-post/sms/da');
  assert.match(html, /\{\{authorityName\}\}/);
  const refused = await admin.submit('/admin/notify/templates/new-post/sms/da', {
    _csrf: csrf,
    body: 'Ny post: {{messageBody}} til {{cpr}}',
  });
  assert.equal(refused.status, 400);
  const refusedHtml = await refused.text();
  assert.match(refusedHtml, /href="#field-body"[^>]*>Feltet \{\{messageBody\}\} findes ikke for denne skabelon\./);
  assert.match(refusedHtml, /Ny post: \{\{messageBody\}\}/, 'what was written is kept');
  assert.deepEqual(await templateRow(), before);
  const cpr = await admin.submit('/admin/notify/templates/new-post/sms/da', {
    _csrf: csrf,
    body: 'Ring 010150-1234 om {{link}}',
  });
  assert.equal(cpr.status, 400);
  assert.deepEqual(await templateRow(), before);
  assert.equal((await admin.submit('/admin/notify/templates/new-post/fax/da', { _csrf: csrf, body: 'x' })).status, 404);

  const saved = await admin.submit('/admin/notify/templates/new-post/sms/da', {
    _csrf: csrf,
    body: 'Post fra {{authorityName}} venter: {{link}}',
  });
  assert.match(saved.url, /\/admin\/notify\/templates\?saved=1$/);
  assert.deepEqual(await templateRow(), {
    body: 'Post fra {{authorityName}} venter: {{link}}',
    updated_by: 'Ali Administrator',
  });

  const { person } = await citizenWithContacts(app.raadhus, 10, {
    sms: '+4522201010',
    authorities: { byg: { sms: true, email: false } },
  });
  await app.raadhus.events.publish(db(), PostMessageSent, {
    messageId: randomUUID(),
    personId: person.id,
    departmentCode: 'byg',
    channel: 'digital',
    sentAt: new Date().toISOString(),
  });
  const entry = await waitFor(
    async () =>
      (await sql<{ text: string }>`select text from notify_dev_outbox where recipient = '+4522201010'`.execute(db()))
        .rows[0],
    'the SMS in the outbox',
  );
  assert.match(entry.text, /^Post fra Byggeri venter: http:\/\/127\.0\.0\.1:\d+\/post$/);
});

test('the outbox page shows sent SMS and e-mails; the overview lists notifications with masked recipients', async () => {
  const audited = async () =>
    (
      await sql<{ person_id: string | null }>`
        select person_id from audit_log where action = 'notify:outbox-read' order by id`.execute(db())
    ).rows;
  const before = (await audited()).length;
  const outbox = await (await admin.follow('/admin/notify/outbox')).text();
  const rows = (await audited()).slice(before);
  assert.ok(rows.length >= 1, 'reading the outbox is audited');
  const { rows: owner } = await sql<{ owner_id: string }>`
    select owner_id from notify_contact_points where address = '+4522201010'`.execute(db());
  assert.ok(
    rows.some((row) => row.person_id === owner[0]?.owner_id),
    'the audit names the person whose SMS the administrator saw',
  );
  assert.match(outbox, /\+4522201010/);
  assert.match(outbox, /Post fra Byggeri venter/);
  const overview = await (await admin.follow('/admin/notify?status=sent')).text();
  assert.match(overview, /\+45 •• •• •• 10/);
  assert.doesNotMatch(overview, /Post fra Byggeri venter/, 'the overview never shows the text');
  assert.equal((await admin.follow('/admin/notify?status=bogus')).status, 200, 'an unknown filter shows everything');
});

test('staff without notify:admin cannot see templates or the outbox', async () => {
  const caseworker = new TestClient(app.url);
  await caseworker.login('staff-caseworker-1');
  for (const path of [
    '/admin/notify',
    '/admin/notify/templates',
    '/admin/notify/outbox',
    '/admin/notify/templates/new-post/sms/da',
  ])
    assert.equal((await caseworker.request(path)).status, 403, path);
});
