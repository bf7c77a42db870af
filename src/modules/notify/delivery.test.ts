import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from './test-support/fake-sms-gateway.ts';
import { startSmtpSink, type SmtpSink } from './test-support/smtp-sink.ts';
import {
  citizenWithContacts,
  notificationsFor,
  notifiedState,
  sendLetterTo,
  sleep,
  waitFor,
} from './test-support/notify-fixtures.ts';

/**
 * Delivery against real servers on loopback: e-mail to an SMTP server (smtp-server) and SMS to a local HTTP
 * server that speaks the gateway's contract, including timeouts, 5xx, rejected numbers and delivery reports.
 */
const API_KEY = 'gateway-test-key';
const WEBHOOK_TOKEN = 'webhook-token-for-the-tests-0123456789';
let app: TestApp;
let gateway: FakeSmsGateway;
let smtp: SmtpSink;

before(async () => {
  gateway = await startFakeSmsGateway(API_KEY, { slowMs: 4000 });
  smtp = await startSmtpSink();
  app = await startTestApp({
    SMTP_URL: smtp.url,
    SMS_PROVIDER_URL: gateway.url,
    SMS_API_KEY: API_KEY,
    SMS_SENDER: 'Demoby',
    SMS_WEBHOOK_TOKEN: WEBHOOK_TOKEN,
    NOTIFY_MAX_ATTEMPTS: '3',
    NOTIFY_RETRY_DELAY_SECONDS: '0.2',
    NOTIFY_SEND_TIMEOUT_MS: '1500',
  });
});
after(async () => {
  await app?.close();
  await gateway?.close();
  await smtp?.stop().catch(() => undefined);
});

/** The post module's `post.message-sent` for a digital letter the post module never stored (no notification line). */
async function newPost(event: { messageId?: string; personId: string; authorityCode: string }): Promise<string> {
  const messageId = event.messageId ?? randomUUID();
  await app.raadhus.events.publish(app.raadhus.database.db, PostMessageSent, {
    messageId,
    personId: event.personId,
    departmentCode: event.authorityCode,
    channel: 'digital',
    sentAt: new Date().toISOString(),
  });
  return messageId;
}

const settled = (statuses: string[]) => async (messageId: string, count: number) =>
  waitFor(
    async () => {
      const rows = await notificationsFor(app.raadhus, messageId);
      return rows.length === count && rows.every((row) => statuses.includes(row.status)) && rows;
    },
    `${count} notification(s) ${statuses.join('/')} for ${messageId}`,
  );
const sentOrDone = settled(['sent', 'delivered']);

test('new post: an SMS through the gateway and an e-mail over SMTP, from the templates, never the body or CPR; the message is marked notified', async () => {
  const { person, cpr } = await citizenWithContacts(app.raadhus, 10, {
    sms: '+4522001010',
    email: 'karen.post@example.dk',
    authorities: { ydelser: { sms: true, email: true } },
  });
  const messageId = await sendLetterTo(app.raadhus, cpr, 'ydelser', 'Afgørelse om boligstøtte');
  const rows = await sentOrDone(messageId, 2);
  const [email, sms] = rows;
  assert.equal(sms.channel, 'sms');
  assert.equal(email.channel, 'email');
  assert.equal(sms.attempts, 1);
  assert.ok(sms.provider_id, 'the gateway id is kept');

  const [request] = gateway.requestsTo('4522001010');
  assert.equal(request.authorization, `Token ${API_KEY}`);
  assert.equal(request.sender, 'Demoby');
  assert.match(
    request.message,
    /ny digital post fra Ydelser og Pension\. Afgørelse om boligstøtte Læs den på http:\/\/127\.0\.0\.1:\d+\/post/,
  );
  assert.equal(request.callbackUrl, `${app.url}/api/v1/notify/sms/status?token=${WEBHOOK_TOKEN}`);
  const [mail] = smtp.mailsTo('karen.post@example.dk');
  assert.equal(mail.subject, 'Ny digital post fra Ydelser og Pension');
  assert.match(mail.text, /Kære Karen Testesen/);
  assert.match(mail.text, /\/post/);
  for (const text of [request.message, mail.text, mail.subject]) {
    assert.ok(!text.includes(cpr) && !text.includes(`${cpr.slice(0, 6)}-${cpr.slice(6)}`), 'no CPR number');
  }
  const notified = await waitFor(async () => {
    const state = await notifiedState(app.raadhus, messageId);
    return state?.status === 'notified' && state;
  }, 'the post module to mark the message notified');
  assert.ok(['sms', 'email'].includes(notified.notified_channel ?? ''));
});

test('a retried event never notifies twice', async () => {
  const { person } = await citizenWithContacts(app.raadhus, 11, {
    sms: '+4522001111',
    email: 'lars.twice@example.dk',
    authorities: { teknik: { sms: true, email: true } },
  });
  const messageId = randomUUID();
  await newPost({ messageId, personId: person.id, authorityCode: 'teknik' });
  await sentOrDone(messageId, 2);
  await newPost({ messageId, personId: person.id, authorityCode: 'teknik' });
  await newPost({ messageId, personId: person.id, authorityCode: 'teknik' });
  await sleep(3000);
  assert.equal((await notificationsFor(app.raadhus, messageId)).length, 2);
  assert.equal(gateway.requestsTo('4522001111').length, 1);
  assert.equal(smtp.mailsTo('lars.twice@example.dk').length, 1);
});

test('choices per authority decide the channels; no choice for the authority means no notification; a CPR-like notification text is dropped', async () => {
  const { person, cpr } = await citizenWithContacts(app.raadhus, 12, {
    sms: '+4522001212',
    email: 'mette.choice@example.dk',
    authorities: { byg: { sms: false, email: true }, it: { sms: false, email: false } },
  });
  const emailOnly = await sendLetterTo(app.raadhus, cpr, 'byg', 'Sag om 0101501234');
  const [row] = await sentOrDone(emailOnly, 1);
  assert.equal(row.channel, 'email');
  assert.doesNotMatch(smtp.mailsTo('mette.choice@example.dk')[0].text, /0101501234/);
  const none = await newPost({ personId: person.id, authorityCode: 'it' });
  const other = await newPost({ personId: person.id, authorityCode: 'borgerservice' });
  await sleep(2500);
  assert.equal((await notificationsFor(app.raadhus, none)).length, 0);
  assert.equal((await notificationsFor(app.raadhus, other)).length, 0);
  assert.equal(gateway.requestsTo('4522001212').length, 0);
});

test('gateway 5xx: retried with backoff, then dead; visible to administrators, who can send it again', async () => {
  const { person, cpr } = await citizenWithContacts(app.raadhus, 13, {
    sms: '+4522013500',
    authorities: { ydelser: { sms: true, email: false } },
  });
  const messageId = await sendLetterTo(app.raadhus, cpr, 'ydelser');
  const [dead] = await waitFor(async () => {
    const rows = await notificationsFor(app.raadhus, messageId);
    return rows[0]?.status === 'dead' && rows;
  }, 'the notification to die');
  assert.equal(dead.attempts, 3);
  assert.match(dead.last_error ?? '', /gateway answered 500/);
  assert.equal(gateway.requestsTo('4522013500').length, 3);
  assert.deepEqual(
    await notifiedState(app.raadhus, messageId),
    { status: 'delivered', notified_channel: null },
    'a dead notification does not mark the message notified',
  );

  const admin = new TestClient(app.url);
  await admin.login('staff-admin-1');
  const page = await (await admin.follow('/admin/notify?status=dead')).text();
  assert.match(page, /\+45 •• •• •• 00/);
  assert.doesNotMatch(page, /22013500/, 'the administrator sees a masked number');
  const { csrf } = await admin.form('/admin/notify?status=dead');
  const retried = await admin.submit(`/admin/notify/notifications/${dead.id}/retry`, { _csrf: csrf });
  assert.equal(retried.status, 200);
  assert.match(await retried.text(), /sat i kø igen/);
  await waitFor(async () => gateway.requestsTo('4522013500').length >= 4, 'the retried attempt');
  const audit = await sql<{
    action: string;
    person_id: string;
  }>`select action, person_id from audit_log where object_id = ${dead.id}`.execute(app.raadhus.database.db);
  assert.deepEqual(audit.rows, [{ action: 'notification:retry', person_id: person.id }], 'the retry is audited');
  // a notification that is not dead or failed cannot be retried
  const { person: other } = await citizenWithContacts(app.raadhus, 14, {
    email: 'niels.ok@example.dk',
    authorities: { ydelser: { sms: false, email: true } },
  });
  const okId = await newPost({ personId: other.id, authorityCode: 'ydelser' });
  const [ok] = await sentOrDone(okId, 1);
  const refused = await admin.submit(`/admin/notify/notifications/${ok.id}/retry`, { _csrf: csrf });
  assert.equal(refused.status, 409);
});

test('gateway timeouts and 503s are retried; the message goes out once the gateway answers', async () => {
  const { person } = await citizenWithContacts(app.raadhus, 15, {
    sms: '+4522015503',
    authorities: { ydelser: { sms: true, email: false } },
  });
  const messageId = await newPost({ personId: person.id, authorityCode: 'ydelser' });
  const [row] = await sentOrDone(messageId, 1);
  assert.equal(row.attempts, 3, 'two 503s, then accepted');
  assert.equal(gateway.requestsTo('4522015503').length, 3);

  const { person: slow } = await citizenWithContacts(app.raadhus, 16, {
    sms: '+4522016408',
    authorities: { ydelser: { sms: true, email: false } },
  });
  const slowId = await newPost({ personId: slow.id, authorityCode: 'ydelser' });
  const [timedOut] = await waitFor(async () => {
    const rows = await notificationsFor(app.raadhus, slowId);
    return rows[0]?.status === 'dead' && rows;
  }, 'the slow notification to die');
  assert.equal(timedOut.attempts, 3);
  assert.match(timedOut.last_error ?? '', /gateway timeout after 1500 ms/);
});

test('a rejected number (4xx) is not retried: failed after one attempt', async () => {
  const { person } = await citizenWithContacts(app.raadhus, 17, {
    sms: '+4522017400',
    authorities: { ydelser: { sms: true, email: false } },
  });
  const messageId = await newPost({ personId: person.id, authorityCode: 'ydelser' });
  const [row] = await waitFor(async () => {
    const rows = await notificationsFor(app.raadhus, messageId);
    return rows[0]?.status === 'failed' && rows;
  }, 'the rejected notification');
  assert.equal(row.attempts, 1);
  assert.match(row.last_error ?? '', /400 \(INVALID_RECIPIENT\)/);
  await sleep(2500);
  assert.equal(gateway.requestsTo('4522017400').length, 1);
});

test('delivery reports from the gateway update the status; without the token they are refused and change nothing', async () => {
  const { person } = await citizenWithContacts(app.raadhus, 18, {
    sms: '+4522001818',
    authorities: { teknik: { sms: true, email: false } },
  });
  const delivered = await newPost({ personId: person.id, authorityCode: 'teknik' });
  const [sent] = await sentOrDone(delivered, 1);
  const report = { id: Number(sent.provider_id), msisdn: 4522001818, status: 'DELIVERED', time: 1764590000 };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  const anonymous = await post('/api/v1/notify/sms/status', report);
  assert.equal(anonymous.status, 401);
  assert.match(anonymous.headers.get('content-type') ?? '', /problem\+json/);
  const wrong = await post('/api/v1/notify/sms/status?token=not-the-token', report);
  assert.equal(wrong.status, 401);
  assert.equal((await notificationsFor(app.raadhus, delivered))[0].status, 'sent');

  const ok = await post(`/api/v1/notify/sms/status?token=${WEBHOOK_TOKEN}`, report);
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { updated: 1 });
  const [after] = await notificationsFor(app.raadhus, delivered);
  assert.equal(after.status, 'delivered');
  assert.ok(after.delivered_at);
  // a late "enroute" report never moves it back
  const late = await post(
    '/api/v1/notify/sms/status',
    { ...report, status: 'ENROUTE' },
    { 'x-webhook-token': WEBHOOK_TOKEN },
  );
  assert.deepEqual(await late.json(), { updated: 0 });
  assert.equal((await notificationsFor(app.raadhus, delivered))[0].status, 'delivered');

  const undeliverable = await newPost({ personId: person.id, authorityCode: 'teknik' });
  const [second] = await sentOrDone(undeliverable, 1);
  await post(`/api/v1/notify/sms/status?token=${WEBHOOK_TOKEN}`, {
    id: Number(second.provider_id),
    msisdn: 4522001818,
    status: 'UNDELIVERABLE',
  });
  const [failed] = await notificationsFor(app.raadhus, undeliverable);
  assert.equal(failed.status, 'failed');
  assert.match(failed.last_error ?? '', /UNDELIVERABLE/);
  const malformed = await post(`/api/v1/notify/sms/status?token=${WEBHOOK_TOKEN}`, { status: 'DELIVERED' });
  assert.equal(malformed.status, 400);
});

test('SMTP server down: the e-mail is retried and goes out when the server is back; a refused mailbox (550) is failed at once', async () => {
  const { person } = await citizenWithContacts(app.raadhus, 19, {
    email: 'ulla.down@example.dk',
    authorities: { ydelser: { sms: false, email: true } },
  });
  await smtp.stop();
  const messageId = await newPost({ personId: person.id, authorityCode: 'ydelser' });
  const [failing] = await waitFor(async () => {
    const rows = await notificationsFor(app.raadhus, messageId);
    return rows[0]?.attempts >= 1 && rows[0].status === 'queued' && rows;
  }, 'a failed first attempt');
  assert.match(failing.last_error ?? '', /SMTP unavailable: (ECONNREFUSED|ESOCKET|ECONNECTION)/);
  await smtp.start();
  const [sent] = await sentOrDone(messageId, 1);
  assert.ok(sent.attempts >= 2 && sent.attempts <= 3, `attempts ${sent.attempts}`);
  assert.equal(smtp.mailsTo('ulla.down@example.dk').length, 1);

  const { person: refused } = await citizenWithContacts(app.raadhus, 9, {
    email: 'rejected.mailbox@example.dk',
    authorities: { ydelser: { sms: false, email: true } },
  });
  const refusedId = await newPost({ personId: refused.id, authorityCode: 'ydelser' });
  const [row] = await waitFor(async () => {
    const rows = await notificationsFor(app.raadhus, refusedId);
    return rows[0]?.status === 'failed' && rows;
  }, 'the refused e-mail');
  assert.equal(row.attempts, 1);
  assert.match(row.last_error ?? '', /SMTP reply 550/);
});

test('the per-authority rate limit delays notifications over the limit to the next minute; none is dropped', async () => {
  const settings = app.raadhus.services.notify.delivery.settings;
  const previous = settings.ratePerMinute;
  settings.ratePerMinute = 2;
  try {
    // a fresh authority code, so the other tests' sends this minute do not count
    const authority = `rate-${Date.now()}`;
    const people = [];
    for (const index of [0, 1, 2, 3])
      people.push(
        await citizenWithContacts(app.raadhus, index, {
          email: `rate${index}@example.dk`,
          authorities: { [authority]: { sms: false, email: true } },
        }),
      );
    const ids: string[] = [];
    for (const { person } of people) ids.push(await newPost({ personId: person.id, authorityCode: authority }));
    const rows = await waitFor(async () => {
      const all = (await Promise.all(ids.map((id) => notificationsFor(app.raadhus, id)))).flat();
      return (
        all.length === 4 &&
        all.filter((row) => row.status === 'sent').length === 2 &&
        all.filter((row) => row.status === 'queued' && row.next_attempt_at).length === 2 &&
        all
      );
    }, 'two sent and two delayed');
    const windowStart = Math.floor(Date.now() / 60_000) * 60_000;
    for (const row of rows.filter((entry) => entry.status === 'queued')) {
      assert.equal(row.attempts, 0, 'a delay is not an attempt');
      assert.ok(
        row.next_attempt_at!.getTime() >= windowStart && row.next_attempt_at!.getTime() % 60_000 === 0,
        'waits for the start of a next minute',
      );
    }
    const queueSchema =
      app.raadhus.database.schema === 'public' ? 'raadhus_queue' : `${app.raadhus.database.schema}_queue`;
    const { rows: jobs } = await sql<{
      count: number;
    }>`select count(*)::int as count from ${sql.table(`${queueSchema}.job`)} where name = 'notify.dispatch' and state = 'created' and start_after > now()`.execute(
      app.raadhus.database.db,
    );
    assert.ok(jobs[0].count >= 2, `the delayed attempts are in the queue (${jobs[0].count})`);
  } finally {
    settings.ratePerMinute = previous;
  }
});
