import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startChildApp, type ChildApp } from '#test-support/child-app.ts';
import { childDatabase, type ChildDatabase } from '#test-support/child-database.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from './test-support/fake-sms-gateway.ts';
import { startSmtpSink, type SmtpSink } from './test-support/smtp-sink.ts';
import { waitFor } from './test-support/notify-fixtures.ts';

/**
 * kill -9 of the process that sends notifications, with messages handed to the SMS gateway and not yet
 * answered: a new process on the same database (PGlite data directory or PostgreSQL schema) sends every
 * notification within a minute, none twice (the gateway is told the notification id as its reference and
 * answers a repeat with the first send's id; the e-mail's Message-ID is the notification id), and the queue
 * holds no job of the dead process afterwards. Two app start-ups and a heartbeat timeout: about half a minute.
 */
const API_KEY = 'gateway-crash-key';
const LETTERS = 24;
const CITIZENS = 6;
const child = fileURLToPath(new URL('./test-support/crash-child.ts', import.meta.url));
let gateway: FakeSmsGateway;
let smtp: SmtpSink;
let database: ChildDatabase;
let running: ChildApp | undefined;

before(async () => {
  // every SMS is taken by the gateway at once and answered 0.8 s later: a kill loses answers, not messages
  gateway = await startFakeSmsGateway(API_KEY, { acceptAfterMs: 800 });
  smtp = await startSmtpSink();
  database = await childDatabase('crash');
});
after(async () => {
  await running?.kill();
  await gateway?.close();
  await smtp?.stop().catch(() => undefined);
  await database?.drop();
});

async function startChild(extra: Record<string, string>, until: string): Promise<ChildApp> {
  running = await startChildApp(
    child,
    {
      ...database.env(),
      DEMO_DATA: 'true',
      SMS_PROVIDER_URL: gateway.url,
      SMS_API_KEY: API_KEY,
      SMTP_URL: smtp.url,
      NOTIFY_SEND_TIMEOUT_MS: '1500',
      NOTIFY_RETRY_DELAY_SECONDS: '1',
      ...extra,
    },
    until,
  );
  return running;
}

const messageIdOf = (raw: string) => /^message-id:\s*(\S+)/im.exec(raw)?.[1];
// the demo data notifies demo citizens too: only the test's own addresses count
const crashSms = () => gateway.sent.filter((entry) => entry.msisdn.startsWith('4523000'));
const crashMails = () => smtp.mails.filter((mail) => mail.to.some((address) => address.startsWith('crash')));
const distinct = <T>(values: T[]) => new Set(values).size;

const where = () => (database.onServer ? 'PostgreSQL' : 'PGlite');

test(`kill -9 while notifications are sent: all ${LETTERS * 2} go out within a minute, none twice, no job left (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, {
  timeout: 240_000,
}, async () => {
  const first = await startChild({ CRASH_LETTERS: String(LETTERS), CRASH_CITIZENS: String(CITIZENS) }, 'sent');
  // kill while the gateway holds messages it took and has not answered yet
  await waitFor(async () => gateway.holding() >= 2, 'the gateway to hold messages', 30_000);
  await first.kill();
  const killedAt = Date.now();
  const heldAtKill = gateway.holding();
  const sentAtKill = crashSms().length;
  const mailsAtKill = crashMails().length;

  const second = await startChild({}, 'ready');
  const readySeconds = (Date.now() - killedAt) / 1000;
  await waitFor(
    async () =>
      distinct(crashSms().map((entry) => entry.reference)) >= LETTERS &&
      distinct(crashMails().map((mail) => messageIdOf(mail.raw))) >= LETTERS,
    'every notification sent after the restart',
    90_000,
  );
  const recoverySeconds = (Date.now() - killedAt) / 1000;
  console.log(
    `crash recovery (${where()}): killed with ${heldAtKill} SMS held by the gateway, ` +
      `${sentAtKill} SMS and ${mailsAtKill} e-mails out; restarted app ready after ${readySeconds.toFixed(1)} s; all ${LETTERS * 2} out ${recoverySeconds.toFixed(1)} s after the kill; ` +
      `${gateway.requests.filter((entry) => entry.repeated).length} repeated references answered without a second send, ` +
      `${crashMails().length} e-mails received`,
  );
  // from the restarted app's start-up on (how long a restart takes is the machine's and the orchestrator's)
  assert.ok(
    recoverySeconds - readySeconds < 60,
    `every notification out within a minute of the restart (${recoverySeconds - readySeconds} s)`,
  );
  // the restarted app says when no notification waits and no notify job is unfinished (or the checks below say why not)
  await second.line((line) => line === 'finished', 'every notify job finished', 60_000).catch(() => undefined);
  await second.stop();
  running = undefined;

  // sends: one SMS per notification (a repeat was answered, not sent), one e-mail per Message-ID
  assert.equal(crashSms().length, LETTERS, 'the gateway sent each SMS once');
  assert.equal(distinct(crashSms().map((entry) => entry.reference)), LETTERS);
  const messageIds = crashMails().map((mail) => messageIdOf(mail.raw));
  assert.equal(distinct(messageIds), LETTERS, 'one Message-ID per e-mail notification');

  // the database: every letter, every notification sent with the id it went out under, no job left over
  const opened = await database.open();
  try {
    const db = opened.db;
    const { rows: notifications } = await sql<{ id: string; channel: string; status: string; provider_id: string }>`
      select id, channel, status, provider_id from notify_notifications
      where kind = 'new-post' and (recipient like '+4523000%' or recipient like 'crash%')`.execute(db);
    assert.equal(notifications.length, LETTERS * 2);
    assert.deepEqual(
      notifications.filter((row) => row.status !== 'sent'),
      [],
      'every notification sent',
    );
    const sms = notifications.filter((row) => row.channel === 'sms');
    assert.deepEqual(
      sms.map((row) => row.id).sort(),
      crashSms()
        .map((entry) => entry.reference)
        .sort(),
      'the gateway reference is the notification id',
    );
    const emails = notifications.filter((row) => row.channel === 'email');
    assert.deepEqual(
      emails.map((row) => row.id).sort(),
      [...new Set(messageIds)].map((id) => /^<([^@]+)@/.exec(id ?? '')?.[1]).sort(),
      'the Message-ID carries the notification id',
    );
    const { rows: letters } = await sql<{ count: number }>`
      select count(*)::int as count from post_messages where notification_text like 'Brev nummer %'`.execute(db);
    assert.equal(letters[0].count, LETTERS);
    const { rows: jobs } = await sql<{ name: string; state: string; count: number }>`
      select name, state, count(*)::int as count from ${sql.table(`${database.queueSchema}.job`)}
      where name like 'notify.%' and not (state = 'created' and start_after > now())
      group by name, state order by name, state`.execute(db);
    assert.deepEqual(
      jobs.filter((row) => row.state !== 'completed'),
      [],
      `no notify job left waiting, running or dead; a demo appointment reminder due later is not one (${JSON.stringify(jobs)})`,
    );
  } finally {
    await opened.close();
  }
});
