import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SmtpMailTransport } from '#platform/mail/mail-transport.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { type SmtpSink, startSmtpSink } from '#modules/notify/test-support/smtp-sink.ts';
import { ComplianceAlertService } from './compliance-alert.service.ts';
import { alertChanges } from './compliance-alerts.ts';
import { MeasurementService } from './measurement.service.ts';

/** The alert to a department's managers over a real SMTP server: fires once, resets when back, fires again. */
let app: TestApp;
let smtp: SmtpSink;
let alerts: ComplianceAlertService;
let mail: SmtpMailTransport;
before(async () => {
  smtp = await startSmtpSink();
  app = await startTestApp({ SMTP_URL: smtp.url });
  mail = new SmtpMailTransport(smtp.url, 5_000);
  alerts = new ComplianceAlertService({
    db: app.raadhus.database.db,
    identity: app.raadhus.services.identity,
    mail,
    from: 'Raadhus <noreply@raadhus.local>',
    publicUrl: 'https://kommune.example',
  });
});
after(async () => {
  mail?.close();
  await app?.close();
  await smtp?.stop();
});

const measuring = new MeasurementService();
const ydelser = (keys: string[]) => keys.filter((key) => key.startsWith('ydelser '));
/** A written inquiry to Ydelser answered now: in time when it came in now, late when it came in `daysAgo` days ago. */
async function answered(daysAgo: number) {
  const db = app.raadhus.database.db;
  const partyId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await measuring.start(
      {
        sourceKey: `message:${randomUUID()}`,
        metric: 'written-answer',
        service: { kind: 'purpose', code: null },
        channel: 'digital-post',
        departmentCode: 'ydelser',
        party: { kind: 'person', id: partyId },
        startedAt: new Date(Date.now() - daysAgo * 86_400_000),
      },
      trx,
    );
    await measuring.answered(partyId, 'ydelser', new Date(), trx);
  });
}

test('pure: an alert fires below the target, not again while open, and resolves when back', () => {
  const row = (compliance: number | null) =>
    ({
      key: { metric: 'written-answer', serviceKind: 'all', serviceCode: '', channel: 'digital-post' },
      target: { targetPercent: 90 },
      compliance,
    }) as never;
  const key = 'written-answer|all||digital-post';
  assert.equal(alertChanges([row(50)], []).fire.length, 1);
  assert.equal(alertChanges([row(50)], [{ id: 'a', targetKey: key, mailed: true }]).fire.length, 0);
  assert.deepEqual(alertChanges([row(95)], [{ id: 'a', targetKey: key, mailed: true }]).resolve, [
    { id: 'a', targetKey: key, mailed: true },
  ]);
  assert.equal(alertChanges([row(null)], []).fire.length, 0);
});

test('the manager of Ydelser is mailed once when written answers fall below 90 %, and again after a recovery', async () => {
  await answered(0);
  await answered(10); // late: 1 of 2 in time, 50 %
  const first = await alerts.check();
  assert.deepEqual(ydelser(first.fired), ['ydelser written-answer|all||digital-post']);
  const mails = smtp.mailsTo('lone@demo.kommune.dk');
  assert.equal(mails.length, 1);
  // the test sink unfolds encoded-word headers with stray spaces: compare without them
  assert.equal(
    mails[0].subject.replace(/\s/g, ''),
    'Serviceniveauundermålet:Skriftligehenvendelserbesvaret·Alle·DigitalPost',
  );
  assert.match(
    mails[0].text,
    /^Ydelser og Pension: Skriftlige henvendelser besvaret · Alle · Digital Post blev overholdt for 50 % de sidste 28 dage/,
  );
  assert.match(mails[0].text, /Målet er 90 %/);
  assert.match(mails[0].text, /Inden for fristen: 1\. Over fristen: 1\./);

  // still below: the alert is open, nothing more is sent
  assert.deepEqual(ydelser((await alerts.check()).fired), []);
  assert.equal(smtp.mailsTo('lone@demo.kommune.dk').length, 1);

  // back to normal: 19 more in time (20 of 21, 95.2 %): resolved, no mail
  for (let index = 0; index < 19; index++) await answered(0);
  const back = await alerts.check();
  assert.deepEqual(ydelser(back.resolved), ['ydelser written-answer|all||digital-post']);
  assert.equal(smtp.mailsTo('lone@demo.kommune.dk').length, 1);

  // below again (20 of 24, 83.3 %): a new alert and a second mail
  for (let index = 0; index < 3; index++) await answered(10);
  assert.deepEqual(ydelser((await alerts.check()).fired), ['ydelser written-answer|all||digital-post']);
  assert.equal(smtp.mailsTo('lone@demo.kommune.dk').length, 2);
  // the mails are about Ydelser only: another department's alert goes to its own managers
  assert.ok(smtp.mailsTo('lone@demo.kommune.dk').every((mail) => mail.text.startsWith('Ydelser og Pension')));
});
