import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Principal } from '#platform/auth/principal.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { recordEvents, type RecordedEvent } from '#test-support/event-recorder.ts';
import { caseworkerPrincipal, demoCpr, personId } from './post/test-support/post-test-helpers.ts';
import { citizenWithContacts } from './notify/test-support/notify-fixtures.ts';
import { newHousingCase, staffPrincipal } from './cases/test-support/case-fixtures.ts';
import { postEvents } from './post/post.events.ts';
import { notifyEvents } from './notify/notify.events.ts';
import { casesEvents } from './cases/cases.events.ts';
import { selfserviceEvents } from './selfservice/selfservice.events.ts';
import * as selfserviceRepository from './selfservice/selfservice.repository.ts';

/**
 * Each module publishes its events from the service that makes the change, as a subscriber receives them:
 * the whole app (every module real), with a test subscription to every event.
 */
let app: TestApp;
let received: RecordedEvent[];
before(async () => {
  app = await startTestApp();
  received = await recordEvents(app.raadhus, ...postEvents, ...notifyEvents, ...casesEvents, ...selfserviceEvents);
});
after(async () => {
  await app?.close();
});

const db = () => app.raadhus.database.db;
const citizen = (id: string): Principal => ({ kind: 'citizen', id, name: 'x', roles: ['citizen'] });

async function eventually(event: string, match: (payload: Record<string, unknown>) => boolean, count = 1) {
  const until = Date.now() + 30_000;
  for (;;) {
    const found = received.filter((entry) => entry.event.event === event && match(entry.payload));
    if (found.length >= count) return found.map((entry) => entry.payload);
    if (Date.now() > until) throw new Error(`timed out waiting for ${event}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

test('post: a letter is sent and delivered, notify delivers its SMS and post marks it notified, the citizen reads it and replies', async () => {
  const recipient = await personId(app.raadhus, demoCpr(1));
  await citizenWithContacts(app.raadhus, 1, {
    sms: '+4522334455',
    authorities: { ydelser: { sms: true, email: false } },
  });
  const actor = await caseworkerPrincipal(app.raadhus);
  const { messageId } = await app.raadhus.services.post.sendLetter(db(), actor, {
    recipient: { personId: recipient },
    subject: 'Afgørelse',
    body: 'Du får boligstøtte.',
    replyAllowed: true,
  });
  const [sent] = await eventually('post.message-sent', (payload) => payload.messageId === messageId);
  assert.deepEqual(
    { ...sent, sentAt: typeof sent.sentAt },
    { messageId, personId: recipient, departmentCode: 'ydelser', channel: 'digital', sentAt: 'string' },
  );
  await eventually(
    'post.message-delivered',
    (payload) => payload.messageId === messageId && payload.channel === 'digital',
  );
  const [delivered] = await eventually('notify.delivered', (payload) => payload.sourceId === messageId);
  assert.equal(delivered.kind, 'new-post');
  assert.equal(delivered.channel, 'sms');
  // post's own subscription to notify.delivered (it replaced the notify → post callback)
  const status = async () =>
    (await sql<{ status: string }>`select status from post_messages where id = ${messageId}`.execute(db())).rows[0]
      ?.status;
  const until = Date.now() + 20_000;
  while ((await status()) !== 'notified' && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(await status(), 'notified');

  await app.raadhus.services.post.openMessage(citizen(recipient), messageId);
  await app.raadhus.services.post.openMessage(citizen(recipient), messageId);
  const [read] = await eventually('post.message-read', (payload) => payload.messageId === messageId);
  assert.equal(read.personId, recipient);
  const replyId = await app.raadhus.services.post.reply(citizen(recipient), messageId, { body: 'Tak for svaret.' });
  const [reply] = await eventually('post.reply-received', (payload) => payload.messageId === replyId);
  assert.equal(reply.inReplyTo, messageId);
  assert.equal(reply.departmentCode, 'ydelser');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(
    received.filter((entry) => entry.event.event === 'post.message-read' && entry.payload.messageId === messageId)
      .length,
    1,
    'read once: a second opening publishes nothing',
  );
});

test('cases: created, a transition, closed by the applicant; a missed deadline is published once per case', async () => {
  const created = await newHousingCase(app.raadhus, 6);
  const [createdEvent] = await eventually('cases.case-created', (payload) => payload.caseId === created.caseId);
  assert.equal(createdEvent.caseTypeCode, 'housing-benefit');
  assert.match(String(createdEvent.kle), /^\d{2}\.\d{2}\.\d{2}$/);
  assert.equal(createdEvent.channel, 'api');
  assert.equal(createdEvent.state, 'received');
  assert.equal(createdEvent.personId, await personId(app.raadhus, demoCpr(6)));

  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const { rows } = await sql<{ version: number }>`select version from cases_cases where id = ${created.caseId}`.execute(
    db(),
  );
  await app.raadhus.services.cases.transition(caseworker, created.caseId, {
    transitionId: 'start_review',
    version: rows[0].version,
  });
  const [changed] = await eventually(
    'cases.state-changed',
    (payload) => payload.caseId === created.caseId && payload.transitionId === 'start_review',
  );
  assert.deepEqual([changed.from, changed.to, changed.actorKind], ['received', 'in_review', 'staff']);

  // past its deadline: the daily check publishes it once, and again only for a new deadline
  await sql`update cases_cases set deadline = now() - interval '1 day' where id = ${created.caseId}`.execute(db());
  assert.ok((await app.raadhus.services.cases.publishMissedDeadlines()) >= 1);
  assert.equal(await app.raadhus.services.cases.publishMissedDeadlines(), 0, 'a second run finds nothing new');
  const [missed] = await eventually('cases.deadline-missed', (payload) => payload.caseId === created.caseId);
  assert.equal(missed.state, 'in_review');

  await app.raadhus.services.cases.transitionByParty(
    citizen(await personId(app.raadhus, demoCpr(6))),
    created.caseId,
    'withdraw',
  );
  const [closed] = await eventually('cases.case-closed', (payload) => payload.caseId === created.caseId);
  assert.deepEqual([closed.state, closed.result], ['withdrawn', 'withdrawn']);
  const [withdrawn] = await eventually(
    'cases.state-changed',
    (payload) => payload.caseId === created.caseId && payload.transitionId === 'withdraw',
  );
  assert.equal(withdrawn.actorKind, 'citizen');
  assert.equal(
    received.filter((entry) => entry.event.event === 'cases.deadline-missed' && entry.payload.caseId === created.caseId)
      .length,
    1,
  );
});

test('self-service: a draft started, and counted abandoned once by the daily count', async () => {
  const applicant: Principal = { ...citizen(await personId(app.raadhus, demoCpr(7))), assurance: 'substantial' };
  const solution = 'bulky-waste';
  const draft = await app.raadhus.services.selfservice.startDraft(applicant, solution);
  const [started] = await eventually('selfservice.started', (payload) => payload.draftId === draft.id);
  assert.deepEqual([started.solutionCode, started.audience], [solution, 'citizen']);
  await selfserviceRepository.setDraftActivity(db(), draft.id, new Date(Date.now() - 40 * 86_400_000));
  await app.raadhus.services.selfservice.countAbandoned();
  await app.raadhus.services.selfservice.countAbandoned();
  const [abandoned] = await eventually('selfservice.abandoned', (payload) => payload.draftId === draft.id);
  assert.equal(abandoned.solutionCode, solution);
  assert.match(String(abandoned.abandonedOn), /^\d{4}-\d{2}-\d{2}$/);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.equal(
    received.filter((entry) => entry.event.event === 'selfservice.abandoned' && entry.payload.draftId === draft.id)
      .length,
    1,
  );
});
