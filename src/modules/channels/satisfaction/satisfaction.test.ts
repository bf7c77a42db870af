import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { EventDefinition } from '#platform/events/event.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import { signedToken } from '#platform/http/signed-link.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { changedTables, queueSettled, snapshotTables } from '#test-support/db-snapshot.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { ChatClosed } from '#modules/frontdesk/frontdesk.events.ts';
import { CaseClosed, CaseCreated } from '#modules/cases/cases.events.ts';
import { startSmtpSink, type SmtpSink } from '#modules/notify/test-support/smtp-sink.ts';
import { citizenWithContacts } from '#modules/notify/test-support/notify-fixtures.ts';
import { demoStaff, waitFor } from '../test-support/channels-fixtures.ts';
import { ServiceLevelsService } from '../service-levels/service-levels.service.ts';
import { SatisfactionService } from './satisfaction.service.ts';
import { checkAnswer, figuresOf } from './survey-answer.ts';

/**
 * The satisfaction survey end to end: a desk registration with a person who agreed to e-mail from the department
 * sends one invitation over SMTP (a real server on loopback), never to a person without consent; the signed link
 * opens the survey without login, takes one answer, refuses a second, a changed and an expired link with nothing
 * stored; the answer counts per service and channel and against the satisfaction target on the service-level page.
 */
let app: TestApp;
let smtp: SmtpSink;
let satisfaction: SatisfactionService;
let levels: ServiceLevelsService;
let manager: Principal;
let desk: TestClient;
before(async () => {
  smtp = await startSmtpSink();
  app = await startTestApp({ SMTP_URL: smtp.url, NOTIFY_RATE_LIMIT_PER_MINUTE: '100000' });
  const { identity, cases, channels, notify } = app.raadhus.services;
  satisfaction = new SatisfactionService(app.raadhus.database.db, {
    purposes: channels.purposes,
    caseTypes: cases,
    notify,
    identity,
    secret: app.raadhus.config.sessionSecret,
  });
  levels = new ServiceLevelsService(app.raadhus.database.db, {
    purposes: channels.purposes,
    caseTypes: cases,
    identity,
  });
  manager = await demoStaff(app.raadhus, 'staff-manager-1');
  desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
});
after(async () => {
  await app?.close();
  await smtp?.stop().catch(() => undefined);
});

const db = () => app.raadhus.database.db;
const count = async (table: string, where = sql`true`) =>
  Number(
    (await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table)} where ${where}`.execute(db())).rows[0]
      .n,
  );
const publish = <Schema extends z.ZodType>(event: EventDefinition<Schema>, payload: z.infer<Schema>) =>
  db()
    .transaction()
    .execute((trx) => app.raadhus.events.publish(trx, event, payload));
const emailOf = (index: number) => `${demoCitizens[index].name.split(' ')[0].toLowerCase()}.${index}@example.dk`;
const surveyMails = (address: string) =>
  smtp.mailsTo(address).filter((mail) => /tilfreds|satisfied/i.test(mail.subject));
const linkIn = (text: string) => {
  const match = new RegExp(`${app.url}(/survey/[A-Za-z0-9._-]+)`).exec(text);
  assert.ok(match, `a survey link in: ${text}`);
  return match[1];
};
const satisfactionRow = async () => {
  const today = danishDay();
  const report = await levels.reports.report(manager, { from: today, to: today });
  const row = report.rows.find((candidate) => candidate.key.metric === 'satisfaction');
  return { hit: row?.hit ?? 0, missed: row?.missed ?? 0 };
};

/** Registers a desk contact for a person by HTTP, as the front desk does; returns the inquiry's id. */
async function registerAtDesk(cpr: string, purpose = 'change-of-address'): Promise<string> {
  const { csrf } = await desk.form('/staff/inquiries');
  const fields = { _csrf: csrf, purpose, channel: 'attendance', resolved: 'on', cpr };
  const response = await desk.submit('/staff/inquiries', fields);
  await response.arrayBuffer();
  const inquiry = new URL(response.url).searchParams.get('inquiry');
  assert.ok(inquiry, 'the receipt names the inquiry');
  return inquiry;
}

test('pure: a score from 1 to 5 is required, a comment is optional and at most 1000 characters; figures', () => {
  assert.deepEqual(checkAnswer({ score: '4', comment: '  God service \r\n' }), {
    ok: true,
    answer: { score: 4, comment: 'God service' },
  });
  assert.deepEqual(checkAnswer({ score: '5', comment: '   ' }), { ok: true, answer: { score: 5, comment: null } });
  for (const score of [undefined, '', '0', '6', '4.5', 'x'])
    assert.deepEqual(
      checkAnswer({ score }),
      { ok: false, problems: [{ field: 'score', key: 'channels.survey.scoreRequired' }] },
      String(score),
    );
  const long = checkAnswer({ score: '3', comment: 'x'.repeat(1001) });
  assert.equal(long.ok, false);
  assert.equal(checkAnswer({ score: '3', comment: 'x'.repeat(1000) }).ok, true);
  // 1×1, 1×3, 2×4, 1×5: average 3.4, satisfied (4 or better) 3 of 5
  assert.deepEqual(figuresOf([1, 0, 1, 2, 1], 4), { answers: 5, average: 3.4, satisfied: 3, share: 60 });
  assert.deepEqual(figuresOf([1, 0, 1, 2, 1], 5), { answers: 5, average: 3.4, satisfied: 1, share: 20 });
  assert.deepEqual(figuresOf([0, 0, 0, 0, 0], 4), { answers: 0, average: null, satisfied: 0, share: null });
});

test('a desk contact invites the person by e-mail once; the link takes one answer, measured and counted', async () => {
  const citizen = demoCitizens[0];
  const address = emailOf(0);
  const before = await satisfactionRow();
  const inquiry = await registerAtDesk(citizen.cpr);
  const mail = await waitFor(
    async () => surveyMails(address).find((sent) => sent.subject.includes('Flytning')),
    'the invitation at the SMTP server',
  );
  assert.equal(mail.subject, 'Hvor tilfreds var du? (Flytning)');
  assert.match(mail.text, /Du har for nylig været i kontakt med os om Flytning\./);
  assert.match(mail.text, /Venlig hilsen\r?\nBorgerservice/);
  assert.ok(!mail.text.includes(citizen.cpr) && !mail.text.includes(citizen.cpr.slice(0, 6)), 'no CPR number');
  const path = linkIn(mail.text);
  const rows = await sql<{ source_key: string; service_code: string; channel: string; sent_by: string }>`
    select source_key, service_code, channel, sent_by from channels_survey_invitations
    where source_key like 'inquiry:%'`.execute(db());
  assert.deepEqual(rows.rows, [
    { source_key: `inquiry:${inquiry}`, service_code: 'change-of-address', channel: 'attendance', sent_by: 'email' },
  ]);
  // a retried event (the same contact again) invites no one twice
  await db()
    .transaction()
    .execute((trx) => satisfaction.inviteAfterInquiry(trx, inquiry));
  await queueSettled(db());
  assert.equal(await count('channels_survey_invitations', sql`source_key = ${`inquiry:${inquiry}`}`), 1);
  assert.equal(surveyMails(address).filter((sent) => sent.subject.includes('Flytning')).length, 1);

  // the citizen opens the link without logging in
  const citizenBrowser = new TestClient(app.url);
  const { html, csrf } = await citizenBrowser.form(path);
  assert.match(
    html,
    /<legend class="form-label">Hvor tilfreds var du med din kontakt med kommunen om Flytning\?<\/legend>/,
  );
  assert.match(html, /<label for="field-score-5">5 – Meget tilfreds<\/label>/);
  const english = await (await citizenBrowser.follow(`${path}?lang=en`)).text();
  assert.match(english, /How satisfied were you with your contact with the municipality about Change of address\?/);

  // no score: refused on the form, nothing stored
  const snapshot = await snapshotTables(db());
  const empty = await citizenBrowser.submit(`${path}?lang=da`, { _csrf: csrf, comment: 'Hurtigt' });
  assert.equal(empty.status, 400);
  const emptyHtml = await empty.text();
  assert.match(emptyHtml, /Vælg hvor tilfreds du var, fra 1 til 5\./);
  assert.match(emptyHtml, />Hurtigt<\/textarea>/, 'the comment typed is kept');
  assert.deepEqual(changedTables(snapshot, await snapshotTables(db())), []);

  const answered = await citizenBrowser.submit(path, { _csrf: csrf, score: '5', comment: 'Venlig og hurtig hjælp' });
  assert.equal(answered.status, 200);
  assert.match(await answered.text(), /Tak for dit svar\./);
  assert.deepEqual(await satisfactionRow(), { hit: before.hit + 1, missed: before.missed });

  // a second submit is refused with the reason, in the reader's language, and stores nothing
  const again = await snapshotTables(db());
  const second = await citizenBrowser.submit(`${path}?lang=da`, { _csrf: csrf, score: '1' });
  assert.equal(second.status, 409);
  assert.match(await second.text(), /Du har allerede svaret på denne måling\./);
  const secondEnglish = await citizenBrowser.submit(`${path}?lang=en`, { _csrf: csrf, score: '1' });
  assert.equal(secondEnglish.status, 409);
  assert.match(await secondEnglish.text(), /You have already answered this survey\./);
  assert.deepEqual(changedTables(again, await snapshotTables(db())), []);
  assert.deepEqual(await satisfactionRow(), { hit: before.hit + 1, missed: before.missed });

  // counted per service and channel
  const today = danishDay();
  const { rows: figures } = await satisfaction.figures(manager, { from: today, to: today });
  const row = figures.find((candidate) => candidate.serviceCode === 'change-of-address');
  assert.deepEqual(
    row && { channel: row.channel, invited: row.invited, answers: row.answers, average: row.average, share: row.share },
    { channel: 'attendance', invited: 1, answers: 1, average: 5, share: 100 },
  );
  assert.equal(row?.targetPercent, 80);
  assert.equal(row?.status, 'green');
});

test('without consent for the department no invitation is stored or sent', async () => {
  // a verified e-mail address and mobile number, but no consent to messages from any department
  const { person } = await citizenWithContacts(app.raadhus, 12, {
    email: 'no.consent@example.dk',
    sms: '+4520009912',
    authorities: {},
  });
  const before = await snapshotTables(db());
  const outcome = await db()
    .transaction()
    .execute((trx) =>
      satisfaction.invite(trx, {
        sourceKey: `inquiry:${randomUUID()}`,
        personId: person.id,
        service: { kind: 'purpose', code: 'passport', name: { da: 'Pas', en: 'Passport' } },
        channel: 'phone',
        departmentCode: 'borgerservice',
        at: new Date(),
      }),
    );
  assert.equal(outcome, 'unavailable');
  // the look-up of the contact register is audited; nothing else is stored
  const changed = changedTables(before, await snapshotTables(db())).map((line) => line.split(':')[0]);
  assert.deepEqual(
    changed.filter((table) => table !== 'audit_log'),
    [],
  );
  assert.equal(await count('channels_survey_invitations', sql`service_code = 'passport'`), 0);

  // the same through the desk: the registration stores the contact, but no invitation follows
  const registered = await registerAtDesk(demoCitizens[12].cpr, 'passport');
  await queueSettled(db());
  assert.equal(await count('channels_survey_invitations', sql`source_key = ${`inquiry:${registered}`}`), 0);
  assert.equal(smtp.mailsTo('no.consent@example.dk').length, 0);
});

test('a changed or expired link is refused with the reason in the reader’s language, and nothing is stored', async () => {
  const person = (await app.raadhus.services.identity.findPersonByCpr(demoCitizens[1].cpr))!;
  const sourceKey = `chat:${randomUUID()}`;
  await db()
    .transaction()
    .execute((trx) =>
      satisfaction.invite(trx, {
        sourceKey,
        personId: person.id,
        service: { kind: 'purpose', code: 'passport', name: { da: 'Pas', en: 'Passport' } },
        channel: 'web-chat',
        departmentCode: 'borgerservice',
        at: new Date(),
      }),
    );
  const mail = await waitFor(
    async () => surveyMails(emailOf(1)).find((candidate) => candidate.subject.includes('Pas')),
    'the chat invitation',
  );
  const path = linkIn(mail.text);
  const visitor = new TestClient(app.url);
  const { csrf } = await visitor.form(path);
  await queueSettled(db());
  const before = await snapshotTables(db());

  const [id, expiry, signature] = path.replace('/survey/', '').split('.');
  const changedSignature = `/survey/${id}.${expiry}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
  const longer = `/survey/${id}.${Number(expiry) + 86_400}.${signature}`;
  for (const tampered of [changedSignature, longer, '/survey/not-a-token']) {
    const shown = await visitor.request(`${tampered}?lang=da`);
    assert.equal(shown.status, 400, tampered);
    assert.match(await shown.text(), /Linket til målingen er ikke gyldigt\./);
    const posted = await visitor.submit(`${tampered}?lang=en`, { _csrf: csrf, score: '1' });
    assert.equal(posted.status, 400, tampered);
    assert.match(await posted.text(), /The link to the survey is not valid\./);
  }
  const secret = app.raadhus.config.sessionSecret;
  const expired = `/survey/${signedToken('channels-survey', secret, id, new Date(Date.now() - 1000))}`;
  const gone = await visitor.submit(`${expired}?lang=da`, { _csrf: csrf, score: '4' });
  assert.equal(gone.status, 410);
  assert.match(await gone.text(), /Linket til målingen er udløbet\./);
  const goneEnglish = await visitor.request(`${expired}?lang=en`);
  assert.equal(goneEnglish.status, 410);
  assert.match(await goneEnglish.text(), /The link to the survey has expired\./);
  // signed by this installation for an invitation that does not exist
  const unknown = `/survey/${signedToken('channels-survey', secret, randomUUID(), new Date(Date.now() + 86_400_000))}`;
  assert.equal((await visitor.submit(unknown, { _csrf: csrf, score: '4' })).status, 404);
  // another link's signature (the front desk's purpose) is no survey link
  const foreign = `/survey/${signedToken('frontdesk-manage', secret, id, new Date(Date.now() + 86_400_000))}`;
  assert.equal((await visitor.request(foreign)).status, 400);
  assert.deepEqual(changedTables(before, await snapshotTables(db())), []);
  // the service refuses the same after the link's 14 days
  await assert.rejects(
    satisfaction.answer(path.replace('/survey/', ''), { score: '4' }, new Date(Date.now() + 15 * 86_400_000)),
    (error: HttpProblem) => error.statusCode === 410,
  );
  assert.equal(await count('channels_survey_invitations', sql`source_key = ${sourceKey} and answered_at is null`), 1);
});

test('a web chat a staff member answered and a case closed invite their person, each once', async () => {
  const person = (await app.raadhus.services.identity.findPersonByCpr(demoCitizens[2].cpr))!;
  const conversationId = randomUUID();
  const now = new Date().toISOString();
  const chat = {
    conversationId,
    purposeCode: 'housing-benefit',
    departmentCode: 'ydelser',
    personId: person.id,
    startedAt: now,
    firstResponseAt: now,
    closedAt: now,
    firstResponseSeconds: 20,
    resolutionSeconds: 300,
    staffResponded: true,
    resolved: true,
    closedBy: 'staff' as const,
  };
  await publish(ChatClosed, chat);
  await publish(ChatClosed, chat); // a second delivery of the same conversation
  // nobody answered this one: no contact to ask about
  await publish(ChatClosed, { ...chat, conversationId: randomUUID(), staffResponded: false, firstResponseAt: null });
  const caseId = randomUUID();
  const codes = { caseId, caseTypeCode: 'building-permit', kle: '02.34.02', departmentCode: 'byg' };
  await publish(CaseCreated, {
    ...codes,
    channel: 'selfservice',
    state: 'received',
    personId: person.id,
    createdAt: now,
  });
  await waitFor(async () => (await count('channels_survey_cases', sql`case_id = ${caseId}`)) === 1, 'the case learned');
  await publish(CaseClosed, { ...codes, state: 'granted', result: 'granted', receivedAt: now, closedAt: now });
  await waitFor(
    async () => (await count('channels_survey_invitations', sql`source_key = ${`case:${caseId}`}`)) === 1,
    'the case invitation',
  );
  await queueSettled(db());
  const rows = await sql<{ source_key: string; service_kind: string; service_code: string; channel: string }>`
    select source_key, service_kind, service_code, channel from channels_survey_invitations
    where source_key like 'chat:%' or source_key like 'case:%' order by service_kind`.execute(db());
  assert.deepEqual(
    rows.rows.filter((row) => row.source_key.endsWith(conversationId) || row.source_key.endsWith(caseId)),
    [
      {
        source_key: `case:${caseId}`,
        service_kind: 'case-type',
        service_code: 'building-permit',
        channel: 'selfservice',
      },
      {
        source_key: `chat:${conversationId}`,
        service_kind: 'purpose',
        service_code: 'housing-benefit',
        channel: 'web-chat',
      },
    ],
  );
  assert.equal(await count('channels_survey_cases', sql`case_id = ${caseId}`), 0, 'the case is forgotten once closed');
  const invitations = await count('notify_notifications', sql`kind = 'service-link' and source_id like 'survey:%'`);
  assert.equal(invitations, await count('channels_survey_invitations'), 'one message per invitation');
});

test('managers see the answers per service and channel, and the comments with the reading audited; others do not', async () => {
  const manager = new TestClient(app.url);
  await manager.login('staff-manager-1');
  const page = await manager.follow('/staff/service-levels/satisfaction');
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<th scope="row">Flytning<\/th>\s*<td>Personligt fremmøde<\/td>/);
  const audits = await count('audit_log', sql`action = 'channels:survey-comments-read'`);
  const comments = await (await manager.follow('/staff/service-levels/satisfaction/comments?lang=en')).text();
  assert.match(comments, /Venlig og hurtig hjælp/);
  assert.match(comments, /Change of address/);
  assert.equal(await count('audit_log', sql`action = 'channels:survey-comments-read'`), audits + 1);
  const refused = await desk.request('/staff/service-levels/satisfaction/comments');
  assert.equal(refused.status, 403);
  assert.doesNotMatch(await refused.text(), /Venlig og hurtig hjælp/);
  assert.equal(await count('audit_log', sql`action = 'channels:survey-comments-read'`), audits + 1);
});
