import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { formatDateTime, withLocale } from '#platform/i18n/i18n.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { tables } from '../service-levels/target.repository.ts';

/** Callbacks over HTTP: asked for at the registration, listed for the department (audited), done, measured. */
let app: TestApp;
let frontDesk: TestClient;
before(async () => {
  app = await startTestApp();
  frontDesk = new TestClient(app.url);
  await frontDesk.login('staff-front-desk-1');
});
after(() => app?.close());

const db = () => app.raadhus.database.db;
const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(db())).rows[0].n);
const callbacks = () => count(sql<{ n: string }>`select count(*)::text as n from channels_callbacks`);
const inquiries = () => count(sql<{ n: string }>`select count(*)::text as n from channels_inquiries`);

test('a callback is asked for at the registration, listed for the department with its due time, and done once', async () => {
  const { csrf } = await frontDesk.form('/staff/inquiries?q=pas&lang=da');
  const fields = {
    _csrf: csrf,
    q: 'pas',
    purpose: 'passport',
    channel: 'phone',
    cpr: '010150-0100',
    callback: 'on',
    callbackNote: '',
  };
  const [beforeInquiries, beforeCallbacks] = [await inquiries(), await callbacks()];
  const refused = await frontDesk.submit('/staff/inquiries', fields);
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /Skriv hvad opkaldet handler om, og hvilket nummer der skal ringes til\./);
  assert.deepEqual([await inquiries(), await callbacks()], [beforeInquiries, beforeCallbacks]);

  const registered = await frontDesk.submit('/staff/inquiries', { ...fields, callbackNote: 'Ring 20 30 40 50 om pas' });
  assert.equal(registered.status, 200);
  const [stored] = await sql<{ id: string; due_at: Date; person_id: string | null; department_code: string }>`
    select id, due_at, person_id, department_code from channels_callbacks`
    .execute(db())
    .then((r) => r.rows);
  assert.equal(stored.department_code, 'borgerservice');
  assert.ok(stored.person_id);
  // the shipped target: 8 working hours, so due later than now and at most 3 calendar days on (a weekend between)
  assert.ok(stored.due_at.getTime() > Date.now() && stored.due_at.getTime() < Date.now() + 4 * 86_400_000);

  const page = await (await frontDesk.follow('/staff/callbacks?lang=da')).text();
  assert.match(page, /Ring 20 30 40 50 om pas/);
  assert.match(page, /<td>Pas<\/td>/);
  assert.ok(page.includes(withLocale('da', () => formatDateTime(stored.due_at))), 'the due time is shown');
  const audited = await count(sql<{ n: string }>`
    select count(*)::text as n from audit_log where object_id = ${stored.id} and purpose = 'list the callbacks to make'`);
  assert.equal(audited, 1);

  // another department's staff see none of it and cannot close it
  const caseworker = new TestClient(app.url);
  await caseworker.login('staff-caseworker-1');
  const theirs = await (await caseworker.follow('/staff/callbacks?lang=en')).text();
  assert.match(theirs, /There are no callbacks to make\./);
  const { csrf: theirCsrf } = await caseworker.form('/staff/callbacks');
  const foreign = await caseworker.submit(`/staff/callbacks/${stored.id}/done`, { _csrf: theirCsrf });
  assert.equal(foreign.status, 404);
  assert.equal(
    await count(sql<{ n: string }>`select count(*)::text as n from channels_callbacks where done_at is null`),
    1,
  );

  const { csrf: listCsrf } = await frontDesk.form('/staff/callbacks');
  const done = await (await frontDesk.submit(`/staff/callbacks/${stored.id}/done`, { _csrf: listCsrf })).text();
  assert.match(done, /Opkaldet er markeret som foretaget\./);
  assert.match(done, /Der er ingen opkald tilbage at foretage\./);
  const again = await frontDesk.submit(`/staff/callbacks/${stored.id}/done`, { _csrf: listCsrf });
  assert.equal(again.status, 404);
  assert.equal((await frontDesk.submit('/staff/callbacks/not-a-uuid/done', { _csrf: listCsrf })).status, 404);

  // measured: the callback target, hit
  const item = await tables(db())
    .selectFrom('channels_measured_items')
    .select(['metric', 'outcome', 'department_code'])
    .where('source_key', 'like', 'callback:%')
    .executeTakeFirstOrThrow();
  assert.deepEqual(item, { metric: 'callback', outcome: 'hit', department_code: 'borgerservice' });
  const today = danishDay();
  const report = await new TestClient(app.url);
  await report.login('staff-manager-1');
  const levels = await (await report.follow(`/staff/service-levels?from=${today}&to=${today}&lang=da`)).text();
  assert.match(levels, /Opkald tilbage/);
  assert.match(levels, /inden for 8 arbejdstimer/);
});
