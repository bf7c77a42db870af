import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { EventDefinition } from '#platform/events/event.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import { InquiryRegistered } from '#modules/channels/channels.events.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { waitFor } from '#test-support/wait-for.ts';
import { snapshotTables } from '#test-support/db-snapshot.ts';
import { type SmtpSink, startSmtpSink } from '#modules/notify/test-support/smtp-sink.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import type { InsightService } from './insight.service.ts';
import { caseClosedSignals, caseCreatedSignals, letterSignals } from './signals.ts';
import { tables } from './repository/signal.repository.ts';

let app: TestApp;
let smtp: SmtpSink;
let insight: InsightService;
let manager: Principal;
before(async () => {
  smtp = await startSmtpSink();
  app = await startTestApp({ SMTP_URL: smtp.url });
  insight = app.raadhus.services.insight;
  const { staff } = await app.raadhus.services.identity.testIdentities();
  const member = staff.find((candidate) => candidate.subject === 'staff-manager-1')!;
  manager = { kind: 'staff', id: member.id, name: member.name, roles: member.roles, departmentId: member.departmentId };
  // the demo month's events are handled in the background: wait for them, so a comparison sees only this file's work
  await snapshotTables(app.raadhus.database.db);
});
after(async () => {
  await app?.close();
  await smtp?.stop().catch(() => undefined);
});

const today = danishDay();
const day = addDays(today, -20);
const at = (d: string) => `${d}T10:00:00+01:00`;
const meta = (id: string = randomUUID()) => ({ id, event: 'test', version: 1, occurredAt: new Date() });
const db = () => app.raadhus.database.db;

/** A letter's signals as the post module's event gives them, for a department only this test uses. */
const letter = (channel: 'digital' | 'print', eventId: string = randomUUID()) =>
  letterSignals(meta(eventId), {
    messageId: randomUUID(),
    personId: randomUUID(),
    departmentCode: 'test-letters',
    channel,
    sentAt: at(day),
  });

const factsOf = (figureId: string, key: string) =>
  tables(db())
    .selectFrom('insight_facts')
    .selectAll()
    .select(sql<string>`day::text`.as('day'))
    .where('figure_id', '=', figureId)
    .where('dimension_key', '=', key)
    .orderBy('insight_facts.day')
    .execute();

/** Records an event's signals as a delivery does, then runs the recomputation the delivery enqueued. */
const record = async (signals: Parameters<InsightService['facts']['record']>[1]) => {
  await db()
    .transaction()
    .execute((trx) => insight.facts.record(trx, signals));
  await insight.facts.recomputeMarked();
};

const share = async () => {
  const report = await insight.dashboards.figureReport(manager, 'letters-digital-share', { from: day, to: day });
  return report.breakdowns[0].cells.find((cell) => cell.value === 'test-letters')!.tile;
};

test('an event counts once: the same event id recorded again changes no fact', async () => {
  const repeated = letter('digital', randomUUID());
  await record(repeated);
  for (const signals of [letter('digital'), letter('digital'), letter('print')]) await record(signals);
  const [before] = await factsOf('letters-digital-share', 'department=test-letters');
  assert.deepEqual([before.numerator, before.denominator, before.value], [3, 4, 75]);
  await record(repeated);
  const [again] = await factsOf('letters-digital-share', 'department=test-letters');
  assert.deepEqual(again, before, 'a retried delivery changes nothing, not even the time it was computed');
});

test('a delivery only stores and marks: the facts follow from the one waiting recomputation job', async () => {
  const department = `test-marked-${randomUUID().slice(0, 8)}`;
  const marked = addDays(today, -25);
  const sent = (eventId: string) =>
    letterSignals(meta(eventId), {
      messageId: randomUUID(),
      personId: randomUUID(),
      departmentCode: department,
      channel: 'digital',
      sentAt: at(marked),
    });
  const queue = sql.id(
    `${app.raadhus.database.schema === 'public' ? 'raadhus' : app.raadhus.database.schema}_queue`,
    'job',
  );
  await db()
    .transaction()
    .execute(async (trx) => {
      await insight.facts.record(trx, sent(randomUUID()));
      await insight.facts.record(trx, sent(randomUUID()));
      const days = await tables(trx)
        .selectFrom('insight_dirty_days')
        .select(sql<string>`day::text`.as('day'))
        .execute();
      assert.ok(
        days.some((row) => row.day === marked),
        'the day is marked',
      );
      const facts = await tables(trx)
        .selectFrom('insight_facts')
        .select('figure_id')
        .where('dimension_key', '=', `department=${department}`)
        .execute();
      assert.deepEqual(facts, [], 'nothing computed in the delivery');
      const waiting = await sql<{ count: number }>`
        select count(*)::int as count from ${queue} where name = 'insight.recompute-marked' and state = 'created'`.execute(
        trx,
      );
      assert.equal(waiting.rows[0].count, 1, 'two deliveries, one waiting recomputation');
    });
  const [fact] = await waitFor(async () => {
    const rows = await factsOf('letters-digital-share', `department=${department}`);
    return rows.length > 0 && rows;
  }, 'the job recomputed the marked day');
  assert.deepEqual([fact.day, fact.numerator, fact.denominator, fact.value], [marked, 2, 2, 100]);
  await waitFor(async () => {
    const rows = await tables(db()).selectFrom('insight_dirty_days').select('day').execute();
    return rows.length === 0;
  }, 'no day left marked');
});

test('a cell counting fewer than 5 people is suppressed; with 5 or more its value shows', async () => {
  const small = await share();
  assert.equal(small.suppressed, true, 'four letters: "< 5"');
  assert.equal(small.status, undefined, 'a suppressed cell gets no status either');
  await record(letter('digital'));
  const shown = await share();
  assert.equal(shown.suppressed, false);
  assert.equal(shown.value.value, 80, '4 of 5 digital');
});

test('the nightly recomputation corrects a day with late data, and a rerun changes nothing', async () => {
  // a signal stored without its facts (as if the process died between them): only the recomputation sees it
  await tables(db())
    .insertInto('insight_signals')
    .values({
      event_id: randomUUID(),
      signal: 'letter-sent',
      day,
      attributes: JSON.stringify({ channel: 'digital', department: 'test-letters' }),
      occurred_at: new Date(at(day)),
    })
    .execute();
  assert.ok((await insight.facts.recompute(day, day)) >= 2, 'the cell and the municipality total are corrected');
  const [corrected] = await factsOf('letters-digital-share', 'department=test-letters');
  assert.deepEqual([corrected.numerator, corrected.denominator, corrected.value], [5, 6, 83.3]);
  const everything = await tables(db())
    .selectFrom('insight_facts')
    .selectAll()
    .orderBy('figure_id')
    .orderBy('day')
    .orderBy('dimension_key')
    .execute();
  assert.equal(await insight.facts.recomputeRecent(40), 0, 'the last 40 days recomputed: nothing to change');
  const after = await tables(db())
    .selectFrom('insight_facts')
    .selectAll()
    .orderBy('figure_id')
    .orderBy('day')
    .orderBy('dimension_key')
    .execute();
  assert.deepEqual(after, everything);
});

test('open cases are a stock: received up to the day minus decided up to the day', async () => {
  const caseType = `test-${randomUUID().slice(0, 8)}`;
  const codes = { caseTypeCode: caseType, kle: '00.00.00', departmentCode: 'ydelser' };
  const received = (d: string) =>
    caseCreatedSignals(meta(), {
      ...codes,
      caseId: randomUUID(),
      channel: 'phone',
      state: 'received',
      createdAt: at(d),
    });
  const closed = (d: string) =>
    caseClosedSignals(meta(), {
      ...codes,
      caseId: randomUUID(),
      state: 'granted',
      result: 'granted',
      receivedAt: at(day),
      closedAt: at(d),
    });
  for (const signals of [received(day), received(day), received(addDays(day, 1)), closed(addDays(day, 2))])
    await record(signals);
  const open = await factsOf('cases-open', `caseType=${caseType}`);
  assert.deepEqual(
    open.slice(0, 4).map((fact) => [fact.day, fact.value]),
    [0, 1, 2, 3].map((offset) => [addDays(day, offset), [2, 3, 2, 2][offset]]),
  );
  assert.equal(open.at(-1)!.value, 2, 'carried to today');
  const phone = await factsOf('inquiries', 'channel=phone');
  assert.ok(
    phone.some((fact) => fact.day === day && fact.value >= 2),
    'a case by phone is an inquiry by phone',
  );
});

test('targets are versioned: a new version applies from its day, an overlapping one is refused and nothing changes', async () => {
  const from = addDays(today, -5);
  const version = await insight.targets.addVersion(manager, 'letters-digital-share', {
    dimensionKey: '',
    validFrom: from,
    green: 95,
    red: 85,
  });
  assert.equal(version, 2);
  const tileOn = async (to: string) =>
    (await insight.dashboards.dashboard(manager, { from: addDays(to, -1), to })).find(
      (tile) => tile.figure.id === 'letters-digital-share',
    )!;
  assert.equal((await tileOn(today)).target?.green, 95);
  assert.equal((await tileOn(addDays(from, -1))).target?.green, 90, 'the day before, version 1 was in force');
  const targets = () =>
    tables(db())
      .selectFrom('insight_targets')
      .selectAll()
      .select(sql<string>`valid_to::text`.as('valid_to'))
      .where('figure_id', '=', 'letters-digital-share')
      .orderBy('version')
      .execute();
  const stored = await targets();
  assert.equal(stored[0].valid_to, addDays(from, -1));
  for (const bad of [
    { validFrom: from, green: 96, red: 86, key: 'insight.target.overlaps' },
    { validFrom: today, green: 80, red: 90, key: 'insight.target.thresholds' },
  ]) {
    await assert.rejects(
      insight.targets.addVersion(manager, 'letters-digital-share', { dimensionKey: '', ...bad }),
      (error: HttpProblem) => error.statusCode === 400 && error.messageKey === bad.key,
    );
  }
  assert.deepEqual(await targets(), stored);
});

test('the demo month reaches the figures through the events, as production would', async () => {
  const publish = <Schema extends z.ZodType>(event: EventDefinition<Schema>, payload: z.infer<Schema>) =>
    db()
      .transaction()
      .execute((trx) => app.raadhus.events.publish(trx, event, payload));
  const letters = await waitFor(async () => {
    const rows = await factsOf('letters-digital-share', '');
    return rows.length > 0 && rows;
  }, 'the demo letters counted');
  assert.ok(letters.length > 0);
  await publish(PostMessageSent, {
    messageId: randomUUID(),
    personId: randomUUID(),
    departmentCode: 'test-published',
    channel: 'print',
    sentAt: new Date().toISOString(),
  });
  const [fact] = await waitFor(async () => {
    const rows = await factsOf('letters-digital-share', 'department=test-published');
    return rows.length > 0 && rows;
  }, 'the published letter counted');
  assert.deepEqual([fact.numerator, fact.denominator, fact.value, fact.lineage], [0, 1, 0, 'events:letter-sent']);
});

test("inquiries staff register reach the inquiries figure through the channels module's event", async () => {
  const registered = addDays(today, -27);
  const videoOn = async () =>
    (await factsOf('inquiries', 'channel=video')).find((fact) => fact.day === registered)?.value ?? 0;
  const before = await videoOn();
  await db()
    .transaction()
    .execute((trx) =>
      app.raadhus.events.publish(trx, InquiryRegistered, {
        inquiryId: randomUUID(),
        staffId: randomUUID(),
        purposeCode: 'pas',
        channel: 'video',
        day: registered,
        registeredAt: new Date().toISOString(),
      }),
    );
  await waitFor(async () => (await videoOn()) === before + 1, 'the registered inquiry counted on its day');
});

test('an alert fires once when the figure passes its threshold, e-mails its recipient, and resets when it is back', async () => {
  const recipient = 'leder.borgerservice@demo.invalid';
  const rule = { figureId: 'phone-waiting-time', dimensionKey: 'location=test-alarm', comparison: 'above' as const };
  await assert.rejects(
    insight.alerts.addRule(manager, { ...rule, threshold: 200, recipient: 'not an address' }),
    (error: HttpProblem) => error.statusCode === 400 && error.messageKey === 'insight.alert.recipientInvalid',
  );
  await insight.alerts.addRule(manager, { ...rule, threshold: 200, recipient });
  const telephony: Principal = {
    kind: 'client',
    id: 'test-telephony',
    name: 'Telefoni',
    roles: ['integration'],
    scopes: ['insight:observe'],
  };
  const push = (value: number, on = addDays(today, -1)) =>
    insight.observations.push(telephony, 'phone-waiting-time', [
      { day: on, dimensions: { location: 'test-alarm' }, value },
    ]);
  const alerts = () => tables(db()).selectFrom('insight_alerts').selectAll().orderBy('raised_at').execute();
  await push(150);
  assert.equal((await alerts()).length, 0, 'under the threshold: nothing');
  await push(250);
  const [mail] = await waitFor(
    async () => smtp.mailsTo(recipient).length > 0 && smtp.mailsTo(recipient),
    'the alert mail',
  );
  assert.match(mail.subject ?? '', new RegExp(`Alarm: Ventetid i telefonen ${addDays(today, -1)}`));
  assert.match(mail.text ?? '', /var 250 den .*, over alarmgrænsen 200\./);
  await push(270);
  await push(260, today);
  assert.equal((await alerts()).length, 1, 'still past the threshold: no second alert');
  await push(120, today);
  const [cleared] = await alerts();
  assert.ok(cleared.cleared_at, 'back under the threshold: reset');
  await push(300, today);
  await waitFor(async () => smtp.mailsTo(recipient).length === 2, 'the second alert mail, after the reset');
  assert.equal((await alerts()).length, 2);
});
