import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { DEMO_API_KEY } from '#modules/identity/demo-data.ts';
import { citizenWithContacts, sleep, waitFor } from './test-support/notify-fixtures.ts';

/** Reminders through the API, the staff page and the contract the cases module calls; the outbox stands in for delivery. */
let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const db = () => app.raadhus.database.db;
const api = (path: string, init: { method?: string; body?: unknown; key?: string; idempotencyKey?: string } = {}) =>
  fetch(`${app.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${init.key ?? DEMO_API_KEY}`,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.idempotencyKey ? { 'idempotency-key': init.idempotencyKey } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
const outboxTo = async (recipient: string) =>
  (
    await sql<{
      text: string;
      subject: string;
    }>`select text, subject from notify_dev_outbox where recipient = ${recipient} order by id`.execute(db())
  ).rows;
const reminderRow = async (id: string) =>
  (
    await sql<{
      status: string;
      authority_code: string;
    }>`select status, authority_code from notify_reminders where id = ${id}`.execute(db())
  ).rows[0];
/** starts in an hour and a few seconds: with a one-hour lead time, it is due in a few seconds */
const soon = (seconds: number) => new Date(Date.now() + 3_600_000 + seconds * 1000).toISOString();

test('API: a reminder is scheduled by CPR (audited), sent at startsAt − lead time, and the key replays', async () => {
  const { person, cpr } = await citizenWithContacts(app.raadhus, 10, {
    sms: '+4522101010',
    email: 'karen.remind@example.dk',
    authorities: { borgerservice: { sms: true, email: true } },
  });
  // the audit rows this test writes come after the demo data's (demo letters about demo cases are audited too)
  const auditBefore = (await sql<{ id: number }>`select coalesce(max(id), 0)::int as id from audit_log`.execute(db()))
    .rows[0].id;
  const body = {
    recipient: { cpr },
    startsAt: soon(2),
    place: 'Borgerservice, Rådhuspladsen 1',
    text: 'Møde om pas',
    leadTimeHours: 1,
    caseId: 'S-2026-00001',
  };
  const idempotencyKey = randomUUID();
  const created = await api('/api/v1/reminders', { method: 'POST', body, idempotencyKey });
  assert.equal(created.status, 201);
  const reminder = (await created.json()) as { id: string; status: string; sendAt: string };
  assert.equal(reminder.status, 'scheduled');
  assert.ok(Math.abs(new Date(reminder.sendAt).getTime() - (new Date(body.startsAt).getTime() - 3_600_000)) < 1000);

  const replay = await api('/api/v1/reminders', { method: 'POST', body, idempotencyKey });
  assert.equal(replay.status, 201);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal(((await replay.json()) as { id: string }).id, reminder.id);
  const mismatch = await api('/api/v1/reminders', {
    method: 'POST',
    body: { ...body, place: 'Et andet sted' },
    idempotencyKey,
  });
  assert.equal(mismatch.status, 409);
  assert.equal(
    (
      await sql<{
        count: number;
      }>`select count(*)::int as count from notify_reminders where recipient_id = ${person.id}`.execute(db())
    ).rows[0].count,
    1,
  );

  const audit = await sql<{
    action: string;
  }>`select action from audit_log where person_id = ${person.id} and id > ${auditBefore} order by id`.execute(db());
  assert.deepEqual(
    audit.rows.map((row) => row.action),
    ['person:lookup', 'reminder:schedule'],
  );

  const [sms] = await waitFor(
    async () => (await outboxTo('+4522101010')).length > 0 && outboxTo('+4522101010'),
    'the reminder SMS',
  );
  assert.match(sms.text, /Påmindelse fra Borgerservice: Møde om pas .*Borgerservice, Rådhuspladsen 1\./);
  assert.ok(!sms.text.includes(cpr));
  const [mail] = await waitFor(
    async () => (await outboxTo('karen.remind@example.dk')).length > 0 && outboxTo('karen.remind@example.dk'),
    'the reminder e-mail',
  );
  assert.match(mail.subject, /^Påmindelse: /);
  assert.equal((await reminderRow(reminder.id)).status, 'sent');
  const fetched = (await (await api(`/api/v1/reminders/${reminder.id}`)).json()) as { status: string };
  assert.equal(fetched.status, 'sent');
  assert.equal(
    (await api(`/api/v1/reminders/${reminder.id}`, { method: 'DELETE' })).status,
    409,
    'a sent reminder cannot be cancelled',
  );
});

test('API: a cancelled reminder is never sent; cancelling again is fine; bad input is a problem document', async () => {
  const { cpr } = await citizenWithContacts(app.raadhus, 11, {
    sms: '+4522101111',
    authorities: { borgerservice: { sms: true, email: false } },
  });
  const created = (await (
    await api('/api/v1/reminders', {
      method: 'POST',
      body: { recipient: { cpr }, startsAt: soon(3), place: 'Jobcentret', text: 'Samtale', leadTimeHours: 1 },
      idempotencyKey: randomUUID(),
    })
  ).json()) as { id: string };
  assert.equal((await api(`/api/v1/reminders/${created.id}`, { method: 'DELETE' })).status, 204);
  assert.equal((await api(`/api/v1/reminders/${created.id}`, { method: 'DELETE' })).status, 204);
  await sleep(6000);
  assert.deepEqual(await outboxTo('+4522101111'), []);
  assert.equal((await reminderRow(created.id)).status, 'cancelled');

  const past = await api('/api/v1/reminders', {
    method: 'POST',
    body: {
      recipient: { cpr },
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      place: 'X',
      text: 'Y',
      leadTimeHours: 1,
    },
    idempotencyKey: randomUUID(),
  });
  assert.equal(past.status, 400);
  const problem = (await past.json()) as { errors: Array<{ field: string; message: string }> };
  assert.deepEqual(problem.errors, [{ field: 'startsAt', message: 'Aftalen skal ligge i fremtiden.' }]);
  const unknown = await api('/api/v1/reminders', {
    method: 'POST',
    body: { recipient: { cpr: '3112999999' }, startsAt: soon(100), place: 'X', text: 'Y', leadTimeHours: 1 },
    idempotencyKey: randomUUID(),
  });
  assert.ok(unknown.status === 400 || unknown.status === 404, String(unknown.status));
  const malformed = await api('/api/v1/reminders', {
    method: 'POST',
    body: { recipient: {}, startsAt: 'tomorrow', leadTimeHours: 0 },
    idempotencyKey: randomUUID(),
  });
  assert.equal(malformed.status, 400);
  assert.equal((await api(`/api/v1/reminders/${randomUUID()}`)).status, 404);
});

test('the contract: a reminder scheduled in the caller’s transaction rolls back with it (no reminder, no job)', async () => {
  const { person } = await citizenWithContacts(app.raadhus, 12, {
    sms: '+4522101212',
    authorities: { ydelser: { sms: true, email: false } },
  });
  const actor = {
    kind: 'staff' as const,
    id: randomUUID(),
    name: 'Test caseworker',
    roles: ['caseworker' as const],
    departmentId: null,
  };
  await assert.rejects(
    db()
      .transaction()
      .execute(async (trx) => {
        await app.raadhus.services.notify.scheduleReminder(trx, actor, {
          recipient: { personId: person.id },
          startsAt: new Date(soon(1)),
          place: 'Rådhuset',
          text: 'Møde',
          leadTimeHours: 1,
        });
        throw new Error('the appointment could not be saved');
      }),
    /could not be saved/,
  );
  assert.equal(
    (
      await sql<{
        count: number;
      }>`select count(*)::int as count from notify_reminders where recipient_id = ${person.id}`.execute(db())
    ).rows[0].count,
    0,
  );
  const { reminderId } = await app.raadhus.services.notify.scheduleReminder(db(), actor, {
    recipient: { personId: person.id },
    startsAt: new Date(soon(600)),
    place: 'Rådhuset',
    text: 'Møde',
    leadTimeHours: 1,
  });
  await app.raadhus.services.notify.cancelReminder(db(), actor, reminderId);
  assert.equal((await reminderRow(reminderId)).status, 'cancelled');
  const citizen = { kind: 'citizen' as const, id: person.id, name: 'x', roles: ['citizen' as const] };
  await assert.rejects(
    app.raadhus.services.notify.scheduleReminder(db(), citizen, {
      recipient: { personId: person.id },
      startsAt: new Date(soon(600)),
      place: 'R',
      text: 'M',
      leadTimeHours: 1,
    }),
    /Not allowed: notify:remind/,
  );
});

test('staff page: a caseworker schedules a reminder by CPR (errors beside the fields) and cancels it', async () => {
  const { cpr } = await citizenWithContacts(app.raadhus, 13, {
    sms: '+4522101313',
    authorities: { ydelser: { sms: true, email: false } },
  });
  const staff = new TestClient(app.url);
  await staff.login('staff-caseworker-1');
  const staffHome = await (await staff.follow('/staff')).text();
  assert.match(staffHome, /href="\/staff\/reminders"/);
  const { csrf, html } = await staff.form('/staff/reminders/new');
  assert.match(html, /Borgerens CPR-nummer/);

  const invalid = await staff.submit('/staff/reminders', {
    _csrf: csrf,
    cpr: '12',
    date: '2026-02-30',
    time: '10:00',
    place: '',
    text: 'Møde',
    leadTimeHours: '24',
  });
  assert.equal(invalid.status, 400);
  const invalidHtml = await invalid.text();
  assert.match(invalidHtml, /href="#field-cpr"/);
  assert.match(invalidHtml, /href="#field-time"|href="#field-date"/);
  const nobody = await staff.submit('/staff/reminders', {
    _csrf: csrf,
    cpr: '0101001234',
    date: '2030-01-10',
    time: '10:00',
    place: 'Rådhuset',
    text: 'Møde',
    leadTimeHours: '24',
  });
  assert.equal(nobody.status, 400);
  assert.match(await nobody.text(), /href="#field-cpr"/);
  const noPlace = await staff.submit('/staff/reminders', {
    _csrf: csrf,
    cpr,
    date: '2030-01-10',
    time: '10:00',
    place: '',
    text: 'Møde',
    leadTimeHours: '999',
  });
  assert.equal(noPlace.status, 400);
  const noPlaceHtml = await noPlace.text();
  assert.match(noPlaceHtml, /href="#field-place"[^>]*>Skriv stedet/);
  assert.match(noPlaceHtml, /href="#field-leadTimeHours"/);
  assert.equal(
    (
      await sql<{
        count: number;
      }>`select count(*)::int as count from notify_reminders where place = 'Rådhuset' and case_id = 'S-PAGE'`.execute(
        db(),
      )
    ).rows[0].count,
    0,
  );

  const scheduled = await staff.submit('/staff/reminders', {
    _csrf: csrf,
    cpr,
    date: '2030-01-10',
    time: '10:00',
    place: 'Rådhuset, lokale 2',
    text: 'Møde om din sag',
    leadTimeHours: '24',
    caseId: 'S-PAGE',
  });
  assert.equal(scheduled.status, 200);
  assert.match(scheduled.url, /notice=scheduled/);
  const list = await scheduled.text();
  assert.match(list, /Rådhuset, lokale 2/);
  assert.doesNotMatch(list, new RegExp(cpr), 'the list shows no CPR');
  const id = (
    await sql<{
      id: string;
      starts_at: Date;
    }>`select id, starts_at from notify_reminders where case_id = 'S-PAGE'`.execute(db())
  ).rows[0];
  assert.equal(id.starts_at.toISOString(), '2030-01-10T09:00:00.000Z', 'entered in Danish time');
  assert.equal((await reminderRow(id.id)).authority_code, 'ydelser', 'the caseworker’s department');
  const cancelled = await staff.submit(`/staff/reminders/${id.id}/cancel`, { _csrf: csrf });
  assert.match(cancelled.url, /notice=cancelled/);
  assert.equal((await reminderRow(id.id)).status, 'cancelled');
});
